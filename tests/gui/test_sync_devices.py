"""Devices, for coordinators: the list from a real hub, enrolling a laptop (the eight words
and a QR image a camera reads, which really let a laptop join), and revoking one."""

import io

from PIL import Image
import pytest
import zxingcpp

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QApplication

from desktop.core import models
from desktop.store.records import Records
from desktop.sync import client, devices
from desktop.sync.errors import DeviceRevoked
from desktop.gui.sync.devices_screen import QR_SIZE, DevicesScreen
from tests.gui.sync_gui_helpers import join_linker
from tests.gui.test_accessibility import _unnamed


@pytest.fixture
def office(vault, live_hub):
    """The coordinator's laptop, connected, with two teams."""
    devices.connect(vault, live_hub.url, live_hub.admin_token, name="Office laptop")
    records = Records(vault)
    for name in ("North", "South"):
        records.add(models.Team(name=name))
    return vault


def show(qtbot, vault) -> DevicesScreen:
    screen = DevicesScreen()
    qtbot.addWidget(screen)
    screen.resize(1146, 700)
    with qtbot.waitActive(screen):
        screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open(vault)
    return screen


def cells(screen: DevicesScreen) -> list[list[str]]:
    return [[screen.table.item(row, column).text() for column in range(screen.table.columnCount())]
            for row in range(screen.table.rowCount())]


def decode(widget) -> list[str]:
    """Read the QR image as a camera would: from the pixels on screen."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data())))
    return [code.text for code in zxingcpp.read_barcodes(image)
            if code.format == zxingcpp.BarcodeFormat.QRCode]


def test_the_list_shows_every_laptop_with_its_teams(qtbot, office, laptop):
    join_linker(laptop, office, "North laptop", ["North"])
    screen = show(qtbot, office)
    rows = sorted(cells(screen))
    assert [row[:3] for row in rows] == [["North laptop", "Linker", "North"],
                                         ["Office laptop", "Coordinator", "All teams"]]
    assert all(row[3] and row[5] == "Can sync" for row in rows)  # enrolled, not revoked
    assert _unnamed(screen) == []


def test_enrol_a_laptop_shows_a_code_that_works_once(qtbot, office, laptop):
    screen = show(qtbot, office)
    qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert _unnamed(dialog) == []
    assert [dialog.teams_list.item(row).text() for row in range(dialog.teams_list.count())] \
        == ["North", "South"]

    # A linker's laptop without a team would receive nobody: said, and not sent to the hub.
    with qtbot.waitSignal(dialog.failed, timeout=2000, raising=False):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "Tick at least one team" in dialog.message_label.text()
    assert QApplication.focusWidget() is dialog.teams_list

    # By keyboard: down to South, Space ticks it.
    qtbot.keyClick(dialog.teams_list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.teams_list, Qt.Key.Key_Space)
    assert dialog.chosen_teams() == [devices.team_ids(office, ["South"])[0]]
    dialog.label_edit.setText("South laptop")
    with qtbot.waitSignal(dialog.code_shown, timeout=10_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    code = dialog.code
    assert dialog.expiry_label.text().startswith("This code works once and expires in 48 hours")
    assert [label.text() for label in dialog.word_labels] == \
        [f"{n}. {word}" for n, word in enumerate(code.words, 1)]
    assert dialog.hub_label.text() == f"Hub: {code.hub_url}"
    assert dialog.qr_label.width() >= QR_SIZE and dialog.qr_label.pixmap().width() >= 250
    assert decode(dialog.qr_label) == [code.uri()]
    assert _unnamed(dialog) == []

    # The words as shown let a new laptop join, once.
    words = " ".join(label.text().split(". ", 1)[1] for label in dialog.word_labels)
    newcomer = laptop("south")
    devices.join(newcomer, f"{code.hub_url} {words}", name="South laptop")
    assert devices.role(newcomer) == "linker"
    with pytest.raises(Exception, match="code"):
        devices.join(laptop("again"), f"{code.hub_url} {words}", name="Again")

    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert sorted(row[:3] for row in cells(screen)) == [
        ["Office laptop", "Coordinator", "All teams"], ["South laptop", "Linker", "South"]]


def test_revoke_asks_first_then_the_laptop_can_no_longer_sync(qtbot, office, laptop,
                                                              messages):
    linker = join_linker(laptop, office, "North laptop", ["North"])
    screen = show(qtbot, office)
    row = next(r for r, text in enumerate(cells(screen)) if text[0] == "Office laptop")
    screen.table.selectRow(row)
    assert not screen.revoke_button.isEnabled()  # not the laptop in use
    row = next(r for r, text in enumerate(cells(screen)) if text[0] == "North laptop")
    screen.table.selectRow(row)
    assert screen.revoke_button.isEnabled()

    messages.next_answer = False
    qtbot.mouseClick(screen.revoke_button, Qt.MouseButton.LeftButton)
    assert messages.shown[-1][0] == "ask" and "“North laptop”" in messages.shown[-1][1]
    assert "cannot be undone" in messages.shown[-1][1]
    client.sync(linker)  # still allowed

    messages.next_answer = True
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(screen.revoke_button, Qt.MouseButton.LeftButton)
    revoked = next(text for text in cells(screen) if text[0] == "North laptop")
    assert revoked[5].startswith("Revoked ")
    assert screen.message_label.text() == "Revoked. That laptop can no longer sync."
    with pytest.raises(DeviceRevoked):
        client.sync(linker)


def test_without_a_connection_the_screen_says_so(qtbot, office, live_hub):
    live_hub.stop()
    screen = show(qtbot, office)
    assert screen.table.rowCount() == 0
    assert "refused the connection" in screen.message_label.text()
    assert not screen.revoke_button.isEnabled()


def test_a_coordinators_laptop_gets_every_team(qtbot, office, laptop):
    screen = show(qtbot, office)
    qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("coordinator"))
    assert not dialog.teams_list.isEnabled()  # every team: nothing to tick
    with qtbot.waitSignal(dialog.code_shown, timeout=10_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    deputy = laptop("deputy")
    devices.join(deputy, dialog.code.text(), name="Deputy's laptop")
    assert devices.role(deputy) == "coordinator"
    dialog.accept()
