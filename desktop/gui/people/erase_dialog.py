"""Erasing a person (the right to be forgotten), from their page, for coordinators.

Erasure is not a delete: it removes the person and everything about them from this laptop at
once, and through sync from the hub and from every other laptop, and a marker refuses anything
about them that an offline laptop tries to bring back. It cannot be undone, so the dialog says
all of that and asks the coordinator to type the person's name before the button works.

`EraseDialog.confirm` is the test seam (like `Messages.ask`): with `Messages.record_only` it
records the question and answers `Messages.next_answer` instead of showing the dialog.
"""

import logging
import unicodedata

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.store.vault import Vault
from desktop.gui.common import operations
from desktop.gui.common.messages import Messages
from desktop.gui.sync import service as sync_service

log = logging.getLogger(__name__)


def _same_name(typed: str, name: str) -> bool:
    """Typed as shown, give or take case, spacing and Unicode form (an Urdu or Polish name
    typed on another keyboard may arrive decomposed)."""
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return bool(norm(name)) and norm(typed) == norm(name)


class EraseDialog(QDialog):
    """What erasure does, and the person's name typed to confirm it."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(self.tr("Erase this person"))
        self.setAccessibleName(self.tr("Erase this person"))
        self.setMinimumWidth(520)
        self.explain_label = QLabel(self.explanation(name), self)
        self.explain_label.setWordWrap(True)
        self.prompt_label = QLabel(self.tr("To confirm, type their full name: %1")
                                   .replace("%1", name), self)
        self.prompt_label.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Their full name, to confirm"))
        self.prompt_label.setBuddy(self.name_edit)
        buttons = QDialogButtonBox(self)
        self.erase_button: QPushButton = buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        self.erase_button.setEnabled(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)  # Enter never erases by accident
        layout = QVBoxLayout(self)
        # Grow to the wrapped text's height (a dialog otherwise clips a long label).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.explain_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.name_edit)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.name_edit.setFocus()

    @classmethod
    def explanation(cls, name: str) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate(
            "EraseDialog",
            "Erase %1 and everything about them: their details, consents, conversations, "
            "offers, requests, hours, wellbeing scores and notes. They are removed from this "
            "laptop now, and from the hub and every other laptop when those sync. This cannot "
            "be undone, and no backup in Offerbook brings them back. Use it when the person "
            "asks to be forgotten.").replace("%1", name)

    def _on_name_edit_text_changed(self, text: str) -> None:
        self.erase_button.setEnabled(_same_name(text, self.name))

    @classmethod
    def confirm(cls, parent: QWidget | None, name: str) -> bool:
        """True when the coordinator typed the name and chose to erase."""
        if Messages.record_only:
            Messages.shown.append(("erase", cls.explanation(name)))
            return Messages.next_answer
        dialog = cls(name, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class EraseAction(QObject):
    """The person page's "Erase this person…" button: shown to coordinators only."""

    erased = Signal(str)  # what happened, in plain words (the page then goes elsewhere)
    failed = Signal(str)
    role_known = Signal(bool)  # whether the button is offered (tests wait for it)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.page = parent
        self.vault: Vault | None = None
        self.person: models.Participant | None = None
        self.button = QPushButton(self.tr("Erase this person…"), parent)
        self.button.setAccessibleName(self.tr("Erase this person"))
        self.button.setToolTip(self.tr("Coordinators: the right to be forgotten"))
        self.button.hide()
        self.button.clicked.connect(self._on_button_clicked)

    def show_for(self, vault: Vault, person: models.Participant) -> None:
        """The page shows `person`: offer the button if this staff member may erase."""
        self.vault, self.person = vault, person
        # Owned by this action, which the page owns: dropped once the page is closed, or
        # when the page moves on (forget, or another person).
        operations.run(self, lambda _task: sync_service.is_coordinator(vault), key="role",
                       on_success=self._on_role_read, on_failure=self._on_role_failed,
                       on_finished=self._on_role_finished)

    def forget(self) -> None:
        operations.cancel(self)
        self.vault = self.person = None
        self.button.hide()

    def _on_role_finished(self) -> None:
        self.button.hide()  # until the answer says to show it

    def _on_role_read(self, allowed: bool) -> None:
        self.button.setVisible(bool(allowed))
        self.role_known.emit(bool(allowed))

    def _on_role_failed(self, _error: OfferbookError) -> None:
        self.role_known.emit(False)

    def _on_button_clicked(self) -> None:
        if self.vault is None or self.person is None:
            return
        person = self.person
        if not EraseDialog.confirm(self.page, person.full_name or person.preferred_name):
            return
        vault, person_id = self.vault, person.id
        self.button.setEnabled(False)
        # Dropped if the vault locks meanwhile; the erasure itself is done and kept.
        operations.run(self, lambda _task: sync_service.erase_participant(vault, person_id),
                       key="erase", on_finished=self._on_erase_finished,
                       on_success=self._on_erased, on_failure=self._on_erase_failed)

    def _on_erase_finished(self) -> None:
        self.button.setEnabled(True)

    def _on_erased(self, _count: int) -> None:
        self.person = None
        text = self.tr("Erased. They are gone from this laptop; the hub and the other laptops "
                       "erase them when they next sync.")
        Messages.info(self.page, text)
        self.erased.emit(text)

    def _on_erase_failed(self, error: OfferbookError) -> None:
        Messages.error(self.page, error.message)
        self.failed.emit(error.message)
