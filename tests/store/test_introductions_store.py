"""Introductions in the vault: made from a match, moved on with their follow-ups in one
transaction, refused with the reason (nothing lost), listed from both sides, the seed's
measure, and the 0007 migration of the old words."""

from datetime import date, timedelta
import secrets

import pytest

from desktop.core import models
from desktop.core.errors import NotFound, ValidationError
from desktop.core.hlc import Stamp
from desktop.core.ids import new_id, utc_now
from desktop.core.introductions import IntroductionRefused, Step, StepNotAllowed
from desktop.store import follow_ups, introductions, migrations
from desktop.store.connection import connect
from desktop.store.keyslots import KEY_BYTES, Header, new_recovery_key
from desktop.store.records import Records
from desktop.store.vault import DB_FILE, KEYS_FILE, Vault
from desktop.sync import erasure
from tests.conftest import FAST_KDF, PASSPHRASE, query

TODAY = date(2026, 5, 14)


def agreed(records, person, *purposes, on="2026-01-05"):
    for purpose in purposes or ("keep-record", "share-with-organisations"):
        records.add(models.Consent(participant_id=person.id, purpose=purpose, given=True,
                                   recorded_on=on))
    return person


@pytest.fixture
def market(vault):
    """Two people who agreed to share, an offer, a request and an opportunity."""
    records = Records(vault)
    team = records.add(models.Team(name="North"))
    linker = records.add(models.Staff(name="Devi Linker", team_id=team.id))
    sian = agreed(records, records.add(models.Participant(
        full_name="Siân Pritchard", preferred_name="Siân", team_id=team.id,
        linker_id=linker.id)))
    kofi = agreed(records, records.add(models.Participant(full_name="Kofi Mensah",
                                                          team_id=team.id)))
    offer = records.add(models.Offer(participant_id=sian.id, title="I bake bread",
                                     status="agreed"))
    request = records.add(models.Request(participant_id=kofi.id, title="Learn to bake"))
    org = records.add(models.Organisation(name="Food bank"))
    opportunity = records.add(models.Opportunity(organisation_id=org.id, title="Sorting"))
    return {"records": records, "sian": sian, "kofi": kofi, "offer": offer,
            "request": request, "opportunity": opportunity, "org": org, "linker": linker,
            "team": team}


def changes_written(vault):
    return query(vault, "SELECT count(*) FROM outbox")[0][0], \
        query(vault, "SELECT count(*) FROM audit_log")[0][0]


def test_introduce_then_every_step_with_its_follow_ups(vault, market):
    intro = introductions.introduce(vault, market["offer"].id,
                                    request_id=market["request"].id, today=TODAY)
    assert (intro.status, intro.staff_id) == ("suggested", vault.staff_id)
    introductions.advance(vault, intro.id, Step("agreed"), today=TODAY)
    meeting = TODAY + timedelta(days=5)
    planned = introductions.advance(
        vault, intro.id, Step("planned", day=meeting, place="Hillside Library",
                              linker_goes=True), today=TODAY)
    assert (planned.planned_on, planned.place, planned.accompanied_by) == (
        meeting.isoformat(), "Hillside Library", vault.staff_id)
    [after] = follow_ups.for_introduction(vault, intro.id)
    assert (after.kind, after.due_on, after.participant_id, after.offer_id) == (
        "after-meeting", (meeting + timedelta(days=1)).isoformat(), market["sian"].id,
        market["offer"].id)

    later = meeting + timedelta(days=2)  # moved: the old follow-up goes, a new one comes
    introductions.advance(vault, intro.id, Step("planned", day=later), today=TODAY)
    open_ones = follow_ups.open_for_person(vault, market["sian"].id)
    assert [(f.kind, f.due_on) for f in open_ones] == [
        ("after-meeting", (later + timedelta(days=1)).isoformat())]

    met_day = later
    introductions.advance(vault, intro.id, Step("met", day=met_day), today=met_day)
    open_ones = follow_ups.open_for_person(vault, market["sian"].id)
    assert [(f.kind, f.due_on) for f in open_ones] == [
        ("check-in", (met_day + timedelta(weeks=4)).isoformat())]
    by_hand = follow_ups.add_for_introduction(vault, intro.id, met_day + timedelta(days=3),
                                              "Ring the bakery", today=met_day)
    done = introductions.advance(vault, intro.id, Step("going-well", notes="Weekly now"),
                                 today=met_day + timedelta(days=30))
    assert (done.status, done.outcome_notes) == ("going-well", "Weekly now")
    assert follow_ups.open_for_person(vault, market["sian"].id) == []
    every = follow_ups.for_introduction(vault, intro.id)
    assert {f.id for f in every} >= {by_hand.id} and all(f.done_on for f in every)
    [row] = introductions.for_person(vault, market["kofi"].id)
    assert (row.side, row.status, row.next_steps) == ("request", "going-well",
                                                      ("did-not-work-out", "ended"))


def test_a_step_and_its_follow_ups_are_one_transaction(vault, market, monkeypatch):
    intro = introductions.introduce(vault, market["offer"].id,
                                    opportunity_id=market["opportunity"].id, today=TODAY)
    introductions.advance(vault, intro.id, Step("agreed"), today=TODAY)
    before = changes_written(vault)
    real_add = Records.add

    def failing_add(self, record):
        if isinstance(record, models.FollowUp):
            raise OSError("disk full")
        return real_add(self, record)

    monkeypatch.setattr(Records, "add", failing_add)
    with pytest.raises(OSError):
        introductions.advance(vault, intro.id, Step("planned", day=TODAY), today=TODAY)
    assert Records(vault).get(models.Introduction, intro.id).status == "agreed"
    assert changes_written(vault) == before


def test_steps_out_of_order_are_refused_and_change_nothing(vault, market):
    intro = introductions.introduce(vault, market["offer"].id,
                                    request_id=market["request"].id, today=TODAY)
    before = changes_written(vault)
    with pytest.raises(StepNotAllowed, match="next it can be: both agreed, declined"):
        introductions.advance(vault, intro.id, Step("met"), today=TODAY)
    introductions.advance(vault, intro.id, Step("agreed"), today=TODAY)
    with pytest.raises(ValidationError):
        introductions.advance(vault, intro.id, Step("planned"), today=TODAY)  # no day
    assert changes_written(vault)[0] == before[0] + 1


@pytest.mark.parametrize("what", ["erased", "request-closed", "offer-ended", "withdrawn",
                                  "opportunity-closed", "person-closed"])
def test_refused_with_the_reason_and_nothing_lost(vault, market, what):
    records = market["records"]
    intro = introductions.introduce(vault, market["offer"].id,
                                    request_id=market["request"].id, today=TODAY,
                                    notes="Both like mornings")
    to_org = introductions.introduce(vault, market["offer"].id,
                                     opportunity_id=market["opportunity"].id, today=TODAY)
    target, reason = intro, {"erased": "gone", "withdrawn": "consent"}.get(what, "closed")
    if what == "erased":
        erasure.erase_participant(vault, market["kofi"].id)
        with pytest.raises(NotFound):  # the introduction went with them
            introductions.advance(vault, intro.id, Step("agreed"), today=TODAY)
        with pytest.raises(IntroductionRefused) as refused:
            introductions.introduce(vault, market["offer"].id,
                                    request_id=market["request"].id, today=TODAY)
        assert refused.value.reason == "gone"
        assert Records(vault).get(models.Introduction, to_org.id).status == "suggested"
        return
    if what == "request-closed":
        records.update(models.Request, market["request"].id, status="closed")
    elif what == "offer-ended":
        records.update(models.Offer, market["offer"].id, status="ended")
    elif what == "person-closed":
        records.update(models.Participant, market["kofi"].id, status="closed")
    elif what == "opportunity-closed":
        records.update(models.Opportunity, market["opportunity"].id, status="closed")
        target = to_org
    elif what == "withdrawn":
        records.add(models.Consent(participant_id=market["kofi"].id,
                                   purpose="share-with-organisations", given=True,
                                   recorded_on="2026-01-05", withdrawn_on="2026-05-01"))
    before = changes_written(vault)
    with pytest.raises(IntroductionRefused) as refused:
        introductions.advance(vault, target.id, Step("agreed"), today=TODAY)
    assert refused.value.reason == reason and "Nothing was changed" in str(refused.value)
    assert changes_written(vault) == before
    kept = Records(vault).get(models.Introduction, target.id)
    assert kept.status == "suggested" and kept.notes == target.notes
    # What happened can still be recorded: declining is never refused for these reasons.
    assert introductions.advance(vault, target.id, Step("declined"),
                                 today=TODAY).status == "declined"


def test_the_same_two_are_not_introduced_twice_while_one_is_under_way(vault, market):
    ids = {"request_id": market["request"].id}
    first = introductions.introduce(vault, market["offer"].id, **ids, today=TODAY)
    with pytest.raises(IntroductionRefused) as refused:
        introductions.introduce(vault, market["offer"].id, **ids, today=TODAY)
    assert refused.value.reason == "already"
    introductions.advance(vault, first.id, Step("declined"), today=TODAY)
    introductions.introduce(vault, market["offer"].id, **ids, today=TODAY)  # a new try


def test_a_persons_introductions_from_both_sides(vault, market):
    records = market["records"]
    kofi_offer = records.add(models.Offer(participant_id=market["kofi"].id,
                                          title="Lifts to town", status="active"))
    sian_request = records.add(models.Request(participant_id=market["sian"].id,
                                              title="A lift on Fridays"))
    theirs = introductions.introduce(vault, kofi_offer.id, request_id=sian_request.id,
                                     today=TODAY)
    mine = introductions.introduce(vault, market["offer"].id,
                                   opportunity_id=market["opportunity"].id, today=TODAY)
    rows = {row.id: row for row in introductions.for_person(vault, market["sian"].id)}
    assert set(rows) == {theirs.id, mine.id}
    assert (rows[theirs.id].side, rows[theirs.id].offerer_name,
            rows[theirs.id].request_title) == ("request", "Kofi Mensah", "A lift on Fridays")
    assert (rows[mine.id].side, rows[mine.id].offerer_name, rows[mine.id].organisation_name,
            rows[mine.id].opportunity_title) == ("offer", "Siân Pritchard", "Food bank",
                                                 "Sorting")
    assert rows[mine.id].next_steps == ("agreed", "declined")
    assert [r.id for r in introductions.for_offer(vault, market["offer"].id)] == [mine.id]
    assert introductions.row(vault, mine.id).side == ""
    with pytest.raises(NotFound):
        introductions.row(vault, "nope")


def _conversation(records, person, on):
    return records.add(models.Conversation(participant_id=person.id, template_id="t",
                                           started_on=on))


def _met(vault, offer_id, met_on, **other):
    intro = introductions.introduce(vault, offer_id, today=met_on, **other)
    for step in (Step("agreed"), Step("planned", day=met_on), Step("met", day=met_on)):
        introductions.advance(vault, intro.id, step, today=met_on)
    return intro


def test_the_seeds_measure_for_everyone_a_linker_and_a_team(vault, market):
    records = market["records"]
    south = records.add(models.Team(name="South"))
    other_linker = records.add(models.Staff(name="Sam"))
    _conversation(records, market["sian"], "2026-03-02")
    _conversation(records, market["kofi"], "2026-05-03")
    ayo = agreed(records, records.add(models.Participant(full_name="Ayo Bello",
                                                         team_id=south.id,
                                                         linker_id=other_linker.id)))
    _conversation(records, ayo, "2026-05-10")
    ayo_offer = records.add(models.Offer(participant_id=ayo.id, title="Gardening",
                                         status="active"))
    never_talked = agreed(records, records.add(models.Participant(full_name="No Talk")))
    quiet_offer = records.add(models.Offer(participant_id=never_talked.id, title="Knitting",
                                           status="active"))
    # Siân's offer met in April, Ayo's in May; a planned one and the person who never had a
    # conversation do not count.
    _met(vault, market["offer"].id, date(2026, 4, 20), request_id=market["request"].id)
    _met(vault, ayo_offer.id, date(2026, 5, 12), opportunity_id=market["opportunity"].id)
    _met(vault, quiet_offer.id, date(2026, 5, 12), opportunity_id=market["opportunity"].id)
    kofi_offer = records.add(models.Offer(participant_id=market["kofi"].id, title="Lifts",
                                          status="active"))
    planned = introductions.introduce(vault, kofi_offer.id,
                                      opportunity_id=market["opportunity"].id, today=TODAY)
    introductions.advance(vault, planned.id, Step("agreed"), today=TODAY)

    everyone = introductions.seed_measure(vault, TODAY)
    assert everyone == introductions.SeedMeasure(had_conversation=3, linked=2,
                                                 had_conversation_this_month=2,
                                                 linked_this_month=1)
    assert introductions.seed_measure(vault, TODAY, linker_id=market["linker"].id) == \
        introductions.SeedMeasure(1, 1, 0, 0)
    assert introductions.seed_measure(vault, TODAY, team_id=south.id) == \
        introductions.SeedMeasure(1, 1, 1, 1)
    assert introductions.seed_measure(vault, date(2026, 4, 30)).linked_this_month == 1
    # An old "ended" that never met does not count; an old "ongoing" does.
    with vault.transaction() as conn:
        conn.execute("UPDATE introductions SET status = 'ended', met_on = '' "
                     "WHERE offer_id = ?", [ayo_offer.id])
    assert introductions.seed_measure(vault, TODAY).linked == 1
    with vault.transaction() as conn:
        conn.execute("UPDATE introductions SET status = 'ongoing' WHERE offer_id = ?",
                     [ayo_offer.id])
    assert introductions.seed_measure(vault, TODAY).linked == 2


def test_the_measure_reads_the_partial_index(vault):
    with vault.reading() as conn:
        plan = " ".join(str(row) for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM introductions i WHERE "
            + introductions._MET))
    assert "introductions_met" in plan
    with vault.reading() as conn:
        plan = " ".join(str(row) for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT 1 FROM conversations c WHERE c.participant_id = ? "
            "AND c.deleted = 0 AND c.started_on >= ?", ["p", "2026-05-01"]))
    assert "COVERING INDEX conversations_had" in plan  # never a conversation's large row


# ---- the 0007 migration --------------------------------------------------------------------

def test_old_vaults_get_the_new_words_and_columns(vault_dir):
    vault_dir.mkdir(mode=0o700)
    data_key = secrets.token_bytes(KEY_BYTES)
    header = Header(vault_id=new_id())
    header.add_passphrase_slot(data_key, PASSPHRASE, new_id(), FAST_KDF)
    header.add_recovery_slot(data_key, new_recovery_key())
    conn = connect(vault_dir / DB_FILE, data_key)
    ids = {}
    try:
        migrations.initialise(conn, header.vault_id, new_id())
        migrations.apply(conn, migrations.pending(conn, until="0006_directory"))
        with conn:
            for status in ("proposed", "ongoing", "met", "suggested"):
                ids[status] = new_id()
                conn.execute("INSERT INTO introductions (id, created_at, updated_hlc, "
                             "offer_id, opportunity_id, status) VALUES (?, ?, ?, 'o', 'p', ?)",
                             (ids[status], utc_now(), str(Stamp(1_700_000_000_000)), status))
            conn.execute("INSERT INTO follow_ups (id, created_at, updated_hlc, "
                         "participant_id, due_on) VALUES (?, ?, ?, 'p', '2026-01-01')",
                         (new_id(), utc_now(), str(Stamp(1_700_000_000_000))))
    finally:
        conn.close()
    header.save(vault_dir / KEYS_FILE)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        stored = dict(query(vault, "SELECT id, status FROM introductions"))
        assert stored == {ids["proposed"]: "agreed", ids["ongoing"]: "going-well",
                          ids["met"]: "met", ids["suggested"]: "suggested"}
        found = Records(vault).get(models.Introduction, ids["proposed"])
        assert (found.place, found.outcome_on, found.staff_id) == ("", "", None)
        assert [f.kind for f in Records(vault).find(models.FollowUp)] == ["general"]
        assert query(vault, "SELECT count(*) FROM outbox")[0][0] == 0  # every laptop does it
