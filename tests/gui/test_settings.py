"""The settings screen through its real widgets: lock time, theme, text size, language, staff
and passphrases; what ends up in this computer's settings file and in the vault."""

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from desktop.core import models
from desktop.core.errors import WrongPassphrase
from desktop.store import drafts
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common import i18n, settings, theme
from desktop.gui.common.settings import LANGUAGE, LOCK_MINUTES, TEXT_SCALE, THEME, Settings
from desktop.gui.main_window import MainWindow
from desktop.gui.settings.settings_screen import SettingsScreen
from tests.conftest import FAST_KDF, PASSPHRASE, type_text

NEW_PASSPHRASE = "harbour thistle copper meadow"


@pytest.fixture
def device(tmp_path: Path, qapp):
    """This computer's settings in a temporary file; Qt's own look back afterwards."""
    previous = settings.use(Settings(tmp_path / "offerbook.ini"))
    yield settings.current()
    settings.use(previous)
    theme.reset(qapp)
    i18n.uninstall()


@pytest.fixture
def window(qtbot, tmp_path, device):
    path = tmp_path / "vault"
    Vault.create(path, "Gwen Morgan", PASSPHRASE, organisation="Test Linkers",
                 kdf=FAST_KDF)[0].close()
    window = MainWindow(path, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.keyClicks(window.unlock_page.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(window.unlock_page.unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock_page.ui.passphrase_edit, Qt.Key.Key_Return)
    window.shell.go("settings")
    screen = window.shell.screens["settings"]
    screen.kdf = FAST_KDF  # new keyslots in tests: real Argon2id, small and fast
    yield window
    if window.vault is not None:
        window.lock()
    window.close()


def screen_of(window):
    return window.shell.screens["settings"]


def test_settings_is_last_in_the_navigation(window):
    nav = window.shell.nav
    assert nav.item(nav.count() - 1).data(Qt.ItemDataRole.UserRole) == "settings"
    assert nav.currentItem().text() == "Settings"


def test_lock_minutes_apply_at_once_and_are_kept(qtbot, window, device):
    screen = screen_of(window)
    spin = screen.ui.lock_spin
    assert spin.value() == 5
    spin.setFocus()
    spin.selectAll()
    with qtbot.waitSignal(screen.lock_minutes_changed,
                          check_params_cb=lambda minutes: minutes == 15):
        qtbot.keyClicks(spin, "15")
    assert device.get(LOCK_MINUTES) == 15
    assert window.idle_timer.interval() == 15 * 60_000  # the main window listens
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert device.get(LOCK_MINUTES) == 16
    spin.selectAll()
    qtbot.keyClicks(spin, "99")  # more than an hour is refused as it is typed
    assert spin.value() <= 60 and device.get(LOCK_MINUTES) <= 60


def test_theme_and_text_size_apply_at_once_by_keyboard(qtbot, window, device, qapp):
    screen = screen_of(window)
    base = QApplication.font().pointSizeF()
    screen.ui.theme_combo.setFocus()
    qtbot.keyClick(screen.ui.theme_combo, Qt.Key.Key_Down)
    assert device.get(THEME) == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(
        theme.COLOURS["dark"].window)
    qtbot.keyClick(screen.ui.theme_combo, Qt.Key.Key_Down)
    assert device.get(THEME) == "high-contrast"
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000")

    qtbot.keyClick(screen.ui.theme_combo, Qt.Key.Key_Tab)
    assert screen.ui.text_size_combo.hasFocus()
    qtbot.keyClick(screen.ui.text_size_combo, Qt.Key.Key_End)
    assert device.get(TEXT_SCALE) == 150
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert theme.current() == ("high-contrast", 150)


def test_settings_show_what_is_saved(qtbot, window, device):
    device.set(THEME, "dark")
    device.set(TEXT_SCALE, 125)
    device.set(LOCK_MINUTES, 30)
    screen = screen_of(window)
    window.shell.go("people")
    window.shell.go("settings")
    assert screen.ui.theme_combo.currentData() == "dark"
    assert screen.ui.text_size_combo.currentData() == 125
    assert screen.ui.lock_spin.value() == 30
    assert theme.current() == ("light", 100)  # showing the settings applies nothing


def test_choosing_welsh_redraws_this_screen_and_says_to_restart(qtbot, window, device):
    screen = screen_of(window)
    screen.ui.language_combo.setFocus()
    qtbot.keyClick(screen.ui.language_combo, Qt.Key.Key_Down)
    assert device.get(LANGUAGE) == "cy"
    assert i18n.current() == "cy"
    # Qt posts the language change to every window; this screen redraws when it arrives.
    qtbot.waitUntil(lambda: screen.ui.title_label.text() == "Gosodiadau")
    assert screen.ui.theme_combo.currentText() == "Golau"
    assert "Cymraeg" in screen.ui.device_message_label.text()
    qtbot.keyClick(screen.ui.language_combo, Qt.Key.Key_Up)
    assert device.get(LANGUAGE) == "en"
    qtbot.waitUntil(lambda: screen.ui.title_label.text() == "Settings")


def _staff_row(screen, name: str) -> int:
    rows = [screen.ui.staff_list.item(row).text() for row in range(screen.ui.staff_list.count())]
    return next(row for row, text in enumerate(rows) if text.startswith(name))


def test_add_a_staff_member_then_remove_them(qtbot, window, messages):
    screen, vault = screen_of(window), window.vault
    ui = screen.ui
    type_text(ui.name_edit, "Siân Llŷr")
    ui.role_combo.setFocus()
    qtbot.keyClick(ui.role_combo, Qt.Key.Key_Down)  # coordinator
    qtbot.keyClicks(ui.staff_passphrase_edit, "lighthouse saffron otter")
    qtbot.keyClicks(ui.staff_confirm_edit, "lighthouse saffron ottter")
    qtbot.mouseClick(ui.add_button, Qt.MouseButton.LeftButton)
    assert "different" in ui.add_message_label.text()
    assert ui.staff_confirm_edit.hasFocus()
    assert [s.name for s in Records(vault).find(models.Staff)] == ["Gwen Morgan"]

    ui.staff_confirm_edit.clear()
    qtbot.keyClicks(ui.staff_confirm_edit, "lighthouse saffron otter")
    qtbot.keyClick(ui.staff_confirm_edit, Qt.Key.Key_Return)
    assert not ui.add_button.isEnabled()  # the keyslot is being made off the GUI thread
    qtbot.waitUntil(lambda: "Added" in ui.add_message_label.text(), timeout=10_000)
    added = Records(vault).find(models.Staff, "name = ?", ["Siân Llŷr"])
    assert [(s.role, s.active) for s in added] == [("coordinator", True)]
    unwrapped = vault.header.unwrap("lighthouse saffron otter")
    assert unwrapped is not None and unwrapped[1].staff_id == added[0].id
    assert ui.name_edit.text() == "" and ui.staff_passphrase_edit.text() == ""
    assert drafts.load(vault, "staff:new") is None
    assert ui.staff_list.currentItem().text().startswith("Siân Llŷr")
    assert ui.remove_button.isEnabled()

    messages.next_answer = False
    qtbot.mouseClick(ui.remove_button, Qt.MouseButton.LeftButton)
    assert messages.shown[-1][0] == "ask" and "Siân Llŷr" in messages.shown[-1][1]
    assert vault.header.unwrap("lighthouse saffron otter") is not None

    messages.next_answer = True
    ui.staff_list.setFocus()
    qtbot.keyClick(ui.remove_button, Qt.Key.Key_Space)
    assert vault.header.unwrap("lighthouse saffron otter") is None
    assert Records(vault).get(models.Staff, added[0].id).active is False
    assert "no longer" in ui.staff_message_label.text()
    assert all(not ui.staff_list.item(r).text().startswith("Siân")
               for r in range(ui.staff_list.count()))


def test_you_cannot_remove_yourself(qtbot, window):
    screen = screen_of(window)
    screen.ui.staff_list.setCurrentRow(_staff_row(screen, "Gwen Morgan"))
    assert "(you)" in screen.ui.staff_list.currentItem().text()
    assert not screen.ui.remove_button.isEnabled()
    assert "another" in screen.ui.staff_message_label.text()


def test_a_weak_passphrase_is_explained_and_nothing_is_added(qtbot, window):
    ui = screen_of(window).ui
    qtbot.keyClicks(ui.name_edit, "Rhys Owen")
    qtbot.keyClicks(ui.staff_passphrase_edit, "short")
    qtbot.keyClicks(ui.staff_confirm_edit, "short")
    qtbot.keyClick(ui.staff_confirm_edit, Qt.Key.Key_Return)
    assert "at least" in ui.add_message_label.text()
    assert ui.staff_passphrase_edit.hasFocus()
    assert len(Records(window.vault).find(models.Staff)) == 1
    ui.name_edit.clear()
    ui.staff_passphrase_edit.clear()
    ui.staff_confirm_edit.clear()
    qtbot.mouseClick(ui.add_button, Qt.MouseButton.LeftButton)
    assert "name" in ui.add_message_label.text() and ui.name_edit.hasFocus()


def test_the_name_autosaves_but_passphrases_never_do(qtbot, window):
    ui, vault = screen_of(window).ui, window.vault
    qtbot.keyClicks(ui.name_edit, "Rhys Owen")
    qtbot.keyClicks(ui.staff_passphrase_edit, "lighthouse saffron otter")
    saved = drafts.load(vault, "staff:new")
    assert saved["name"] == "Rhys Owen"
    assert "lighthouse" not in repr(saved)
    with vault.reading() as conn:
        dumped = repr(conn.execute("SELECT * FROM drafts").fetchall())
    assert "lighthouse" not in dumped

    window.lock()  # typing survives a lock, passphrases do not
    qtbot.keyClicks(window.unlock_page.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(window.unlock_page.unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock_page.ui.passphrase_edit, Qt.Key.Key_Return)
    ui = screen_of(window).ui  # the shell builds its screens anew at every lock
    assert window.shell.current is screen_of(window)
    assert ui.name_edit.text() == "Rhys Owen"
    assert ui.staff_passphrase_edit.text() == ""


def test_change_my_passphrase(qtbot, window):
    ui, path = screen_of(window).ui, window.vault_path
    qtbot.keyClicks(ui.current_edit, "not my passphrase")
    qtbot.keyClicks(ui.new_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(ui.confirm_new_edit, NEW_PASSPHRASE)
    qtbot.mouseClick(ui.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.change_button.isEnabled(), timeout=10_000)
    assert "not right" in ui.passphrase_message_label.text()
    assert ui.current_edit.hasFocus()

    ui.current_edit.clear()
    qtbot.keyClicks(ui.current_edit, PASSPHRASE)
    qtbot.keyClick(ui.confirm_new_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "changed" in ui.passphrase_message_label.text(), timeout=10_000)
    assert (ui.current_edit.text(), ui.new_edit.text(), ui.confirm_new_edit.text()) == (
        "", "", "")
    window.lock()
    Vault.unlock(path, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, PASSPHRASE)


def test_locking_forgets_the_staff_list(qtbot, window):
    ui = screen_of(window).ui
    assert ui.staff_list.count() == 1
    window.lock()
    assert ui.staff_list.count() == 0  # cleared at once, before the shell throws it away
    assert screen_of(window).ui.staff_list.count() == 0


def test_every_interactive_widget_has_an_accessible_name(window):
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)
    unnamed = [w.objectName() for w in screen_of(window).findChildren(QWidget)
               if isinstance(w, kinds) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
               and not w.accessibleName()
               # combo boxes' pop-up lists are windows of their own, named by the combo box
               and w.window() is window
               # the line edit inside a spin box is named by the spin box
               and not isinstance(w.parent(), QAbstractSpinBox)]
    assert unnamed == []


def test_start_up_uses_this_computers_settings(qapp, device):
    from desktop.gui.app import start_appearance
    device.set(THEME, "high-contrast")
    device.set(TEXT_SCALE, 125)
    device.set(LANGUAGE, "cy")
    start_appearance(qapp, device)
    assert theme.current() == ("high-contrast", 125)
    assert i18n.current() == "cy"
    screen = SettingsScreen()  # built after start-up: in Welsh from the start
    assert screen.title() == "Gosodiadau"
    screen.deleteLater()
