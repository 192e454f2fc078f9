"""Sync in the main window: the controller that runs it, and the status line with its button.

`SyncController` owns sync for the unlocked vault. It syncs when asked, a little after
unlocking, and every few minutes while the laptop is connected to a hub; each run goes through
the one background helper, reports progress and can be stopped. An automatic sync that fails is
quiet: only the status line says so (no dialog for a laptop on a bus). A sync the person asked
for says the same in the same place, and nothing else — the line is where they are looking.

`SyncBar` is that line, at the foot of the main window: what is waiting and when everything
was last on the hub, the conflicts to review, progress with a Stop button, and "Sync now".
"""

from dataclasses import dataclass, replace
from datetime import date, datetime
import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.core.errors import OfferbookError
from desktop.store.vault import Vault
from desktop.sync.client import RECEIVING, SENDING
from desktop.sync.errors import HubUnreachable
from desktop.gui.common import operations
from desktop.gui.common.words import day_words, time_words
from desktop.gui.sync import service as sync_service
from desktop.gui.sync.service import SyncCancelled, SyncView

log = logging.getLogger(__name__)

AUTO_MINUTES = 5  # between automatic syncs while connected
FIRST_DELAY_MS = 3_000  # after unlocking: the screen shows first, then sync starts


@dataclass(frozen=True)
class SyncState:
    """Everything the status line shows. `error` is a plain sentence from the last run;
    `offline` says it was only the network (the line then says "no connection")."""

    view: SyncView | None = None
    running: bool = False
    stage: str = ""
    done: int = 0
    total: int = 0
    error: str = ""
    offline: bool = False


def is_offline(error: Exception) -> bool:
    """True for errors that only mean the hub could not be reached just now."""
    return isinstance(error, HubUnreachable)


class SyncController(QObject):
    state_changed = Signal(object)  # SyncState
    finished = Signal(object)  # the SyncReport of a sync that worked (tests wait for it)
    failed = Signal(str)  # the plain sentence of a sync that did not
    view_read = Signal(object)  # a fresh SyncView (after start, a sync, or refresh)

    def __init__(self, parent: QObject | None = None, *, auto_ms: int = AUTO_MINUTES * 60_000,
                 first_delay_ms: int = FIRST_DELAY_MS):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.state = SyncState()
        self._sync: operations.Operation | None = None  # the sync running, for Stop
        self.auto_timer = QTimer(self, interval=auto_ms)
        self.auto_timer.timeout.connect(self._on_auto_timer_timeout)
        self.first_timer = QTimer(self, singleShot=True, interval=first_delay_ms)
        self.first_timer.timeout.connect(self._on_auto_timer_timeout)

    # ---- the vault session -----------------------------------------------------------------

    def start(self, vault: Vault) -> None:
        """The vault was unlocked: read where sync stands, then sync soon if connected."""
        self.stop()
        self.vault = vault
        self.auto_timer.start()
        self.first_timer.start()
        self.refresh()

    def stop(self) -> None:
        """The vault is locking: forget it; a sync still running is stopped and ignored."""
        operations.cancel(self)
        self._sync = None
        self.auto_timer.stop()
        self.first_timer.stop()
        self.vault = None
        self._set(SyncState())

    # ---- reading and syncing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the status again (after an edit, a resolved conflict, a join)."""
        if self.vault is None:
            return
        vault = self.vault
        operations.run(self, lambda _task: sync_service.read_view(vault), key="view",
                       on_success=self._on_view_read, on_failure=self._on_view_failed)

    def sync_now(self, *, automatic: bool = False) -> bool:
        """Start a sync unless one is running; True if it started. An automatic one starts
        only on a laptop known to be connected."""
        if self.vault is None or self.state.running:
            return False
        view = self.state.view
        if automatic and (view is None or not view.connected):
            return False  # quiet: a laptop that never joined has nothing to try
        vault = self.vault
        self._set(replace(self.state, running=True, stage="", done=0, total=0, error="",
                          offline=False))

        def work(task: operations.Task):
            report = sync_service.run_sync(vault, task.progress, task.cancelled)
            return report, sync_service.read_view(vault)

        self._sync = operations.run(self, work, key="sync", on_success=self._on_synced,
                                    on_failure=self._on_sync_failed,
                                    on_progress=self._on_progressed,
                                    on_finished=self._on_sync_finished)
        return True

    def cancel(self) -> None:
        """Stop the running sync at its next batch; it then says it stopped."""
        if self._sync is not None:
            self._sync.stop()

    # ---- results (GUI thread) --------------------------------------------------------------

    def _on_view_read(self, view: SyncView) -> None:
        self._set(replace(self.state, view=view))
        self.view_read.emit(view)

    def _on_view_failed(self, error: OfferbookError) -> None:
        self._set(replace(self.state, error=error.message))

    def _on_progressed(self, stage: str, done: int, total: int) -> None:
        if self.state.running:
            self._set(replace(self.state, stage=stage, done=done, total=total))

    def _on_synced(self, result) -> None:
        report, view = result
        self._set(SyncState(view=view))
        self.view_read.emit(view)
        self.finished.emit(report)

    def _on_sync_failed(self, error: OfferbookError) -> None:
        log.info("sync %s: %s", "stopped" if isinstance(error, SyncCancelled) else "failed",
                 type(error).__name__)
        self._set(replace(self.state, running=False, error=error.message,
                          offline=is_offline(error)))
        self.failed.emit(error.message)
        self.refresh()  # what is waiting may have changed before it failed

    def _on_sync_finished(self) -> None:
        self._sync = None
        self._set(replace(self.state, running=False))  # also after a bug, for the excepthook

    def _on_auto_timer_timeout(self) -> None:
        self.sync_now(automatic=True)

    def _set(self, state: SyncState) -> None:
        self.state = state
        self.state_changed.emit(state)


# ---- words ----------------------------------------------------------------------------------

class StatusWords(QObject):
    """The status line's words (a QObject so lupdate sees plural forms in self.tr)."""

    def when(self, moment: datetime, today: date) -> str:
        """"14:32" today, otherwise "yesterday at 14:32" or "3 March 2026 at 14:32"."""
        local = moment.astimezone()
        clock = time_words(local)
        if local.date() == today:
            return clock
        day = day_words(None, local.date().isoformat(), today)
        return self.tr("%1 at %2").replace("%1", day).replace("%2", clock)

    def status(self, state: SyncState, today: date) -> str:
        view = state.view
        if state.running:
            if state.stage == RECEIVING and state.done:
                return self.tr("Syncing… %1 received").replace("%1", f"{state.done:,}")
            if state.stage == SENDING and 0 < state.done <= state.total:
                return self.tr("Syncing… %1 of %2 sent").replace("%1", f"{state.done:,}") \
                    .replace("%2", f"{state.total:,}")
            return self.tr("Syncing…")
        if view is None:
            return state.error or ""
        if not view.connected:
            return self.tr("Not connected to a hub yet — everything is saved on this laptop")
        if state.error and state.offline:
            if view.waiting:
                return self.tr("%n change(s) waiting — no connection", "", view.waiting)
            return self.tr("Nothing waiting to send — no connection to the hub just now")
        if state.error:
            return state.error
        if view.waiting:
            text = self.tr("%n change(s) waiting to send", "", view.waiting)
            if view.last_sync is not None:
                text += " · " + self.tr("last sync %1").replace(
                    "%1", self.when(view.last_sync, today))
            return text
        if view.last_sync is None:
            return self.tr("Connected to the hub — not synced yet")
        return self.tr("Everything is on the hub, %1").replace(
            "%1", self.when(view.last_sync, today))


def status_words(state: SyncState, today: date | None = None) -> str:
    """The status line, in plain words."""
    return StatusWords().status(state, today or date.today())


class SyncBar(QWidget):
    """The status line with its buttons, for the main window's status bar."""

    conflicts_requested = Signal()  # open the sync screen at the conflicts

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Sync"))
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Sync status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setAccessibleName(self.tr("Conflicts to review"))
        self.conflicts_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setAccessibleName(self.tr("Stop syncing"))
        self.stop_button.hide()
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send this laptop's changes to the hub and fetch "
                                            "the team's (Ctrl+Shift+S)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.status_label, 1)
        for widget in (self.conflicts_button, self.progress, self.stop_button,
                       self.sync_button):
            layout.addWidget(widget)
        self.shortcut = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self._on_sync_button_clicked)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.stop_button.clicked.connect(self.controller.cancel)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        controller.state_changed.connect(self._on_controller_state_changed)
        self._on_controller_state_changed(controller.state)

    def _on_sync_button_clicked(self) -> None:
        if self.sync_button.isVisible() and self.sync_button.isEnabled():
            self.controller.sync_now()

    def _on_controller_state_changed(self, state: SyncState) -> None:
        text = status_words(state)
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)
        view = state.view
        connected = view is not None and view.connected
        self.sync_button.setVisible(connected and not state.running)
        self.stop_button.setVisible(state.running)
        self.progress.setVisible(state.running)
        if state.running:
            # A moving bar while fetching (the hub does not say how much is coming) and
            # until sending knows how much there is to send.
            sending = state.stage == SENDING and state.total > 0
            self.progress.setRange(0, state.total if sending else 0)
            self.progress.setValue(min(state.done, state.total) if sending else 0)
        count = view.conflicts if view is not None else 0
        self.conflicts_button.setText(self.tr("%n conflict(s) to review", "", count))
        self.conflicts_button.setVisible(count > 0)
