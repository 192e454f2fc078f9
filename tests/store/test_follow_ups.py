"""Follow-ups: added from a person, a conversation, an offer or an introduction; done, undone
and moved; the diary Home reads (overdue, today, this week), bounded and counted."""

from datetime import date, timedelta

import pytest

from desktop.core import models
from desktop.core.errors import NotFound, ValidationError
from desktop.store import follow_ups, introductions
from desktop.store.records import Records
from tests.conftest import query

TODAY = date(2026, 5, 14)


def day(offset):
    return TODAY + timedelta(days=offset)


@pytest.fixture
def people(vault):
    records = Records(vault)
    hodan = records.add(models.Participant(full_name="Hodan Warsame", preferred_name="Hodi"))
    lucja = records.add(models.Participant(full_name="Łucja Kowalska"))
    return records, hodan, lucja


def test_added_from_each_place_for_the_right_person(vault, people):
    records, hodan, lucja = people
    for person in (hodan, lucja):
        records.add(models.Consent(participant_id=person.id, given=True, recorded_on="2026-01-01",
                                   purpose="share-with-organisations"))
    talk = records.add(models.Conversation(participant_id=hodan.id, template_id="t"))
    offer = records.add(models.Offer(participant_id=hodan.id, title="Sewing", status="agreed"))
    request = records.add(models.Request(participant_id=lucja.id, title="Hem trousers"))
    intro = introductions.introduce(vault, offer.id, request_id=request.id, today=TODAY)

    by_person = follow_ups.add_for_person(vault, lucja.id, day(1), "Ring about the form",
                                          today=TODAY)
    after_talk = follow_ups.add_after_conversation(vault, talk.id, day(2), today=TODAY)
    about_offer = follow_ups.add_for_offer(vault, offer.id, day(3), today=TODAY)
    about_intro = follow_ups.add_for_introduction(vault, intro.id, day(4), today=TODAY)
    assert (by_person.participant_id, by_person.note, by_person.staff_id, by_person.kind) == (
        lucja.id, "Ring about the form", vault.staff_id, "general")
    assert (after_talk.participant_id, after_talk.conversation_id) == (hodan.id, talk.id)
    assert (about_offer.participant_id, about_offer.offer_id) == (hodan.id, offer.id)
    # An introduction's follow-up is the offer's person's: it travels in their team's scope.
    assert (about_intro.participant_id, about_intro.introduction_id, about_intro.offer_id) == (
        hodan.id, intro.id, offer.id)
    assert [f.id for f in follow_ups.open_for_person(vault, hodan.id)] == [
        after_talk.id, about_offer.id, about_intro.id]
    # Each one went through the outbox and the audit log.
    assert query(vault, "SELECT count(*) FROM outbox WHERE tbl = 'follow_ups'")[0][0] == 4
    assert query(vault, "SELECT count(*) FROM audit_log WHERE tbl = 'follow_ups'")[0][0] == 4


def test_no_follow_up_for_someone_gone_or_in_the_past(vault, people):
    records, hodan, _ = people
    records.delete(models.Participant, hodan.id)
    with pytest.raises(NotFound):
        follow_ups.add_for_person(vault, hodan.id, day(1), today=TODAY)
    with pytest.raises(NotFound):
        follow_ups.add_for_offer(vault, "no-such-offer", day(1), today=TODAY)
    _, _, lucja = people
    with pytest.raises(ValidationError) as refused:
        follow_ups.add_for_person(vault, lucja.id, day(-1), today=TODAY)
    assert refused.value.field == "due_on"


def test_done_undone_and_moved(vault, people):
    _, hodan, _ = people
    item = follow_ups.add_for_person(vault, hodan.id, day(0), today=TODAY)
    moved = follow_ups.move_to(vault, item.id, day(7), today=TODAY)
    assert moved.due_on == day(7).isoformat()
    with pytest.raises(ValidationError):
        follow_ups.move_to(vault, item.id, day(-2), today=TODAY)
    done = follow_ups.mark_done(vault, item.id, on=day(1))
    assert done.done_on == day(1).isoformat()
    assert follow_ups.mark_done(vault, item.id, on=day(2)).done_on == day(1).isoformat()
    with pytest.raises(ValidationError, match="done already"):
        follow_ups.move_to(vault, item.id, day(9), today=TODAY)
    assert follow_ups.reopen(vault, item.id).done_on == ""
    assert follow_ups.open_for_person(vault, hodan.id)[0].due_on == day(7).isoformat()


def test_the_diary_overdue_today_and_this_week(vault, people):
    records, hodan, lucja = people
    someone = records.add(models.Staff(name="Someone Else"))
    add = lambda person, offset, **kw: records.add(models.FollowUp(  # noqa: E731
        participant_id=person.id, due_on=day(offset).isoformat(), **kw))
    late, later_late = add(lucja, -3), add(hodan, -1)
    now = add(hodan, 0, note="Call back", staff_id=someone.id)
    soon, week_end = add(lucja, 1), add(hodan, 7)
    add(hodan, 8)  # next week
    add(hodan, -5, done_on=day(-4).isoformat())  # done
    records.add(models.FollowUp(participant_id=hodan.id))  # no day: never in the diary
    gone = records.add(models.Participant(full_name="Gone"))
    add(gone, -2)
    records.delete(models.Participant, gone.id)
    deleted = add(hodan, 0)
    records.delete(models.FollowUp, deleted.id)

    diary = follow_ups.diary(vault, TODAY)
    assert [r.id for r in diary.overdue] == [late.id, later_late.id]
    assert [r.id for r in diary.today] == [now.id]
    assert [r.id for r in diary.this_week] == [soon.id, week_end.id]
    row = diary.today[0]
    assert (row.full_name, row.preferred_name, row.note, row.kind, row.staff_id) == (
        "Hodan Warsame", "Hodi", "Call back", "general", someone.id)
    # The gone person's follow-up would count, but deleting a person deletes theirs too
    # (as home_queries counts); here it was left, so it shows in the total only.
    assert (diary.overdue_total, diary.today_total, diary.this_week_total) == (3, 1, 2)

    mine = follow_ups.diary(vault, TODAY, staff_id=someone.id)
    assert ([r.id for r in mine.today], mine.overdue, mine.this_week) == ([now.id], [], [])

    short = follow_ups.diary(vault, TODAY, limit=1)
    assert len(short.overdue) == 1 and short.overdue_total == 3


def test_the_diary_reads_the_due_index(vault):
    with vault.reading() as conn:
        plan = " ".join(str(row) for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM follow_ups f WHERE "
            f"{follow_ups._OPEN} AND f.due_on < ?", ["2026-01-01"]))
    assert "follow_ups_due" in plan
