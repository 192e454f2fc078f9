"""A weekly availability grid: seven days across, morning, afternoon and evening down.

Each cell is a checkable button with its own accessible name ("Monday morning, available"), so
a screen reader says exactly what will change. The grid is one stop in the tab order (a roving
focus, like a toolbar): arrow keys move between cells, Home and End jump along the row, Space
toggles. `value()` is `{"mon": ["morning"], ...}`; `setValue()` and the `changed` signal let a
DraftBinder autosave it.
"""

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.core.offers import DAYS, PARTS

_MOVES = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
          Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


class AvailabilityGrid(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Weekly availability"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys move between days and times of day; Space marks a time free or not."))
        self._day_names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                           self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                           self.tr("Sunday"))
        day_short = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                     self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))
        self._part_names = (self.tr("morning"), self.tr("afternoon"), self.tr("evening"))
        part_headers = (self.tr("Morning"), self.tr("Afternoon"), self.tr("Evening"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, short in enumerate(day_short, 1):
            header = QLabel(short, self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(header, 0, column)
        self._cells: list[list[QPushButton]] = []
        for row, header_text in enumerate(part_headers):
            layout.addWidget(QLabel(header_text, self), row + 1, 0)
            cells = []
            for column in range(len(DAYS)):
                cell = QPushButton(self)
                cell.setCheckable(True)
                cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                cell.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
                cell.installEventFilter(self)
                cell.toggled.connect(self._on_cell_toggled)
                layout.addWidget(cell, row + 1, column + 1)
                cells.append(cell)
            self._cells.append(cells)
        self._current = (0, 0)
        self._cells[0][0].setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self._cells[0][0])
        # A label's mnemonic only focuses a buddy that accepts focus; the proxy (the current
        # cell) takes it. Widgets with a proxy are skipped by Tab, so this adds no tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for row in range(len(PARTS)):
            for column in range(len(DAYS)):
                self._describe(row, column)

    # ---- value ---------------------------------------------------------------------------

    def value(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for column, day in enumerate(DAYS):
            parts = [part for row, part in enumerate(PARTS) if self._cells[row][column].isChecked()]
            if parts:
                result[day] = parts
        return result

    def setValue(self, value: dict[str, Any] | None) -> None:
        """Show this availability; unknown days or parts (from an older or newer version) are
        ignored rather than refused, so a draft always restores."""
        clean: dict[str, list[str]] = {}
        if isinstance(value, dict):
            for day, parts in value.items():
                if day in DAYS and isinstance(parts, (list, tuple)):
                    chosen = [part for part in PARTS if part in parts]
                    if chosen:
                        clean[day] = chosen
        if clean == self.value():
            return
        for row, part in enumerate(PARTS):
            for column, day in enumerate(DAYS):
                cell = self._cells[row][column]
                cell.blockSignals(True)
                cell.setChecked(part in clean.get(day, ()))
                cell.blockSignals(False)
                self._describe(row, column)
        self.changed.emit()

    def clear(self) -> None:
        self.setValue({})

    def cell(self, day: str, part: str) -> QPushButton:
        """The button for one day and part of the day (tests and callers that focus one)."""
        return self._cells[PARTS.index(part)][DAYS.index(day)]

    def current_cell(self) -> QPushButton:
        row, column = self._current
        return self._cells[row][column]

    # ---- keyboard ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = _MOVES.get(Qt.Key(event.key()))
            row, column = self._current
            if step is not None:
                self._move_to(row + step[0], column + step[1])
                return True
            if event.key() == Qt.Key.Key_Home:
                self._move_to(row, 0)
                return True
            if event.key() == Qt.Key.Key_End:
                self._move_to(row, len(DAYS) - 1)
                return True
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QPushButton):
            # A mouse click also moves the roving focus, so Tab comes back to the same cell.
            for row, cells in enumerate(self._cells):
                if watched in cells:
                    self._set_current(row, cells.index(watched))
        return super().eventFilter(watched, event)

    def _move_to(self, row: int, column: int) -> None:
        row = max(0, min(row, len(PARTS) - 1))
        column = max(0, min(column, len(DAYS) - 1))
        self._set_current(row, column)
        self._cells[row][column].setFocus(Qt.FocusReason.TabFocusReason)

    def _set_current(self, row: int, column: int) -> None:
        old_row, old_column = self._current
        self._cells[old_row][old_column].setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._current = (row, column)
        cell = self._cells[row][column]
        cell.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(cell)

    # ---- appearance ----------------------------------------------------------------------

    def _on_cell_toggled(self, _checked: bool) -> None:
        cell = self.sender()
        for row, cells in enumerate(self._cells):
            if cell in cells:
                self._describe(row, cells.index(cell))
        self.changed.emit()

    def _describe(self, row: int, column: int) -> None:
        cell = self._cells[row][column]
        day, part = self._day_names[column], self._part_names[row]
        if cell.isChecked():
            cell.setText(self.tr("Free"))
            # %1 is a day ("Monday"), %2 a part of the day ("morning").
            name = self.tr("%1 %2, available")
        else:
            cell.setText("")
            name = self.tr("%1 %2, not available")
        cell.setAccessibleName(name.replace("%1", day).replace("%2", part))
        cell.setToolTip(cell.accessibleName())
