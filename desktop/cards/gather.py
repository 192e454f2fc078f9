"""Which offers and requests become cards: the consent gate for every printed batch.

`content.card_content` is still the one check a single card passes (no current print-card
consent, no card); this module applies it to a whole batch (`core.printing.CardBatch`), counts
what it leaves out, and words requests as cards.

Two rules, chosen to be careful with other people's words:
- A card the participant is handed (one offer, or one person's offers) needs a current
  "print-card" consent.
- The event pack is laid out for other people to read at an event, so each offer *and each
  request* in it needs "print-card" and also "share-with-organisations" (passing their offer to
  organisations and other people). A request is a need said out loud; it is treated no more
  loosely than an offer.
Anything left out is only counted, never named.

Every card carries the organisation's branding (`core.printing.Branding`: colour, logo,
whether the linker's QR code is printed) as the caller read it from the vault.
"""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from desktop.cards.content import OfferCardContent, card_content, first_name
from desktop.cards.wording import card_language, wording
from desktop.core.consent import current_consents
from desktop.core.models import Consent, Offer, Participant, Request, Staff
from desktop.core.printing import Branding, CardBatch, PersonCards

HANDED = ("print-card",)
EVENT = ("print-card", "share-with-organisations")


@dataclass(frozen=True)
class PackEntry:
    kind: str  # "offer" or "request"
    content: OfferCardContent
    words_language: str = "en"  # the language they most likely said it in (font choice)


@dataclass(frozen=True)
class Gathered:
    entries: tuple[PackEntry, ...]  # offers first, then requests, each by first name
    left_out: int  # offers and requests not printed because a consent is missing

    @property
    def offers(self) -> list[OfferCardContent]:
        return [e.content for e in self.entries if e.kind == "offer"]

    @property
    def requests(self) -> list[OfferCardContent]:
        return [e.content for e in self.entries if e.kind == "request"]

    @property
    def contents(self) -> list[OfferCardContent]:
        return [e.content for e in self.entries]


def consented(person: PersonCards, purposes: Iterable[str], today: date) -> bool:
    current = current_consents(
        [c for c in person.consents if c.participant_id == person.participant.id], today)
    return all(current.get(purpose) is not None for purpose in purposes)


def gather(batch: CardBatch, today: date, *, purposes: tuple[str, ...] = HANDED,
           with_requests: bool = False, event: bool = False,
           language: str = "en", branding: Branding = Branding()) -> Gathered:
    """Card contents for every offer (and, `with_requests`, every request) in `batch` whose
    participant has a current consent for each of `purposes`, branded with `branding`."""
    said = wording(language).documents  # an unknown language fails here, before any card
    offers: list[tuple[tuple, PackEntry]] = []
    requests: list[tuple[tuple, PackEntry]] = []
    left_out = 0
    for person in batch.people:
        items = len(person.offers) + (len(person.requests) if with_requests else 0)
        if not consented(person, purposes, today):
            left_out += items
            continue
        participant = person.participant
        linker = batch.staff.get(participant.linker_id or "")
        key = first_name(participant).casefold(), participant.id
        spoken = card_language(participant.languages)
        for offer in person.offers:
            # Consent is checked above and again inside card_content, which raises rather
            # than print if the two ever disagree.
            content = branded_content(participant, offer, person.consents, linker,
                                      batch.organisation, today, language, branding)
            if event:
                # Read by others at the event: what to do next, and no thank-you addressed
                # to the person, which would only take room from their words.
                content = replace(content, next_step=said["offer_event_next_step"],
                                  thank_you="")
            offers.append(((*key, offer.created_at), PackEntry("offer", content, spoken)))
        for request in person.requests if with_requests else ():
            content = request_card_content(person, request, linker, batch.organisation,
                                           today, language, branding)
            requests.append(((*key, request.created_at),
                             PackEntry("request", content, spoken)))
    ordered = [entry for _, entry in sorted(offers, key=lambda pair: pair[0])]
    ordered += [entry for _, entry in sorted(requests, key=lambda pair: pair[0])]
    return Gathered(tuple(ordered), left_out)


def branded_content(participant: Participant, offer: Offer, consents: Iterable[Consent],
                    linker: Staff | None, organisation: str, today: date, language: str,
                    branding: Branding) -> OfferCardContent:
    """`content.card_content` (so its consent check) with the organisation's branding."""
    return card_content(participant, offer, consents, linker, organisation, today,
                        language=language, qr_code=branding.qr_code, colour=branding.colour,
                        logo=branding.logo)


def request_card_content(person: PersonCards, request: Request, linker: Staff | None,
                         organisation: str, today: date, language: str = "en",
                         branding: Branding = Branding()) -> OfferCardContent:
    """A request worded as a card for the event pack: their words, when and where, marked at
    the top as looking for help. It goes through `card_content`, so the same print-card check
    applies."""
    said = wording(language).documents
    as_offer = Offer(id=request.id, participant_id=request.participant_id, title=request.title,
                     availability=request.availability, location=request.location)
    content = branded_content(person.participant, as_offer, person.consents, linker,
                              organisation, today, language, branding)
    header = said["request_header"] + (f" · {organisation.strip()}" if organisation.strip()
                                       else "")
    return replace(content, organisation=header, how_often="",
                   next_step=said["request_next_step"], thank_you="")
