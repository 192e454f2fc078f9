"""`offerbook connect | devices | join | sync | erase`: a device's side of sync (desktop/sync)."""

import argparse


def add_commands(sub: argparse._SubParsersAction, command) -> None:
    """Register the sync subcommands on the `offerbook` parser (see desktop/cli.py)."""
