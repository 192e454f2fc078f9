"""What a person has agreed to, and what each agreement allows.

A consent record is one answer to one purpose, given on a day. People change their minds, so
the answer that counts for a purpose is the *latest* one recorded: a later "no" overrides an
earlier "yes", and a later "yes" after a withdrawal restores it. That answer is in force when
it was a yes, has not been withdrawn, and has not expired (it stops counting on its expiry
day: that is the day to ask again).

The texts here are plain English for the GUI to translate; `QT_TRANSLATE_NOOP` only marks
them for Qt Linguist (core never imports Qt).
"""

from collections.abc import Iterable
from datetime import date

from desktop.core.models import CONSENT_PURPOSES, Consent

CONTEXT = "Consent"  # the translation context of every text below


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


PURPOSE_LABELS = {
    "keep-record": QT_TRANSLATE_NOOP("Consent", "Keep a record of them in Offerbook"),
    "contact": QT_TRANSLATE_NOOP("Consent", "Contact them by phone, text, email or a visit"),
    "share-with-organisations": QT_TRANSLATE_NOOP(
        "Consent", "Share their offer with organisations and other people"),
    "print-card": QT_TRANSLATE_NOOP("Consent", "Print their name and offer on a card"),
    "special-category": QT_TRANSLATE_NOOP(
        "Consent", "Note health, disability or faith details"),
    "evidence": QT_TRANSLATE_NOOP("Consent", "Count them, without their name, in reports"),
    "photo": QT_TRANSLATE_NOOP("Consent", "Take and keep photos of them"),
}

METHOD_LABELS = {
    "spoken": QT_TRANSLATE_NOOP("Consent", "They said so (spoken)"),
    "written": QT_TRANSLATE_NOOP("Consent", "They signed a form (written)"),
    "easy-read": QT_TRANSLATE_NOOP("Consent", "They signed an easy-read form"),
    "by-carer": QT_TRANSLATE_NOOP("Consent", "A carer or family member agreed for them"),
}

METHOD_SHORT = {  # the same, short enough for a table column
    "spoken": QT_TRANSLATE_NOOP("Consent", "Spoken"),
    "written": QT_TRANSLATE_NOOP("Consent", "Written"),
    "easy-read": QT_TRANSLATE_NOOP("Consent", "Easy read"),
    "by-carer": QT_TRANSLATE_NOOP("Consent", "By a carer"),
}

# What each purpose unlocks, said to the person using the app when it is missing.
_REQUIRES = {
    "keep-record": QT_TRANSLATE_NOOP(
        "Consent", "They have not agreed to us keeping a record yet. Record their agreement "
        "on the Consents tab before starting a conversation or adding offers and requests."),
    "contact": QT_TRANSLATE_NOOP(
        "Consent", "They have not agreed to be contacted. Record their agreement on the "
        "Consents tab to keep a phone number, email or address."),
    "share-with-organisations": QT_TRANSLATE_NOOP(
        "Consent", "They have not agreed to their offer being shared. Offers can be shaped, "
        "but not passed to organisations or other people, until they agree."),
    "print-card": QT_TRANSLATE_NOOP(
        "Consent", "They have not agreed to a printed card with their name and offer."),
    "special-category": QT_TRANSLATE_NOOP(
        "Consent", "They have not agreed to us noting health, disability or faith details. "
        "Record their agreement on the Consents tab first."),
    "evidence": QT_TRANSLATE_NOOP(
        "Consent", "They have not agreed to be counted in reports to funders."),
    "photo": QT_TRANSLATE_NOOP("Consent", "They have not agreed to photos."),
}

# Actions in the app that need an agreement in force, and which one.
ACTIONS = {
    "start-conversation": "keep-record",
    "new-offer": "keep-record",
    "new-request": "keep-record",
    "contact-details": "contact",
    "share-offer": "share-with-organisations",
    "special-category": "special-category",
    "print-card": "print-card",
}

# How a purpose's current answer reads (state names; the GUI words them).
GIVEN, REFUSED, WITHDRAWN, EXPIRED, NOT_ASKED = (
    "given", "refused", "withdrawn", "expired", "not-asked")


def requires(purpose: str) -> str:
    """The plain-English explanation shown beside whatever this purpose unlocks."""
    return _REQUIRES[purpose]


def purpose_for(action: str) -> str:
    """The purpose an action needs (`ACTIONS`)."""
    return ACTIONS[action]


def _latest_key(consent: Consent) -> tuple[str, str]:
    # Same day: the one recorded later (created_at is UTC ISO text, so it sorts) wins.
    return consent.recorded_on[:10], consent.created_at


def latest_answers(consents: Iterable[Consent], today: date) -> dict[str, Consent | None]:
    """The latest answer recorded for each purpose, in force or not (None if never asked).

    Answers dated after `today` are not yet answers (a clock set wrong on another device).
    """
    latest: dict[str, Consent | None] = dict.fromkeys(CONSENT_PURPOSES)
    for consent in consents:
        if consent.deleted or consent.purpose not in latest:
            continue
        if consent.recorded_on and consent.recorded_on[:10] > today.isoformat():
            continue
        best = latest[consent.purpose]
        if best is None or _latest_key(consent) >= _latest_key(best):
            latest[consent.purpose] = consent
    return latest


def state(consent: Consent | None, today: date) -> str:
    """given, refused, withdrawn, expired or not-asked."""
    if consent is None:
        return NOT_ASKED
    if not consent.given:
        return REFUSED
    if consent.withdrawn_on and consent.withdrawn_on[:10] <= today.isoformat():
        return WITHDRAWN
    if consent.expires_on and consent.expires_on[:10] <= today.isoformat():
        return EXPIRED
    return GIVEN


def current_consents(consents: Iterable[Consent], today: date) -> dict[str, Consent | None]:
    """For every purpose, the consent in force today, or None."""
    return {purpose: (answer if state(answer, today) == GIVEN else None)
            for purpose, answer in latest_answers(consents, today).items()}


def blocked(action: str, current: dict[str, Consent | None]) -> str | None:
    """The purpose still missing for `action`, or None if it is allowed."""
    purpose = ACTIONS[action]
    return None if current.get(purpose) is not None else purpose
