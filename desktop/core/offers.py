"""Offers and requests: their status pipelines, availability, and shaping an offer from gifts.

The capabilities offer is co-designed from what the person already said they enjoy and are good
at, so a new offer starts from their gifts: the title is their own words, the tags come from
the gifts. Statuses move one step at a time along the pipeline below; the editor offers only the
next steps, and a save is checked against the same table so a restored draft cannot skip ahead.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from desktop.core import models
from desktop.core.errors import ValidationError
from desktop.core.taxonomy import Taxonomy

# The pipeline of DESIGN §4, plus the few steps back that real life needs: a person who wants
# to think again (agreed -> draft), and a match that falls through (matched -> agreed). Ended
# is final; a new offer is made instead, so the record of what happened stays true.
OFFER_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("agreed", "ended"),
    "agreed": ("matched", "active", "draft", "ended"),
    "matched": ("active", "agreed", "ended"),
    "active": ("paused", "ended"),
    "paused": ("active", "ended"),
    "ended": (),
}
REQUEST_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "open": ("matched", "closed"),
    "matched": ("met", "open", "closed"),
    "met": ("closed",),
    "closed": (),
}
TRANSITIONS: dict[type[models.Record], dict[str, tuple[str, ...]]] = {
    models.Offer: OFFER_TRANSITIONS,
    models.Request: REQUEST_TRANSITIONS,
}

FREQUENCIES = ("once", "weekly", "fortnightly", "monthly", "now and then")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("morning", "afternoon", "evening")


def next_statuses(cls: type[models.Record], status: str) -> tuple[str, ...]:
    """The statuses a record of this kind may move to next, in pipeline order."""
    return TRANSITIONS[cls].get(status, ())


def can_move(cls: type[models.Record], current: str, target: str) -> bool:
    return target in next_statuses(cls, current)


def can_reach(cls: type[models.Record], current: str, target: str) -> bool:
    """True if `target` is `current` or can be reached from it one allowed step at a time.

    A form may take several steps before it is saved (draft, agreed, active); the save checks
    the whole journey rather than only its last step."""
    seen, frontier = {current}, [current]
    while frontier:
        status = frontier.pop()
        for following in next_statuses(cls, status):
            if following not in seen:
                seen.add(following)
                frontier.append(following)
    return target in seen


def check_status_change(cls: type[models.Record], current: str, target: str) -> None:
    """Raise ValidationError (field "status") when `target` cannot follow `current`."""
    if not can_reach(cls, current, target):
        raise ValidationError(f"The status cannot go from {current} to {target}; use the "
                              "status buttons to move it one step at a time.", "status")


def check_availability(value: Mapping[str, Any]) -> dict[str, list[str]]:
    """A clean copy of a weekly availability: known days and parts, parts in time order, days
    with nothing free left out. Unknown days or parts raise ValidationError."""
    clean: dict[str, list[str]] = {}
    for day, parts in value.items():
        if day not in DAYS:
            raise ValidationError("The availability names an unknown day; use mon to sun.",
                                  "availability")
        unknown = [part for part in parts if part not in PARTS]
        if unknown:
            raise ValidationError("The availability names an unknown part of the day; use "
                                  "morning, afternoon or evening.", "availability")
        if parts:
            clean[day] = [part for part in PARTS if part in parts]
    return {day: clean[day] for day in DAYS if day in clean}


def suggest_title(gifts: Iterable[models.Gift]) -> str:
    """The person's own words for the chosen gifts, one per line, as they said them.

    Nothing is rephrased: the offer card later prints this, and it should sound like them.
    Gifts recorded only as a tag contribute nothing; the linker asks for their words."""
    lines: list[str] = []
    for gift in gifts:
        words = gift.own_words.strip()
        if words and words not in lines:
            lines.append(words)
    return "\n".join(lines)


def tags_from_gifts(gifts: Iterable[models.Gift], taxonomy: Taxonomy | None = None) -> list[str]:
    """Tag ids for the chosen gifts: each gift's own tag first, then (with a taxonomy) tags
    whose words occur in what the person said, without repeats, in the order found."""
    gifts = list(gifts)
    tags: list[str] = []
    for gift in gifts:
        if gift.tag and gift.tag not in tags:
            tags.append(gift.tag)
    if taxonomy is not None:
        for gift in gifts:
            for tag in taxonomy.match_words(gift.own_words):
                if tag.id not in tags:
                    tags.append(tag.id)
    return tags


def offer_from_gifts(participant_id: str, gifts: Iterable[models.Gift],
                     taxonomy: Taxonomy | None = None) -> models.Offer:
    """A new draft offer shaped from some of the person's gifts (not saved)."""
    gifts = list(gifts)
    if any(gift.participant_id not in ("", participant_id) for gift in gifts):
        # Someone else's gift in this person's offer would be a programming error, and a
        # privacy one: refuse rather than quietly drop it.
        raise ValueError("a gift of another participant was passed to offer_from_gifts")
    return models.Offer(participant_id=participant_id, title=suggest_title(gifts),
                        tags=tags_from_gifts(gifts, taxonomy), status="draft")
