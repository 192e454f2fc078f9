"""First run, unlock, lock: through the real widgets, by keyboard."""

from pathlib import Path

from pypdf import PdfReader

from PySide6.QtCore import Qt

from desktop.core import models
from desktop.store.keyslots import parse_recovery_key
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE, type_text


def make_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(path, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_run_creates_vault_and_shows_recovery_key_once(qtbot, tmp_path, messages):
    path = tmp_path / "vault"
    window = make_window(qtbot, path)
    page = window.first_run
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.ui.organisation_edit, "Hillside Linkers")
    type_text(page.ui.name_edit, "Siân Llŷr")
    qtbot.keyClicks(page.ui.passphrase_edit, "short")
    qtbot.keyClicks(page.ui.confirm_edit, "short")
    qtbot.mouseClick(page.ui.create_button, Qt.MouseButton.LeftButton)
    assert "at least" in page.ui.message_label.text()
    assert not path.exists()

    page.ui.passphrase_edit.clear()
    page.ui.confirm_edit.clear()
    qtbot.keyClicks(page.ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(page.ui.confirm_edit, PASSPHRASE)
    with qtbot.waitSignal(page.created, timeout=10_000):
        qtbot.keyClick(page.ui.create_button, Qt.Key.Key_Space)
    key_text = window.recovery_page.key_label.text()
    assert window.stack.currentWidget() is window.recovery_page
    assert len(key_text.replace("-", "")) > 40
    # Save the recovery sheet; the key on the PDF parses back to the same key.
    sheet = tmp_path / "sheet.pdf"
    messages.next_path = str(sheet)
    qtbot.mouseClick(window.recovery_page.sheet_button, Qt.MouseButton.LeftButton)
    text = PdfReader(sheet).pages[0].extract_text()
    assert "Hillside Linkers" in text
    assert parse_recovery_key(" ".join(text.split("Recovery key")[1].split("This key")[0]
                                       .split())) == parse_recovery_key(key_text)
    assert "sheet.pdf" in window.recovery_page.sheet_label.text()
    qtbot.mouseClick(window.recovery_page.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.shell
    assert window.recovery_page.key_label.text() == ""
    assert window.windowTitle() == "Offerbook"
    staff = Records(window.vault).find(models.Staff)
    assert [s.name for s in staff] == ["Siân Llŷr"]
    window.close()
    # The key shown on screen really opens the vault.
    Vault.unlock(path, key_text).close()


def _vault_with_people(path: Path) -> None:
    vault, _ = Vault.create(path, "Coordinator", PASSPHRASE, kdf=FAST_KDF)
    records = Records(vault)
    for name in ("Łucja Wiśniewska", "Hodan Warsame", "عائشہ خان"):
        records.add(models.Participant(full_name=name))
    vault.close()


def test_unlock_wrong_then_right_then_ctrl_l_locks(qtbot, tmp_path):
    path = tmp_path / "vault"
    _vault_with_people(path)
    window = make_window(qtbot, path)
    page = window.unlock_page
    assert window.stack.currentWidget() is page

    qtbot.keyClicks(page.ui.passphrase_edit, "not the passphrase")
    qtbot.keyClick(page.ui.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in page.ui.message_label.text(), timeout=10_000)
    assert window.vault is None

    page.ui.passphrase_edit.clear()
    qtbot.keyClicks(page.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        qtbot.keyClick(page.ui.passphrase_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.shell
    window.shell.go("people")
    assert window.shell.screens['people'].model.rowCount() == 3

    qtbot.keyClicks(window.shell.screens['people'].search_edit, "hod")
    qtbot.waitUntil(lambda: window.shell.screens['people'].model.rowCount() == 1, timeout=2000)
    assert window.shell.screens['people'].model.rows[0].full_name == "Hodan Warsame"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None
    assert window.stack.currentWidget() is page
    assert window.shell.screens['people'].model.rowCount() == 0
    # Locking released the vault: another process could open it now.
    Vault.unlock(path, PASSPHRASE).close()
    window.close()


def test_idle_timer_locks(qtbot, tmp_path):
    path = tmp_path / "vault"
    _vault_with_people(path)
    window = make_window(qtbot, path)
    qtbot.keyClicks(window.unlock_page.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(window.unlock_page.unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock_page.ui.passphrase_edit, Qt.Key.Key_Return)
    window.idle_timer.setInterval(50)
    window.idle_timer.start()
    with qtbot.waitSignal(window.idle_timer.timeout, timeout=5000):
        pass
    assert window.vault is None
    assert window.stack.currentWidget() is window.unlock_page
    window.close()


def test_first_run_can_fill_a_practice_vault_with_made_up_people(qtbot, tmp_path):
    path = tmp_path / "practice"
    window = make_window(qtbot, path)
    page = window.first_run
    qtbot.keyClicks(page.ui.name_edit, "Trainer")
    qtbot.keyClicks(page.ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(page.ui.confirm_edit, PASSPHRASE)
    page.ui.demo_check.setFocus()
    qtbot.keyClick(page.ui.demo_check, Qt.Key.Key_Space)
    assert page.ui.demo_check.isChecked()
    with qtbot.waitSignal(page.created, timeout=60_000):
        qtbot.mouseClick(page.ui.create_button, Qt.MouseButton.LeftButton)
    assert Records(window.vault).count(models.Participant) == 200
    window.close()
