"""Devices, for coordinators: every laptop of the organisation, enrolling a new one with a
one-time code, and revoking a lost or stolen one.

The list comes from the hub (only a coordinator's laptop may ask), so it needs a connection;
without one the screen says so and offers to try again. Enrolling shows the code's eight words
large, numbered, and its QR image at a size a phone or webcam reads from across a table.
"""

from datetime import date, datetime
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import OfferbookError
from desktop.store.vault import Vault
from desktop.gui.common import operations
from desktop.gui.common.messages import Messages
from desktop.gui.common.screen import Screen
from desktop.gui.common.words import scaled
from desktop.gui.sync import service as sync_service
from desktop.gui.sync.status_line import StatusWords

log = logging.getLogger(__name__)

QR_SIZE = 300  # pixels on screen: about 8 cm on a laptop, read easily from 30–40 cm
ID_ROLE = Qt.ItemDataRole.UserRole


def _moment_words(iso: str | None, today: date) -> str:
    """An ISO timestamp as "14:32" today or "3 March 2026 at 14:32"; "" when there is none."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(str(iso).replace("Z", "+00:00"))
    except ValueError:
        return str(iso)
    if moment.tzinfo is None:
        return StatusWords().when(moment.astimezone(), today)
    return StatusWords().when(moment, today)


def qr_pixmap(code) -> QPixmap:
    """The code's QR image at the largest whole number of pixels per module that fits
    QR_SIZE: every module the same size, edges sharp, as a camera reads best."""
    probe = QPixmap()
    probe.loadFromData(code.qr_png(scale=1))
    pixmap = QPixmap()
    pixmap.loadFromData(code.qr_png(scale=max(1, QR_SIZE // max(probe.width(), 1))))
    return pixmap


class DevicesScreen(Screen):
    name = "devices"
    loaded = Signal()  # the list is on screen, or the reason it is not (tests wait for it)
    revoked = Signal(str)  # a device id, once the hub has revoked it

    COLUMNS = ("name", "role", "teams", "enrolled", "last_seen", "state")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Devices"))
        self.devices: list[Any] = []
        self.teams: dict[str, str] = {}
        self.dialog: EnrolDialog | None = None
        self._note = ""  # said when the list next arrives
        self.title_label = QLabel(self.tr("Devices"), self)
        heading = scaled(self.title_label.font(), 1.4)
        heading.setBold(True)
        self.title_label.setFont(heading)
        self.intro = QLabel(self.tr(
            "Every laptop that syncs with the organisation's hub. A revoked laptop can no "
            "longer sync; its vault still opens with its passphrase, so collect it if you "
            "can."), self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setAccessibleName(self.tr("Laptops"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Teams"), self.tr("Enrolled"),
            self.tr("Last seen"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("&Enrol a laptop…"), self)
        self.enrol_button.setAccessibleName(self.tr("Enrol a laptop"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke the chosen laptop"))
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setAccessibleName(self.tr("Reload the list from the hub"))
        self.back_button = QPushButton(self.tr("&Back to sync"), self)
        self.back_button.setAccessibleName(self.tr("Back to sync"))
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()
        buttons = QHBoxLayout()
        for button in (self.enrol_button, self.revoke_button, self.reload_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.enrol_button.clicked.connect(self._on_enrol_button_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)

    def title(self) -> str:
        return self.tr("Devices")

    def place(self) -> dict[str, Any]:
        return {"screen": self.name}

    # ---- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.vault is None or not self.vault.is_open:
            return
        vault = self.vault
        self.say(self.tr("Asking the hub for the list…"))
        operations.run(self, lambda _task: sync_service.devices_and_teams(vault), key="load",
                       on_success=self._on_loaded, on_failure=self._on_failed)

    def _on_loaded(self, found) -> None:
        self.devices, self.teams = found
        self.say(self._note)
        self._note = ""
        self._show()
        self.loaded.emit()

    def _on_failed(self, error: OfferbookError) -> None:
        self.say(error.message)
        self._update_buttons()
        self.loaded.emit()

    def _show(self) -> None:
        today = date.today()
        roles = {"coordinator": self.tr("Coordinator"), "linker": self.tr("Linker")}
        self.table.setRowCount(len(self.devices))
        for row, device in enumerate(self.devices):
            if device.revoked_at:
                state = self.tr("Revoked %1").replace(
                    "%1", _moment_words(device.revoked_at, today))
            else:
                state = self.tr("Can sync")
            teams = ", ".join(self.teams.get(team, team) for team in device.teams
                              if team != "*") or self.tr("All teams")
            cells = (device.name or self.tr("(no name)"), roles.get(device.role, device.role),
                     teams, _moment_words(device.enrolled_at, today),
                     _moment_words(device.last_seen, today) or self.tr("Never"), state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, device.device_id)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self.devices and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def chosen(self):
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        row = min(rows)
        return self.devices[row] if row < len(self.devices) else None

    def _update_buttons(self) -> None:
        device = self.chosen()
        here = device is not None and self.vault is not None and \
            device.device_id == self.vault.device_id
        self.revoke_button.setEnabled(device is not None and not device.revoked_at
                                      and not here)

    def say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def close_vault(self) -> None:
        operations.cancel(self)
        if self.dialog is not None:
            self.dialog.reject()
        self.devices, self.teams = [], {}
        self.table.setRowCount(0)
        self.say("")
        super().close_vault()

    # ---- slots -----------------------------------------------------------------------------

    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    def _on_reload_button_clicked(self) -> None:
        self.refresh()

    def _on_back_button_clicked(self) -> None:
        self.navigate.emit("sync", {})

    def _on_revoke_button_clicked(self) -> None:
        device = self.chosen()
        if device is None or self.vault is None or device.revoked_at:
            return
        question = self.tr(
            "Revoke “%1”? It will no longer be able to sync: what it has not sent yet stays on "
            "it, and it gets nothing new. This cannot be undone; to use it again, enrol it "
            "afresh.").replace("%1", device.name or device.device_id)
        if not Messages.ask(self, question):
            return
        vault, device_id = self.vault, device.device_id
        self.revoke_button.setEnabled(False)
        operations.run(self, lambda _task: sync_service.revoke_device(vault, device_id),
                       key="revoke", on_success=lambda _result: self._on_revoked(device_id),
                       on_failure=self._on_failed)

    def _on_revoked(self, device_id: str) -> None:
        self.revoked.emit(device_id)
        self.refresh()
        self._note = self.tr("Revoked. That laptop can no longer sync.")  # said once loaded

    def _on_enrol_button_clicked(self) -> None:
        if self.vault is None:
            return
        self.dialog = EnrolDialog(self.vault, self.teams, self)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            enrolled = dialog.code is not None
            dialog.deleteLater()
            if enrolled:
                self.refresh()


class EnrolDialog(QDialog):
    """Choose the laptop's teams and role, then show its one-time code."""

    code_shown = Signal()  # the words and the QR image are on screen (tests wait for it)
    failed = Signal(str)

    def __init__(self, vault: Vault, teams: dict[str, str], parent: QWidget):
        super().__init__(parent)
        self.vault = vault
        self.code = None
        self.busy = False
        self.setWindowTitle(self.tr("Enrol a laptop"))
        self.setAccessibleName(self.tr("Enrol a laptop"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._choose_page(teams))
        self.stack.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped text fits
        layout.addWidget(self.stack)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        (self.teams_list if self.stack.currentIndex() == 0 else self.done_button).setFocus()

    # ---- page 1: teams and role --------------------------------------------------------------

    def _choose_page(self, teams: dict[str, str]) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "The new laptop receives the people of the teams you tick, plus the shared "
            "directory of organisations. Then it shows a one-time code for its owner to type."),
            page)
        intro.setWordWrap(True)
        teams_label = QLabel(self.tr("&Teams:"), page)
        self.teams_list = QListWidget(page)
        self.teams_list.setAccessibleName(self.tr("Teams"))
        teams_label.setBuddy(self.teams_list)
        for team_id, name in sorted(teams.items(), key=lambda item: item[1].casefold()):
            item = QListWidgetItem(name, self.teams_list)
            item.setData(ID_ROLE, team_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if self.teams_list.count():
            self.teams_list.setCurrentRow(0)
        self.role_combo = QComboBox(page)
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.role_combo.addItem(self.tr("Linker: works with their teams' people"), "linker")
        self.role_combo.addItem(self.tr("Coordinator: every team, enrols and revokes laptops"),
                                "coordinator")
        self.role_combo.currentIndexChanged.connect(self._on_role_combo_current_index_changed)
        self.label_edit = QLineEdit(page)
        self.label_edit.setAccessibleName(self.tr("Laptop name"))
        self.label_edit.setPlaceholderText(self.tr("for example: North team laptop 2"))
        form = QFormLayout()
        form.addRow(teams_label, self.teams_list)
        role_label = QLabel(self.tr("R&ole:"), page)
        role_label.setBuddy(self.role_combo)
        form.addRow(role_label, self.role_combo)
        name_label = QLabel(self.tr("Laptop &name:"), page)
        name_label.setBuddy(self.label_edit)
        form.addRow(name_label, self.label_edit)
        self.message_label = QLabel(page)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()
        buttons = QDialogButtonBox(page)
        self.make_button = buttons.addButton(self.tr("&Make the code"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setAccessibleName(self.tr("Make the code"))
        self.make_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_make_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        return page

    def _on_role_combo_current_index_changed(self, _index: int) -> None:
        # A coordinator's laptop receives every team: ticks would mean nothing.
        self.teams_list.setEnabled(self.role_combo.currentData() == "linker")

    def chosen_teams(self) -> list[str]:
        return [self.teams_list.item(row).data(ID_ROLE) for row in range(self.teams_list.count())
                if self.teams_list.item(row).checkState() == Qt.CheckState.Checked]

    def _on_make_button_clicked(self) -> None:
        if self.busy:
            return
        role = self.role_combo.currentData()
        teams = self.chosen_teams() if role == "linker" else []
        if role == "linker" and not teams:
            self._say(self.tr("Tick at least one team: a linker's laptop receives only its "
                              "teams' people."))
            self.teams_list.setFocus()
            return
        self.busy = True
        self.make_button.setEnabled(False)
        self._say(self.tr("Asking the hub for a code…"))
        vault, label = self.vault, self.label_edit.text().strip()
        operations.run(self, lambda _task: sync_service.enrol(vault, teams, role, label),
                       key="enrol", on_finished=self._on_code_finished,
                       on_success=self._on_code_made, on_failure=self._on_code_failed)

    def _on_code_finished(self) -> None:
        self.busy = False
        self.make_button.setEnabled(True)

    def _on_code_failed(self, error: OfferbookError) -> None:
        self._say(error.message)
        self.failed.emit(error.message)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # ---- page 2: the code ------------------------------------------------------------------

    def _code_page(self) -> QWidget:
        page = QWidget(self)
        self.expiry_label = QLabel(page)
        self.expiry_label.setWordWrap(True)
        bold = QFont(self.expiry_label.font())
        bold.setBold(True)
        self.expiry_label.setFont(bold)
        self.hub_label = QLabel(page)
        self.hub_label.setAccessibleName(self.tr("Hub address"))
        self.hub_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_grid = QGridLayout()
        self.words_grid.setHorizontalSpacing(24)
        self.word_labels: list[QLabel] = []
        big = scaled(self.font(), 1.8)
        big.setBold(True)
        for index in range(8):
            label = QLabel(page)
            label.setFont(big)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.word_labels.append(label)
            self.words_grid.addWidget(label, index // 4, index % 4)
        self.qr_label = QLabel(page)
        self.qr_label.setAccessibleName(self.tr("The code as a QR image"))
        self.qr_label.setFixedSize(QR_SIZE, QR_SIZE)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.how_label = QLabel(self.tr(
            "On the new laptop: open Offerbook, go to Sync, choose “Join an organisation” and "
            "type the hub's address and these eight words (or scan the image)."), page)
        self.how_label.setWordWrap(True)
        self.done_button = QPushButton(self.tr("&Done"), page)
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.clicked.connect(self.accept)
        words = QVBoxLayout()
        words.addWidget(self.expiry_label)
        words.addWidget(self.hub_label)
        words.addLayout(self.words_grid)
        words.addWidget(self.how_label)
        words.addStretch()
        row = QHBoxLayout()
        row.addLayout(words, 1)
        row.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _on_code_made(self, code) -> None:
        self.code = code
        self.expiry_label.setText(self.tr(
            "This code works once and expires in 48 hours. Give it only to the laptop's owner."))
        self.hub_label.setText(self.tr("Hub: %1").replace("%1", code.hub_url))
        for index, (label, word) in enumerate(zip(self.word_labels, code.words), 1):
            label.setText(f"{index}. {word}")
            label.setAccessibleName(self.tr("Word %1").replace("%1", str(index)))
        self.qr_label.setPixmap(qr_pixmap(code))
        self.stack.setCurrentIndex(1)
        self.adjustSize()
        self.done_button.setFocus()
        self.code_shown.emit()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
