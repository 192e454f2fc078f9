"""The outbox becomes sealed per-field changes; answered entries leave the outbox."""

from datetime import date
import json

from desktop.core import models
from desktop.store.records import Records
from desktop.sync import envelope, outgoing, protocol, rows, state
from tests.conftest import query
from tests.sync.sync_helpers import pending_changes


def keys(vault):
    return state.load(vault).keys()


def values(vault, changes):
    return {(c.tbl, c.col): envelope.open_value(keys(vault), c) for c in changes}


def outbox_count(vault):
    return query(vault, "SELECT count(*) FROM outbox")[0][0]


def test_a_new_record_sends_every_data_field_and_created_at(make_device):
    a = make_device("a")
    records = Records(a)
    team = records.add(models.Team(name="North", area="Leeds"))
    person = records.add(models.Participant(full_name="Siân Pritchard", team_id=team.id,
                                            languages=["cy", "en"]))
    changes = [c for c in pending_changes(a) if c.row_id == person.id]
    assert {c.col for c in changes} == set(rows.new_record_columns("participants"))
    got = values(a, changes)
    assert got[("participants", "full_name")] == "Siân Pritchard"
    assert json.loads(got[("participants", "languages")]) == ["cy", "en"]
    assert got[("participants", "created_at")] == person.created_at
    for change in changes:
        assert change.base_hlc is None and change.hlc == person.updated_hlc
        assert change.scope == f"team:{team.id}" and change.device_id == a.device_id
        protocol.Change.from_wire(change.wire())  # valid on the wire


def test_scopes_follow_the_participant(make_device):
    a = make_device("a")
    records = Records(a)
    team = records.add(models.Team(name="North"))
    person = records.add(models.Participant(full_name="Zoë Okafor", team_id=team.id))
    offer = records.add(models.Offer(participant_id=person.id, title="Bike repairs"))
    request = records.add(models.Request(participant_id=person.id, title="Lifts"))
    org = records.add(models.Organisation(name="Food bank"))
    opportunity = records.add(models.Opportunity(organisation_id=org.id, title="Sorting"))
    intro = records.add(models.Introduction(offer_id=offer.id, request_id=request.id))
    exchange = records.add(models.Exchange(giver_id=person.id, hours=2.5))
    loner = records.add(models.Participant(full_name="No team"))
    note = records.add(models.Note(participant_id=loner.id, body="Met at the library"))
    scope = {c.row_id: c.scope for c in pending_changes(a)}
    team_scope = f"team:{team.id}"
    assert [scope[r.id] for r in (person, offer, request, intro, exchange)] == [team_scope] * 5
    assert [scope[r.id] for r in (team, org, opportunity)] == ["shared"] * 3
    assert scope[loner.id] == scope[note.id] == "team:"


def test_offline_edits_of_one_field_travel_as_one_change_with_the_first_base(make_device):
    a = make_device("a")
    records = Records(a)
    person = records.add(models.Participant(full_name="Mehmet Yılmaz"))
    created = person.updated_hlc
    records.update(models.Participant, person.id, phone="0113 496 0000")
    first = records.get(models.Participant, person.id).updated_hlc
    records.update(models.Participant, person.id, phone="0113 496 0001")
    last = records.update(models.Participant, person.id, postcode="LS1 4AP").updated_hlc
    changes = {c.col: c for c in pending_changes(a)}
    assert values(a, [changes["phone"]]) == {("participants", "phone"): "0113 496 0001"}
    assert changes["phone"].base_hlc is None  # the earliest entry is the new record
    assert changes["postcode"].hlc == last and changes["full_name"].hlc == created
    assert first < changes["phone"].hlc < last


def test_edits_after_a_push_carry_the_pushed_clock_as_base(make_device):
    a = make_device("a")
    records = Records(a)
    person = records.add(models.Participant(full_name="Ana Popescu"))
    batch = outgoing.build_batch(a, state.load(a))
    outgoing.finish(a, batch, {c.change_id: "stored" for c in batch.changes})
    assert outbox_count(a) == 0
    records.update(models.Participant, person.id, phone="1")
    records.update(models.Participant, person.id, phone="2")
    [change] = pending_changes(a)
    assert change.col == "phone" and change.base_hlc == person.updated_hlc


def test_retrying_after_a_lost_reply_builds_the_same_changes(make_device):
    a = make_device("a")
    records = Records(a)
    person = records.add(models.Participant(full_name="Ana Popescu"))
    records.update(models.Participant, person.id, status="paused")
    assert pending_changes(a) == pending_changes(a)


def test_only_answered_entries_leave_and_a_newer_edit_stays(make_device):
    a = make_device("a")
    records = Records(a)
    person = records.add(models.Participant(full_name="Ana Popescu"))
    other = records.add(models.Participant(full_name="Kofi Mensah"))
    batch = outgoing.build_batch(a, state.load(a))
    # An edit lands while the push is on its way: its entry must survive the answer.
    records.update(models.Participant, person.id, phone="07700 900123")
    statuses = {c.change_id: ("mismatch" if c.row_id == other.id else "stored")
                for c in batch.changes}
    taken, erased, mismatched = outgoing.finish(a, batch, statuses)
    assert mismatched == len([c for c in batch.changes if c.row_id == other.id])
    left = {(tbl, row_id, fields) for tbl, row_id, fields in query(
        a, "SELECT tbl, row_id, fields FROM outbox")}
    assert ("participants", other.id, '{"*": null}') in left  # refused: kept
    assert [c.col for c in pending_changes(a) if c.row_id == person.id] == ["phone"]
    with a.reading() as conn:
        known = rows.versions(conn, "participants", person.id)
    assert known["full_name"] == (person.updated_hlc, a.device_id, None)


def test_the_hub_saying_erased_erases_here(make_device):
    a = make_device("a")
    records = Records(a)
    person = records.add(models.Participant(full_name="Ana Popescu"))
    records.add(models.Consent(participant_id=person.id, recorded_on=date.today().isoformat()))
    batch = outgoing.build_batch(a, state.load(a))
    statuses = {c.change_id: "erased" if c.row_id == person.id else "stored"
                for c in batch.changes}
    outgoing.finish(a, batch, statuses)
    assert records.count(models.Participant) == 0 and records.count(models.Consent) == 0
    assert outbox_count(a) == 0
    assert query(a, "SELECT tbl FROM erased ORDER BY tbl") == [
        ("consents",), ("participants",)]
    # The consent was not in the hub's answer: its erasure is forwarded to the hub.
    assert [tbl for (tbl,) in query(a, "SELECT tbl FROM erase_queue")] == ["consents"]


def test_long_notes_split_into_pushes_the_hub_accepts(make_device):
    """A hundred 50,000-character notes in Chinese (three bytes a character) made one push
    body of 20 MB, over the hub's limit, at every sync; batches count bytes as well."""
    device = make_device("a")
    person = Records(device).add(models.Participant(full_name="Siân Pritchard"))
    Records(device).add_many(models.Note(participant_id=person.id, body="王" * 50_000)
                             for _ in range(120))
    batches = list(outgoing.batches(device, state.load(device)))
    assert len(batches) > 1
    assert sum(len(b.changes) for b in batches) == len(pending_changes(device))
    for batch in batches:
        body = json.dumps({"protocol": protocol.versions(),
                           "changes": [c.wire() for c in batch.changes]})
        assert len(body.encode()) <= protocol.MAX_BODY_BYTES
