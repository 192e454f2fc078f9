"""A laptop not yet connected: the coordinator connects it to a hub, a linker joins with the
coordinator's code. Typed into the real dialogs, against a real hub on 127.0.0.1."""

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import models
from desktop.store.records import Records
from desktop.sync import client, devices
from desktop.gui.sync.status_line import SyncController
from desktop.gui.sync.sync_screen import SyncScreen
from tests.conftest import type_text
from tests.gui.test_accessibility import _unnamed


@pytest.fixture
def screens(qtbot):
    made = []

    def show(vault) -> SyncScreen:
        controller = SyncController(first_delay_ms=60_000)
        screen = SyncScreen()
        screen.use_sync(controller)
        qtbot.addWidget(screen)
        screen.resize(1146, 700)
        with qtbot.waitActive(screen):
            screen.show()
        with qtbot.waitSignal(controller.view_read, timeout=5000):
            controller.start(vault)  # as the main window does on unlocking
        with qtbot.waitSignal(screen.role_read, timeout=5000):
            screen.open(vault)
        made.append(screen)
        return screen

    yield show
    for screen in made:
        screen.controller.stop()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_coordinator_connects_this_laptop_to_the_hub(qtbot, screens, vault, live_hub,
                                                          english):
    Records(vault).add(models.Participant(full_name="Dewi Pritchard"))
    screen = screens(vault)
    assert screen.status_label.text().startswith("Not connected to a hub yet")
    assert screen.connect_button.isVisible() and not screen.sync_button.isVisible()
    assert not screen.devices_button.isVisible()
    click(qtbot, screen.connect_button)
    dialog = screen.dialog
    assert dialog.isVisible() and _unnamed(dialog) == []
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.hub_edit

    with qtbot.waitSignal(dialog.failed, timeout=2000):
        click(qtbot, dialog.ok_button)
    assert dialog.message_label.text() == "Type the hub's address, starting with https://."
    type_text(dialog.hub_edit, live_hub.url)
    type_text(dialog.token_edit, "not-the-token")
    assert dialog.token_edit.echoMode() == dialog.token_edit.EchoMode.Password
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        click(qtbot, dialog.ok_button)
    assert dialog.isVisible()  # the mistake is said inside the dialog, which stays
    assert dialog.message_label.text().startswith("The admin token is wrong.")
    assert not devices.is_connected(vault)

    dialog.token_edit.clear()
    type_text(dialog.token_edit, live_hub.admin_token)
    with qtbot.waitSignal(screen.controller.finished, timeout=20_000) as synced:
        click(qtbot, dialog.ok_button)
    assert screen.dialog is None  # closed (and thrown away)
    assert screen.message_label.text().startswith("This laptop is now the organisation's "
                                                  "coordinator")
    assert devices.role(vault) == "coordinator"
    assert synced.args[0].pushed >= 2  # Dewi and the coordinator went to the hub at once
    assert screen.status_label.text().startswith("Everything is on the hub, ")
    assert screen.devices_button.isVisible() and screen.sync_button.isVisible()
    assert not screen.join_button.isVisible() and not screen.connect_button.isVisible()
    with qtbot.waitSignal(screen.navigate, timeout=2000) as went:
        click(qtbot, screen.devices_button)
    assert went.args == ["devices", {}]


def test_a_linker_joins_with_the_code_and_gets_their_teams_people(qtbot, screens, vault,
                                                                 live_hub, laptop, english):
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    records = Records(vault)
    north, south = records.add(models.Team(name="North")), records.add(models.Team(name="South"))
    records.add(models.Participant(full_name="Hodan Warsame", team_id=north.id))
    records.add(models.Participant(full_name="Łucja Wiśniewska", team_id=south.id))
    client.sync(vault)
    code = devices.enrol_device(vault, ["North"], label="North laptop")

    linker = laptop("north", staff="Aled Jones")
    Records(linker).update(models.Staff, linker.staff_id, role="linker")
    screen = screens(linker)
    assert screen.join_button.isVisible() and not screen.connect_button.isVisible()
    click(qtbot, screen.join_button)
    dialog = screen.dialog
    assert _unnamed(dialog) == []
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.code_edit

    # A mistyped word is named, and nothing is asked of the hub.
    words = list(code.words)
    wrong = " ".join(words[:2] + ["zzzz"] + words[3:])
    type_text(dialog.code_edit, f"{code.hub_url} {wrong}")
    type_text(dialog.name_edit, "North laptop")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        click(qtbot, dialog.ok_button)
    assert dialog.message_label.text().startswith("Word 3 of the code")

    # Four letters of each word are enough.
    dialog.code_edit.clear()
    type_text(dialog.code_edit, f"{code.hub_url} {' '.join(w[:4] for w in words)}")
    with qtbot.waitSignal(screen.controller.finished, timeout=20_000):
        click(qtbot, dialog.ok_button)
    assert screen.message_label.text().startswith("This laptop has joined the organisation.")
    assert devices.role(linker) == "linker"
    names = [person.full_name for person in Records(linker).find(models.Participant)]
    assert names == ["Hodan Warsame"]  # North's people only
    assert not screen.devices_button.isVisible()  # a linker does not manage laptops


def test_cancel_leaves_the_laptop_as_it_was(qtbot, screens, vault):
    screen = screens(vault)
    click(qtbot, screen.join_button)
    dialog = screen.dialog
    type_text(dialog.code_edit, "https://hub.example.org apple")
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not devices.is_connected(vault)
