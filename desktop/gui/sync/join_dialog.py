"""Joining a laptop to the organisation, and connecting the coordinator's laptop to a hub.

Both are small dialogs opened with `open()` (window-modal, never a blocking `exec()`), so a
test types into them as a person would. The network work runs through the background helper;
mistakes are explained inside the dialog, beside the field to fix, and the dialog stays open.
"""

from collections.abc import Callable
import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import OfferbookError
from desktop.store.vault import Vault
from desktop.gui.common import operations

log = logging.getLogger(__name__)


class _NetworkDialog(QDialog):
    """A form, an OK button that runs `work` in the background, and an inline message."""

    joined = Signal(str)  # what happened, in plain words, once the work succeeded
    failed = Signal(str)  # the plain message shown in the dialog (tests wait for it)

    def __init__(self, vault: Vault, title: str, intro: str, action: str, parent: QWidget):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(560)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(action.replace("&", ""))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        # Grow to the wrapped text's height, also when a message appears below the form.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.busy = False
        self.first_field: QWidget | None = None  # where typing starts when it opens

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.first_field is not None:
            self.first_field.setFocus()

    def _field(self, label: str, accessible: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        caption = QLabel(label, self)
        caption.setBuddy(edit)
        self.form.addRow(caption, edit)
        return edit

    def say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def check(self) -> tuple[str, QWidget] | None:
        """A problem with what was typed (the message and the field to fix), or None."""
        return None

    def job(self) -> Callable[[], object]:
        """The slow part, made here on the GUI thread from what was typed (widgets are
        read only here) and run on a worker thread."""
        raise NotImplementedError

    def done_words(self, result) -> str:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        if self.busy:
            return
        problem = self.check()
        if problem is not None:
            text, field = problem
            self.say(text)
            field.setFocus()
            self.failed.emit(text)
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        self.say(self.tr("Talking to the hub…"))
        job = self.job()
        operations.run(self, lambda _task: job(), key="work",
                       on_finished=self._on_work_finished, on_success=self._on_work_done,
                       on_failure=self._on_work_failed)

    def _on_work_finished(self) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)

    def _on_work_done(self, result) -> None:
        self.joined.emit(self.done_words(result))
        self.accept()

    def _on_work_failed(self, error: OfferbookError) -> None:
        self.say(error.message)
        self.failed.emit(error.message)

    def reject(self) -> None:
        # While the hub is answering, closing would leave the laptop half-joined in the
        # person's mind; the answer takes seconds at most.
        if not self.busy:
            super().reject()


class JoinDialog(_NetworkDialog):
    """A linker's laptop joins the organisation with the coordinator's one-time code."""

    def __init__(self, vault: Vault, parent: QWidget):
        super().__init__(
            vault, self.tr("Join an organisation"),
            self.tr("Type the code your coordinator gave you: the hub's address, then eight "
                    "words. The first four letters of each word are enough. The code works "
                    "once."),
            self.tr("&Join"), parent)
        self.code_edit = self._field(self.tr("&Code:"), self.tr("Code"))
        self.code_edit.setPlaceholderText(self.tr("https://hub.example.org word word word …"))
        font = QFont(self.code_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.code_edit.setFont(font)
        self.name_edit = self._field(self.tr("This laptop's &name:"), self.tr("Laptop name"))
        self.name_edit.setPlaceholderText(self.tr("for example: North team laptop 2"))
        self.first_field = self.code_edit

    def check(self) -> tuple[str, QWidget] | None:
        if not self.code_edit.text().strip():
            return self.tr("Type the code first."), self.code_edit
        if not self.name_edit.text().strip():
            return (self.tr("Give this laptop a name, so your coordinator can tell it from the "
                            "others."), self.name_edit)
        return None

    def job(self) -> Callable[[], object]:
        from desktop.sync import devices
        vault, code, name = self.vault, self.code_edit.text(), self.name_edit.text().strip()
        return lambda: devices.join(vault, code, name=name)

    def done_words(self, _result) -> str:
        return self.tr("This laptop has joined the organisation. It is fetching your team's "
                       "people now.")


class ConnectDialog(_NetworkDialog):
    """The coordinator's laptop sets up the organisation on its hub."""

    def __init__(self, vault: Vault, parent: QWidget):
        super().__init__(
            vault, self.tr("Connect to a hub"),
            self.tr("For the coordinator, once: connect this laptop to the organisation's hub. "
                    "Whoever runs the hub gives you its address and its admin token "
                    "(`offerbook hub admin-token`). After that, enrol each linker's laptop "
                    "from the Devices screen."),
            self.tr("C&onnect"), parent)
        self.hub_edit = self._field(self.tr("&Hub address:"), self.tr("Hub address"))
        self.hub_edit.setPlaceholderText("https://hub.example.org")
        self.token_edit = self._field(self.tr("Admin &token:"), self.tr("Admin token"),
                                      secret=True)
        self.name_edit = self._field(self.tr("This laptop's &name:"), self.tr("Laptop name"))
        self.name_edit.setText(self.tr("Coordinator's laptop"))
        self.first_field = self.hub_edit

    def check(self) -> tuple[str, QWidget] | None:
        hub = self.hub_edit.text().strip()
        if not hub.lower().startswith(("https://", "http://")):
            return (self.tr("Type the hub's address, starting with https://."), self.hub_edit)
        if not self.token_edit.text().strip():
            return self.tr("Type the hub's admin token."), self.token_edit
        if not self.name_edit.text().strip():
            return self.tr("Give this laptop a name."), self.name_edit
        return None

    def job(self) -> Callable[[], object]:
        from desktop.sync import devices
        vault = self.vault
        hub, token = self.hub_edit.text().strip(), self.token_edit.text().strip()
        name = self.name_edit.text().strip()
        return lambda: devices.connect(vault, hub, token, name=name)

    def done_words(self, _result) -> str:
        return self.tr("This laptop is now the organisation's coordinator on its hub. Enrol "
                       "the linkers' laptops from Devices.")
