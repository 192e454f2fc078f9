"""What every `offerbook` command shares: exit codes, reading a passphrase, unlocking a vault,
`--json` output, plural words, and adding a subcommand to the parser.

Passphrases come from standard input when it is not a terminal, so scripts and tests can pipe
them in; otherwise they are asked for without echo.
"""

import argparse
from collections.abc import Callable
import getpass
import json
from pathlib import Path
import sys
from typing import TYPE_CHECKING

from desktop.core.errors import OfferbookError

if TYPE_CHECKING:
    from desktop.store.vault import Vault

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]
Subcommands = argparse._SubParsersAction  # what add_subparsers() returns (private in argparse)


def read_secret(prompt: str, *, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise OfferbookError("No passphrase was given on standard input.")
        return line.rstrip("\r\n")
    secret = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != secret:
        raise OfferbookError("The two passphrases were different; nothing was created.")
    return secret


def unlock(path: Path) -> "Vault":
    from desktop.store.vault import Vault
    return Vault.unlock(path, read_secret("Passphrase (or recovery key): "))


def emit(args: argparse.Namespace, obj: dict, text: str) -> None:
    """`obj` as one line of JSON with --json, else `text`."""
    print(json.dumps(obj, ensure_ascii=False) if args.json else text)


def positive(text: str) -> int:
    """An argparse type: a whole number of 1 or more. (argparse names this function in its
    message for a non-number: "invalid positive value".)"""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def plural(count: int, one: str, many: str = "") -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def add_command(sub: Subcommands, name: str, handler: Handler | None, help_text: str, *,
                vault: bool = True) -> argparse.ArgumentParser:
    """A subcommand of `offerbook` that runs `handler`, with a required --vault unless
    `vault` is False."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    if vault:
        p.add_argument("--vault", type=Path, required=True, help="the vault folder")
    p.set_defaults(handler=handler)
    return p
