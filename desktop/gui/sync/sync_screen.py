"""The Sync screen: where sync stands, joining or connecting a laptop, the devices (for
coordinators) and the conflicts to review.

The status and the Sync button are the main window's `SyncController`, which the shell hands to
every screen that has `use_sync`; without one (a screen tested on its own) they stay hidden.
"""

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import OfferbookError
from desktop.gui.common import operations
from desktop.gui.common.screen import Screen
from desktop.gui.common.words import scaled
from desktop.gui.sync import service as sync_service
from desktop.gui.sync.conflicts import ConflictsPanel
from desktop.gui.sync.join_dialog import ConnectDialog, JoinDialog
from desktop.gui.sync.status_line import SyncController, SyncState, status_words

log = logging.getLogger(__name__)


class SyncScreen(Screen):
    name = "sync"
    role_read = Signal(bool)  # whether this staff member may act as coordinator (tests)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sync"))
        self.controller: SyncController | None = None
        self.coordinator = False
        self.dialog: JoinDialog | ConnectDialog | None = None

        self.title_label = QLabel(self.tr("Sync"), self)
        heading = scaled(self.title_label.font(), 1.4)
        heading.setBold(True)
        self.title_label.setFont(heading)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Sync status"))
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.devices_button = QPushButton(self.tr("&Devices…"), self)
        self.devices_button.setAccessibleName(self.tr("Devices"))
        self.devices_button.setToolTip(self.tr("Enrol a laptop, see every laptop, revoke one"))
        self.join_intro = QLabel(self.tr(
            "This laptop is not connected to an organisation's hub, so everything stays on "
            "it. To share the register with your team, ask your coordinator for a one-time "
            "code and join the organisation."), self)
        self.join_intro.setWordWrap(True)
        self.join_button = QPushButton(self.tr("&Join an organisation…"), self)
        self.join_button.setAccessibleName(self.tr("Join an organisation"))
        self.connect_button = QPushButton(self.tr("C&onnect to a hub…"), self)
        self.connect_button.setAccessibleName(self.tr("Connect to a hub"))
        self.connect_button.setToolTip(self.tr(
            "Coordinators: set up the organisation on its hub with the hub's admin token"))
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()
        self.conflicts = ConflictsPanel(self)

        buttons = QHBoxLayout()
        for button in (self.sync_button, self.devices_button, self.join_button,
                       self.connect_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.join_intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addSpacing(12)
        layout.addWidget(self.conflicts, 1)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.devices_button.clicked.connect(self._on_devices_button_clicked)
        self.join_button.clicked.connect(self._on_join_button_clicked)
        self.connect_button.clicked.connect(self._on_connect_button_clicked)
        self.conflicts.changed.connect(self._on_conflicts_changed)
        self._show_state(SyncState())

    def title(self) -> str:
        return self.tr("Sync")

    def use_sync(self, controller: SyncController) -> None:
        self.controller = controller
        controller.state_changed.connect(self._on_controller_state_changed)
        controller.finished.connect(self._on_controller_finished)
        self._show_state(controller.state)

    # ---- opening ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.vault is None or not self.vault.is_open:
            return
        vault = self.vault
        self.conflicts.open(vault)
        operations.run(self, lambda _task: sync_service.is_coordinator(vault), key="role",
                       on_success=self._on_role_read, on_failure=self._on_role_failed)
        if self.controller is not None:
            self.controller.refresh()

    def place(self) -> dict[str, Any]:
        return {"screen": self.name}

    def close_vault(self) -> None:
        operations.cancel(self)
        self.conflicts.close_vault()
        if self.dialog is not None:
            self.dialog.reject()
        super().close_vault()

    def _on_role_read(self, coordinator: bool) -> None:
        self.coordinator = coordinator
        self._show_state(self.controller.state if self.controller else SyncState())
        self.role_read.emit(coordinator)

    def _on_role_failed(self, error: OfferbookError) -> None:
        self.say(error.message)

    # ---- showing ---------------------------------------------------------------------------

    def _show_state(self, state: SyncState) -> None:
        view = state.view
        known = view is not None
        connected = known and view.connected
        self.status_label.setText(status_words(state))
        self.sync_button.setVisible(connected)
        self.sync_button.setEnabled(not state.running)
        self.devices_button.setVisible(connected and self.coordinator)
        for widget in (self.join_intro, self.join_button):
            widget.setVisible(known and not connected)
        self.connect_button.setVisible(known and not connected and self.coordinator)

    def say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # ---- slots -----------------------------------------------------------------------------

    def _on_controller_state_changed(self, state: SyncState) -> None:
        self._show_state(state)

    def _on_controller_finished(self, _report) -> None:
        if self.vault is not None and self.isVisible():
            self.conflicts.reload()  # a sync may have brought new ones

    def _on_conflicts_changed(self, _count: int) -> None:
        if self.controller is not None:
            self.controller.refresh()  # the count beside the status line

    def _on_sync_button_clicked(self) -> None:
        if self.controller is not None:
            self.controller.sync_now()

    def _on_devices_button_clicked(self) -> None:
        self.navigate.emit("devices", {})

    def _on_join_button_clicked(self) -> None:
        self._open_dialog(JoinDialog(self.vault, self))

    def _on_connect_button_clicked(self) -> None:
        self._open_dialog(ConnectDialog(self.vault, self))

    def _open_dialog(self, dialog) -> None:
        if self.vault is None:
            return
        self.dialog = dialog
        dialog.joined.connect(self._on_dialog_joined)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()  # window-modal, never blocking: tests drive it like a person

    def _on_dialog_joined(self, text: str) -> None:
        self.say(text)
        self.refresh()
        if self.controller is not None:
            self.controller.sync_now()  # fetch the team's people straight away

    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
