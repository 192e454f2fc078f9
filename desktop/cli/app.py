"""`offerbook` with no command (the desktop app) and `offerbook screenshots` (desktop/gui)."""

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, Subcommands, add_command


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.gui.app import run
    return run(vault=args.vault)


def cmd_screenshots(args: argparse.Namespace) -> int:
    from desktop.gui import screenshots
    screenshots.install_quiet_qt_messages()
    screenshots.take(args.out, report=lambda path: print(path, flush=True))
    return EXIT_OK


def add_commands(sub: Subcommands) -> None:
    """Register `screenshots` on the `offerbook` parser (desktop/cli/parser.py); the app
    itself is what `offerbook` runs with no command."""
    p = add_command(sub, "screenshots", cmd_screenshots, "Save every screen, with demo data in "
                    "a throwaway vault, in each theme, as PNG (offscreen).", vault=False)
    p.add_argument("--out", type=Path, required=True, help="the folder to save them in")
