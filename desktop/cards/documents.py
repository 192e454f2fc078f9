"""Making a printed document from what the vault gave: check consent, lay out, render.

One function per thing a linker prints, each returning the PDF with counts for a message:
how many cards, how many offers or requests were left out for want of consent, how many cards
had words that fitted on neither side. Counts only: nothing here names a person, so a caller
may show or log the result as it is.

Nothing here reads the vault: the caller reads the batch or summary source
(`store.card_queries`) and the organisation's branding (`store.branding.read`) and hands them
over, as the CLI (`offerbook cards`) and the app's person page do.

A card or summary handed to one person is worded in their language (the first of theirs that
cards are printed in) unless a language is asked for; the event pack, read by everyone at the
event, is in English unless asked.
"""

from dataclasses import dataclass
from datetime import date

from desktop.cards.event_pack import event_pack_pdf
from desktop.cards.gather import EVENT, HANDED, Gathered, gather
from desktop.cards.offer_card import render_cards_with_notes
from desktop.cards.sheet import SheetSpec
from desktop.cards.summary import summary_pdf
from desktop.cards.wording import card_language
from desktop.core.errors import OfferbookError
from desktop.core.printing import Branding, CardBatch, SummarySource, is_current_offer

NO_CONSENT_ONE = ("No card was written: they have not agreed to a printed card. Record their "
                  "agreement on the Consents tab first.")


@dataclass(frozen=True)
class Printed:
    pdf: bytes
    cards: int = 0
    left_out: int = 0  # offers or requests not printed: a consent is missing
    cut_short: int = 0  # cards with words that fitted on neither side


def _cards(gathered: Gathered, sheet: SheetSpec, large_print: bool) -> Printed:
    pdf, notes = render_cards_with_notes(gathered.contents, sheet, large_print)
    cut = {note.card for note in notes if note.side == "back"}
    return Printed(pdf, len(gathered.entries), gathered.left_out, len(cut))


def _theirs(batch: CardBatch, language: str | None) -> str:
    return language or card_language(batch.people[0].participant.languages)


def offer_cards(batch: CardBatch, sheet: SheetSpec, today: date, *, branding: Branding,
                large_print: bool = False, language: str | None = None) -> Printed:
    """The card of the one offer in `batch` (`card_queries.offer_batch`), which must be
    current."""
    offer = batch.people[0].offers[0]
    if not is_current_offer(offer):
        raise OfferbookError(
            f"This offer is {offer.status}; only agreed, matched or active offers get a card. "
            "Change its status in the offer editor first.")
    gathered = gather(batch, today, purposes=HANDED, language=_theirs(batch, language),
                      branding=branding)
    if not gathered.entries:
        raise OfferbookError(NO_CONSENT_ONE)
    return _cards(gathered, sheet, large_print)


def participant_cards(batch: CardBatch, sheet: SheetSpec, today: date, *, branding: Branding,
                      large_print: bool = False, language: str | None = None) -> Printed:
    """The cards of one participant's current offers (`card_queries.participant_batch`)."""
    if not batch.people[0].offers:
        raise OfferbookError("They have no current offers (agreed, matched or active), so "
                             "there is no card to print.")
    gathered = gather(batch, today, purposes=HANDED, language=_theirs(batch, language),
                      branding=branding)
    if not gathered.entries:
        raise OfferbookError(NO_CONSENT_ONE)
    return _cards(gathered, sheet, large_print)


def event_pack(batch: CardBatch, sheet: SheetSpec, today: date, *, branding: Branding,
               place: str = "", large_print: bool = False,
               language: str | None = None) -> Printed:
    """The event pack of `batch` (`card_queries.event_batch`); `place` is the team or area
    it is for, "" for every team."""
    language = language or "en"
    gathered = gather(batch, today, purposes=EVENT, with_requests=True, event=True,
                      language=language, branding=branding)
    if not gathered.entries:
        if gathered.left_out:
            raise OfferbookError(
                f"No event pack was written: none of the {gathered.left_out} current offers "
                "and requests belongs to someone who has agreed to a printed card and to "
                "sharing their offer. Record their agreement on the Consents tab first.")
        raise OfferbookError("There are no current offers or requests to put in an event "
                             "pack.")
    pack = event_pack_pdf(gathered, sheet, place=place, organisation=batch.organisation,
                          today=today, large_print=large_print, language=language)
    cut = {note.card for note in pack.card_notes}
    return Printed(pack.pdf, len(gathered.entries), gathered.left_out, len(cut))


def participant_summary(source: SummarySource, today: date, *, large_print: bool = False,
                        language: str | None = None) -> Printed:
    """Their summary, "My offer, my record" (`card_queries.summary_source`)."""
    language = language or card_language(source.participant.languages)
    return Printed(summary_pdf(source, today, large_print=large_print, language=language))
