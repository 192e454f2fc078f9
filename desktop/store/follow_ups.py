"""Follow-ups: the linker's diary.

A follow-up is added from a person's page, at the end of a conversation, from an offer or from
an introduction (and introductions' steps add and close their own: desktop/core/introductions.py).
It is marked done, or moved to another day. Home reads the diary: overdue, today, and the seven
days after today, each list bounded and counted, like desktop/store/home_queries.py.
Every write goes through `Records` (audit log and sync outbox in the same transaction).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core import models
from desktop.core.errors import ValidationError
from desktop.store.records import Records
from desktop.store.vault import Vault

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class DiaryRow:
    id: str
    participant_id: str
    full_name: str
    preferred_name: str
    due_on: str
    note: str
    kind: str  # models.FOLLOW_UP_KINDS: the GUI words it
    staff_id: str | None
    introduction_id: str | None
    offer_id: str | None
    conversation_id: str | None


@dataclass(frozen=True)
class Diary:
    """Open follow-ups: overdue (before today), today, and this week (the seven days after
    today), each soonest first and cut at the limit; the totals count them all."""

    overdue: list[DiaryRow]
    today: list[DiaryRow]
    this_week: list[DiaryRow]
    overdue_total: int
    today_total: int
    this_week_total: int


# Written so the partial index follow_ups_due (done_on = '' AND deleted = 0) serves it, as
# home_queries._DUE is: the index gives the rows in due order and each list stops at its limit.
_OPEN = "f.done_on = '' AND f.deleted = 0 AND f.due_on != ''"
_COLUMNS = ("f.id, f.participant_id, p.full_name, p.preferred_name, f.due_on, f.note, f.kind, "
            "f.staff_id, f.introduction_id, f.offer_id, f.conversation_id")


def diary(vault: Vault, today: date, *, staff_id: str | None = None,
          limit: int = 100) -> Diary:
    """The diary on `today`; with `staff_id`, only the follow-ups that staff member holds."""
    day = today.isoformat()
    week_end = (today + WEEK).isoformat()
    mine, params = ("", []) if staff_id is None else (" AND f.staff_id = ?", [staff_id])
    spans = (("f.due_on < ?", [day]), ("f.due_on = ?", [day]),
             ("f.due_on > ? AND f.due_on <= ?", [day, week_end]))
    lists: list[list[DiaryRow]] = []
    totals: list[int] = []
    with vault.reading() as conn:
        for span, bounds in spans:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM follow_ups f JOIN participants p "
                f"ON p.id = f.participant_id AND p.deleted = 0 "
                f"WHERE {_OPEN} AND {span}{mine} ORDER BY f.due_on, f.id LIMIT ?",
                [*bounds, *params, limit]).fetchall()
            lists.append([DiaryRow(*row) for row in rows])
            # From the index alone, as home_queries counts (a deleted person's follow-ups are
            # deleted with them).
            totals.append(conn.execute(
                f"SELECT count(*) FROM follow_ups f WHERE {_OPEN} AND {span}{mine}",
                [*bounds, *params]).fetchone()[0])
    return Diary(lists[0], lists[1], lists[2], totals[0], totals[1], totals[2])


def open_for_person(vault: Vault, participant_id: str) -> list[models.FollowUp]:
    """A person's follow-ups not yet done, soonest first (undated last)."""
    return Records(vault).find(models.FollowUp, "participant_id = ? AND done_on = ''",
                               [participant_id], order="due_on = '', due_on, id")


def for_introduction(vault: Vault, introduction_id: str) -> list[models.FollowUp]:
    """Every follow-up of an introduction, done or not, in due order."""
    return Records(vault).find(models.FollowUp, "introduction_id = ?", [introduction_id],
                               order="due_on, id")


# ---- adding ----------------------------------------------------------------------------------

def add_for_person(vault: Vault, participant_id: str, due_on: date, note: str = "", *,
                   staff_id: str | None = None, today: date | None = None) -> models.FollowUp:
    """A follow-up from a person's page. `staff_id` defaults to whoever is signed in."""
    records = Records(vault)
    with vault.transaction():
        records.get(models.Participant, participant_id)  # NotFound if they are gone
        return _add(vault, models.FollowUp(participant_id=participant_id), due_on, note,
                    staff_id, today)


def add_after_conversation(vault: Vault, conversation_id: str, due_on: date, note: str = "",
                           *, staff_id: str | None = None,
                           today: date | None = None) -> models.FollowUp:
    """A follow-up at the end of a conversation, for the person it was with."""
    records = Records(vault)
    with vault.transaction():
        conversation = records.get(models.Conversation, conversation_id)
        return _add(vault, models.FollowUp(participant_id=conversation.participant_id,
                                           conversation_id=conversation.id),
                    due_on, note, staff_id, today)


def add_for_offer(vault: Vault, offer_id: str, due_on: date, note: str = "", *,
                  staff_id: str | None = None, today: date | None = None) -> models.FollowUp:
    """A follow-up about an offer, for the person who made it."""
    records = Records(vault)
    with vault.transaction():
        offer = records.get(models.Offer, offer_id)
        return _add(vault, models.FollowUp(participant_id=offer.participant_id,
                                           offer_id=offer.id),
                    due_on, note, staff_id, today)


def add_for_introduction(vault: Vault, introduction_id: str, due_on: date, note: str = "", *,
                         staff_id: str | None = None,
                         today: date | None = None) -> models.FollowUp:
    """A follow-up about an introduction, for the person who made the offer: an introduction
    is their team's, and its follow-ups travel with it."""
    records = Records(vault)
    with vault.transaction():
        introduction = records.get(models.Introduction, introduction_id)
        offer = records.get(models.Offer, introduction.offer_id or "")
        return _add(vault, models.FollowUp(participant_id=offer.participant_id,
                                           introduction_id=introduction.id,
                                           offer_id=offer.id),
                    due_on, note, staff_id, today)


def _add(vault: Vault, follow_up: models.FollowUp, due_on: date, note: str,
         staff_id: str | None, today: date | None) -> models.FollowUp:
    _check_day(due_on, today)
    follow_up.due_on = due_on.isoformat()
    follow_up.note = note
    follow_up.staff_id = staff_id if staff_id is not None else vault.staff_id
    return Records(vault).add(follow_up)


def _check_day(due_on: date, today: date | None) -> None:
    if due_on < (today or date.today()):
        raise ValidationError("Choose today or a later day for the follow-up.", "due_on")


# ---- done, undone, moved -----------------------------------------------------------------------

def mark_done(vault: Vault, follow_up_id: str, on: date | None = None) -> models.FollowUp:
    """Mark a follow-up done (on `on`, default today). Done already: left as it is."""
    records = Records(vault)
    with vault.transaction():
        follow_up = records.get(models.FollowUp, follow_up_id)
        if follow_up.done_on:
            return follow_up
        return records.update(models.FollowUp, follow_up_id,
                              done_on=(on or date.today()).isoformat())


def reopen(vault: Vault, follow_up_id: str) -> models.FollowUp:
    """Undo "done": the follow-up is back in the diary on its day."""
    return Records(vault).update(models.FollowUp, follow_up_id, done_on="")


def move_to(vault: Vault, follow_up_id: str, due_on: date, *,
            today: date | None = None) -> models.FollowUp:
    """Move a follow-up to another day (today or later)."""
    records = Records(vault)
    with vault.transaction():
        follow_up = records.get(models.FollowUp, follow_up_id)
        if follow_up.done_on:
            raise ValidationError("This follow-up is done already, so it cannot be moved; "
                                  "add a new one instead.", "due_on")
        _check_day(due_on, today)
        return records.update(models.FollowUp, follow_up_id, due_on=due_on.isoformat())
