"""The register's rows as a table model: one tab's rows at a time (a page of at most
marketplace_queries.LIMIT), in words — gift labels, a compact weekly grid, status words."""

from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.core.match_sides import OFFER, OPPORTUNITY, REQUEST
from desktop.core.offers import DAYS, PARTS
from desktop.core.taxonomy import Taxonomy
from desktop.store.marketplace_queries import Row
from desktop.gui.marketplace.filter_bar import status_labels

TITLE, WHO, GIFTS, WHEN, AREA, LINKER, STATUS = range(7)
COLUMNS = {OFFER: (TITLE, WHO, GIFTS, WHEN, AREA, LINKER, STATUS),
           REQUEST: (TITLE, WHO, GIFTS, WHEN, AREA, LINKER, STATUS),
           OPPORTUNITY: (TITLE, WHO, GIFTS, WHEN, AREA, STATUS)}


def when_words(availability: Mapping[str, list[str]], schedule: str = "") -> str:
    """A weekly grid in few words ("Mon morning · Sat afternoon, evening"), else the schedule
    in words as the directory gave it."""
    translate = QCoreApplication.translate
    # The weekly grid's own words (one translation of each).
    days = dict(zip(DAYS, (translate("AvailabilityGrid", "Mon"),
                           translate("AvailabilityGrid", "Tue"),
                           translate("AvailabilityGrid", "Wed"),
                           translate("AvailabilityGrid", "Thu"),
                           translate("AvailabilityGrid", "Fri"),
                           translate("AvailabilityGrid", "Sat"),
                           translate("AvailabilityGrid", "Sun"))))
    parts = dict(zip(PARTS, (translate("AvailabilityGrid", "morning"),
                             translate("AvailabilityGrid", "afternoon"),
                             translate("AvailabilityGrid", "evening"))))
    groups = []
    for day in DAYS:
        free = [part for part in PARTS if part in availability.get(day, ())]
        if len(free) == len(PARTS):
            groups.append(translate("Marketplace", "%1 all day").replace("%1", days[day]))
        elif free:
            groups.append(f"{days[day]} {', '.join(parts[part] for part in free)}")
    return " · ".join(groups) or schedule.strip()


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.kind = OFFER
        self.rows: list[Row] = []
        self._texts: dict[tuple[int, int], str] = {}  # (row, column) -> words, as painted
        self.taxonomy: Taxonomy | None = None
        self.linkers: dict[str, str] = {}  # staff id -> name
        self._statuses = {kind: status_labels(kind) for kind in COLUMNS}
        self._headers = {
            TITLE: {OFFER: self.tr("Offer"), REQUEST: self.tr("Request"),
                    OPPORTUNITY: self.tr("Opportunity")},
            WHO: {OFFER: self.tr("Person"), REQUEST: self.tr("Person"),
                  OPPORTUNITY: self.tr("Organisation")},
            GIFTS: self.tr("Gifts"), WHEN: self.tr("When"), AREA: self.tr("Area"),
            LINKER: self.tr("Linker"), STATUS: self.tr("Status"),
        }

    @property
    def columns(self) -> tuple[int, ...]:
        return COLUMNS[self.kind]

    def set_rows(self, kind: str, rows: list[Row]) -> None:
        self.beginResetModel()
        self.kind, self.rows = kind, rows
        self._texts = {}
        self.endResetModel()

    def header(self, column: int) -> str:
        words = self._headers[column]
        return words[self.kind] if isinstance(words, dict) else words

    def text(self, row: Row, column: int) -> str:
        if column == TITLE:
            return row.title
        if column == WHO:
            return row.who
        if column == GIFTS:
            return ", ".join(self._tag_label(tag) for tag in row.tags)
        if column == WHEN:
            return when_words(row.availability, row.schedule)
        if column == AREA:
            return row.area
        if column == LINKER:
            return self.linkers.get(row.linker_id, "")
        return self._statuses[row.kind].get(row.status, row.status)

    def _tag_label(self, tag_id: str) -> str:
        tag = self.taxonomy.by_id(tag_id) if self.taxonomy is not None else None
        return tag.label if tag is not None else tag_id.replace("-", " ")

    # ---- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        # Worked out when first painted, then kept: a keystroke's new page of up to 200 rows
        # costs only the rows on screen.
        key = (index.row(), index.column())
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self.text(self.rows[index.row()], self.columns[key[1]])
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header(self.columns[section])
        return None
