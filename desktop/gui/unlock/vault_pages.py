"""The first screens: create a vault (first run) and unlock it."""

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.core.demo import DemoGenerator
from desktop.core.errors import OfferbookError
from desktop.store.access import check_passphrase
from desktop.store.demo_writer import write_demo
from desktop.store.vault import Vault
from desktop.gui.common import operations
from desktop.gui.forms.ui_first_run import Ui_FirstRunPage
from desktop.gui.forms.ui_unlock import Ui_UnlockPage

log = logging.getLogger(__name__)


DEMO_PEOPLE = 200  # enough to practise search, follow-ups and drop-ins; made in ~1 s
PANEL_WIDTH = 560  # a readable line length, centred, at 1366×768 and on larger screens


def centred_panel(page: QWidget, form) -> QWidget:
    """Set up a Designer form on a panel of readable width, centred on `page`."""
    panel = QWidget(page)
    form.setupUi(panel)
    panel.setMaximumWidth(PANEL_WIDTH)
    layout = QHBoxLayout(page)
    layout.addStretch()
    layout.addWidget(panel, 1)
    layout.addStretch()
    return panel


def passphrase_strength(text: str) -> int:
    """0–4: a rough guide for the meter. The real rule is `check_passphrase`."""
    score = min(len(text) // 6, 3)
    if len(set(text)) >= 8 and " " in text.strip():
        score += 1
    return min(score, 4)


class FirstRunPage(QWidget):
    """Create the vault: organisation, first staff member, passphrase; then show the key."""

    created = Signal(object, str)  # (vault, recovery_key)

    def __init__(self, vault_path: Path, kdf=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunPage()
        centred_panel(self, self.ui)
        self.vault_path = vault_path
        self._kdf = kdf
        self.ui.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.ui.create_button.clicked.connect(self._on_create_button_clicked)

    def _on_passphrase_edit_text_changed(self, text: str) -> None:
        score = passphrase_strength(text)
        labels = [self.tr("Too short"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"),
                  self.tr("Strong")]
        self.ui.strength_bar.setValue(score)
        self.ui.strength_bar.setFormat(labels[score])

    def _on_create_button_clicked(self) -> None:
        ui = self.ui
        name, organisation = ui.name_edit.text().strip(), ui.organisation_edit.text().strip()
        passphrase = ui.passphrase_edit.text()
        if not name:
            return self._say(self.tr("Please type your name."), ui.name_edit)
        if passphrase != ui.confirm_edit.text():
            return self._say(self.tr("The two passphrases are different; type them again."),
                             ui.confirm_edit)
        try:
            check_passphrase(passphrase)
        except OfferbookError as error:
            return self._say(error.message, ui.passphrase_edit)
        ui.create_button.setEnabled(False)
        self._say(self.tr("Creating the vault…"))
        kwargs = {"organisation": organisation}
        if self._kdf is not None:
            kwargs["kdf"] = self._kdf
        with_demo = ui.demo_check.isChecked()
        if with_demo:
            self._say(self.tr("Creating the vault and 200 made-up people…"))

        def create(_task: operations.Task):
            vault, recovery_key = Vault.create(self.vault_path, name, passphrase, **kwargs)
            if with_demo:
                # The vault and its recovery key exist now: a failure here must not lose the
                # key, so it is reported on the next page instead of failing the creation.
                try:
                    write_demo(vault, DemoGenerator(seed=1), DEMO_PEOPLE)
                except OfferbookError as error:
                    log.warning("demo people not added: %s", type(error).__name__)
            return vault, recovery_key

        # A bug must leave the page usable: it is logged and said in plain words instead.
        operations.run(self, create, key="create", on_success=self._on_created,
                       on_failure=self._on_failed, unexpected=self.tr(
                           "Something went wrong creating the vault; nothing was lost. "
                           "Try again, and tell your coordinator if it happens again."))

    def _on_created(self, result) -> None:
        vault, recovery_key = result
        self.ui.passphrase_edit.clear()
        self.ui.confirm_edit.clear()
        self.created.emit(vault, recovery_key)

    def _on_failed(self, error: OfferbookError) -> None:
        self.ui.create_button.setEnabled(True)
        self._say(error.message)

    def _say(self, message: str, focus: QWidget | None = None) -> None:
        self.ui.message_label.setText(message)
        if focus is not None:
            focus.setFocus()


class UnlockPage(QWidget):
    """Passphrase (or recovery key) in, an open vault out. The KDF runs off the GUI thread."""

    unlocked = Signal(object)

    def __init__(self, vault_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UnlockPage()
        centred_panel(self, self.ui)
        self.vault_path = vault_path
        self.ui.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.ui.passphrase_edit.returnPressed.connect(self._on_unlock_button_clicked)

    def reset(self, message: str = "") -> None:
        self.ui.passphrase_edit.clear()
        self.ui.message_label.setText(message)
        self.ui.unlock_button.setEnabled(True)
        self.ui.passphrase_edit.setFocus()

    def _on_unlock_button_clicked(self) -> None:
        secret = self.ui.passphrase_edit.text()
        if not secret or not self.ui.unlock_button.isEnabled():
            return
        self.ui.unlock_button.setEnabled(False)
        self.ui.message_label.setText(self.tr("Unlocking…"))
        path = self.vault_path
        operations.run(self, lambda _task: Vault.unlock(path, secret), key="unlock",
                       on_finished=self._on_unlock_finished, on_success=self._on_unlocked,
                       on_failure=self._on_failed, unexpected=self.tr(
                           "Something went wrong unlocking; nothing was lost. Try again."))

    def _on_unlock_finished(self) -> None:
        self.ui.unlock_button.setEnabled(True)

    def _on_unlocked(self, vault: Vault) -> None:
        self.ui.passphrase_edit.clear()
        self.ui.message_label.clear()
        self.unlocked.emit(vault)

    def _on_failed(self, error: OfferbookError) -> None:
        self.ui.passphrase_edit.selectAll()
        self.ui.passphrase_edit.setFocus()
        self.ui.message_label.setText(error.message)
