"""The printed documents made from an open vault as `offerbook cards` and the app's person page
make them: the store reads the batch (or summary source) and the branding, `cards.documents`
checks consent, lays out and renders. The tests' one place for those two steps."""

from datetime import date

from desktop.cards import documents
from desktop.cards.sheet import SheetSpec
from desktop.cli.cards import event_batch
from desktop.store import branding, card_queries
from desktop.store.vault import Vault


def offer_cards(vault: Vault, offer_id: str, sheet: SheetSpec, today: date,
                **options) -> documents.Printed:
    return documents.offer_cards(card_queries.offer_batch(vault, offer_id), sheet, today,
                                 branding=branding.read(vault), **options)


def participant_cards(vault: Vault, participant_id: str, sheet: SheetSpec, today: date,
                      **options) -> documents.Printed:
    return documents.participant_cards(card_queries.participant_batch(vault, participant_id),
                                       sheet, today, branding=branding.read(vault), **options)


def event_pack(vault: Vault, team: str | None, sheet: SheetSpec, today: date,
               **options) -> documents.Printed:
    """`team` names a team or an area, as `offerbook cards --team` does; None is every team."""
    batch, place = event_batch(vault, team)
    return documents.event_pack(batch, sheet, today, branding=branding.read(vault),
                                place=place, **options)


def participant_summary(vault: Vault, participant_id: str, today: date,
                        **options) -> documents.Printed:
    return documents.participant_summary(card_queries.summary_source(vault, participant_id),
                                         today, **options)
