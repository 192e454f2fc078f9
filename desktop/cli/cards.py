"""`offerbook cards`: offer cards, an event pack or a participant's summary, as a PDF.

What goes on the paper is read here, from the vault (`store.card_queries`, `store.branding`),
and handed to `cards.documents`, which checks consent, lays it out and renders it; the app's
person page does the same.
"""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.common import EXIT_OK, Subcommands, add_command, plural, unlock
from desktop.core.errors import OfferbookError

if TYPE_CHECKING:
    from desktop.core.printing import CardBatch
    from desktop.store.vault import Vault


def cmd_cards(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.cards import documents
    from desktop.cards.sheet import SHEETS
    from desktop.cards.wording import wording
    from desktop.store import branding, card_queries
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
            printed = documents.participant_summary(
                card_queries.summary_source(vault, args.participant), today, **options)
        elif args.offer:
            printed = documents.offer_cards(card_queries.offer_batch(vault, args.offer), sheet,
                                            today, branding=branding.read(vault), **options)
        elif args.participant:
            printed = documents.participant_cards(
                card_queries.participant_batch(vault, args.participant), sheet, today,
                branding=branding.read(vault), **options)
        else:
            batch, place = event_batch(vault, args.team)
            printed = documents.event_pack(batch, sheet, today, branding=branding.read(vault),
                                           place=place, **options)
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


def event_batch(vault: "Vault", team: str | None) -> tuple["CardBatch", str]:
    """What an event pack holds, and the place it is for: of the team or area called `team`
    (a team's name wins over an area's), or of every team (None, place "")."""
    from desktop.store import card_queries
    if team is None:
        return card_queries.event_batch(vault, None), ""
    teams = card_queries.teams_named(vault, team)
    if not teams:
        known = ", ".join(card_queries.team_names(vault)) or "none yet"
        raise OfferbookError(f"There is no team or area called {team!r}. The teams are: "
                             f"{known}.")
    place = teams[0].name if len(teams) == 1 else teams[0].area
    return card_queries.event_batch(vault, [t.id for t in teams]), place


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
