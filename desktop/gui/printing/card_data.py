"""What the GUI asks of the cards package: the card for an offer being edited, the cards of a
list of people with counts of who was left out, and the languages a card can be printed in.

No Qt here. The reads are `store.card_queries`' (and the organisation's card branding,
`store.branding`) and the consent decisions `cards.content`'s (one card) and `cards.gather`'s
(a batch), so the app prints exactly what `offerbook cards` would; this module only adds what a
screen needs on top (an unsaved offer, per-person counts).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop.cards.content import OfferCardContent
from desktop.cards.gather import HANDED, branded_content, gather
from desktop.cards.wording import LANGUAGES, card_language, wording
from desktop.core import models
from desktop.core.errors import NotFound
from desktop.store import branding
from desktop.store.card_queries import participant_batch
from desktop.store.vault import Vault


@dataclass(frozen=True)
class CardLanguage:
    code: str
    name: str  # as its readers write it ("Cymraeg"), for the chooser
    english_name: str
    draft: bool = False  # its card words are not yet checked by a native speaker


def card_languages() -> list[CardLanguage]:
    """The languages a card can be printed in, in the order a chooser lists them."""
    return [CardLanguage(code, words.name, words.english_name, words.draft)
            for code, words in ((code, wording(code)) for code in LANGUAGES)]


def preferred_card_language(participant: models.Participant) -> str:
    """The first of their languages a card can be printed in, else English."""
    return card_language(participant.languages)


def offer_card(vault: Vault, participant_id: str, offer: models.Offer, *, language: str = "en",
               today: date | None = None) -> OfferCardContent:
    """The card for `offer`, saved or still in the editor; ValidationError (field
    "print-card") when the participant has not agreed to a printed card."""
    batch = participant_batch(vault, participant_id)
    [person] = batch.people
    linker = batch.staff.get(person.participant.linker_id or "")
    return branded_content(person.participant, offer, person.consents, linker,
                           batch.organisation, today or date.today(), language,
                           branding.read(vault))


@dataclass
class Gathered:
    """The cards for a list of people, and how many were left out and why (counts only)."""

    cards: list[OfferCardContent] = field(default_factory=list)
    people_with_cards: int = 0
    no_consent: int = 0  # people with current offers who have not agreed to a printed card
    no_offers: int = 0  # people with no current offer
    gone: int = 0  # people deleted (perhaps on another device) since the list was shown

    def add(self, other: "Gathered") -> None:
        self.cards.extend(other.cards)
        self.people_with_cards += other.people_with_cards
        self.no_consent += other.no_consent
        self.no_offers += other.no_offers
        self.gone += other.gone


def gather_cards(vault: Vault, participant_ids: Iterable[str], *, language: str = "",
                 today: date | None = None) -> Gathered:
    """Every current offer's card for each person, in the order given, in `language`, or
    with "" each in the first of their own languages a card can be printed in. Someone
    without print-card consent gives no card at all, only a count."""
    today = today or date.today()
    brand = branding.read(vault)
    result = Gathered()
    for participant_id in participant_ids:
        try:
            batch = participant_batch(vault, participant_id)
        except NotFound:
            result.gone += 1
            continue
        [person] = batch.people
        if not person.offers:
            result.no_offers += 1
            continue
        own = language or preferred_card_language(person.participant)
        cards = gather(batch, today, purposes=HANDED, language=own, branding=brand)
        if cards.left_out:
            result.no_consent += 1
            continue
        result.cards.extend(cards.offers)
        result.people_with_cards += 1
    return result
