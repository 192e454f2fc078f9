"""The home screen's and drop-in mode's lists: what is in them, in what order, and how fast."""

from contextlib import contextmanager
from datetime import date, datetime, timedelta

import pytest

from desktop.core import models
from desktop.store import drafts, home_queries
from desktop.store.records import Records

TODAY = date(2026, 11, 20)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def person(records: Records, name: str, preferred: str = "") -> models.Participant:
    return records.add(models.Participant(full_name=name, preferred_name=preferred))


def test_follow_ups_due_are_overdue_and_today_oldest_first(vault):
    records = Records(vault)
    hodan, lucja = person(records, "Hodan Warsame"), person(records, "Łucja Wiśniewska")
    gone = person(records, "Gone Person")
    records.add(models.FollowUp(participant_id=hodan.id, due_on=day(0), note="Call back"))
    records.add(models.FollowUp(participant_id=lucja.id, due_on=day(-3)))
    records.add(models.FollowUp(participant_id=lucja.id, due_on=day(1)))  # not yet due
    records.add(models.FollowUp(participant_id=hodan.id, due_on=day(-9), done_on=day(-8)))
    records.add(models.FollowUp(participant_id=hodan.id, due_on=""))  # no date: never "due"
    deleted = records.add(models.FollowUp(participant_id=hodan.id, due_on=day(-1)))
    records.delete(models.FollowUp, deleted.id)
    records.add(models.FollowUp(participant_id=gone.id, due_on=day(-2)))
    records.delete(models.Participant, gone.id)

    rows, total = home_queries.follow_ups_due(vault, day(0))

    assert [(r.full_name, r.due_on) for r in rows] == [("Łucja Wiśniewska", day(-3)),
                                                       ("Hodan Warsame", day(0))]
    assert rows[1].note == "Call back"
    # The count comes from the index alone, so a deleted person's follow-up still counts.
    assert total == 3


def test_follow_ups_due_stop_at_the_limit_but_count_them_all(vault):
    records = Records(vault)
    hodan = person(records, "Hodan Warsame")
    for offset in range(5):
        records.add(models.FollowUp(participant_id=hodan.id, due_on=day(-offset)))
    rows, total = home_queries.follow_ups_due(vault, day(0), limit=2)
    assert [r.due_on for r in rows] == [day(-4), day(-3)]
    assert total == 5


def test_open_conversations_are_in_progress_or_paused_newest_first(vault):
    records = Records(vault)
    hodan, lucja = person(records, "Hodan Warsame"), person(records, "Łucja Wiśniewska")
    older = records.add(models.Conversation(participant_id=hodan.id, status="paused",
                                            started_on=day(-30)))
    newer = records.add(models.Conversation(participant_id=lucja.id, status="in-progress",
                                            started_on=day(-2)))
    records.add(models.Conversation(participant_id=lucja.id, status="completed",
                                    started_on=day(-1), completed_on=day(-1)))
    dropped = records.add(models.Conversation(participant_id=hodan.id, status="paused",
                                              started_on=day(0)))
    records.delete(models.Conversation, dropped.id)

    rows = home_queries.open_conversations(vault)

    assert [(r.id, r.status) for r in rows] == [(newer.id, "in-progress"), (older.id, "paused")]
    assert rows[1].full_name == "Hodan Warsame"


def test_recently_seen_takes_each_persons_latest_visit(vault):
    records = Records(vault)
    hodan, lucja = person(records, "Hodan Warsame"), person(records, "Łucja Wiśniewska")
    aisha, gone = person(records, "عائشہ خان"), person(records, "Gone Person")
    records.add(models.Attendance(participant_id=hodan.id, site="Hub",
                                  checked_in_at=f"{day(-3)}T10:00:00"))
    records.add(models.Attendance(participant_id=hodan.id, site="Hub",
                                  checked_in_at=f"{day(-1)}T10:00:00"))
    records.add(models.Conversation(participant_id=lucja.id, started_on=day(-20),
                                    completed_on=day(-2), status="completed"))
    # A check-in dated in the future (a wrong clock) does not make someone "recent".
    records.add(models.Attendance(participant_id=aisha.id, site="Hub",
                                  checked_in_at=f"{day(5)}T10:00:00"))
    records.add(models.Attendance(participant_id=gone.id, site="Hub",
                                  checked_in_at=f"{day(0)}T10:00:00"))
    records.delete(models.Participant, gone.id)

    rows = home_queries.recently_seen(vault, day(0))

    assert [(r.full_name, r.seen_on, r.how) for r in rows] == [
        ("Hodan Warsame", day(-1), "drop-in"), ("Łucja Wiśniewska", day(-2), "conversation")]


def test_recently_seen_counts_notes_by_the_day_they_were_written(vault):
    records = Records(vault)
    hodan = person(records, "Hodan Warsame")
    records.add(models.Note(participant_id=hodan.id, body="Enjoyed the gardening taster"))
    today = datetime.now().astimezone().date().isoformat()
    rows = home_queries.recently_seen(vault, today)
    assert [(r.participant_id, r.how) for r in rows] == [(hodan.id, "note")]


def test_check_ins_on_a_day_latest_first(vault):
    records = Records(vault)
    hodan, lucja = person(records, "Hodan Warsame"), person(records, "Łucja Wiśniewska")
    records.add(models.Attendance(participant_id=hodan.id, site="Hub",
                                  checked_in_at=f"{day(0)}T09:15:00"))
    late = records.add(models.Attendance(participant_id=lucja.id, site="Hub",
                                         checked_in_at=f"{day(0)}T11:40:00",
                                         checked_out_at=f"{day(0)}T12:10:00"))
    records.add(models.Attendance(participant_id=hodan.id, site="Hub",
                                  checked_in_at=f"{day(-1)}T23:59:00"))
    records.add(models.Attendance(participant_id=hodan.id, site="Hub",
                                  checked_in_at=f"{day(1)}T00:00:00"))

    rows = home_queries.check_ins_on(vault, day(0))

    assert [r.participant_id for r in rows] == [lucja.id, hodan.id]
    assert rows[0].id == late.id and rows[0].checked_out_at == f"{day(0)}T12:10:00"


def test_recent_sites_are_distinct_most_recent_first(vault):
    records = Records(vault)
    hodan = person(records, "Hodan Warsame")
    for site in ("Library", "Hub", "Library", ""):
        records.add(models.Attendance(participant_id=hodan.id, site=site,
                                      checked_in_at=f"{day(0)}T10:00:00"))
    assert home_queries.recent_sites(vault) == ["Library", "Hub"]


def test_draft_targets(vault):
    records = Records(vault)
    hodan = person(records, "Hodan Warsame", "Hodan")
    offer = records.add(models.Offer(participant_id=hodan.id, title="Teach knitting"))
    talk = records.add(models.Conversation(participant_id=hodan.id))
    target = home_queries.draft_target
    assert target(vault, "participant:new") == ("people", {})
    assert target(vault, f"participant:{hodan.id}") == ("person", {"participant_id": hodan.id})
    assert target(vault, f"offer:{offer.id}") == (
        "offer", {"participant_id": hodan.id, "offer_id": offer.id})
    assert target(vault, f"offer:new:{hodan.id}") == ("offer", {"participant_id": hodan.id})
    assert target(vault, f"conversation:{talk.id}") == (
        "conversation", {"participant_id": hodan.id, "conversation_id": talk.id})
    assert target(vault, f"hours:{hodan.id}") == ("dropin", {})
    assert target(vault, "offer:0000-not-there") is None
    assert target(vault, "offer:new") is None
    assert target(vault, "consent:whatever") is None


def test_drafts_waiting_name_whose_they_are(vault):
    records = Records(vault)
    hodan = person(records, "Hodan Warsame", "Hodan")
    offer = records.add(models.Offer(participant_id=hodan.id, title="Teach knitting"))
    drafts.save(vault, "participant:new", {"full_name": "Someone new"})
    drafts.save(vault, f"offer:{offer.id}", {"title": "Teach knitting and crochet"})

    rows = {row.form: row for row in home_queries.drafts_waiting(vault)}

    assert rows["participant:new"].kind == "participant"
    assert rows["participant:new"].full_name == ""
    assert rows[f"offer:{offer.id}"].kind == "offer"
    assert rows[f"offer:{offer.id}"].full_name == "Hodan Warsame"
    assert rows[f"offer:{offer.id}"].target == (
        "offer", {"participant_id": hodan.id, "offer_id": offer.id})


# The indexes these queries are written for (asked of the store's owner as a migration). With
# them, every home list reads a few index entries: 0.1 ms instead of 0.5 s at 100,000 people.
PROPOSED_INDEXES = """
CREATE INDEX IF NOT EXISTS conversations_open ON conversations (started_on)
    WHERE deleted = 0 AND status IN ('in-progress', 'paused');
CREATE INDEX IF NOT EXISTS conversations_seen ON conversations (max(started_on, completed_on))
    WHERE deleted = 0;
CREATE INDEX IF NOT EXISTS attendance_checked_in ON attendance (checked_in_at)
    WHERE deleted = 0;
"""


def _plans(vault, monkeypatch) -> list[str]:
    """Every query plan step the home queries produce."""
    steps: list[str] = []
    reading = type(vault).reading

    class Explaining:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, params=()):
            steps.extend(row[3] for row in self.conn.execute("EXPLAIN QUERY PLAN " + sql,
                                                             params))
            return self.conn.execute(sql, params)

    @contextmanager
    def explaining(self):
        with reading(self) as conn:
            yield Explaining(conn)

    monkeypatch.setattr(type(vault), "reading", explaining)
    home_queries.follow_ups_due(vault, day(0))
    home_queries.open_conversations(vault)
    home_queries.recently_seen(vault, day(0))
    home_queries.check_ins_on(vault, day(0))
    home_queries.recent_sites(vault)
    return steps


@pytest.mark.parametrize("index", ["follow_ups_due", "conversations_open",
                                   "conversations_seen", "attendance_checked_in"])
def test_queries_read_through_their_indexes(vault, monkeypatch, index):
    with vault.transaction() as conn:
        for statement in PROPOSED_INDEXES.split(";"):
            conn.execute(statement)
    steps = _plans(vault, monkeypatch)
    assert any(f"INDEX {index}" in step for step in steps), steps
    # No home list walks a whole table of conversations (their answers make that slow).
    assert not any(step.startswith("SCAN conversations") or step == "SCAN c"
                   for step in steps), steps
