"""The main window: first run, unlock, the recovery key once, then the people register."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cards.recovery_sheet import recovery_sheet_pdf
from desktop.core.errors import OfferbookError
from desktop.store.files import atomic_write
from desktop.store.records import Records
from desktop.store.vault import DB_FILE, KEYS_FILE, Vault
from desktop.gui.common.fonts import register_bundled_fonts
from desktop.gui.common.messages import Messages
from desktop.gui.shell import AppShell
from desktop.gui.sync.status_line import SyncBar, SyncController
from desktop.gui.unlock.vault_pages import FirstRunPage, UnlockPage


class RecoveryKeyPage(QWidget):
    """Shows the recovery key once, right after the vault is made."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Recovery key"))
        self.intro = QLabel(self.tr(
            "This recovery key opens the vault if every passphrase is forgotten. It is shown "
            "only now: write it down or print it, and keep it in the office safe."), self)
        self.intro.setWordWrap(True)
        self.key_label = QLabel(self)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        font = QFont("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.sheet_button = QPushButton(self.tr("&Save the recovery sheet to print…"), self)
        self.sheet_button.setAccessibleName(self.tr("Save the recovery sheet to print"))
        self.sheet_label = QLabel(self)
        self.sheet_label.setAccessibleName(self.tr("Recovery sheet"))
        self.sheet_label.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("I have kept it safe — &continue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue"))
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (self.intro, self.key_label, self.sheet_button, self.sheet_label,
                       self.continue_button):
            layout.addWidget(widget)
        layout.addStretch()
        self.organisation = ""
        self.vault_id = ""
        self.sheet_button.clicked.connect(self._on_sheet_button_clicked)

    def _on_sheet_button_clicked(self) -> None:
        path = Messages.ask_save_path(self, self.tr("Save the recovery sheet"),
                                      "offerbook-recovery-sheet.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return
        pdf = recovery_sheet_pdf(self.key_label.text(), self.organisation, self.vault_id,
                                 date.today())
        try:
            atomic_write(Path(path), pdf)
        except OfferbookError as error:
            self.sheet_label.setText(error.message)
            return
        self.sheet_label.setText(self.tr(
            "Saved as %1. Print it now, then delete the file: the paper copy is the one to "
            "keep.").replace("%1", Path(path).name))


class MainWindow(QMainWindow):
    def __init__(self, vault_path: Path, *, lock_minutes: int = 5, kdf=None):
        super().__init__()
        register_bundled_fonts()  # once per process: every window shows every script
        self.setWindowTitle("Offerbook")  # never a person's name: titles reach taskbars
        self.vault_path = Path(vault_path)
        self.vault: Vault | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.first_run = FirstRunPage(self.vault_path, kdf=kdf)
        self.unlock_page = UnlockPage(self.vault_path)
        self.recovery_page = RecoveryKeyPage()
        self.shell = AppShell()
        for page in (self.first_run, self.unlock_page, self.recovery_page, self.shell):
            self.stack.addWidget(page)
        self.first_run.created.connect(self._on_first_run_created)
        self.unlock_page.unlocked.connect(self._on_unlock_page_unlocked)
        self.recovery_page.continue_button.clicked.connect(self._show_app)
        self.shell.switch_staff_requested.connect(self._on_shell_switch_staff_requested)
        self.shell.lock_minutes_changed.connect(self._on_shell_lock_minutes_changed)
        # Sync lives at the foot of the window while the vault is open (desktop.gui.sync_*).
        self.sync = SyncController(self)
        self.sync_bar = SyncBar(self.sync)
        self.statusBar().addPermanentWidget(self.sync_bar, 1)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().hide()
        self.shell.set_sync(self.sync)
        self.shell.place_changed.connect(self._on_shell_place_changed)
        self.sync_bar.conflicts_requested.connect(self._on_sync_bar_conflicts_requested)
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.lock_shortcut.activated.connect(self.lock)
        self.idle_timer = QTimer(self, singleShot=True, interval=lock_minutes * 60_000)
        self.idle_timer.timeout.connect(self.lock)
        self._idle_filter = _ActivityFilter(self.idle_timer)
        QApplication.instance().installEventFilter(self._idle_filter)
        self.resize(1100, 720)
        self._show_start()

    def _show_start(self) -> None:
        exists = (self.vault_path / KEYS_FILE).exists() or (self.vault_path / DB_FILE).exists()
        if exists:
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.reset()
        else:
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.ui.organisation_edit.setFocus()

    def _on_first_run_created(self, vault: Vault, recovery_key: str) -> None:
        self.vault = vault
        self.recovery_page.key_label.setText(recovery_key)
        self.recovery_page.vault_id = vault.header.vault_id
        self.recovery_page.organisation = Records(vault).setting("organisation_name", "")
        self.stack.setCurrentWidget(self.recovery_page)
        self.recovery_page.continue_button.setFocus()
        self.idle_timer.start()

    def _on_unlock_page_unlocked(self, vault: Vault) -> None:
        self.vault = vault
        self._show_app()
        self.idle_timer.start()

    def _show_app(self) -> None:
        self.recovery_page.key_label.clear()  # the key is shown once, then forgotten
        self.recovery_page.sheet_label.clear()
        self.stack.setCurrentWidget(self.shell)
        self.shell.open(self.vault)
        self.statusBar().show()
        self.sync.start(self.vault)  # reads the status, then syncs soon if connected

    def _on_shell_switch_staff_requested(self) -> None:
        self.lock(self.tr("Switch staff member: the next person types their own passphrase."))

    def _on_shell_place_changed(self, _place: dict) -> None:
        self.sync.refresh()  # "3 changes waiting" counts what was just saved

    def _on_sync_bar_conflicts_requested(self) -> None:
        self.shell.go("sync")

    def _on_shell_lock_minutes_changed(self, minutes: int) -> None:
        self.idle_timer.setInterval(minutes * 60_000)
        if self.vault is not None:
            self.idle_timer.start()

    def lock(self, message: str = "") -> None:
        """Close the vault and drop the key; the unlock screen comes back."""
        self.idle_timer.stop()
        self.sync.stop()
        self.statusBar().hide()
        if self.vault is not None:
            self.shell.close_vault()
            self.vault.close()
            self.vault = None
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.reset(message or self.tr("Locked. Type your passphrase to carry on."))

    def closeEvent(self, event) -> None:
        QApplication.instance().removeEventFilter(self._idle_filter)
        self.sync.stop()
        if self.vault is not None:
            self.vault.close()
        super().closeEvent(event)


class _ActivityFilter(QObject):
    """Restarts the idle timer on any key press or mouse use while the vault is open."""

    _ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel}

    def __init__(self, timer: QTimer):
        super().__init__()
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
