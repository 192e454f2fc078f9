"""Conflicts: listed with both values, resolved by keeping, taking the other, or dismissing."""

import pytest

from desktop.core import models
from desktop.core.errors import NotFound, ValidationError
from desktop.store.records import Records
from desktop.sync import conflicts
from tests.conftest import query
from tests.sync.sync_helpers import apply_all, pending_changes, push_all, replica


@pytest.fixture
def clash(make_device):
    """a and b changed one person's languages and phone at once; b's edits won."""
    a, b = make_device("a"), make_device("b")
    person = Records(a).add(models.Participant(full_name="Kofi Mensah", languages=["en"]))
    log = []
    push_all(a, log)
    apply_all(b, log)
    Records(a).update(models.Participant, person.id, languages=["en", "tw"], phone="a")
    Records(b).update(models.Participant, person.id, languages=["fr"], phone="b")
    apply_all(b, push_all(a, log))
    apply_all(a, push_all(b, log))
    return a, b, person, log


def test_conflicts_list_both_values_as_the_record_holds_them(clash):
    a, b, person, log = clash
    found = {c.col: c for c in conflicts.list_conflicts(a)}
    assert set(found) == {"languages", "phone"}
    assert found["languages"].kept_value == ["fr"] and found["languages"].other_value == [
        "en", "tw"]
    assert found["phone"].kept_device == b.device_id and found["phone"].other_device == \
        a.device_id
    assert conflicts.open_count(a) == 2


def test_taking_the_other_value_is_an_edit_that_syncs_and_wins(clash):
    a, b, person, log = clash
    [languages] = [c for c in conflicts.list_conflicts(a) if c.col == "languages"]
    conflicts.take_other(a, languages.id)
    assert Records(a).get(models.Participant, person.id).languages == ["en", "tw"]
    assert [c.col for c in pending_changes(a)] == ["languages"]
    apply_all(b, push_all(a, log))
    assert Records(b).get(models.Participant, person.id).languages == ["en", "tw"]
    assert replica(a) == replica(b)
    assert conflicts.open_count(a) == 1
    assert conflicts.get(a, languages.id).resolution == conflicts.TOOK_OTHER


def test_keeping_and_dismissing_close_without_an_edit(clash):
    a, b, person, log = clash
    first, second = conflicts.list_conflicts(a)
    conflicts.keep_current(a, first.id)
    conflicts.dismiss(a, second.id)
    assert conflicts.list_conflicts(a) == []
    assert {c.resolution for c in conflicts.list_conflicts(a, include_resolved=True)} == {
        conflicts.KEPT, conflicts.DISMISSED}
    assert pending_changes(a) == []
    actions = {action for (action,) in query(a, "SELECT action FROM audit_log")}
    assert {"conflict-kept", "conflict-dismissed"} <= actions


def test_a_conflict_on_a_note_cannot_take_the_other_text(make_device):
    a = make_device("a")
    note = Records(a).add(models.Note(participant_id="p", body="first"))
    with a.transaction() as conn:
        conn.execute(
            "INSERT INTO conflicts (tbl, row_id, col, kept_value, kept_hlc, kept_device, "
            "other_value, other_hlc, other_device, noticed_at) VALUES ('notes', ?, 'body', "
            "'\"first\"', 'h2', 'd1', '\"second\"', 'h1', 'd2', 'now')", (note.id,))
    [conflict] = conflicts.list_conflicts(a)
    with pytest.raises(ValidationError, match="Notes cannot be edited"):
        conflicts.take_other(a, conflict.id)
    assert conflicts.open_count(a) == 1
    with pytest.raises(NotFound):
        conflicts.keep_current(a, 999)
