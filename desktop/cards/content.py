"""What goes on an offer card, as plain data: the first step of data, layout, render.

Nothing here draws or imports reportlab. `card_content` is the one place that decides what a
card may say, and it refuses outright when the participant has not agreed to a printed card:
no consent, no card, so no half-printed card can leak a name. The card's own words (thank-you
line, next step, days and times) come from `wording.py`, in the language asked for.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.cards.vcard import contact_vcard
from desktop.cards.wording import availability_words, wording
from desktop.core.consent import current_consents, requires
from desktop.core.errors import ValidationError
from desktop.core.models import Consent, Offer, Participant, Staff

__all__ = ["OfferCardContent", "availability_words", "card_content", "first_name",
           "linker_contact"]


@dataclass(frozen=True)
class OfferCardContent:
    """Every text on one offer card, already worded; empty fields are left off the card."""

    first_name: str
    offer_words: str
    when: str
    where: str
    how_often: str
    next_step: str
    linker_name: str
    linker_contact: str
    organisation: str
    thank_you: str
    language: str = "en"
    qr: str = ""  # a vCard of the linker's work contact, printed as a QR code; "" for none
    colour: str = ""  # the organisation's colour ("#rrggbb"), a band along the top edge
    logo: bytes = b""  # the organisation's logo (PNG or JPEG), in the top corner


def first_name(participant: Participant) -> str:
    """The name they asked to be called, else the first word of their full name."""
    preferred = participant.preferred_name.strip()
    if preferred:
        return preferred
    words = participant.full_name.split()
    return words[0] if words else ""


def linker_contact(linker: Staff | None) -> str:
    if linker is None:
        return ""
    # No-break spaces keep "01632 960123" on one line when the card wraps the contact.
    return "\n".join(" ".join(part.split()).replace(" ", "\u00a0")
                     for part in (linker.work_phone, linker.work_email) if part.strip())


def card_content(participant: Participant, offer: Offer, consents: Iterable[Consent],
                 linker: Staff | None, organisation: str, today: date, *,
                 next_step: str | None = None, language: str = "en", qr_code: bool = True,
                 colour: str = "", logo: bytes = b"") -> OfferCardContent:
    """The card for one offer, or ValidationError when they have not agreed to a printed card.

    Only this participant's consents count, whatever list the caller passes in. The card's
    own words are in `language` (a code from `wording.LANGUAGES`; any other code raises
    `wording.UnknownLanguage`); `next_step` replaces the language's default next step, and
    what the participant said stays in their own words."""
    own = [consent for consent in consents if consent.participant_id == participant.id]
    if current_consents(own, today).get("print-card") is None:
        raise ValidationError(requires("print-card") + " Record their agreement on the "
                              "Consents tab before printing.", "print-card")
    if offer.participant_id != participant.id:
        raise ValidationError("This offer belongs to someone else; open the card from the "
                              "offer's own page.", "offer")
    words = wording(language)
    return OfferCardContent(
        first_name=first_name(participant),
        offer_words=offer.title.strip(),
        when=availability_words(offer.availability, language),
        where=offer.location.strip(),
        how_often=offer.frequency.strip().capitalize(),
        next_step=(words.next_step if next_step is None else next_step).strip(),
        linker_name=linker.name.strip() if linker else "",
        linker_contact=linker_contact(linker),
        organisation=organisation.strip(),
        thank_you=words.thank_you,
        language=language,
        qr=(contact_vcard(linker, organisation) or "") if qr_code and linker else "",
        colour=colour,
        logo=logo,
    )
