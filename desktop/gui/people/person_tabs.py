"""The person screen's read-mostly tabs: conversations, offers and requests, introductions,
hours, wellbeing and notes.

Each tab takes a `PersonFile` (desktop.store.people_filters) in `show(file)`; the screen owns
consent gating and tells each tab what is allowed with `set_gate(...)`. Opening a row asks the
screen to navigate with `open_requested(screen, args)` — ids only.
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.store.people_filters import PersonFile
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common.draft_binder import DraftBinder
from desktop.gui.people.consent_panel import show_date

translate = QCoreApplication.translate


def _table(parent: QWidget, name: str, headers: list[str], stretch: int = 0) -> QTableWidget:
    """A read-only list of records; column `stretch` takes the spare width."""
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.setWordWrap(False)  # one line a row; the whole text is in the tooltip
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str | None, list[str]]]) -> None:
    """Rows of (record id or None, cells); the id rides on every cell for opening."""
    table.setRowCount(len(rows))
    for row, (record_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(text)
            table.setItem(row, column, item)


def _button_row(*widgets: QWidget) -> QHBoxLayout:
    """Buttons at their natural width, then the gate explanation taking the rest."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 3 if isinstance(widget, QLabel) else 0)
    row.addStretch(1)  # keeps buttons their size while the explanation is hidden
    return row


def _gate_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


def _set_gate(label: QLabel, why: str | None) -> None:
    label.setText(why or "")
    label.setVisible(bool(why))


class _Tab(QWidget):
    open_requested = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.participant_id = ""
        self.layout_ = QVBoxLayout(self)

    def _empty_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label


class ConversationsTab(_Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.start_button = QPushButton(self.tr("&Start a conversation"), self)
        self.start_button.setAccessibleName(self.tr("Start a conversation"))
        self.gate_label = _gate_label(self, self.tr("Why this is locked"))
        self.empty_label = self._empty_label(self.tr("No conversations yet."))
        self.table = _table(self, self.tr("Conversations"), [
            self.tr("Started"), self.tr("Status"), self.tr("Finished"), self.tr("Where")],
            stretch=3)
        self.layout_.addLayout(_button_row(self.start_button, self.gate_label))
        self.layout_.addWidget(self.empty_label)
        self.layout_.addWidget(self.table)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.table.itemActivated.connect(self._on_table_item_activated)

    def show_file(self, file: PersonFile) -> None:
        self.participant_id = file.person.id
        _fill(self.table, [(c.id, [show_date(c.started_on), conversation_status(c.status),
                                   show_date(c.completed_on), c.location or "—"])
                           for c in file.conversations])
        self.empty_label.setVisible(not file.conversations)

    def set_gate(self, why: str | None) -> None:
        self.start_button.setEnabled(why is None)
        _set_gate(self.gate_label, why)

    def _on_start_button_clicked(self) -> None:
        self.open_requested.emit("conversation", {"participant_id": self.participant_id})

    def _on_table_item_activated(self, item: QTableWidgetItem) -> None:
        self.open_requested.emit("conversation", {"participant_id": self.participant_id,
                                                  "conversation_id": item.data(
                                                      Qt.ItemDataRole.UserRole)})


class OffersTab(_Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.new_offer_button = QPushButton(self.tr("New &offer"), self)
        self.new_offer_button.setAccessibleName(self.tr("New offer"))
        self.new_request_button = QPushButton(self.tr("New &request"), self)
        self.new_request_button.setAccessibleName(self.tr("New request"))
        self.gate_label = _gate_label(self, self.tr("Why this is locked"))
        self.share_label = _gate_label(self, self.tr("About sharing offers"))
        self.offers = _table(self, self.tr("Offers"), [
            self.tr("What they offer"), self.tr("Status"), self.tr("How often")])
        self.requests = _table(self, self.tr("Requests"), [
            self.tr("Help they are looking for"), self.tr("Status")])
        self.layout_.addLayout(_button_row(self.new_offer_button, self.new_request_button,
                                           self.gate_label))
        self.layout_.addWidget(self.share_label)
        self.offers_heading = QLabel(self.tr("Offers"), self)
        self.requests_heading = QLabel(self.tr("Requests (seeking help)"), self)
        for heading, table in ((self.offers_heading, self.offers),
                               (self.requests_heading, self.requests)):
            self.layout_.addWidget(heading)
            self.layout_.addWidget(table, 1)
        self.new_offer_button.clicked.connect(self._on_new_offer_button_clicked)
        self.new_request_button.clicked.connect(self._on_new_request_button_clicked)
        self.offers.itemActivated.connect(self._on_offers_item_activated)
        self.requests.itemActivated.connect(self._on_requests_item_activated)

    def show_file(self, file: PersonFile) -> None:
        self.participant_id = file.person.id
        _fill(self.offers, [(o.id, [o.title, offer_status(o.status), o.frequency])
                            for o in file.offers])
        _fill(self.requests, [(r.id, [r.title, request_status(r.status)])
                              for r in file.requests])
        self.offers_heading.setText(self.tr("Offers (%n)", "", len(file.offers)))
        self.requests_heading.setText(self.tr("Requests, seeking help (%n)", "",
                                              len(file.requests)))

    def set_gate(self, why: str | None, share_why: str | None) -> None:
        self.new_offer_button.setEnabled(why is None)
        self.new_request_button.setEnabled(why is None)
        _set_gate(self.gate_label, why)
        _set_gate(self.share_label, share_why if why is None else None)

    def _on_new_offer_button_clicked(self) -> None:
        self.open_requested.emit("offer", {"participant_id": self.participant_id})

    def _on_new_request_button_clicked(self) -> None:
        self.open_requested.emit("request", {"participant_id": self.participant_id})

    def _on_offers_item_activated(self, item: QTableWidgetItem) -> None:
        self.open_requested.emit("offer", {"participant_id": self.participant_id,
                                           "offer_id": item.data(Qt.ItemDataRole.UserRole)})

    def _on_requests_item_activated(self, item: QTableWidgetItem) -> None:
        self.open_requested.emit("request", {"participant_id": self.participant_id,
                                             "request_id": item.data(Qt.ItemDataRole.UserRole)})


class IntroductionsTab(_Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.gate_label = _gate_label(self, self.tr("About sharing offers"))
        self.empty_label = self._empty_label(self.tr("No introductions yet."))
        self.table = _table(self, self.tr("Introductions"), [
            self.tr("Their offer or request"), self.tr("Matched with"), self.tr("Status"),
            self.tr("Planned"), self.tr("Met")])
        for widget in (self.gate_label, self.empty_label, self.table):
            self.layout_.addWidget(widget)

    def show_file(self, file: PersonFile) -> None:
        offer_ids = {o.id for o in file.offers}
        rows = []
        for intro in file.introductions:
            if intro.offer_id in offer_ids:  # their offer, matched with a request or place
                mine, other = intro.offer_id, intro.request_id or intro.opportunity_id
            else:  # their request, met by someone else's offer
                mine, other = intro.request_id, intro.offer_id
            rows.append((intro.id, [file.names.get(mine or "", "—"),
                                    file.names.get(other or "", "—"),
                                    introduction_status(intro.status),
                                    show_date(intro.planned_on), show_date(intro.met_on)]))
        _fill(self.table, rows)
        self.empty_label.setVisible(not rows)

    def set_gate(self, why: str | None) -> None:
        _set_gate(self.gate_label, why)


class HoursTab(_Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.total_label = QLabel(self)
        self.total_label.setAccessibleName(self.tr("Total hours"))
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.table = _table(self, self.tr("Hours"), [
            self.tr("What"), self.tr("When"), self.tr("Given or received"), self.tr("Hours"),
            self.tr("With")])
        self.layout_.addWidget(self.total_label)
        self.layout_.addWidget(self.table)

    def show_file(self, file: PersonFile) -> None:
        pid = file.person.id
        given = sum(e.hours for e in file.exchanges if e.giver_id == pid)
        received = sum(e.hours for e in file.exchanges if e.giver_id != pid)
        rows = []
        for e in file.exchanges:
            gave = e.giver_id == pid
            with_whom = file.names.get(e.organisation_id or "", "")
            rows.append((e.id, [e.description or "—", show_date(e.occurred_on),
                                self.tr("Given") if gave else self.tr("Received"),
                                f"{e.hours:g}", with_whom]))
        _fill(self.table, rows)
        if not rows:
            self.total_label.setText(self.tr("No hours logged yet."))
        else:
            self.total_label.setText(self.tr("Hours given: %1 · hours received: %2")
                                     .replace("%1", f"{given:g}").replace("%2", f"{received:g}"))


class WellbeingTab(_Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.about_label = QLabel(self.tr(
            "The four ONS wellbeing questions, each scored 0 to 10 and kept apart. For the "
            "first three higher is better; for anxiety lower is better."), self)
        self.about_label.setWordWrap(True)
        self.empty_label = self._empty_label(self.tr("No wellbeing answers recorded yet."))
        self.table = _table(self, self.tr("Wellbeing answers"), [
            self.tr("When"), self.tr("Life satisfaction"), self.tr("Worthwhile"),
            self.tr("Happiness yesterday"), self.tr("Anxiety yesterday")], stretch=4)
        for widget in (self.about_label, self.empty_label, self.table):
            self.layout_.addWidget(widget)

    def show_file(self, file: PersonFile) -> None:
        def score(value: int | None) -> str:
            return "—" if value is None else str(value)

        _fill(self.table, [(w.id, [show_date(w.recorded_on)] +
                            [score(getattr(w, q)) for q in models.ONS4_QUESTIONS])
                           for w in file.wellbeing])
        self.empty_label.setVisible(not file.wellbeing)


class NotesTab(_Tab):
    """Append-only notes: a note is added, never edited (the store refuses edits)."""

    added = Signal()

    def __init__(self, vault: Vault, participant_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.participant_id = participant_id
        self.write_label = QLabel(self.tr("&Write a note"), self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Notes can be added but not changed later."))
        self.write_label.setBuddy(self.note_edit)
        self.add_button = QPushButton(self.tr("Add &note"), self)
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notes, newest first"))
        self.list.setWordWrap(True)
        self.layout_.addWidget(self.write_label)
        self.layout_.addWidget(self.note_edit, 1)
        self.layout_.addLayout(_button_row(self.add_button, self.message_label))
        self.layout_.addWidget(self.list, 2)
        self.binder = DraftBinder(vault, f"note:{participant_id}", {"body": self.note_edit})
        self.binder.restore()
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def show_file(self, file: PersonFile) -> None:
        self.list.clear()
        for note in file.notes:
            who = file.names.get(note.staff_id or "", "")
            when = show_date(note.created_at)
            heading = f"{when} · {who}" if who else when
            QListWidgetItem(f"{heading}\n{note.body}", self.list)
        if not file.notes:
            QListWidgetItem(self.tr("No notes yet."), self.list)

    def _on_add_button_clicked(self) -> None:
        body = self.note_edit.toPlainText()
        try:
            Records(self.vault).add(models.Note(participant_id=self.participant_id,
                                                staff_id=self.vault.staff_id, body=body))
        except OfferbookError as error:
            self.message_label.setText(error.message)
            self.note_edit.setFocus()
            return
        self.note_edit.clear()
        self.binder.discard()  # after the clear, which saved an empty draft
        self.message_label.setText(self.tr("Note added."))
        self.added.emit()

    def detach(self) -> None:
        self.binder.detach()
        self.vault = None


def _status(status: str, labels: dict[str, str]) -> str:
    return labels.get(status, status)


def conversation_status(status: str) -> str:
    return _status(status, {
        "in-progress": translate("PersonTabs", "In progress"),
        "paused": translate("PersonTabs", "Paused"),
        "completed": translate("PersonTabs", "Completed")})


def offer_status(status: str) -> str:
    return _status(status, {
        "draft": translate("PersonTabs", "Being shaped"),
        "agreed": translate("PersonTabs", "Agreed"),
        "matched": translate("PersonTabs", "Matched"),
        "active": translate("PersonTabs", "Active"),
        "paused": translate("PersonTabs", "Paused"),
        "ended": translate("PersonTabs", "Ended")})


def request_status(status: str) -> str:
    return _status(status, {
        "open": translate("PersonTabs", "Open"),
        "matched": translate("PersonTabs", "Matched"),
        "met": translate("PersonTabs", "Met", "a request: the help was found"),
        "closed": translate("PersonTabs", "Closed")})


def introduction_status(status: str) -> str:
    return _status(status, {
        "suggested": translate("PersonTabs", "Suggested"),
        "agreed": translate("PersonTabs", "Agreed"),
        "planned": translate("PersonTabs", "Planned", "an introduction: a meeting is planned"),
        "met": translate("PersonTabs", "Met", "an introduction: the two met"),
        "going-well": translate("PersonTabs", "Going well"),
        "did-not-work-out": translate("PersonTabs", "Did not work out"),
        "ended": translate("PersonTabs", "Ended"),
        "declined": translate("PersonTabs", "Declined")})
