"""Validation of records before they are saved.

Messages name the field in plain English and say what would be accepted. They never repeat the
value that was typed: a message may end up in a log, and the value may be someone's name.
"""

from collections.abc import Callable
from datetime import date
import re
from typing import Any
import unicodedata

from desktop.core import models
from desktop.core.errors import ValidationError

NAME_MAX = 200
TEXT_MAX = 2_000
LONG_TEXT_MAX = 50_000  # notes, answers: a long conversation typed in full must fit

# Free text that may be long; everything else str-typed is short.
_LONG_FIELDS = {"body", "notes", "note", "details", "description", "own_words", "conditions",
                "outcome_notes", "place",
                "support_needed", "accessibility_needs", "title", "for_whom", "address",
                # A directory's schedules, places and contacts can run past a name's length.
                "schedule", "location", "contact", "accessibility", "suits", "cost"}
_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?(?: ?[0-9][A-Z]{2})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Control characters other than newline and tab never belong in what people type. C1
# controls (U+0080-U+009F) are what a mis-decoded paste from a Windows-1252 document leaves.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """NFC-normalise and trim, so the same name typed on two keyboards is the same text.

    Windows line endings (CR LF) become newlines: text pasted or imported on Windows carries
    them, and a lone carriage return would otherwise be refused as a control character."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", value).strip()


def normalise_postcode(value: str) -> str:
    compact = re.sub(r"\s+", "", value.upper())
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 4 else compact


def _check_text(name: str, value: str, limit: int) -> None:
    if _CONTROL.search(value):
        raise ValidationError(f"The {_label(name)} contains invisible control characters; "
                              "please retype it.", name)
    if len(value) > limit:
        raise ValidationError(f"The {_label(name)} is too long: at most {limit:,} characters "
                              f"(it has {len(value):,}).", name)


def _check_date(name: str, value: str) -> None:
    if value:
        try:
            date.fromisoformat(value[:10])
        except ValueError:
            raise ValidationError(f"The {_label(name)} is not a date; use the form 2026-03-31.",
                                  name) from None


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValidationError(f"The {_label(name)} must be one of: {', '.join(allowed)}.", name)


def _label(name: str) -> str:
    return name.replace("_", " ")


def _require(record: models.Record, name: str, what: str) -> None:
    if not getattr(record, name):
        raise ValidationError(f"Please give {what}.", name)


def validate(record: models.Record) -> models.Record:
    """Clean text fields in place and raise ValidationError for the first problem found."""
    for name in record.data_fields():
        value = getattr(record, name)
        if isinstance(value, str):
            value = clean_text(value)
            setattr(record, name, value)
            limit = LONG_TEXT_MAX if name in _LONG_FIELDS else NAME_MAX
            if name == "title":
                limit = TEXT_MAX
            _check_text(name, value, limit)
            if name.endswith("_on"):
                _check_date(name, value)
    _RULES.get(type(record), lambda r: None)(record)
    return record


def _participant(p: models.Participant) -> None:
    _require(p, "full_name", "the person's name (any script is fine)")
    _check_choice("status", p.status, models.PARTICIPANT_STATUSES)
    if p.postcode:
        p.postcode = normalise_postcode(p.postcode)
        if not _POSTCODE.match(p.postcode):
            raise ValidationError("The postcode doesn't look like a UK postcode, such as "
                                  "LS6 2AB; leave it empty if you don't know it.", "postcode")
    if p.email and not _EMAIL.match(p.email):
        raise ValidationError("The email address needs an @ and a domain, such as "
                              "name@example.org.", "email")
    for language in p.languages:
        _check_text("languages", language, NAME_MAX)


def _staff(s: models.Staff) -> None:
    _require(s, "name", "the staff member's name")
    _check_choice("role", s.role, models.STAFF_ROLES)


def _consent(c: models.Consent) -> None:
    _require(c, "participant_id", "the person this consent belongs to")
    _check_choice("purpose", c.purpose, models.CONSENT_PURPOSES)
    _check_choice("method", c.method, models.CONSENT_METHODS)


def _gift(g: models.Gift) -> None:
    _require(g, "participant_id", "the person this gift belongs to")
    _check_choice("kind", g.kind, models.GIFT_KINDS)
    if not (g.tag or g.own_words):
        raise ValidationError("Please describe the gift in the person's words or pick a tag.",
                              "own_words")


def _offer(o: models.Offer) -> None:
    _require(o, "participant_id", "the person making the offer")
    _require(o, "title", "the offer in the person's own words")
    _check_choice("status", o.status, models.OFFER_STATUSES)


def _request(r: models.Request) -> None:
    _require(r, "participant_id", "the person asking for help")
    _require(r, "title", "what help the person is looking for")
    _check_choice("status", r.status, models.REQUEST_STATUSES)


def _conversation(c: models.Conversation) -> None:
    _require(c, "participant_id", "the person this conversation is with")
    _check_choice("status", c.status, models.CONVERSATION_STATUSES)


def _organisation(o: models.Organisation) -> None:
    _require(o, "name", "the organisation's name")
    _check_choice("status", o.status, models.ORGANISATION_STATUSES)


def _opportunity(o: models.Opportunity) -> None:
    _require(o, "title", "a title for the opportunity")
    _check_choice("status", o.status, models.OPPORTUNITY_STATUSES)


def _introduction(i: models.Introduction) -> None:
    _check_choice("status", i.status, models.INTRODUCTION_STATUSES)
    if not i.offer_id:
        raise ValidationError("An introduction starts from an offer; choose one.", "offer_id")
    if not (i.request_id or i.opportunity_id):
        raise ValidationError("Choose the request or opportunity this offer is matched with.",
                              "request_id")
    if i.status == "planned" and not i.planned_on:
        raise ValidationError("Please give the day of the meeting.", "planned_on")


def _follow_up(f: models.FollowUp) -> None:
    _require(f, "participant_id", "the person this follow-up is about")
    _check_choice("kind", f.kind, models.FOLLOW_UP_KINDS)


def _exchange(e: models.Exchange) -> None:
    _require(e, "giver_id", "who gave the time")
    if not 0 < e.hours <= 24:
        raise ValidationError("Hours must be more than 0 and at most 24 for one exchange.",
                              "hours")


def _wellbeing(w: models.Wellbeing) -> None:
    _require(w, "participant_id", "the person these answers belong to")
    for question in models.ONS4_QUESTIONS:
        score = getattr(w, question)
        # bool is an int subclass: True must not pass as a score of 1.
        if score is not None and not (type(score) is int and 0 <= score <= 10):
            raise ValidationError(f"Each wellbeing answer is a whole number from 0 to 10 "
                                  f"({_label(question)}).", question)


def _note(n: models.Note) -> None:
    _require(n, "participant_id", "the person this note is about")
    _require(n, "body", "the note's text")


# Each rule takes the record class it is filed under (so Any, not Record: a rule for one
# class is not a rule for every record).
_RULES: dict[type[models.Record], Callable[[Any], None]] = {
    models.Participant: _participant, models.Staff: _staff, models.Consent: _consent,
    models.Gift: _gift, models.Offer: _offer, models.Request: _request,
    models.Conversation: _conversation, models.Organisation: _organisation,
    models.Opportunity: _opportunity, models.Introduction: _introduction,
    models.FollowUp: _follow_up,
    models.Exchange: _exchange, models.Wellbeing: _wellbeing, models.Note: _note,
}
