"""Erasing a person from their page: coordinators only, a confirmation that says what happens
and wants their name typed, then gone from this laptop and queued for the hub."""

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import models
from desktop.store.records import Records
from desktop.gui.people.erase_dialog import EraseDialog
from desktop.gui.people.person_screen import PersonScreen
from tests.conftest import agreed_to_keep_record, type_text
from tests.gui.test_accessibility import _unnamed


def test_the_dialog_says_what_erasure_does_and_wants_the_name_typed(qtbot):
    dialog = EraseDialog("Łucja Wiśniewska")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert QApplication.focusWidget() is dialog.name_edit
    assert _unnamed(dialog) == []
    text = dialog.explain_label.text()
    for words in ("this laptop", "the hub and every other laptop", "cannot be undone"):
        assert words in text
    assert not dialog.erase_button.isEnabled()
    assert dialog.cancel_button.isDefault()  # Enter alone never erases
    type_text(dialog.name_edit, "Łucja")
    assert not dialog.erase_button.isEnabled()
    dialog.name_edit.clear()
    # Another keyboard's way of writing the same letters, other case and spacing: still her.
    type_text(dialog.name_edit, "  ŁUCJA  WIS\u0301NIEWSKA ")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)


def test_escape_cancels(qtbot):
    dialog = EraseDialog("Dewi Pritchard")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    type_text(dialog.name_edit, "Dewi Pritchard")
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


@pytest.fixture
def hodan(vault):
    records = Records(vault)
    return agreed_to_keep_record(records, records.add(
        models.Participant(full_name="Hodan Warsame", preferred_name="Hodan")))


def show_person(qtbot, vault, person) -> PersonScreen:
    screen = PersonScreen()
    qtbot.addWidget(screen)
    screen.resize(1146, 700)
    screen.show()
    with qtbot.waitSignal(screen.erase.role_known, timeout=5000) as known:
        screen.open(vault, participant_id=person.id)
    screen.role_allowed = known.args[0]
    return screen


def test_a_coordinator_erases_a_person_here_and_queues_it_for_the_hub(qtbot, vault, hodan,
                                                                      messages):
    screen = show_person(qtbot, vault, hodan)
    assert screen.role_allowed and screen.erase.button.isVisible()
    assert screen.erase.button.accessibleName() == "Erase this person"
    messages.next_answer = False  # the coordinator thinks again
    qtbot.mouseClick(screen.erase.button, Qt.MouseButton.LeftButton)
    assert messages.shown[-1][0] == "erase" and "Hodan Warsame" in messages.shown[-1][1]
    assert Records(vault).get(models.Participant, hodan.id).full_name == "Hodan Warsame"

    messages.next_answer = True
    with qtbot.waitSignal(screen.navigate, timeout=5000) as went:
        qtbot.mouseClick(screen.erase.button, Qt.MouseButton.LeftButton)
    assert went.args == ["people", {}]
    assert messages.shown[-1][0] == "info" and "next sync" in messages.shown[-1][1]
    with vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM participants WHERE id = ?",
                            [hodan.id]).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM consents WHERE participant_id = ?",
                            [hodan.id]).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM erased WHERE row_id = ?",
                            [hodan.id]).fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM erase_queue WHERE row_id = ?",
                            [hodan.id]).fetchone()[0] == 1


def test_a_linker_is_not_offered_erasure(qtbot, vault, hodan):
    records = Records(vault)
    records.update(models.Staff, vault.staff_id, role="linker")
    screen = show_person(qtbot, vault, hodan)
    assert not screen.role_allowed
    assert not screen.erase.button.isVisible()
