"""The `offerbook` command: the desktop app by default, subcommands for everything else.

Expected errors print one plain sentence to stderr and exit 1; usage errors exit 2 (argparse);
a traceback means a bug. Passphrases come from standard input when it is not a terminal, so
scripts and tests can pipe them in; otherwise they are asked for without echo.
"""

import argparse
import getpass
import json
import logging
from pathlib import Path
import sys

from desktop import __version__
from desktop.core.errors import OfferbookError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _read_secret(prompt: str, *, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise OfferbookError("No passphrase was given on standard input.")
        return line.rstrip("\r\n")
    secret = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != secret:
        raise OfferbookError("The two passphrases were different; nothing was created.")
    return secret


def _unlock(path: Path):
    from desktop.store.vault import Vault
    return Vault.unlock(path, _read_secret("Passphrase (or recovery key): "))


def _emit(args: argparse.Namespace, obj: dict, text: str) -> None:
    print(json.dumps(obj, ensure_ascii=False) if args.json else text)


# ---- subcommands -------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from desktop.store.access import check_passphrase
    from desktop.store.vault import Vault
    passphrase = _read_secret("Choose a passphrase: ", confirm=True)
    check_passphrase(passphrase)
    vault, recovery_key = Vault.create(args.vault, args.user, passphrase,
                                       organisation=args.organisation or "")
    vault.close()
    print(f"Created a vault in {args.vault}.")
    print("Recovery key (shown once; print it or write it down and keep it in a safe place):")
    print(f"    {recovery_key}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.core.demo import DemoGenerator
    from desktop.store.demo_writer import write_demo
    with _unlock(args.vault) as vault:
        generator = DemoGenerator(seed=args.seed)
        counts = write_demo(vault, generator, args.participants,
                            progress=None if args.quiet else _progress)
    if not args.quiet:
        print(file=sys.stderr)
    print(", ".join(f"{count:,} {table}" for table, count in counts.items()))
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    print(f"\r{done:,} of {total:,} people", end="", file=sys.stderr, flush=True)


def cmd_people(args: argparse.Namespace) -> int:
    from desktop.store import people
    with _unlock(args.vault) as vault:
        if args.search:
            rows = people.with_offers_and_requests(
                vault, people.search(vault, args.search, limit=args.limit))
        else:
            rows = people.all_people(vault)
        for row in rows:
            shown = row.preferred_name or row.full_name
            text = f"{row.id}  {row.full_name}" + (
                f" ({row.preferred_name})" if row.preferred_name not in ("", row.full_name)
                else "")
            text += f"  offers: {len(row.offers)}  requests: {len(row.requests)}"
            _emit(args, {"id": row.id, "name": row.full_name, "preferred_name": shown,
                         "postcode": row.postcode, "status": row.status,
                         "offers": list(row.offers), "requests": list(row.requests)}, text)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.store.backup import backup
    with _unlock(args.vault) as vault:
        backup(vault, args.out)
    print(f"Backup written to {args.out}. It opens with the passphrases valid today.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.store.backup import restore
    restore(args.vault, args.source, _read_secret("Passphrase for the backup: "))
    print(f"Restored the vault in {args.vault} from {args.source}.")
    return EXIT_OK


def cmd_cards(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.cards import documents
    from desktop.cards.sheet import SHEETS
    from desktop.cards.wording import wording
    from desktop.store.files import atomic_write
    if args.lang is not None:
        wording(args.lang)  # an unknown language is refused before the passphrase is asked
    if not args.out.parent.is_dir():
        raise OfferbookError(f"The folder {args.out.parent} does not exist; choose an "
                             "existing folder for --out.")
    options = {"large_print": args.large_print, "language": args.lang}
    today, sheet = date.today(), SHEETS[args.sheet]
    with _unlock(args.vault) as vault:
        if args.summary:
            printed = documents.participant_summary(vault, args.participant, today, **options)
        elif args.offer:
            printed = documents.offer_cards(vault, args.offer, sheet, today, **options)
        elif args.participant:
            printed = documents.participant_cards(vault, args.participant, sheet, today,
                                                  **options)
        else:
            printed = documents.event_pack(vault, args.team, sheet, today, **options)
    atomic_write(args.out, printed.pdf)
    # Counts and the file's path only: whose cards they are stays on the paper.
    if args.summary:
        print(f"Wrote the participant summary to {args.out}.")
        return EXIT_OK
    what = "an event pack with" if args.all or args.team else ""
    print(f"Wrote {what + ' ' if what else ''}{_plural(printed.cards, 'card')} to {args.out}.")
    if printed.left_out:
        needs = ("a printed card and to sharing their offer" if args.all or args.team
                 else "a printed card")
        print(f"Left out {_plural(printed.left_out, 'offer or request', 'offers or requests')}"
              f" of people who have not agreed to {needs}.")
    if printed.cut_short:
        print(f"{_plural(printed.cut_short, 'card')} had more words than fit on both sides; "
              "shorten the offer in the offer editor and print it again.")
    return EXIT_OK


def _plural(count: int, one: str, many: str = "") -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.gui.app import run
    return run(vault=args.vault)


def cmd_screenshots(args: argparse.Namespace) -> int:
    from desktop.gui import screenshots
    screenshots.install_quiet_qt_messages()
    screenshots.take(args.out, report=lambda path: print(path, flush=True))
    return EXIT_OK


# ---- parser ------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="offerbook",
        description="Offerbook: capabilities conversations, offers and a community "
                    "marketplace, offline and encrypted. With no command, opens the app.")
    parser.add_argument("--version", action="version", version=f"offerbook {__version__}")
    parser.add_argument("--vault", type=Path, help="the vault folder the app opens")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler, help_text: str, *, vault: bool = True):
        p = sub.add_parser(name, help=help_text, description=help_text)
        if vault:
            p.add_argument("--vault", type=Path, required=True, help="the vault folder")
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, "Create a vault and print its recovery key once.")
    p.add_argument("--user", required=True, help="your name: the first staff member")
    p.add_argument("--organisation", help="the organisation's name")

    p = command("demo", cmd_demo, "Fill a vault with realistic synthetic people.")
    p.add_argument("--participants", type=_positive, default=200, help="how many (default 200)")
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same people")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")

    p = command("people", cmd_people, "List people with their offers and requests.")
    p.add_argument("--search", help="names, gifts or offers, as in the app's search box")
    p.add_argument("--limit", type=_positive, default=50, help="most results for --search")
    p.add_argument("--json", action="store_true", help="one JSON object per line")

    p = command("backup", cmd_backup, "Write an encrypted backup of the vault.")
    p.add_argument("--out", type=Path, required=True, help="the backup file to write")

    p = command("restore", cmd_restore, "Replace the vault with a backup (keeping a copy).")
    p.add_argument("--from", dest="source", type=Path, required=True, help="the backup file")

    p = command("cards", cmd_cards, "Print offer cards, an event pack of a team's offers and "
                "requests, or a participant's summary, as a PDF.")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--participant", metavar="ID", help="one person's current offers")
    which.add_argument("--offer", metavar="ID", help="one offer")
    which.add_argument("--all", action="store_true", help="an event pack of every team")
    which.add_argument("--team", metavar="NAME", help="an event pack of one team or area")
    p.add_argument("--summary", action="store_true",
                   help="with --participant: their summary, 'My offer, my record'")
    p.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--sheet", choices=("a6", "a6x4", "credit-card-x10"), default="a6x4",
                   help="cards per page (default a6x4: four A6 on A4, with crop marks)")
    p.add_argument("--large-print", action="store_true", help="bigger type (18 pt and up)")
    p.add_argument("--lang", metavar="CODE",
                   help="the documents' language (default: the person's own for their cards "
                        "and summary, English for an event pack)")
    p.set_defaults(usage_error=p.error)

    p = command("screenshots", cmd_screenshots, "Save every screen, with demo data in a "
                "throwaway vault, in each theme, as PNG (offscreen).", vault=False)
    p.add_argument("--out", type=Path, required=True, help="the folder to save them in")

    # Sync's commands live beside this module, one file for the hub and one for a device.
    from desktop import cli_hub, cli_sync
    cli_hub.add_commands(sub, command)
    cli_sync.add_commands(sub, command)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


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
    except BrokenPipeError:
        return EXIT_OK  # `offerbook people | head` is fine
