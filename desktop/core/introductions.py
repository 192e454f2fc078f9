"""Introductions: an offer and someone who benefits from it, from a suggestion to its outcome.

The steps (models.INTRODUCTION_STATUSES):

    suggested -> agreed (both sides said yes) -> planned (a day, a place, whether the linker
    goes along) -> met -> an outcome: going-well, did-not-work-out or ended

A suggestion or an agreement may be declined. A planned meeting may be planned again (another
day or place). An introduction going well may later not work out, or end. Nothing else: the
record of what happened stays true, and a new introduction is made instead of winding one back.

Each step sets or clears the introduction's follow-ups by itself (`StepResult`):
- planned: one follow-up the day after the meeting ("after-meeting"), replacing any before it;
- met: one check-in four weeks after the day they met, replacing the after-meeting one;
- an outcome, or declined: every open follow-up of the introduction is done.
Follow-ups a linker adds by hand ("general") survive planning and meeting; an outcome closes
them too, because there is nothing left for them to be about.

Moving an introduction towards a meeting (making it, agreeing, planning) needs both sides to be
there still: the offer agreed, matched or active; the request open or matched; the opportunity
and its organisation open; each person's record open and their agreement to share in force.
`check_parties` refuses with the reason otherwise, and nothing is changed. Recording what
happened (met, an outcome, declined) is never refused for those reasons: it is history.

Nothing here knows SQL or Qt: desktop/store/introductions.py reads the records, calls these
and writes the result in one transaction. The labels are plain English for the GUI to
translate (`QT_TRANSLATE_NOOP` only marks them for Qt Linguist).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NoReturn

from desktop.core import models
from desktop.core.consent import current_consents, requires
from desktop.core.errors import OfferbookError, ValidationError

CONTEXT = "Introductions"  # the translation context of the labels below


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


STATUSES = models.INTRODUCTION_STATUSES
SUGGESTED, AGREED, PLANNED, MET = "suggested", "agreed", "planned", "met"
GOING_WELL, DID_NOT_WORK_OUT = "going-well", "did-not-work-out"
ENDED, DECLINED = "ended", "declined"
OUTCOMES = (GOING_WELL, DID_NOT_WORK_OUT, ENDED)

STEPS: dict[str, tuple[str, ...]] = {
    SUGGESTED: (AGREED, DECLINED),
    AGREED: (PLANNED, DECLINED),
    PLANNED: (PLANNED, MET),  # planned again: another day or place
    MET: OUTCOMES,
    GOING_WELL: (DID_NOT_WORK_OUT, ENDED),
    DID_NOT_WORK_OUT: (),
    ENDED: (),
    DECLINED: (),
}
# The two met: the offer is linked to someone who benefits (the seed's measure, and matching's
# "not yet linked" fairness). The old "ongoing" meant going well, so it counts too.
REACHED_MEETING = (MET, *OUTCOMES)
# Still under way: what a person's summary lists under "what happens next".
UNDER_WAY = (AGREED, PLANNED, MET, GOING_WELL)
FINISHED = (DID_NOT_WORK_OUT, ENDED, DECLINED)
# Steps that move towards a meeting, and so need both sides still there (`check_parties`).
NEEDS_BOTH_SIDES = (AGREED, PLANNED)

AFTER_MEETING, CHECK_IN, GENERAL = "after-meeting", "check-in", "general"
STEP_FOLLOW_UPS = (AFTER_MEETING, CHECK_IN)  # the kinds steps set, and replace
FOLLOW_UP_AFTER_MEETING = timedelta(days=1)
CHECK_IN_AFTER = timedelta(weeks=4)

STATUS_LABELS = {
    SUGGESTED: QT_TRANSLATE_NOOP("Introductions", "Suggested"),
    AGREED: QT_TRANSLATE_NOOP("Introductions", "Both agreed"),
    PLANNED: QT_TRANSLATE_NOOP("Introductions", "Meeting planned"),
    MET: QT_TRANSLATE_NOOP("Introductions", "Met"),
    GOING_WELL: QT_TRANSLATE_NOOP("Introductions", "Going well"),
    DID_NOT_WORK_OUT: QT_TRANSLATE_NOOP("Introductions", "Did not work out"),
    ENDED: QT_TRANSLATE_NOOP("Introductions", "Ended"),
    DECLINED: QT_TRANSLATE_NOOP("Introductions", "Declined"),
}
# What a button that takes each step says.
STEP_LABELS = {
    AGREED: QT_TRANSLATE_NOOP("Introductions", "Both agreed"),
    PLANNED: QT_TRANSLATE_NOOP("Introductions", "Plan the meeting"),
    MET: QT_TRANSLATE_NOOP("Introductions", "They met"),
    GOING_WELL: QT_TRANSLATE_NOOP("Introductions", "Going well"),
    DID_NOT_WORK_OUT: QT_TRANSLATE_NOOP("Introductions", "Did not work out"),
    ENDED: QT_TRANSLATE_NOOP("Introductions", "Ended"),
    DECLINED: QT_TRANSLATE_NOOP("Introductions", "Declined"),
}
FOLLOW_UP_LABELS = {
    GENERAL: QT_TRANSLATE_NOOP("Introductions", "Follow-up"),
    AFTER_MEETING: QT_TRANSLATE_NOOP("Introductions", "Ask how the meeting went"),
    CHECK_IN: QT_TRANSLATE_NOOP("Introductions", "Check in: is it still going well?"),
}

# Why an introduction was refused (`IntroductionRefused.reason`).
GONE, CLOSED, NO_CONSENT, ALREADY = "gone", "closed", "consent", "already"

# What each side's record must be for an introduction to go ahead (see matching's MATCHABLE).
OPEN_OFFER = ("agreed", "matched", "active")
OPEN_REQUEST = ("open", "matched")
OPEN_OPPORTUNITY = ("open",)
SHARE = "share-with-organisations"


class IntroductionError(OfferbookError):
    """An introduction could not be made or moved on; the message says why and what to do."""


class StepNotAllowed(IntroductionError):
    """The step does not follow the introduction's status (STEPS)."""


class IntroductionRefused(IntroductionError):
    """One side is gone, closed, or no longer agrees to share: `reason` is GONE, CLOSED,
    NO_CONSENT or ALREADY (these two are already being introduced)."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def status_of(status: str) -> str:
    """The status as this version says it (an older laptop's word read as the new one)."""
    return models.LEGACY_INTRODUCTION_STATUSES.get(status, status)


def next_steps(status: str) -> tuple[str, ...]:
    """The steps an introduction with this status may take next, in order."""
    return STEPS.get(status_of(status), ())


def can_step(status: str, to: str) -> bool:
    return to in next_steps(status)


def reached_meeting(introduction: models.Introduction) -> bool:
    """The two met: the offer is linked to someone who benefits. An old "ended" with no day
    they met may have ended before they ever did, so it does not count."""
    return introduction.status in REACHED_MEETING and not (
        introduction.status == ENDED and not introduction.met_on)


# ---- steps ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """What a linker records to move an introduction on.

    `day` is the meeting's day for PLANNED (required), the day they met for MET, the day of an
    outcome or of declining; it defaults to today. `place` and `linker_goes` are PLANNED's;
    `notes` goes into the outcome notes (MET, an outcome, DECLINED) or the notes (otherwise).
    """

    to: str
    day: date | None = None
    place: str = ""
    linker_goes: bool = False
    notes: str = ""


@dataclass(frozen=True)
class NewFollowUp:
    kind: str
    due_on: str


@dataclass(frozen=True)
class StepResult:
    """What a step changes: fields of the introduction, the kinds of its open follow-ups to
    mark done, and the follow-up to add (if any)."""

    changes: dict[str, Any]
    close: tuple[str, ...] = ()
    add: NewFollowUp | None = None


def take_step(introduction: models.Introduction, step: Step, today: date,
              staff_id: str | None = None) -> StepResult:
    """The changes `step` makes to `introduction`, taken on `today` by `staff_id`.

    Raises StepNotAllowed when the step does not follow its status, and ValidationError (with
    the field) when the step lacks what it needs."""
    current = status_of(introduction.status)
    if step.to not in STATUSES:
        raise ValidationError(f"An introduction has no step called {step.to}.", "status")
    if not can_step(current, step.to):
        raise StepNotAllowed(_not_allowed(current, step.to))
    day = step.day or today
    if step.to != PLANNED and day > today:  # only a meeting can be ahead; steps have happened
        field = {AGREED: "agreed_on", MET: "met_on"}.get(step.to, "outcome_on")
        raise ValidationError("That day is after today: record a step on the day it happened "
                              "or later.", field)
    changes: dict[str, Any] = {"status": step.to}
    if step.to == AGREED:
        changes["agreed_on"] = day.isoformat()
        if step.notes.strip():
            changes["notes"] = _appended(introduction.notes, step.notes)
        return StepResult(changes)
    if step.to == PLANNED:
        if step.day is None:
            raise ValidationError("Please give the day of the meeting.", "planned_on")
        changes.update(planned_on=day.isoformat(), place=step.place,
                       accompanied_by=staff_id if step.linker_goes else None)
        if step.notes.strip():
            changes["notes"] = _appended(introduction.notes, step.notes)
        return StepResult(changes, close=STEP_FOLLOW_UPS,
                          add=NewFollowUp(AFTER_MEETING,
                                          (day + FOLLOW_UP_AFTER_MEETING).isoformat()))
    if step.notes.strip():
        changes["outcome_notes"] = _appended(introduction.outcome_notes, step.notes)
    if step.to == MET:
        changes["met_on"] = day.isoformat()
        return StepResult(changes, close=STEP_FOLLOW_UPS,
                          add=NewFollowUp(CHECK_IN, (day + CHECK_IN_AFTER).isoformat()))
    # An outcome, or declined: the end of what the introduction's follow-ups were for.
    changes["outcome_on"] = day.isoformat()
    return StepResult(changes, close=models.FOLLOW_UP_KINDS)


def _appended(before: str, more: str) -> str:
    """Notes keep what was written before: a step's notes go after them."""
    before, more = before.strip(), more.strip()
    return f"{before}\n\n{more}" if before else more


def _not_allowed(current: str, to: str) -> str:
    said = {s: STATUS_LABELS[s].lower() for s in STATUSES}
    allowed = next_steps(current)
    if not allowed:
        return (f"This introduction is {said.get(current, current)}, so it cannot move on; "
                "make a new introduction instead.")
    options = ", ".join(said[s] for s in allowed)
    return (f"An introduction that is {said.get(current, current)} cannot be marked "
            f"{said[to]}; next it can be: {options}.")


def follow_ups_to_close(result: StepResult, open_follow_ups: Iterable[models.FollowUp]
                        ) -> list[models.FollowUp]:
    """Which of an introduction's open follow-ups the step marks done."""
    return [f for f in open_follow_ups if not f.done_on and f.kind in result.close]


def new_follow_up(result: StepResult, introduction: models.Introduction, participant_id: str,
                  staff_id: str | None) -> models.FollowUp | None:
    """The follow-up the step adds, for the person who made the offer (the introduction is
    their team's, and so are its follow-ups), or None."""
    if result.add is None:
        return None
    return models.FollowUp(participant_id=participant_id, introduction_id=introduction.id,
                           offer_id=introduction.offer_id, staff_id=staff_id,
                           kind=result.add.kind, due_on=result.add.due_on)


# ---- whether both sides can still be introduced ---------------------------------------------

@dataclass
class Parties:
    """The two sides of an introduction as they are now; None where a record is not here (it
    was deleted, or the person erased). Consents are every answer recorded for that person."""

    offer: models.Offer | None
    offerer: models.Participant | None
    offerer_consents: Sequence[models.Consent] = field(default_factory=list)
    to_request: bool = False  # the other side is a request (else an opportunity)
    request: models.Request | None = None
    requester: models.Participant | None = None
    requester_consents: Sequence[models.Consent] = field(default_factory=list)
    opportunity: models.Opportunity | None = None
    organisation: models.Organisation | None = None


_CLOSED_OFFER = {
    "draft": "This offer is still a draft: agree it with the person before introducing it.",
    "paused": "This offer is paused; make it active again before introducing it.",
    "ended": "This offer has ended, so it cannot be introduced.",
}


def check_parties(parties: Parties, today: date) -> None:
    """Raise IntroductionRefused with the reason when either side cannot be introduced now."""
    offer, offerer = parties.offer, parties.offerer
    if offer is None or offerer is None:
        _refuse(GONE, "The offer is no longer on this laptop: it was deleted, or the person "
                "who made it was erased.")
    if offerer.status == "closed":
        _refuse(CLOSED, "The person who made the offer has closed their record, so it cannot "
                "be introduced.")
    if offer.status not in OPEN_OFFER:
        _refuse(CLOSED, _CLOSED_OFFER.get(offer.status, "This offer is closed."))
    _check_consent(offerer, parties.offerer_consents, today, "the person who made the offer")
    if parties.to_request:
        request, requester = parties.request, parties.requester
        if request is None or requester is None:
            _refuse(GONE, "The request is no longer on this laptop: it was deleted, or the "
                    "person who asked was erased.")
        if requester.status == "closed":
            _refuse(CLOSED, "The person who asked for help has closed their record, so they "
                    "cannot be introduced.")
        if request.status not in OPEN_REQUEST:
            _refuse(CLOSED, "This request is closed or its help was found already, so it "
                    "cannot be introduced.")
        _check_consent(requester, parties.requester_consents, today,
                       "the person who asked for help")
        return
    opportunity, organisation = parties.opportunity, parties.organisation
    if opportunity is None:
        _refuse(GONE, "The opportunity is no longer in the directory; it was deleted.")
    if opportunity.status not in OPEN_OPPORTUNITY:
        _refuse(CLOSED, "This opportunity is closed or full, so it cannot take an "
                "introduction.")
    if organisation is not None and organisation.status == "closed":
        _refuse(CLOSED, "The organisation behind this opportunity has closed.")


def _check_consent(person: models.Participant, consents: Sequence[models.Consent],
                   today: date, who: str) -> None:
    own = [c for c in consents if c.participant_id == person.id]
    if current_consents(own, today).get(SHARE) is None:
        _refuse(NO_CONSENT, f"The introduction cannot go ahead: {who} has not agreed to it, "
                f"or withdrew their agreement. {requires(SHARE)}")


def _refuse(reason: str, message: str) -> NoReturn:
    raise IntroductionRefused(message + " Nothing was changed.", reason)


def new_introduction(offer_id: str, *, request_id: str | None = None,
                     opportunity_id: str | None = None, staff_id: str | None = None,
                     notes: str = "") -> models.Introduction:
    """A suggested introduction of an offer to a request or an opportunity (exactly one)."""
    if bool(request_id) == bool(opportunity_id):
        raise ValidationError("Introduce the offer to one request or one opportunity.",
                              "request_id")
    return models.Introduction(offer_id=offer_id, request_id=request_id,
                               opportunity_id=opportunity_id, staff_id=staff_id,
                               status=SUGGESTED, notes=notes)
