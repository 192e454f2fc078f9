"""`offerbook hub …`: serve the sync hub and make its admin token (desktop/hub)."""

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, Subcommands, add_command
from desktop.core.errors import OfferbookError


def _open(url: str):
    from desktop.hub.errors import HubError
    from desktop.hub.storage import open_store
    try:
        return open_store(url)
    except HubError as error:
        raise OfferbookError(error.message) from None


def cmd_serve(args: argparse.Namespace) -> int:
    from desktop.hub.errors import HubError
    from desktop.hub.serve import check_transport, serve
    try:
        check_transport(args.host, args.tls_cert, args.tls_key, args.allow_plain_http)
        serve(_open(args.db), host=args.host, port=args.port, tls_cert=args.tls_cert,
              tls_key=args.tls_key, allow_plain_http=args.allow_plain_http,
              announce=lambda line: print(line, flush=True))
    except HubError as error:
        raise OfferbookError(error.message) from None
    return EXIT_OK


def cmd_admin_token(args: argparse.Namespace) -> int:
    from desktop.hub.service import create_admin_token
    store = _open(args.db)
    try:
        token = create_admin_token(store, rotate=args.rotate)
    finally:
        store.close()
    if token is None:
        raise OfferbookError(
            "This hub has an admin token already, and it is kept only as a hash so it cannot "
            "be shown again; add --rotate to make a new one (the old one then stops working).")
    print("The hub's new admin token" + (" (the old one no longer works)" if args.rotate else "")
          + ". It is shown once: keep it somewhere safe, you need it for `offerbook connect`.")
    print(f"    {token}")
    return EXIT_OK


def add_commands(sub: Subcommands) -> None:
    """Register the hub's subcommands on the `offerbook` parser (desktop/cli/parser.py)."""
    from desktop.hub import DEFAULT_HOST, DEFAULT_PORT  # light: no server imports yet
    hub = add_command(sub, "hub", None,
                      "Run the organisation's sync hub, or make its admin token.", vault=False)
    actions = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)

    p = actions.add_parser(
        "serve", help="serve the hub until stopped",
        description="Serve the sync hub. Plain HTTP only on loopback addresses; elsewhere "
                    "give --tls-cert and --tls-key (or --allow-plain-http).")
    p.add_argument("--db", required=True, metavar="URL",
                   help="sqlite:///hub.db (a file) or postgresql://user@host/dbname")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on "
                                                        f"(default {DEFAULT_HOST})")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT,
                   help=f"port (default {DEFAULT_PORT}; 0 picks a free one)")
    p.add_argument("--tls-cert", type=Path, metavar="FILE", help="PEM certificate (chain)")
    p.add_argument("--tls-key", type=Path, metavar="FILE", help="PEM private key")
    p.add_argument("--allow-plain-http", action="store_true",
                   help="serve plain HTTP on a non-loopback address (private networks only)")
    p.set_defaults(handler=cmd_serve)

    p = actions.add_parser(
        "admin-token", help="make the hub's admin token (printed once)",
        description="Make the hub's admin token and print it once; the hub keeps only its "
                    "hash. --rotate replaces it.")
    p.add_argument("--db", required=True, metavar="URL", help="the hub's database, as for serve")
    p.add_argument("--rotate", action="store_true",
                   help="replace the existing admin token (the old one stops working)")
    p.set_defaults(handler=cmd_admin_token)


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number from 0 to 65535") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("must be a number from 0 to 65535")
    return value
