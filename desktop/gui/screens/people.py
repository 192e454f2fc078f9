"""The people register: search-as-you-type over names, gifts and offers."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.store import people
from desktop.gui.screens.base import Screen

SEARCH_DELAY_MS = 120  # wait for a pause in typing, so fast typists never stutter


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[people.PersonRow] = []
        self.headers = [self.tr("Name"), self.tr("Known as"), self.tr("Postcode"),
                        self.tr("Status")]

    def set_rows(self, rows: list[people.PersonRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        return (row.full_name, row.preferred_name, row.postcode, row.status)[index.column()]

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class PeopleScreen(Screen):
    name = "people"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("People"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search names, gifts and offers"))
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Results"))
        self.model = PeopleModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)

    def title(self) -> str:
        return self.tr("People")

    def close_vault(self) -> None:
        super().close_vault()
        self.model.set_rows([])
        self.search_edit.clear()

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._timer.start()

    def refresh(self) -> None:
        if self.vault is None or not self.vault.is_open:
            return
        rows = people.search(self.vault, self.search_edit.text(), limit=200)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n people shown", "", len(rows)))
