"""The `offerbook` command's argument parser: the options every command takes, then each
command family's subcommands, registered by its own module."""

import argparse
from pathlib import Path

from desktop import __version__
from desktop.cli import app, cards, directory, hub, marketplace, sync, vault_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="offerbook",
        description="Offerbook: capabilities conversations, offers and a community "
                    "marketplace, offline and encrypted. With no command, opens the app.")
    parser.add_argument("--version", action="version", version=f"offerbook {__version__}")
    parser.add_argument("--vault", type=Path, help="the vault folder the app opens")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In this order in `offerbook --help`.
    vault_commands.add_commands(sub)
    cards.add_commands(sub)
    directory.add_commands(sub)
    marketplace.add_commands(sub)
    app.add_commands(sub)
    hub.add_commands(sub)
    sync.add_commands(sub)
    return parser
