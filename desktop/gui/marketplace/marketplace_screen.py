"""The Community Marketplace register: offers, requests and opportunities as tabs, each with
its count, filtered and searched as you type; Enter or a double click opens the record.

Every change of the search text, a filter or the tab asks desktop.store.marketplace_queries
for the counts of all three tabs and the newest rows of the current one, off the GUI thread
through operations (a newer question drops the answer to an older one, so only the latest
shows). Each answer is a few index reads at any size of register; if one takes longer than a
moment, the screen says "Loading…" and keeps showing the last answer until the new one comes.
"""

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.core.match_sides import OFFER, OPPORTUNITY, REQUEST
from desktop.core.taxonomy import Taxonomy, load_taxonomy
from desktop.store import marketplace_queries
from desktop.store.marketplace_queries import KINDS, Register
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common import operations
from desktop.gui.common.screen import Screen
from desktop.gui.common.words import scaled
from desktop.gui.marketplace.filter_bar import FilterBar, status_labels
from desktop.gui.marketplace.register_model import (
    AREA,
    GIFTS,
    LINKER,
    STATUS,
    TITLE,
    WHEN,
    WHO,
    RegisterModel,
)

SEARCH_DELAY_MS = 30  # merges auto-repeat and fast typing into one question
LOADING_DELAY_MS = 250  # say "Loading…" only when an answer is slow enough to notice
_OPEN = {OFFER: ("offer", "offer_id"), REQUEST: ("request", "request_id"),
         OPPORTUNITY: ("opportunity", "opportunity_id")}


class MarketplaceScreen(Screen):
    name = "marketplace"
    answered = Signal()  # the answer to the latest question is on screen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Marketplace"))
        self._taxonomy: Taxonomy | None = None
        self.shown: Register | None = None  # the answer on screen
        self._open_on_arrival = False  # Enter came before the answer to what was typed
        self._clearing = ""  # what the empty list's button clears: "filters" or "search"
        self._sized: tuple | None = None  # what the columns were last sized for
        self.search_label = QLabel(self.tr("&Search"), self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search their words, gifts and names"))
        self.search_edit.setAccessibleName(self.tr("Search the marketplace"))
        self.search_edit.setClearButtonEnabled(True)
        for button in self.search_edit.findChildren(QToolButton):  # Qt leaves it unnamed
            button.setAccessibleName(self.tr("Clear the search"))
        self.search_label.setBuddy(self.search_edit)
        self.filter_bar = FilterBar(self)

        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Offers, requests and opportunities"))
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(True)
        for kind in KINDS:
            self.tabs.setTabData(self.tabs.addTab(""), kind)
        self.result_label = QLabel(self)
        self.result_label.setAccessibleName(self.tr("Results"))
        self.result_label.setWordWrap(True)

        self.model = RegisterModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Offers, requests or opportunities"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.horizontalHeader().setHighlightSections(False)
        self.empty_label = QLabel(self)
        self.empty_label.setAccessibleName(self.tr("No results"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFont(scaled(self.font(), 1.2))
        self.empty_clear_button = QPushButton(self)  # what to clear: see _show_empty
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(empty)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 1)
        under_tabs = QHBoxLayout()
        under_tabs.addWidget(self.tabs)
        under_tabs.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addLayout(under_tabs)
        layout.addWidget(self.pages, 1)
        self.setTabOrder(self.search_edit, self.filter_bar.gift_combo)
        self.setTabOrder(self.filter_bar.clear_button, self.tabs)
        self.setTabOrder(self.tabs, self.table)
        self.setTabOrder(self.table, self.empty_clear_button)
        self._show_counts({kind: None for kind in KINDS})

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._loading_timer = QTimer(self, singleShot=True, interval=LOADING_DELAY_MS)
        self._loading_timer.timeout.connect(self._on_loading_timer_timeout)
        for key, step in ((QKeySequence.StandardKey.NextChild, 1),
                          (QKeySequence.StandardKey.PreviousChild, -1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._step_tab(step))
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        self.filter_bar.changed.connect(self._on_filter_bar_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.table.activated.connect(self._on_table_activated)
        self.empty_clear_button.clicked.connect(self._on_empty_clear_button_clicked)

    def title(self) -> str:
        return self.tr("Marketplace")

    @property
    def kind(self) -> str:
        return self.tabs.tabData(self.tabs.currentIndex())

    @property
    def taxonomy(self) -> Taxonomy:
        if self._taxonomy is None:
            self._taxonomy = load_taxonomy()
        return self._taxonomy

    # ---- opening ---------------------------------------------------------------------------

    def open(self, vault: Vault, **args: Any) -> None:
        self.vault = vault
        if self.model.taxonomy is None:
            self.model.taxonomy = self.taxonomy
            self.filter_bar.set_taxonomy(self.taxonomy)
        self._load_choices(vault)
        tab = args.get("tab")
        if tab in KINDS and tab != self.kind:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(KINDS.index(tab))
            self.tabs.blockSignals(False)
            self.filter_bar.set_kind(tab)
        super().open(vault, **args)
        self.search_edit.setFocus()

    def _load_choices(self, vault: Vault) -> None:
        """Districts, languages, teams and linkers to filter by (a moment at 100,000 people)."""
        def gather(_task) -> tuple:
            records = Records(vault)
            found = marketplace_queries.choices(vault)
            teams = [(t.name, t.id) for t in records.find(models.Team, order="name")]
            staff = records.find(models.Staff, order="name")
            return found, teams, [(s.name, s.id) for s in staff if s.active], {
                s.id: s.name for s in staff}
        operations.run(self, gather, key="choices", on_success=self._on_choices_loaded,
                       on_failure=self._on_failed)

    def _on_choices_loaded(self, result: tuple) -> None:
        found, teams, linkers, names = result
        self.model.linkers = names
        self.filter_bar.set_choices(found.areas, found.languages, teams, linkers)
        if self.model.rows:  # linker names arrive after the rows: show them
            self.model.set_rows(self.model.kind, self.model.rows)

    # ---- asking ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask again for what the search, the filters and the tab say (the latest answer
        wins)."""
        self._search_timer.stop()
        vault = self.vault
        if vault is None or not vault.is_open:
            return
        filters, kind = self.filter_bar.filters(self.search_edit.text()), self.kind
        if not self._loading_timer.isActive() and not self._loading():
            self._loading_timer.start()
        operations.run(self, lambda _task: marketplace_queries.register(vault, filters, kind),
                       key="register", on_success=self._on_loaded, on_failure=self._on_failed)

    def _loading(self) -> bool:
        return operations.pending(self, "register")

    def is_ready(self) -> bool:
        """Whether the latest question has its answer on screen (screenshots wait for it)."""
        return not self._loading() and not operations.pending(self, "choices")

    def _on_loaded(self, answer: Register) -> None:
        self._loading_timer.stop()
        self.shown = answer
        self._show_counts(answer.counts)
        kept = self.current_row_id()
        self.model.set_rows(answer.kind, answer.rows)
        self._size_columns()
        name = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        if self.table.accessibleName() != name:
            self.table.setAccessibleName(name)
        if answer.rows:
            self.pages.setCurrentIndex(0)
            ids = [row.id for row in answer.rows]
            self.table.selectRow(ids.index(kept) if kept in ids else 0)
        else:
            self._show_empty(answer)
        if self._open_on_arrival:
            self._open_on_arrival = False
            self.open_row(0)
        if answer.more:
            self.result_label.setText(self.tr(
                "The newest %1 of %2. Type, or choose filters, to narrow the list.").replace(
                "%1", self.locale().toString(len(answer.rows))).replace(
                "%2", self.locale().toString(answer.counts[answer.kind])))
        else:
            self.result_label.setText("")
        self.answered.emit()

    def _on_failed(self, error: OfferbookError) -> None:
        self._loading_timer.stop()
        self._open_on_arrival = False
        self.result_label.setText(error.message)

    def _on_loading_timer_timeout(self) -> None:
        if self._loading():
            self.result_label.setText(self.tr("Loading…"))

    def _show_counts(self, counts: dict[str, int | None]) -> None:
        words = {OFFER: self.tr("&Offers (%1)"), REQUEST: self.tr("&Requests (%1)"),
                 OPPORTUNITY: self.tr("O&pportunities (%1)")}
        for index, kind in enumerate(KINDS):
            number = counts.get(kind)
            shown = "…" if number is None else self.locale().toString(number)
            text = words[kind].replace("%1", shown)
            if self.tabs.tabText(index) != text:  # else the tab bar is laid out again for nothing
                self.tabs.setTabText(index, text)

    def _show_empty(self, answer: Register) -> None:
        narrowed = not self.filter_bar.is_clear()
        typed = bool(answer.filters.text.strip())
        if narrowed:
            text = {OFFER: self.tr("No offers match these filters."),
                    REQUEST: self.tr("No requests match these filters."),
                    OPPORTUNITY: self.tr("No opportunities match these filters.")}[answer.kind]
        elif typed:
            text = {OFFER: self.tr("No offers match what you typed. Try fewer letters."),
                    REQUEST: self.tr("No requests match what you typed. Try fewer letters."),
                    OPPORTUNITY: self.tr("No opportunities match what you typed. Try fewer "
                                         "letters.")}[answer.kind]
        else:
            text = {OFFER: self.tr("No offers yet. An offer is made on a person's page, after "
                                   "a capabilities conversation."),
                    REQUEST: self.tr("No requests yet. A request is added on a person's page."),
                    OPPORTUNITY: self.tr("No opportunities from local organisations yet.")
                    }[answer.kind]
        self.empty_label.setText(text)
        self._clearing = "filters" if narrowed else "search" if typed else ""
        button = {"filters": self.tr("Clear filters"), "search": self.tr("Clear the search")}
        self.empty_clear_button.setText(button.get(self._clearing, ""))
        self.empty_clear_button.setAccessibleName(button.get(self._clearing, ""))
        self.empty_clear_button.setVisible(bool(self._clearing))
        self.pages.setCurrentIndex(1)

    def _size_columns(self) -> None:
        """The title takes what the others leave; each other column gets the width its
        longest likely words need, up to a cap (what is cut off shows in full as a tooltip).
        Measured from a few samples once per tab and choice list, not from the rows: measuring
        a page of 200 rows at each keystroke was most of what a keystroke cost."""
        model = self.model
        texts = {AREA: ["WW99W"], LINKER: list(model.linkers.values()),
                 STATUS: list(status_labels(model.kind).values())}
        key = (model.kind, tuple(texts[LINKER]))
        if key == self._sized:
            return
        self._sized = key
        metrics = self.table.fontMetrics()
        letters = {WHO: 16, GIFTS: 22, WHEN: 22, LINKER: 16}  # at most, in average letters
        header = self.table.horizontalHeader()
        for section, column in enumerate(model.columns):
            if column == TITLE:  # their own words: all the room that is left
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            cap = letters.get(column, 0) * metrics.averageCharWidth()
            widths = [metrics.horizontalAdvance(text) for text in texts.get(column, [])]
            if column in (WHO, GIFTS, WHEN):
                widths.append(cap)  # always worth the room: names, gifts, times
            elif cap:
                widths = [min(width, cap) for width in widths]
            widths.append(metrics.horizontalAdvance(model.header(column)))
            header.resizeSection(section, max(widths) + 2 * metrics.height())

    # ---- the rows --------------------------------------------------------------------------

    def current_row_id(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return ""
        return self.model.rows[index.row()].id

    def open_row(self, row: int) -> None:
        """Open the record on `row`: an offer or request in its editor, an opportunity's
        details."""
        if not 0 <= row < len(self.model.rows):
            return
        record = self.model.rows[row]
        screen, id_arg = _OPEN[record.kind]
        args = {id_arg: record.id}
        if record.kind != OPPORTUNITY:
            args["participant_id"] = record.who_id
        self.navigate.emit(screen, args)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    # ---- slots -----------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        if self._search_timer.isActive() or self._loading():
            # Enter straight after typing: open the first of what was typed, once it comes.
            self._open_on_arrival = True
            if self._search_timer.isActive():
                self.refresh()
            return
        index = self.table.currentIndex()
        self.open_row(index.row() if index.isValid() else 0)

    def _on_filter_bar_changed(self) -> None:
        self.refresh()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self.filter_bar.set_kind(self.kind)
        self.args = {**self.args, "tab": self.kind}
        self.refresh()

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def _on_empty_clear_button_clicked(self) -> None:
        if self._clearing == "filters":
            self.filter_bar.clear()
        else:
            self.search_edit.clear()
        self.search_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes into the list, as in any search-as-you-type list.
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rows):
            self.table.setFocus()
            self.table.selectRow(max(0, self.table.currentIndex().row()))
            return True
        return super().eventFilter(watched, event)

    def close_vault(self) -> None:
        operations.cancel(self)  # an answer still on its way is dropped when it arrives
        super().close_vault()
        self._search_timer.stop()
        self._loading_timer.stop()
        self.shown = None
        self.model.set_rows(self.kind, [])
        self.model.linkers = {}
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.filter_bar.blockSignals(True)
        self.filter_bar.clear()
        self.filter_bar.set_choices([], [], [], [])
        self.filter_bar.blockSignals(False)
        self.result_label.clear()
        self._show_counts({kind: None for kind in KINDS})
