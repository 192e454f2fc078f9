"""Drop-in mode: check in and out, log hours, switch staff member — by keyboard."""

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import models
from desktop.store import drafts
from desktop.store.access import add_staff
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.dropin.dropin_screen import DropInScreen
from desktop.gui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE, type_text

SECOND_PASSPHRASE = "harbour thistle copper meadow"


@pytest.fixture(autouse=True)
def _no_site_yet():
    """The site is remembered for the app's session; each test starts a new session."""
    DropInScreen.session_site = ""
    yield
    DropInScreen.session_site = ""


@pytest.fixture
def people(vault):
    records = Records(vault)
    return {name: records.add(models.Participant(full_name=name, preferred_name=preferred))
            for name, preferred in (("Hodan Warsame", "Hodan"), ("Łucja Wiśniewska", "Lucy"),
                                    ("Dewi Pritchard", ""))}


@pytest.fixture
def dropin(qtbot, vault):
    screen = DropInScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.open(vault)
    yield screen
    screen.close_vault()


def find(qtbot, screen: DropInScreen, text: str, expected: int = 1) -> None:
    """Type into the search box and wait for the (debounced) results."""
    screen.ui.search_edit.setFocus()
    type_text(screen.ui.search_edit, text)
    qtbot.waitUntil(lambda: screen.ui.results_list.count() == expected)


def set_site(qtbot, screen: DropInScreen, site: str) -> None:
    screen.ui.site_combo.setFocus()
    screen.ui.site_combo.lineEdit().selectAll()
    qtbot.keyClicks(screen.ui.site_combo.lineEdit(), site)


def attendance(vault) -> list[models.Attendance]:
    return Records(vault).find(models.Attendance)


def test_shows_who_is_signed_in(dropin):
    assert dropin.ui.staff_label.text() == "Signed in as Test Coordinator"
    assert dropin.title() == "Drop-in"


def test_check_in_then_out_by_keyboard(qtbot, dropin, vault, people):
    hodan = people["Hodan Warsame"]
    set_site(qtbot, dropin, "Tuesday lunch club")
    find(qtbot, dropin, "hod")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Down)  # into the results
    assert dropin.ui.results_list.hasFocus()
    qtbot.keyClick(dropin.ui.results_list, Qt.Key.Key_Return)

    [visit] = attendance(vault)
    assert (visit.participant_id, visit.site, visit.staff_id) == (
        hodan.id, "Tuesday lunch club", vault.staff_id)
    assert visit.checked_in_at.startswith(date.today().isoformat())
    assert visit.checked_out_at == ""
    assert "Checked in Hodan Warsame" in dropin.ui.message_label.text()
    assert dropin.ui.search_edit.text() == "" and dropin.ui.search_edit.hasFocus()
    assert dropin.ui.today_list.count() == 1
    assert "still here · Hodan Warsame" in dropin.ui.today_list.item(0).text()
    assert not dropin.ui.today_empty_label.isVisible()

    # Checking the same person in twice is refused, in words.
    find(qtbot, dropin, "hod")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Return)  # Enter also moves to the list
    qtbot.keyClick(dropin.ui.results_list, Qt.Key.Key_Return)
    assert len(attendance(vault)) == 1
    assert "already checked in" in dropin.ui.message_label.text()

    dropin.ui.today_list.setFocus()
    dropin.ui.today_list.setCurrentRow(0)
    qtbot.keyClick(dropin.ui.today_list, Qt.Key.Key_Return)
    [visit] = attendance(vault)
    assert visit.checked_out_at.startswith(date.today().isoformat())
    assert "Checked out Hodan Warsame" in dropin.ui.message_label.text()
    assert "still here" not in dropin.ui.today_list.item(0).text()


def test_check_in_asks_for_the_site_first(qtbot, dropin, vault, people):
    find(qtbot, dropin, "dewi")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dropin.ui.results_list, Qt.Key.Key_Return)
    assert attendance(vault) == []
    assert "name of this drop-in site" in dropin.ui.message_label.text()
    assert dropin.ui.site_combo.hasFocus()


def test_the_site_is_remembered_for_the_session(qtbot, dropin, vault, people):
    set_site(qtbot, dropin, "Library")
    find(qtbot, dropin, "dewi")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dropin.ui.results_list, Qt.Key.Key_Return)
    dropin.close_vault()  # a staff switch locks the vault; the place stays the same
    assert dropin.ui.site_combo.currentText() == "Library"
    dropin.open(vault)
    find(qtbot, dropin, "ho")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dropin.ui.results_list, Qt.Key.Key_Return)
    assert [a.site for a in attendance(vault)] == ["Library", "Library"]


def test_log_hours_by_keyboard_writes_an_exchange(qtbot, dropin, vault, people):
    lucja = people["Łucja Wiśniewska"]
    offer = Records(vault).add(models.Offer(participant_id=lucja.id,
                                            title="Sewing repairs for neighbours"))
    find(qtbot, dropin, "lucy")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dropin.ui.log_hours_button, Qt.Key.Key_Space)
    ui = dropin.ui
    assert ui.hours_group.isVisible() and ui.hours_spin.hasFocus()
    assert "Łucja Wiśniewska" in ui.hours_for_label.text()
    qtbot.keyClick(ui.hours_spin, Qt.Key.Key_Up)  # 1 -> 1.5, half an hour a step
    ui.offer_combo.setFocus()
    qtbot.keyClick(ui.offer_combo, Qt.Key.Key_Down)
    ui.description_edit.setFocus()
    qtbot.keyClicks(ui.description_edit, "Took up two pairs of trousers")
    assert drafts.load(vault, f"hours:{lucja.id}")["hours"] == 1.5  # autosaved as typed
    qtbot.keyClick(ui.save_hours_button, Qt.Key.Key_Space)

    [exchange] = Records(vault).find(models.Exchange)
    assert exchange.giver_id == lucja.id
    assert exchange.hours == 1.5
    assert exchange.offer_id == offer.id
    assert exchange.occurred_on == date.today().isoformat()
    assert exchange.description == "Took up two pairs of trousers"
    assert drafts.load(vault, f"hours:{lucja.id}") is None
    assert not ui.hours_group.isVisible()
    assert "Logged 1.5 hours for Łucja Wiśniewska" in ui.message_label.text()


def test_hours_go_in_half_hour_steps(qtbot, dropin, vault, people):
    find(qtbot, dropin, "dewi")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dropin.ui.log_hours_button, Qt.Key.Key_Space)
    spin = dropin.ui.hours_spin
    spin.selectAll()
    qtbot.keyClicks(spin, "1.3")
    qtbot.keyClick(dropin.ui.save_hours_button, Qt.Key.Key_Space)
    assert Records(vault).find(models.Exchange) == []
    assert "half-hour steps" in dropin.ui.hours_message_label.text()
    assert spin.hasFocus()


def test_hours_typed_come_back_after_a_lock_and_cancel_drops_them(qtbot, dropin, vault,
                                                                   people):
    dewi = people["Dewi Pritchard"]
    find(qtbot, dropin, "dewi")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dropin.ui.log_hours_button, Qt.Key.Key_Space)
    qtbot.keyClick(dropin.ui.hours_spin, Qt.Key.Key_Up)
    dropin.ui.description_edit.setFocus()
    qtbot.keyClicks(dropin.ui.description_edit, "Ran the tea urn")

    dropin.close_vault()
    assert dropin.ui.description_edit.text() == "" and not dropin.ui.hours_group.isVisible()
    dropin.open(vault)
    find(qtbot, dropin, "dewi")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dropin.ui.log_hours_button, Qt.Key.Key_Space)
    assert dropin.ui.hours_spin.value() == 1.5
    assert dropin.ui.description_edit.text() == "Ran the tea urn"
    assert "are back" in dropin.ui.hours_message_label.text()

    qtbot.keyClick(dropin.ui.hours_spin, Qt.Key.Key_Escape)
    assert not dropin.ui.hours_group.isVisible()
    assert drafts.load(vault, f"hours:{dewi.id}") is None
    assert Records(vault).find(models.Exchange) == []


def test_switch_staff_member_asks_for_a_lock(qtbot, dropin):
    with qtbot.waitSignal(dropin.switch_staff_requested):
        qtbot.mouseClick(dropin.ui.switch_staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dropin.switch_staff_requested):
        qtbot.keyClick(dropin.ui.switch_staff_button, Qt.Key.Key_Space)


def test_empty_states(qtbot, dropin, vault):
    assert dropin.ui.today_empty_label.isVisible()
    assert dropin.ui.today_empty_label.text() == "Nobody has checked in yet today."
    assert dropin.ui.results_empty_label.text() == "Type a name above to find someone."
    type_text(dropin.ui.search_edit, "zzzz")
    qtbot.waitUntil(lambda: "Nobody found" in dropin.ui.results_empty_label.text())
    assert not dropin.ui.check_in_button.isEnabled()
    assert not dropin.ui.log_hours_button.isEnabled()


def test_locking_forgets_people_shown(qtbot, dropin, vault, people):
    set_site(qtbot, dropin, "Hub")
    find(qtbot, dropin, "hod")
    qtbot.keyClick(dropin.ui.search_edit, Qt.Key.Key_Down)
    dropin.close_vault()
    ui = dropin.ui
    assert ui.results_list.count() == 0 and ui.today_list.count() == 0
    assert ui.search_edit.text() == "" and ui.person_label.text() == ""
    assert ui.staff_label.text() == ""


def test_every_control_has_an_accessible_name(dropin):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
    )
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)
    checked = 0
    for kind in kinds:
        for widget in dropin.findChildren(kind):
            if not widget.objectName() or widget.objectName().startswith("qt_"):
                continue  # a part of a control (a combo's line edit or popup, a spin's edit)
            assert widget.accessibleName(), widget.objectName()
            checked += 1
    assert checked == 14  # six buttons, two lists, two spin boxes, two combos, two edits


def test_switching_staff_locks_and_the_next_person_signs_in_as_themselves(qtbot, tmp_path,
                                                                          app_font):
    app_font.setStyleSheet("QLineEdit, QPushButton { min-height: 2em; }")  # as themes do
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, "Sam Okafor", PASSPHRASE, kdf=FAST_KDF)
    priya = add_staff(vault, "Priya Shah", SECOND_PASSPHRASE, role="day-centre", kdf=FAST_KDF)
    hodan = Records(vault).add(models.Participant(full_name="Hodan Warsame"))
    vault.close()

    window = MainWindow(path, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()

    def unlock(passphrase: str) -> DropInScreen:
        page = window.unlock_page
        qtbot.keyClicks(page.ui.passphrase_edit, passphrase)
        with qtbot.waitSignal(page.unlocked, timeout=10_000):
            qtbot.keyClick(page.ui.passphrase_edit, Qt.Key.Key_Return)
        window.shell.go("dropin")
        # The shell makes its screens anew at every lock; the lead wires this in MainWindow.
        screen = window.shell.screens["dropin"]
        screen.switch_staff_requested.connect(window.lock)
        return screen

    screen = unlock(PASSPHRASE)
    assert screen.ui.staff_label.text() == "Signed in as Sam Okafor"
    # Larger text survives being put into the shell (Qt resets a combo box's font there).
    larger = QApplication.font().pointSizeF() * 1.3
    for widget in (screen.ui.site_combo, screen.ui.check_in_button, screen.ui.person_label):
        assert widget.font().pointSizeF() == pytest.approx(larger)
    set_site(qtbot, screen, "Hub")
    qtbot.mouseClick(screen.ui.switch_staff_button, Qt.MouseButton.LeftButton)
    assert window.vault is None
    assert window.stack.currentWidget() is window.unlock_page

    screen = unlock(SECOND_PASSPHRASE)
    assert screen.ui.staff_label.text() == "Signed in as Priya Shah"
    assert screen.ui.site_combo.currentText() == "Hub"  # the place did not change
    find(qtbot, screen, "hod")
    qtbot.keyClick(screen.ui.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(screen.ui.results_list, Qt.Key.Key_Return)
    [visit] = Records(window.vault).find(models.Attendance)
    assert (visit.participant_id, visit.staff_id, visit.site) == (hodan.id, priya.id, "Hub")
    window.close()


@pytest.fixture
def app_font(qapp):
    """Put the application's font and style sheet back after a test changes them."""
    font, sheet = qapp.font(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def test_text_is_larger_and_follows_the_text_size_setting(qtbot, dropin, app_font):
    app_font.setStyleSheet("QLineEdit, QPushButton { min-height: 2em; }")  # as the themes do
    base = app_font.font().pointSizeF()
    for widget in (dropin.ui.person_label, dropin.ui.check_in_button, dropin.ui.today_list):
        assert widget.font().pointSizeF() == pytest.approx(base * 1.3)
    bigger = app_font.font()
    bigger.setPointSizeF(base * 1.5)  # the 150% text size
    app_font.setFont(bigger)
    qtbot.waitUntil(lambda: dropin.ui.check_in_button.font().pointSizeF()
                    == pytest.approx(base * 1.5 * 1.3))
    assert dropin.ui.person_label.font().pointSizeF() == pytest.approx(base * 1.5 * 1.3)
    assert dropin.ui.search_edit.font().pointSizeF() > dropin.ui.person_label.font().pointSizeF()
