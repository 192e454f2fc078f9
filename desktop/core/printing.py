"""What a printed document carries: the records behind a batch of cards or a participant's
summary, and the organisation's branding, as plain data.

`store.card_queries` and `store.branding` fill these from the vault; `desktop.cards` lays them
out and renders them, and never reads the vault itself. Which offers and requests are
*current* (the only ones that become cards) is decided here, so the vault's queries, the
documents and the screens agree: an offer the person has agreed to, or one matched or running;
a request still open or matched.
"""

from dataclasses import dataclass, field

from desktop.core import models

CURRENT_OFFER_STATUSES = ("agreed", "matched", "active")
CURRENT_REQUEST_STATUSES = ("open", "matched")


def is_current_offer(offer: models.Offer) -> bool:
    return offer.status in CURRENT_OFFER_STATUSES


def is_current_request(request: models.Request) -> bool:
    return request.status in CURRENT_REQUEST_STATUSES


@dataclass
class PersonCards:
    """One participant with the offers and requests to consider printing, and every consent
    answer recorded for them (core.consent decides which is in force)."""

    participant: models.Participant
    consents: list[models.Consent] = field(default_factory=list)
    offers: list[models.Offer] = field(default_factory=list)
    requests: list[models.Request] = field(default_factory=list)


@dataclass
class CardBatch:
    people: list[PersonCards]
    staff: dict[str, models.Staff]  # id -> staff member, for the linker's work contact
    organisation: str


@dataclass
class IntroductionView:
    """An introduction as its participant may read it: who or what is on the other side is
    only an organisation and its opportunity, never another participant's name."""

    introduction: models.Introduction
    offer_title: str = ""  # their own offer or request this introduction is about
    opportunity: str = ""
    organisation: str = ""
    with_a_person: bool = False  # introduced to another participant's request or offer


@dataclass
class SummarySource:
    participant: models.Participant
    consents: list[models.Consent]
    gifts: list[models.Gift]
    offers: list[models.Offer]
    requests: list[models.Request]
    introductions: list[IntroductionView]
    follow_ups: list[models.FollowUp]  # not yet done, soonest first
    linker: models.Staff | None
    organisation: str
    staff_names: dict[str, str] = field(default_factory=dict)  # who will get in touch


@dataclass(frozen=True)
class Branding:
    """What cards printed from this vault carry; the defaults are a vault with none set."""

    colour: str = ""  # "#rrggbb", or "" for no colour band
    logo: bytes = b""  # a PNG or JPEG (already checked and resized), or b"" for none
    qr_code: bool = True  # print the linker's work contact as a QR code


@dataclass
class SlipSource:
    """One side's introduction slip: the introduction and both sides as they are now, with
    every consent answer of each person (desktop.cards decides what may be printed).

    `for_side` is whose slip it is: "offer" (the person who made the offer), "request" (the
    person who asked for help) or "opportunity" (the organisation)."""

    for_side: str
    introduction: models.Introduction
    offer: models.Offer
    offerer: models.Participant
    offerer_consents: list[models.Consent] = field(default_factory=list)
    request: models.Request | None = None
    requester: models.Participant | None = None
    requester_consents: list[models.Consent] = field(default_factory=list)
    opportunity: models.Opportunity | None = None
    organisation: models.Organisation | None = None
    linker: models.Staff | None = None  # who to ask: the one going along, else who made it
    linker_goes: bool = False  # a linker goes along to the meeting
    our_organisation: str = ""
