"""What goes on an offer card, as plain data: the first step of data, layout, render.

Nothing here draws or imports reportlab. `card_content` is the one place that decides what a
card may say, and it refuses outright when the participant has not agreed to a printed card:
no consent, no card, so no half-printed card can leak a name.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core.consent import current_consents, requires
from desktop.core.errors import ValidationError
from desktop.core.models import Consent, Offer, Participant, Staff

DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
             "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}
PART_PLURALS = {"morning": "mornings", "afternoon": "afternoons", "evening": "evenings"}
THANK_YOU = "Thank you for sharing what you can do."
NEXT_STEP = "Your linker will be in touch about what happens next."


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


def first_name(participant: Participant) -> str:
    """The name they asked to be called, else the first word of their full name."""
    preferred = participant.preferred_name.strip()
    if preferred:
        return preferred
    words = participant.full_name.split()
    return words[0] if words else ""


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def availability_words(availability: dict[str, list[str]]) -> str:
    """{"mon": ["morning"], "wed": ["afternoon", "evening"]} as "Monday mornings and
    Wednesday afternoons and evenings"; a day with every part free is just "Mondays"."""
    phrases = []
    for day in DAY_NAMES:
        parts = [part for part in PART_PLURALS if part in availability.get(day, [])]
        if not parts:
            continue
        if len(parts) == len(PART_PLURALS):
            phrases.append(DAY_NAMES[day] + "s")
        else:
            phrases.append(f"{DAY_NAMES[day]} {_join([PART_PLURALS[p] for p in parts])}")
    if not phrases:
        return ""
    return phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]


def linker_contact(linker: Staff | None) -> str:
    if linker is None:
        return ""
    # No-break spaces keep "01632 960123" on one line when the card wraps the contact.
    return "  ".join(" ".join(part.split()).replace(" ", "\u00a0")
                     for part in (linker.work_phone, linker.work_email) if part.strip())


def card_content(participant: Participant, offer: Offer, consents: Iterable[Consent],
                 linker: Staff | None, organisation: str, today: date, *,
                 next_step: str = NEXT_STEP, language: str = "en") -> OfferCardContent:
    """The card for one offer, or ValidationError when they have not agreed to a printed card.

    Only this participant's consents count, whatever list the caller passes in."""
    own = [consent for consent in consents if consent.participant_id == participant.id]
    if current_consents(own, today).get("print-card") is None:
        raise ValidationError(requires("print-card") + " Record their agreement on the "
                              "Consents tab before printing.", "print-card")
    if offer.participant_id != participant.id:
        raise ValidationError("This offer belongs to someone else; open the card from the "
                              "offer's own page.", "offer")
    return OfferCardContent(
        first_name=first_name(participant),
        offer_words=offer.title.strip(),
        when=availability_words(offer.availability),
        where=offer.location.strip(),
        how_often=offer.frequency.strip().capitalize(),
        next_step=next_step.strip(),
        linker_name=linker.name.strip() if linker else "",
        linker_contact=linker_contact(linker),
        organisation=organisation.strip(),
        thank_you=THANK_YOU,
        language=language,
    )
