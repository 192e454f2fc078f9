"""The people register: search-as-you-type over names, gifts and offers, with filters.

Search runs on the GUI thread on purpose: it stops at `LIMIT` rows and costs a few
milliseconds at 100,000 people (desktop.store.people), less than handing it to a thread.
A short pause after the last keystroke collapses bursts (auto-repeat, fast typists) into one
query without making anyone wait. Several people can be selected (Shift or Ctrl with the arrow
keys or the mouse) to print the cards of all their current offers at once (card_batch.py).
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.store import people, people_filters
from desktop.store.files import atomic_write
from desktop.store.records import Records
from desktop.gui.common.choices import refill
from desktop.gui.common.messages import Messages
from desktop.gui.common.screen import Screen
from desktop.gui.people.person_form import status_labels
from desktop.gui.printing.card_batch import (
    PRINT,
    BatchResult,
    CardBatchDialog,
    CardBatchJob,
    summary_text,
)

SEARCH_DELAY_MS = 30  # long enough to merge auto-repeat, short enough to feel instant
LIMIT = 200


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[people.PersonRow] = []
        self.headers = [self.tr("Name"), self.tr("Known as"), self.tr("Postcode"),
                        self.tr("Status")]
        self.statuses = status_labels()

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
        return (row.full_name, row.preferred_name, row.postcode,
                self.statuses.get(row.status, row.status))[index.column()]

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class PeopleScreen(Screen):
    name = "people"
    cards_done = Signal()  # a batch of cards was printed, saved, or found to have none

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("People"))
        self.search_label = QLabel(self.tr("&Search"), self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search names, gifts and offers"))
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.add_button = QPushButton(self.tr("&Add a person"), self)
        self.add_button.setAccessibleName(self.tr("Add a person"))
        self.add_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.add_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.cards_button = QPushButton(self.tr("&Print cards for selected…"), self)
        self.cards_button.setAccessibleName(self.tr("Print cards for the selected people"))
        self.cards_button.setToolTip(self.tr(
            "Print the cards of every current offer of the people selected below. Select "
            "several with Shift or Ctrl."))
        self.cards_button.setEnabled(False)
        self._card_job: CardBatchJob | None = None

        self._filter_widgets: list[tuple[QLabel, QComboBox]] = []
        self.team_combo = self._filter_combo(self.tr("&Team"), self.tr("Team filter"))
        self.linker_combo = self._filter_combo(self.tr("&Linker"), self.tr("Linker filter"))
        self.status_combo = self._filter_combo(self.tr("Stat&us"), self.tr("Status filter"))
        self.due_check = QCheckBox(self.tr("Follow-up &due"), self)
        self.due_check.setAccessibleName(self.tr("Only people with a follow-up due"))

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Results"))
        self.empty_label = QLabel(self)
        self.empty_label.setAccessibleName(self.tr("No results"))
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.model = PeopleModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # names share the width
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.cards_button)
        filters = QHBoxLayout()
        for label, combo in self._filter_widgets:
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addWidget(self.due_check)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search_edit, self.add_button)
        self.setTabOrder(self.add_button, self.cards_button)
        self.setTabOrder(self.cards_button, self.team_combo)
        self.setTabOrder(self.team_combo, self.linker_combo)
        self.setTabOrder(self.linker_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.due_check)
        self.setTabOrder(self.due_check, self.table)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.add_shortcut.activated.connect(self._on_add_button_clicked)
        for combo in (self.team_combo, self.linker_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.due_check.toggled.connect(self._on_filter_changed)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.cards_button.clicked.connect(self._on_cards_button_clicked)

    def _filter_combo(self, text: str, name: str) -> QComboBox:
        label = QLabel(text, self)
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(combo)
        self._filter_widgets.append((label, combo))
        return combo

    def title(self) -> str:
        return self.tr("People")

    # ---- filters ---------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """Teams and linkers come from the vault; a choice made before is kept if it still
        exists."""
        records = Records(self.vault)
        choices = [
            (self.team_combo, self.tr("All teams"),
             [(t.name, t.id) for t in records.find(models.Team, order="name")]),
            (self.linker_combo, self.tr("Any linker"),
             [(s.name, s.id) for s in records.find(models.Staff, order="name") if s.active]),
            (self.status_combo, self.tr("Any status"),
             [(label, status) for status, label in status_labels().items()]),
        ]
        for combo, everyone, items in choices:
            refill(combo, everyone, items)

    def filters(self) -> people_filters.Filters:
        return people_filters.Filters(
            team_id=self.team_combo.currentData() or None,
            linker_id=self.linker_combo.currentData() or None,
            status=self.status_combo.currentData() or None,
            follow_up_due=self.due_check.isChecked())

    # ---- searching -------------------------------------------------------------------------

    def open(self, vault, **args) -> None:
        self.vault = vault
        self._fill_filters()
        self._size_columns()
        super().open(vault, **args)
        self.search_edit.setFocus()

    def _size_columns(self) -> None:
        """Postcode and status get the width their longest text needs, measured once.

        Not ResizeToContents: that measures every row again on each keystroke (8 ms of the
        13 ms a keystroke took at 100,000 people)."""
        metrics = self.table.fontMetrics()
        samples = {2: ["WW99 9WW", self.model.headers[2]],
                   3: [*self.model.statuses.values(), self.model.headers[3]]}
        for column, texts in samples.items():
            width = max(metrics.horizontalAdvance(text) for text in texts)
            self.table.horizontalHeader().resizeSection(column, width + 3 * metrics.height())

    def refresh(self) -> None:
        self._timer.stop()
        if self.vault is None or not self.vault.is_open:
            return
        text, filters = self.search_edit.text(), self.filters()
        rows = people_filters.search(self.vault, text, filters,
                                     today=date.today().isoformat(), limit=LIMIT)
        self.model.set_rows(rows)
        if len(rows) >= LIMIT:
            count = self.tr("The first %n people — type more to narrow the list", "", len(rows))
        elif len(rows) == 1:  # English has no "%n" form for one without a .qm loaded
            count = self.tr("1 person")
        else:
            count = self.tr("%n people", "", len(rows))
        self.count_label.setText(count)
        if rows:
            self.empty_label.hide()
            self.table.selectRow(0)
        else:
            narrowed = bool(text.strip()) or filters != people_filters.Filters()
            self.empty_label.setText(
                self.tr("No one matches. Try fewer letters, or clear the filters.") if narrowed
                else self.tr("No one is in the register yet. Choose “Add a person” (Ctrl+N) "
                             "to add the first."))
            self.empty_label.show()
        self._on_selection_changed()  # a reset list drops its selection without saying so

    def selected_ids(self) -> list[str]:
        """The selected people, in the order the list shows them."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row].id for row in rows if row < len(self.model.rows)]

    # ---- cards -----------------------------------------------------------------------------

    def print_cards(self) -> CardBatchJob | None:
        """Ask how, then gather and lay out the selected people's cards (see _on_card_job_done
        for what follows). Returns the job, which runs on after this returns."""
        ids = self.selected_ids()
        if not ids or self.vault is None or self._card_job is not None:
            return None
        answer = CardBatchDialog.ask(self, len(ids))
        if answer is None:
            return None
        action, choice = answer
        job = CardBatchJob(self.vault, ids, action, choice, self)
        job.done.connect(self._on_card_job_done)
        job.stopped.connect(self._on_card_job_stopped)
        self._card_job = job
        self.cards_button.setEnabled(False)
        job.start()
        return job

    def _on_card_job_done(self, result: BatchResult) -> None:
        self._card_job = None
        self._on_selection_changed()
        try:
            self._hand_over(result)
        finally:
            self.cards_done.emit()

    def _hand_over(self, result: BatchResult) -> None:
        """Say what was left out (counts only), then print or save."""
        gathered = result.gathered
        summary = summary_text(gathered)
        if not gathered.cards:
            Messages.error(self, summary)
            return
        left_out = gathered.no_consent or gathered.no_offers or gathered.gone
        if left_out and not Messages.ask(self, " ".join((summary, self.tr(
                "Print them now?") if result.action == PRINT else self.tr("Save them now?")))):
            return
        if result.action == PRINT:
            self._print(result.pdf)
        else:
            self._save(result.pdf, len(gathered.cards))

    def _print(self, pdf: bytes) -> None:
        try:
            Messages.print_document(self.window(), pdf, self.tr("Print offer cards"))
        except OfferbookError as error:
            Messages.error(self, error.message)

    def _save(self, pdf: bytes, cards: int) -> None:
        chosen = Messages.ask_save_path(self.window(), self.tr("Save the cards as a PDF"),
                                        "offer-cards.pdf", self.tr("PDF (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.casefold() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            atomic_write(path, pdf)
        except OfferbookError as error:
            Messages.error(self, error.message)
            return
        saved = (self.tr("Saved 1 card as %1.") if cards == 1
                 else self.tr("Saved %n cards as %1.", "", cards))
        Messages.info(self, saved.replace("%1", path.name))

    def _on_card_job_stopped(self) -> None:
        self._card_job = None
        self._on_selection_changed()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.navigate.emit("person", {"participant_id": self.model.rows[row].id})

    # ---- slots -----------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        if self._timer.isActive():
            self.refresh()  # Enter straight after typing: search for what was typed first
        current = self.table.currentIndex()
        self.open_row(current.row() if current.isValid() else 0)

    def _on_filter_changed(self, *_args) -> None:
        self.refresh()

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def _on_add_button_clicked(self) -> None:
        self.navigate.emit("person", {})

    def _on_selection_changed(self, *_args) -> None:
        self.cards_button.setEnabled(self._card_job is None and bool(self.selected_ids()))

    def _on_cards_button_clicked(self) -> None:
        self.print_cards()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes into the results, as in any search-as-you-type list.
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rows):
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def close_vault(self) -> None:
        if self._card_job is not None:
            self._card_job.cancel()  # the vault is locking: no cards from it after this
        super().close_vault()
        self._timer.stop()
        self.model.set_rows([])
        self.search_edit.clear()
        self._timer.stop()  # clearing the text started it again
        self.count_label.clear()
        self.empty_label.hide()
        self.due_check.blockSignals(True)
        self.due_check.setChecked(False)
        self.due_check.blockSignals(False)
        for _label, combo in self._filter_widgets:
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
