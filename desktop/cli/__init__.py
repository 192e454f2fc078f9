"""The `offerbook` command: the desktop app by default, subcommands for everything else.

One module per command family (`vault_commands`, `cards`, `sync`, `hub`, `app`), each
registering its own subcommands; `parser` puts them together and `common` holds what they
share. Expected errors print one plain sentence to stderr and exit 1; usage errors exit 2
(argparse); a traceback means a bug.
"""

import os
import sys

from desktop.cli.app import cmd_gui
from desktop.cli.common import EXIT_ERROR, EXIT_OK
from desktop.cli.parser import build_parser
from desktop.core.errors import OfferbookError

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "summary", False) and not args.participant:
        args.usage_error("--summary needs --participant ID")
    from desktop.logs import configure
    configure(verbose=args.verbose)
    handler = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except OfferbookError as error:
        print(f"offerbook: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # before Exception, which it is one of
        # `offerbook people | head` is fine. Python would flush stdout again at exit and
        # complain that the pipe is closed: point stdout at nothing instead.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        from desktop.store.vault import translate_error  # a damaged page met mid-read
        translated = translate_error(error)
        if translated is None:
            raise
        print(f"offerbook: {translated.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("offerbook: stopped.", file=sys.stderr)
        return 130
