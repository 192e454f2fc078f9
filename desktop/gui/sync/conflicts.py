"""Conflicts to review: two edits of the same detail made on different laptops before either
had synced. The record already holds the later one; the earlier one is kept here, side by
side, until a person chooses. Choosing is an ordinary edit, which syncs like any other.

Keyboard: the list takes arrows; Tab reaches the two values and each one's button; Alt+K keeps
the value the record has now, Alt+U uses the other one.
"""

from datetime import UTC, date, datetime
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import OfferbookError
from desktop.core.hlc import Stamp
from desktop.store.vault import Vault
from desktop.gui.common import operations
from desktop.gui.sync import service as sync_service
from desktop.gui.sync.service import ConflictView, Side
from desktop.gui.sync.status_line import StatusWords
from desktop.gui.sync.words import SyncWords

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class _SidePanel(QGroupBox):
    """One of the two values: the value in full, who changed it and when, and its button."""

    def __init__(self, title: str, button: str, accessible: str, parent: QWidget):
        super().__init__(title, parent)
        self.value_edit = QPlainTextEdit(self)
        self.value_edit.setReadOnly(True)
        self.value_edit.setAccessibleName(title)
        self.value_edit.setTabChangesFocus(True)
        self.value_edit.setMaximumHeight(160)
        self.who_label = QLabel(self)
        self.who_label.setWordWrap(True)
        self.who_label.setAccessibleName(self.tr("Who changed it and when"))
        self.button = QPushButton(button, self)
        self.button.setAccessibleName(accessible)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_edit)
        layout.addWidget(self.who_label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


class ConflictsPanel(QWidget):
    """The list of open conflicts and the chosen one side by side."""

    changed = Signal(int)  # the number still open, after loading or resolving
    loaded = Signal()  # the list is on screen (tests wait for it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.conflicts: list[ConflictView] = []
        self.words = SyncWords(self)
        self.heading = QLabel(self.tr("Con&flicts to review"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self.tr(
            "Two laptops changed the same detail before either had synced. The record shows "
            "the later change; the earlier one is kept here so nothing typed is lost. Choose "
            "which to keep."), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts to review"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.heading.setBuddy(self.list)
        self.empty_label = QLabel(self.tr(
            "No conflicts to review. When two laptops change the same detail before syncing, "
            "both versions appear here for you to choose."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("Conflicts to review: none"))
        self.about_label = QLabel(self)
        self.about_label.setWordWrap(True)
        self.about_label.setAccessibleName(self.tr("Which detail"))
        self.current = _SidePanel(self.tr("On the record now"), self.tr("&Keep this one"),
                                  self.tr("Keep the value on the record now"), self)
        self.other = _SidePanel(self.tr("The other change"), self.tr("&Use this one instead"),
                                self.tr("Use the other change instead"), self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()

        self.detail = QWidget(self)
        sides = QGridLayout()
        sides.addWidget(self.current, 0, 0)
        sides.addWidget(self.other, 0, 1)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.about_label)
        detail_layout.addLayout(sides)
        detail_layout.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addWidget(self.detail, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.message_label)
        for first, second in ((self.list, self.current.value_edit),
                              (self.current.value_edit, self.current.button),
                              (self.current.button, self.other.value_edit),
                              (self.other.value_edit, self.other.button)):
            QWidget.setTabOrder(first, second)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.current.button.clicked.connect(self._on_current_button_clicked)
        self.other.button.clicked.connect(self._on_other_button_clicked)
        self._show([])

    # ---- loading ---------------------------------------------------------------------------

    def open(self, vault: Vault) -> None:
        self.vault = vault
        self.reload()

    def reload(self) -> None:
        if self.vault is None or not self.vault.is_open:
            return
        vault = self.vault
        operations.run(self, lambda _task: sync_service.list_conflicts(vault), key="load",
                       on_success=self._on_loaded, on_failure=self._on_failed)

    def close_vault(self) -> None:
        operations.cancel(self)
        self.vault = None
        self._show([])
        self._enable()  # a choice being saved is dropped, not waited for
        self.say("")

    def _on_loaded(self, found: list[ConflictView]) -> None:
        self._show(found)
        self.changed.emit(len(found))
        self.loaded.emit()

    def _on_failed(self, error: OfferbookError) -> None:
        self.say(error.message)
        self.loaded.emit()

    # ---- showing ---------------------------------------------------------------------------

    def _show(self, found: list[ConflictView]) -> None:
        row = max(self.list.currentRow(), 0)
        self.conflicts = found
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in found:
            what = self.words.field(conflict.column)
            whose = conflict.owner or self.words.record(conflict.table)
            item = QListWidgetItem(f"{whose}\n{self.words.record(conflict.table)} · {what}",
                                   self.list)
            item.setData(ID_ROLE, conflict.conflict_id)
        self.list.blockSignals(False)
        empty = not found
        self.heading.setText(self.tr("Con&flicts to review (%n)", "", len(found)) if found
                             else self.tr("Con&flicts to review"))
        self.empty_label.setVisible(empty)
        for widget in (self.intro, self.list, self.detail):
            widget.setVisible(not empty)
        if found:
            self.list.setCurrentRow(min(row, len(found) - 1))
            self._show_detail(self.list.currentRow())

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        whose = conflict.owner or self.words.record(conflict.table)
        self.about_label.setText(self.tr("%1 — %2: %3").replace("%1", whose)
                                 .replace("%2", self.words.record(conflict.table))
                                 .replace("%3", self.words.field(conflict.column)))
        for panel, side in ((self.current, conflict.current), (self.other, conflict.other)):
            panel.value_edit.setPlainText(
                self.words.value(conflict.column, side.value, conflict.names))
            panel.who_label.setText(self._who_words(side))

    def _who_words(self, side: Side) -> str:
        here = self.vault is not None and side.device_id == self.vault.device_id
        who = self.tr("Changed on this laptop") if here else \
            self.tr("Changed on another laptop")
        try:
            moment = datetime.fromtimestamp(Stamp.parse(side.hlc).wall_ms / 1000, UTC)
        except (ValueError, OverflowError, OSError):
            return who
        return self.tr("%1, %2").replace("%1", who).replace(
            "%2", StatusWords(self).when(moment, date.today()))

    def current_conflict(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # ---- choosing --------------------------------------------------------------------------

    def _on_list_current_row_changed(self, row: int) -> None:
        self._show_detail(row)

    def _on_current_button_clicked(self) -> None:
        self._resolve(take_other=False)

    def _on_other_button_clicked(self) -> None:
        self._resolve(take_other=True)

    def _resolve(self, take_other: bool) -> None:
        conflict = self.current_conflict()
        if conflict is None or self.vault is None:
            return
        vault, conflict_id = self.vault, conflict.conflict_id
        for panel in (self.current, self.other):
            panel.button.setEnabled(False)

        def resolve(_task: operations.Task) -> None:
            sync_service.resolve_conflict(vault, conflict_id, take_other)

        # Dropped if the vault locks meanwhile: the panel is then empty.
        operations.run(self, resolve, key="resolve",
                       on_success=lambda _result: self._on_resolved(take_other),
                       on_failure=self._on_resolve_failed, on_finished=self._enable)

    def _on_resolved(self, take_other: bool) -> None:
        self.say(self.tr("Done: the record now has the other change; it goes to the hub at "
                         "the next sync.") if take_other else
                 self.tr("Done: the record keeps what it had."))
        self.list.setFocus()
        self.reload()

    def _on_resolve_failed(self, error: OfferbookError) -> None:
        self.say(error.message)
        self.reload()

    def _enable(self) -> None:
        for panel in (self.current, self.other):
            panel.button.setEnabled(True)
