"""`offerbook hub …`: serve the sync hub and print its admin token (desktop/hub)."""

import argparse


def add_commands(sub: argparse._SubParsersAction, command) -> None:
    """Register the hub's subcommands on the `offerbook` parser (see desktop/cli.py)."""
