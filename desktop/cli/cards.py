"""`offerbook cards`: offer cards, an event pack or a participant's summary, as a PDF
(desktop/cards)."""

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, Subcommands, add_command, plural, unlock
from desktop.core.errors import OfferbookError


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
    with unlock(args.vault) as vault:
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
    print(f"Wrote {what + ' ' if what else ''}{plural(printed.cards, 'card')} to {args.out}.")
    if printed.left_out:
        needs = ("a printed card and to sharing their offer" if args.all or args.team
                 else "a printed card")
        print(f"Left out {plural(printed.left_out, 'offer or request', 'offers or requests')}"
              f" of people who have not agreed to {needs}.")
    if printed.cut_short:
        print(f"{plural(printed.cut_short, 'card')} had more words than fit on both sides; "
              "shorten the offer in the offer editor and print it again.")
    return EXIT_OK


def add_commands(sub: Subcommands) -> None:
    """Register `cards` on the `offerbook` parser (desktop/cli/parser.py)."""
    p = add_command(sub, "cards", cmd_cards, "Print offer cards, an event pack of a team's "
                    "offers and requests, or a participant's summary, as a PDF.")
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
