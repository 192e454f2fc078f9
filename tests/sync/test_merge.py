"""Merging: last writer wins per field, concurrent losers become conflicts, notes never change,
tombstones sync, erasures stick, and a page that does not open changes nothing."""

from dataclasses import replace
from datetime import date
import itertools
import json
import time

import pytest

from desktop.core import models
from desktop.store.records import Records
from desktop.sync import envelope, incoming, rows, state
from desktop.sync.errors import EnvelopeError, SyncError
from tests.conftest import query
from tests.sync.sync_helpers import apply_all, conflicts, pending_changes, push_all, replica

TODAY = date.today().isoformat()


@pytest.fixture
def pair(make_device):
    """Devices a and b of one organisation, both holding one person."""
    a, b = make_device("a"), make_device("b")
    person = Records(a).add(models.Participant(full_name="Siân Pritchard", phone="1"))
    log = []
    push_all(a, log)
    push_all(b, log)
    apply_all(a, log)
    apply_all(b, log)
    return a, b, person, log


def people(vault):
    return replica(vault)["participants"]


def test_a_new_record_arrives_whole_and_twice_changes_nothing(pair):
    a, b, person, log = pair
    assert people(b) == people(a)
    got = Records(b).get(models.Participant, person.id)
    assert got.full_name == "Siân Pritchard" and got.created_at == person.created_at
    before = replica(b)
    outcome = apply_all(b, log)
    assert outcome.applied == 0 and outcome.conflicts == 0 and replica(b) == before
    assert replica(a) == replica(b)


def test_a_later_edit_wins_everywhere_without_a_conflict(pair):
    a, b, person, log = pair
    Records(b).update(models.Participant, person.id, phone="2")
    apply_all(a, push_all(b, log))
    assert Records(a).get(models.Participant, person.id).phone == "2"
    assert conflicts(a) == conflicts(b) == []
    Records(a).update(models.Participant, person.id, phone="3")  # a saw "2": not concurrent
    apply_all(b, push_all(a, log))
    assert Records(b).get(models.Participant, person.id).phone == "3"
    assert conflicts(a) == conflicts(b) == []


def test_concurrent_edits_converge_and_both_sides_keep_the_loser(pair):
    a, b, person, log = pair
    Records(a).update(models.Participant, person.id, phone="from a")
    Records(b).update(models.Participant, person.id, phone="from b")  # later clock: wins
    from_a, from_b = push_all(a, log), push_all(b, log)
    apply_all(b, from_a)
    apply_all(a, from_b)
    assert people(a) == people(b)
    assert Records(a).get(models.Participant, person.id).phone == "from b"
    expected = [("participants", person.id, "phone", '"from b"', b.device_id, '"from a"',
                 a.device_id)]
    assert conflicts(a) == conflicts(b) == expected


def test_a_loser_not_yet_pushed_is_kept_as_a_conflict_and_not_sent(pair):
    a, b, person, log = pair
    Records(a).update(models.Participant, person.id, phone="from a")
    Records(b).update(models.Participant, person.id, phone="from b")
    apply_all(a, push_all(b, log))  # a pulls before it pushes
    assert conflicts(a)[0][5] == '"from a"'
    assert [c.col for c in pending_changes(a)] == []  # its value lost: nothing to send
    push_all(a, log)
    assert query(a, "SELECT count(*) FROM outbox") == [(0,)]


def test_one_devices_successive_pushes_are_not_a_conflict(pair):
    a, b, person, log = pair
    Records(a).update(models.Participant, person.id, phone="2")
    first = push_all(a, log)
    Records(a).update(models.Participant, person.id, phone="3")
    second = push_all(a, log)
    apply_all(b, second)
    apply_all(b, first)  # out of order, as two bundles might arrive
    assert Records(b).get(models.Participant, person.id).phone == "3"
    assert conflicts(b) == []


def test_delete_and_edit_at_once_both_stick(pair):
    a, b, person, log = pair
    Records(a).delete(models.Participant, person.id)
    Records(b).update(models.Participant, person.id, postcode="LS1 4AP")
    apply_all(b, push_all(a, log))
    apply_all(a, push_all(b, log))
    assert people(a) == people(b)
    assert people(a)[person.id]["deleted"] == 1 and people(a)[person.id]["postcode"] == "LS1 4AP"
    assert conflicts(a) == conflicts(b) == []


def test_a_note_is_never_replaced(pair):
    a, b, person, log = pair
    note = Records(a).add(models.Note(participant_id=person.id, body="Met at the library"))
    [body] = [c for c in push_all(a, log) if c.col == "body"]
    apply_all(b, log)
    st = state.load(a)
    forged = replace(body, change_id="forged", hlc="999999999999999-00000",
                     device_id="other-device")
    forged = replace(forged, ciphertext=envelope.seal(st.org_key, st.key_id, forged, "edited"))
    apply_all(b, [forged])
    assert Records(b).get(models.Note, note.id).body == "Met at the library"
    assert conflicts(b)[0][3:6] == ('"Met at the library"', a.device_id, '"edited"')


def test_missing_records_are_made_with_defaults_until_the_rest_arrives(pair):
    a, b, person, log = pair
    offer = Records(a).add(models.Offer(participant_id=person.id, title="Bread",
                                        tags=["food"], status="agreed"))
    changes = [c for c in push_all(a, log) if c.row_id == offer.id]
    apply_all(b, [c for c in changes if c.col == "title"])
    partial = replica(b)["offers"][offer.id]
    assert partial["title"] == "Bread" and partial["tags"] == "[]" and partial["created_at"] == ""
    apply_all(b, changes)
    assert replica(b)["offers"][offer.id] == replica(a)["offers"][offer.id]
    assert Records(b).get(models.Offer, offer.id).tags == ["food"]


def test_a_stamp_from_ahead_moves_the_clock_so_the_next_edit_still_wins(pair):
    a, b, person, log = pair
    st = state.load(a)
    ahead = "999999999999000-00000"
    bare = replace(log[0], change_id="from-ahead", tbl="participants", row_id=person.id,
                   col="phone", hlc=ahead,
                   device_id="far-device", base_hlc=None)
    apply_all(b, [replace(bare, ciphertext=envelope.seal(st.org_key, st.key_id, bare, "9"))])
    updated = Records(b).update(models.Participant, person.id, phone="10")
    assert updated.updated_hlc > ahead
    assert [c.base_hlc for c in pending_changes(b) if c.col == "phone"] == [ahead]


def test_a_tampered_page_is_refused_whole_and_the_cursor_stays(pair):
    a, b, person, log = pair
    Records(a).update(models.Participant, person.id, phone="2", postcode="LS1 4AP")
    changes = push_all(a, log)
    moved = replace(changes[0], row_id="another-person")
    keys = state.load(b).keys()
    before = replica(b)
    with pytest.raises(EnvelopeError, match="Nothing from that batch was applied"):
        incoming.apply(b, incoming.open_all(keys, changes[1:] + [moved]), cursor=99)
    assert replica(b) == before and state.load(b).cursor == 0


def test_a_change_naming_an_unknown_field_is_refused_whole(pair):
    a, b, person, log = pair
    st = state.load(a)
    bare = replace(log[0], change_id="new-col", col="favourite_colour")
    sealed = replace(bare, ciphertext=envelope.seal(st.org_key, st.key_id, bare, "blue"))
    before = replica(b)
    with pytest.raises(SyncError, match="newer Offerbook"):
        incoming.apply(b, incoming.open_all(st.keys(), [sealed]), cursor=5)
    assert replica(b) == before and state.load(b).cursor == 0


def test_the_cursor_moves_with_its_page(pair):
    a, b, person, log = pair
    keys = state.load(b).keys()
    incoming.apply(b, incoming.open_all(keys, log), cursor=len(log))
    assert state.load(b).cursor == len(log)


def test_field_versions_name_the_writer(pair):
    a, b, person, log = pair
    with b.reading() as conn:
        known = rows.versions(conn, "participants", person.id)
    assert known["full_name"] == (person.updated_hlc, a.device_id, None)
    assert json.loads(query(b, "SELECT field_hlc FROM participants")[0][0])[
        "full_name"] == person.updated_hlc


def test_an_edit_made_after_seeing_the_winner_is_based_on_it(pair):
    a, b, person, log = pair
    Records(a).update(models.Participant, person.id, phone="a offline")
    Records(b).update(models.Participant, person.id, phone="b wins")
    [winner] = push_all(b, log)
    apply_all(a, [winner])  # a's offline edit lost: a conflict on a
    Records(a).update(models.Participant, person.id, phone="a, having seen b's")
    [change] = [c for c in pending_changes(a) if c.col == "phone"]
    assert change.base_hlc == winner.hlc
    apply_all(b, push_all(a, log))
    assert conflicts(b) == []  # a saw b's value: a later edit, not a concurrent one
    assert people(a) == people(b)


def test_meeting_a_lost_value_again_later_is_not_a_new_conflict(pair):
    a, b, person, log = pair
    Records(a).update(models.Participant, person.id, phone="first")
    first = push_all(a, log)
    Records(b).update(models.Participant, person.id, phone="second")
    second = push_all(b, log)
    apply_all(a, second)
    apply_all(b, first)
    assert len(conflicts(a)) == len(conflicts(b)) == 1
    Records(a).update(models.Participant, person.id, phone="third")
    apply_all(b, push_all(a, log))
    before = conflicts(b)
    apply_all(b, first)  # replayed: already kept
    assert conflicts(b) == before


def test_a_later_edit_arriving_before_its_base_still_keeps_the_loser(make_device):
    """Found by the state machine: c saw b's edit by bundle and replaced it; c's edit reached a
    before b's did. c's base is newer than a's own concurrent edit, yet c never saw it."""
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    # Wall clocks a second apart, so a's edit is the earliest even when the three edits
    # fall in one millisecond (a fast machine made a's stamp the latest and the test flaky).
    start = time.time_ns() // 1_000_000
    for offset, device in enumerate((a, b, c)):
        device.clock._wall = itertools.count(start + 1000 * offset).__next__
    person = Records(a).add(models.Participant(full_name="Ana Popescu"))
    log = push_all(a, [])
    apply_all(b, log)
    apply_all(c, log)
    Records(a).update(models.Participant, person.id, phone="from a")
    Records(b).update(models.Participant, person.id, phone="from b")
    from_b = push_all(b, log)
    apply_all(c, from_b)  # by bundle: c sees b's edit, but not a's
    Records(c).update(models.Participant, person.id, phone="from c, after b")
    from_c = push_all(c, log)
    apply_all(a, from_c)  # c's edit reaches a first...
    apply_all(a, from_b)  # ...then the one it replaced
    assert Records(a).get(models.Participant, person.id).phone == "from c, after b"
    assert '"from a"' in {row[5] for row in conflicts(a)}
