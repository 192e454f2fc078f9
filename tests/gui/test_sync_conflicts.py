"""Conflicts to review: two laptops change the same detail before syncing through a real hub;
the Sync screen shows both values side by side and a person chooses, by keyboard."""

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import models
from desktop.store.records import Records
from desktop.sync import client, conflicts, devices
from desktop.gui.main_window import MainWindow
from desktop.gui.sync.status_line import SyncController
from desktop.gui.sync.sync_screen import SyncScreen
from tests.conftest import FAST_KDF
from tests.gui.sync_gui_helpers import join_linker


@pytest.fixture
def clash(vault, live_hub, laptop):
    """A coordinator and a linker who both changed Hodan's phone number and language list
    while apart. Returns (coordinator, linker, hodan's id)."""
    devices.connect(vault, live_hub.url, live_hub.admin_token, name="Office laptop")
    records = Records(vault)
    north = records.add(models.Team(name="North"))
    hodan = records.add(models.Participant(full_name="Hodan Warsame", preferred_name="Hodan",
                                           team_id=north.id, phone="0113 496 0000",
                                           languages=["Somali"]))
    client.sync(vault)
    linker = join_linker(laptop, vault, "North laptop", ["North"])
    client.sync(linker)
    records.update(models.Participant, hodan.id, phone="0113 496 0999",
                   languages=["Somali", "English"])
    Records(linker).update(models.Participant, hodan.id, phone="07700 900123",
                           languages=["Somali", "Arabic"])
    client.sync(vault)
    report = client.sync(linker)
    assert report.conflicts == 2  # the linker's edits were later: theirs are kept
    return vault, linker, hodan.id


def show_sync_screen(qtbot, vault) -> SyncScreen:
    controller = SyncController(first_delay_ms=60_000)
    screen = SyncScreen()
    screen.use_sync(controller)
    qtbot.addWidget(screen)
    screen.resize(1146, 700)
    with qtbot.waitActive(screen):  # Alt+letter shortcuts need an active window
        screen.show()
    with qtbot.waitSignal(controller.view_read, timeout=5000):
        controller.start(vault)  # as the main window does on unlocking
    with qtbot.waitSignal(screen.conflicts.loaded, timeout=5000):
        screen.open(vault)
    return screen


def test_both_values_side_by_side_and_the_other_one_chosen_by_keyboard(qtbot, clash):
    coordinator, linker, hodan_id = clash
    screen = show_sync_screen(qtbot, linker)
    panel = screen.conflicts
    try:
        rows = [panel.list.item(row).text() for row in range(panel.list.count())]
        assert sorted(rows) == ["Hodan Warsame\nPerson's details · Languages",
                                "Hodan Warsame\nPerson's details · Phone"]
        assert panel.heading.text() == "Con&flicts to review (2)"
        panel.list.setFocus()
        if not rows[0].endswith("Phone"):
            qtbot.keyClick(panel.list, Qt.Key.Key_Down)
        assert panel.about_label.text() == "Hodan Warsame — Person's details: Phone"
        assert panel.current.value_edit.toPlainText() == "07700 900123"
        assert panel.other.value_edit.toPlainText() == "0113 496 0999"
        assert panel.current.who_label.text().startswith("Changed on this laptop, ")
        assert panel.other.who_label.text().startswith("Changed on another laptop, ")

        qtbot.keyClick(panel.list, Qt.Key.Key_Up if rows[0].endswith("Languages")
                       else Qt.Key.Key_Down)
        assert panel.about_label.text().endswith(": Languages")
        assert panel.other.value_edit.toPlainText() == "Somali, English"
        assert panel.current.value_edit.toPlainText() == "Somali, Arabic"
        with qtbot.waitSignal(panel.loaded, timeout=5000):
            qtbot.keyClick(screen, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        assert panel.message_label.text().startswith("Done: the record now has the other")
        assert Records(linker).get(models.Participant, hodan_id).languages == \
            ["Somali", "English"]
        assert QApplication.focusWidget() is panel.list  # ready for the next one

        assert panel.list.count() == 1 and panel.about_label.text().endswith(": Phone")
        with qtbot.waitSignal(panel.loaded, timeout=5000):
            qtbot.keyClick(screen, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        assert Records(linker).get(models.Participant, hodan_id).phone == "07700 900123"
        assert conflicts.open_count(linker) == 0
        assert not panel.list.isVisible() and panel.empty_label.isVisible()
        assert panel.heading.text() == "Con&flicts to review"
    finally:
        screen.controller.stop()

    # Taking the other value was an ordinary edit: it reaches the coordinator's laptop.
    client.sync(linker)
    client.sync(coordinator)
    assert Records(coordinator).get(models.Participant, hodan_id).languages == \
        ["Somali", "English"]
    assert Records(coordinator).get(models.Participant, hodan_id).phone == "07700 900123"


def test_the_count_beside_the_status_line_opens_the_conflicts(qtbot, clash, messages,
                                                              english):
    _coordinator, linker, _hodan_id = clash
    window = MainWindow(linker.directory, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    bar = window.sync_bar
    try:
        with qtbot.waitSignal(window.sync.view_read, timeout=5000):
            window._on_unlock_page_unlocked(linker)
        assert window.statusBar().isVisible()
        assert bar.conflicts_button.isVisible()
        assert bar.conflicts_button.text() == "2 conflicts to review"
        assert bar.status_label.text().startswith("Everything is on the hub, ")
        # Home says the same under its Sync heading.
        assert window.shell.screens["home"].sync_label.text() == bar.status_label.text()
        qtbot.mouseClick(bar.conflicts_button, Qt.MouseButton.LeftButton)
        screen = window.shell.current
        assert screen.name == "sync"
        with qtbot.waitSignal(screen.conflicts.loaded, timeout=5000):
            pass  # the list loads in the background
        with qtbot.waitSignal(screen.conflicts.loaded, timeout=5000):
            qtbot.mouseClick(screen.conflicts.other.button, Qt.MouseButton.LeftButton)
        # The count beside the status line follows (read again in the background).
        # The count and the status words are read again apart: wait for both.
        qtbot.waitUntil(lambda: bar.conflicts_button.text() == "1 conflict to review"
                        and bar.status_label.text().startswith(
                            "1 change waiting to send · last sync "))
    finally:
        window.lock()
    assert not window.statusBar().isVisible() and window.sync.vault is None
