"""Lock with Ctrl+L mid-typing, unlock: back on the same form with the typing intact."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from desktop.store.vault import Vault
from desktop.gui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE, type_text


def test_lock_and_unlock_returns_to_the_form_with_typing(qtbot, tmp_path):
    path = tmp_path / "vault"
    Vault.create(path, "Coordinator", PASSPHRASE, kdf=FAST_KDF)[0].close()
    window = MainWindow(path, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    qtbot.keyClicks(page.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        qtbot.keyClick(page.ui.passphrase_edit, Qt.Key.Key_Return)
    window.shell.go("person", {})
    form = window.shell.screens["person"].form
    type_text(form.ui.full_name_edit, "Hodan Warsame")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None
    assert window.stack.currentWidget() is page
    # Locked means nothing typed stays in the widgets: it is in the vault's draft only.
    for edit in window.shell.findChildren(QLineEdit) + window.shell.findChildren(QPlainTextEdit):
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        assert "Hodan" not in text

    qtbot.keyClicks(page.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        qtbot.keyClick(page.ui.passphrase_edit, Qt.Key.Key_Return)
    screen = window.shell.current
    assert screen.name == "person"
    assert screen.form.ui.full_name_edit.text() == "Hodan Warsame"
    window.close()
