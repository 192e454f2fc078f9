"""Erasure: the person and everything about them go, here and wherever the change arrives;
markers refuse them coming back."""

import json

import pytest

from desktop.core import models
from desktop.core.errors import NotFound
from desktop.store import drafts
from desktop.store.records import Records
from desktop.sync import erasure, protocol
from tests.conftest import agreed_to_keep_record, query
from tests.sync.sync_helpers import apply_all, push_all, replica


def a_full_life(records, team_id=None):
    """A person with a record in every table about people, and a bystander who stays."""
    person = agreed_to_keep_record(records, records.add(
        models.Participant(full_name="Siân Pritchard", team_id=team_id)))
    other = agreed_to_keep_record(records, records.add(
        models.Participant(full_name="Kofi Mensah", team_id=team_id)))
    pid = person.id
    conversation = records.add(models.Conversation(participant_id=pid, template_id="t"))
    records.add(models.Gift(participant_id=pid, conversation_id=conversation.id,
                            own_words="I bake"))
    offer = records.add(models.Offer(participant_id=pid, title="Bread"))
    request = records.add(models.Request(participant_id=pid, title="A lift"))
    their_offer = records.add(models.Offer(participant_id=other.id, title="Lifts"))
    records.add(models.Introduction(offer_id=their_offer.id, request_id=request.id))
    org = records.add(models.Organisation(name="Food bank"))
    opportunity = records.add(models.Opportunity(organisation_id=org.id, title="Sorting"))
    records.add(models.Introduction(offer_id=offer.id, opportunity_id=opportunity.id))
    records.add(models.FollowUp(participant_id=pid, note="Call on Monday"))
    records.add(models.Exchange(giver_id=pid, hours=2))
    records.add(models.Exchange(giver_id=other.id, receiver_id=pid, hours=1))
    records.add(models.Wellbeing(participant_id=pid, life_satisfaction=7))
    records.add(models.Attendance(participant_id=pid, site="Library"))
    records.add(models.Note(participant_id=pid, body="Prefers mornings"))
    return person, other, their_offer


def counts(vault):
    """Records per table, leaving out staff (each new vault has its own first staff member)."""
    return {tbl: len(rows) for tbl, rows in replica(vault).items() if tbl != "staff"}


def test_erasing_removes_the_person_and_every_record_about_them(make_device):
    a = make_device("a")
    records = Records(a)
    team = records.add(models.Team(name="North"))
    person, other, their_offer = a_full_life(records, team.id)
    drafts.save(a, f"offer:new:{person.id}", {"title": "half typed"})
    drafts.save(a, "note:new", {"participant_id": person.id, "body": "half typed"})
    drafts.save(a, "participant:new", {"full_name": "Somebody else"})
    before = counts(a)
    erased = erasure.erase_participant(a, person.id)
    after = counts(a)
    assert erased == sum(before.values()) - sum(after.values()) == 14
    assert after["participants"] == 1 and after["offers"] == 1 and after["consents"] == 1
    assert after["exchanges"] == 0 and after["introductions"] == 0
    assert Records(a).get(models.Offer, their_offer.id).title == "Lifts"
    everything = json.dumps(replica(a))
    for word in ("Siân", "I bake", "Prefers mornings", "Call on Monday", person.id):
        assert word not in everything
    assert [form for form, _ in drafts.pending(a)] == ["participant:new"]
    [(marked,)] = query(a, "SELECT count(*) FROM erased")
    queued = [json.loads(c) for (c,) in query(a, "SELECT change FROM erase_queue")]
    assert marked == len(queued) == erased
    for change in queued:
        protocol.Change.from_wire(change)
        assert change["kind"] == "erase" and change["scope"] == f"team:{team.id}"
    audit = query(a, "SELECT action, fields FROM audit_log WHERE action = 'erase'")
    assert len(audit) == erased and {fields for _, fields in audit} == {""}
    assert query(a, "SELECT count(*) FROM outbox WHERE row_id = ?", (person.id,)) == [(0,)]


def test_erasing_someone_not_here_says_so(make_device):
    with pytest.raises(NotFound, match="not on this laptop"):
        erasure.erase_participant(make_device("a"), "no-such-person")


def erase_changes(vault):
    return [protocol.Change.from_wire(json.loads(c))
            for (c,) in query(vault, "SELECT change FROM erase_queue ORDER BY seq")]


def test_an_erasure_arrives_everywhere_and_later_changes_are_ignored(make_device):
    a, b = make_device("a"), make_device("b")
    person, other, _ = a_full_life(Records(a))
    log = []
    push_all(a, log)
    apply_all(b, log)
    assert counts(b) == counts(a)
    Records(b).update(models.Participant, person.id, phone="0113 496 0000")  # b is offline
    stale = push_all(b, [])
    erasure.erase_participant(a, person.id)
    outcome = apply_all(b, erase_changes(a))
    assert outcome.erased == 14 and counts(b) == counts(a)
    assert apply_all(b, stale + log).ignored > 0
    assert counts(b) == counts(a)  # nothing came back, not even from the old log
    assert "Siân" not in json.dumps(replica(b))


def test_records_made_offline_about_an_erased_person_are_erased_on_arrival(make_device):
    a, b = make_device("a"), make_device("b")
    person = Records(a).add(models.Participant(full_name="Siân Pritchard"))
    log = []
    push_all(a, log)
    apply_all(b, log)
    note = Records(b).add(models.Note(participant_id=person.id, body="Written offline"))
    erasure.erase_participant(a, person.id)
    outcome = apply_all(a, push_all(b, log))
    assert outcome.erased == 1
    assert replica(a)["notes"] == {}
    # ...and a forwards that erasure to the hub, which may already hold the note.
    assert [(c.tbl, c.row_id) for c in erase_changes(a)][-1] == ("notes", note.id)
    apply_all(b, erase_changes(a))
    assert replica(b)["notes"] == {} and replica(b)["participants"].keys() == \
        replica(a)["participants"].keys()
