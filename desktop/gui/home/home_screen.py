"""Home: what needs doing today, what can be picked up again, and who was seen lately.

Every list is short and bounded (see desktop.store.home_queries), works by keyboard (arrows to
move, Enter to open) and says in plain words when it is empty.
"""

from dataclasses import dataclass
from datetime import date, datetime
import logging
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.core.home_items import days_overdue, display_name
from desktop.store import home_queries
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common import operations
from desktop.gui.common.screen import Screen
from desktop.gui.common.words import ID_ROLE, day_words, scaled, time_words
from desktop.gui.sync.status_line import status_words

log = logging.getLogger(__name__)

class Section(QWidget):
    """A heading, a list (Enter opens), its buttons, an inline message and an empty state."""

    def __init__(self, heading: str, accessible: str, empty: str, parent: QWidget):
        super().__init__(parent)
        self.heading = QLabel(heading, self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(accessible)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.heading.setBuddy(self.list)
        self.empty_text = empty
        self.empty_label = QLabel(empty, self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("%1: empty").replace("%1", accessible))
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(self.buttons)
        layout.addStretch()  # takes the room only while the list is hidden (stretch 0 vs 1)

    def add_button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def show_loading(self) -> None:
        """Until the first load arrives, an empty list says it is loading, not that it is
        empty; a list already shown stays as it is until the fresh one replaces it."""
        if self.list.count() == 0:
            self.empty_label.setText(self.tr("Loading…"))
            self.empty_label.show()
            self.list.hide()
            self._show_buttons(False)

    def _show_buttons(self, shown: bool) -> None:
        for index in range(self.buttons.count()):
            widget = self.buttons.itemAt(index).widget()
            if widget is not None:
                widget.setVisible(shown)

    def set_items(self, items: list[tuple[str, Any, bool]]) -> None:
        """Each item is (text, id, emphasised). Keeps the current row where it can."""
        self.empty_label.setText(self.empty_text)
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for text, item_id, emphasised in items:
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, item_id)
            if emphasised:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        empty = not items
        self.empty_label.setVisible(empty)
        self.list.setVisible(not empty)
        self._show_buttons(not empty)  # nothing to act on: no buttons to tab through either
        if items:
            self.list.setCurrentRow(min(row, len(items) - 1))

    def current_id(self) -> Any:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))


@dataclass(frozen=True)
class HomeData:
    follow_ups: list[home_queries.FollowUpRow]
    follow_ups_total: int
    conversations: list[home_queries.ConversationRow]
    seen: list[home_queries.SeenRow]
    drafts: list[home_queries.DraftRow]


def gather(vault: Vault, today: date) -> HomeData:
    """Everything home shows, read in one go (on a worker thread: no widgets here)."""
    follow_ups, total = home_queries.follow_ups_due(vault, today.isoformat())
    return HomeData(follow_ups, total, home_queries.open_conversations(vault),
                    home_queries.recently_seen(vault, today.isoformat()),
                    home_queries.drafts_waiting(vault))


class HomeScreen(Screen):
    name = "home"
    loaded = Signal()  # the lists are on screen (tests wait for it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Home"))
        self._last_done: str | None = None  # the follow-up "Undo" would reopen
        self.loading = False  # a load is on its way (screenshots wait for it to land)
        self._note: tuple[Section, str, QWidget] | None = None  # said once the load lands
        self.date_label = QLabel(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()

        self.follow_ups = Section(
            self.tr("&Follow-ups due"), self.tr("Follow-ups due"),
            self.tr("Nothing is due today and nothing is overdue. A follow-up appears here on "
                    "the day it is due."), self)
        self.mark_done_button = self.follow_ups.add_button(self.tr("&Mark done"),
                                                           self.tr("Mark done"))
        self.undo_button = self.follow_ups.add_button(self.tr("&Undo"),
                                                      self.tr("Undo mark done"))
        self.open_person_button = self.follow_ups.add_button(self.tr("&Open person"),
                                                             self.tr("Open person"))
        self.conversations = Section(
            self.tr("&Conversations to pick up"), self.tr("Conversations to pick up"),
            self.tr("No conversations are in progress. A conversation you pause appears here, "
                    "so you can pick it up another day."), self)
        self.resume_button = self.conversations.add_button(self.tr("&Resume"),
                                                           self.tr("Resume conversation"))
        self.seen = Section(
            self.tr("Recently &seen"), self.tr("Recently seen"),
            self.tr("Nobody has been seen yet. People appear here after a drop-in, a "
                    "conversation or a note."), self)
        self.show_person_button = self.seen.add_button(self.tr("Show &person"),
                                                       self.tr("Show person"))
        self.drafts = Section(
            self.tr("&Drafts waiting"), self.tr("Drafts waiting"),
            self.tr("No drafts are waiting. Everything typed so far has been saved."), self)
        self.carry_on_button = self.drafts.add_button(self.tr("Carry o&n"),
                                                      self.tr("Carry on with draft"))
        self.sync_heading = QLabel(self.tr("Sync"), self)
        self.sync_label = QLabel(self.tr("Sync is not set up yet — everything is saved on this "
                                         "laptop."), self)
        self.sync_label.setWordWrap(True)
        self.sync_label.setAccessibleName(self.tr("Sync state"))

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.follow_ups, 3)
        left.addWidget(self.conversations, 2)
        right.addWidget(self.seen, 3)
        right.addWidget(self.drafts, 2)
        right.addWidget(self.sync_heading)
        right.addWidget(self.sync_label)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.date_label)
        layout.addWidget(self.message_label)
        layout.addLayout(columns, 1)
        self._set_tab_order()
        self._apply_fonts()
        QApplication.instance().fontChanged.connect(self._on_app_font_changed)

        self.follow_ups.list.itemActivated.connect(self._on_open_person_button_clicked)
        self.mark_done_button.clicked.connect(self._on_mark_done_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.open_person_button.clicked.connect(self._on_open_person_button_clicked)
        self.conversations.list.itemActivated.connect(self._on_resume_button_clicked)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.seen.list.itemActivated.connect(self._on_show_person_button_clicked)
        self.show_person_button.clicked.connect(self._on_show_person_button_clicked)
        self.drafts.list.itemActivated.connect(self._on_carry_on_button_clicked)
        self.carry_on_button.clicked.connect(self._on_carry_on_button_clicked)

    def _set_tab_order(self) -> None:
        # Reading order: down the left column, then down the right one.
        chain = [self.follow_ups.list, self.mark_done_button, self.undo_button,
                 self.open_person_button, self.conversations.list, self.resume_button,
                 self.seen.list, self.show_person_button, self.drafts.list,
                 self.carry_on_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def title(self) -> str:
        return self.tr("Home")

    def use_sync(self, controller) -> None:
        """Under "Sync", say what the status line says (desktop.gui.sync.status_line)."""
        controller.state_changed.connect(self._on_sync_state_changed)
        self._on_sync_state_changed(controller.state)

    def _on_sync_state_changed(self, state) -> None:
        text = status_words(state)
        if text:  # until the first reading, the words from __init__ stay
            self.sync_label.setText(text)

    def _apply_fonts(self) -> None:
        """Headings a little larger than the text, from the app's text size each time it
        changes (a font set on a widget no longer follows the application's)."""
        base = QApplication.font()
        self.date_label.setFont(scaled(base, 1.4))
        heading = scaled(base, 1.15)
        heading.setBold(True)
        for label in (self.follow_ups.heading, self.conversations.heading, self.seen.heading,
                      self.drafts.heading, self.sync_heading):
            label.setFont(heading)

    def _on_app_font_changed(self, _font: QFont) -> None:
        self._apply_fonts()

    # ---- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the lists off the GUI thread: on a large register some of them take a moment,
        and unlocking must show the screen at once."""
        if self.vault is None or not self.vault.is_open:
            return
        vault, today = self.vault, date.today()
        self.loading = True
        self.date_label.setText(QLocale().toString(
            QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat))
        for section in (self.follow_ups, self.conversations, self.seen, self.drafts):
            section.show_loading()
        # A load that started before a newer one, or before a lock, is dropped when it lands.
        operations.run(self, lambda _task: gather(vault, today), key="load",
                       on_success=lambda data: self._on_loaded(today, data),
                       on_failure=self._on_load_failed, on_finished=self._on_load_finished)

    def _on_loaded(self, today: date, data: "HomeData") -> None:
        for section in (self.follow_ups, self.conversations, self.seen, self.drafts):
            section.say("")
        self._say("")
        self._show_follow_ups(data, today)
        self._show_conversations(data, today)
        self._show_seen(data, today)
        self._show_drafts(data, today)
        self.undo_button.setVisible(self._last_done is not None)  # only when there is one
        if self._note is not None:
            section, text, focus = self._note
            self._note = None
            section.say(text)
            (section.list if section.list.isVisible() else focus).setFocus()
        self.loaded.emit()

    def _on_load_failed(self, error: OfferbookError) -> None:
        self._say(error.message)
        self.loaded.emit()

    def _on_load_finished(self) -> None:
        self.loading = False

    def _show_follow_ups(self, data: "HomeData", today: date) -> None:
        items = []
        for row in data.follow_ups:
            late = days_overdue(row.due_on, today)
            when = (self.tr("Overdue by %n day(s)", "", late) if late
                    else self.tr("Due today"))
            text = f"{when} · {display_name(row.full_name, row.preferred_name)}"
            if row.note:
                text += f"\n{row.note}"
            items.append((text, (row.id, row.participant_id), late > 0))
        self.follow_ups.set_items(items)
        total = data.follow_ups_total
        self.follow_ups.heading.setText(
            self.tr("&Follow-ups due (%n)", "", total) if total else self.tr("&Follow-ups due"))
        if total > len(data.follow_ups):
            self.follow_ups.say(self.tr("Showing the oldest %1 of %2. Mark some done to see "
                                        "the rest.").replace("%1", str(len(data.follow_ups)))
                                .replace("%2", str(total)))

    def _show_conversations(self, data: "HomeData", today: date) -> None:
        items = []
        for row in data.conversations:
            state = self.tr("Paused") if row.status == "paused" else self.tr("In progress")
            text = f"{state} · {display_name(row.full_name, row.preferred_name)}"
            if row.started_on:
                text += "\n" + self.tr("Started %1").replace(
                    "%1", day_words(self, row.started_on, today))
            items.append((text, (row.id, row.participant_id), False))
        self.conversations.set_items(items)

    def _show_seen(self, data: "HomeData", today: date) -> None:
        how_words = {"drop-in": self.tr("Came to a drop-in"),
                     "conversation": self.tr("Had a conversation"),
                     "note": self.tr("A note was added")}
        items = []
        for row in data.seen:
            text = (f"{display_name(row.full_name, row.preferred_name)}\n"
                    f"{how_words.get(row.how, '')} · {day_words(self, row.seen_on, today)}")
            items.append((text, row.participant_id, False))
        self.seen.set_items(items)

    def _show_drafts(self, data: "HomeData", today: date) -> None:
        items = []
        for row in data.drafts:
            text = self._draft_words(row)
            saved = self._saved_words(row.updated_at, today)
            if saved:
                text += "\n" + saved
            items.append((text, row.form, False))
        self.drafts.set_items(items)

    def _draft_words(self, row: home_queries.DraftRow) -> str:
        if row.kind == "participant" and row.form.endswith(":new"):
            return self.tr("Details of a new person")
        words = {"participant": self.tr("Changes to a person's details"),
                 "offer": self.tr("An offer"), "request": self.tr("A request for help"),
                 "conversation": self.tr("A capabilities conversation"),
                 "consent": self.tr("A consent"), "hours": self.tr("Hours being logged")}
        text = words.get(row.kind, self.tr("A form"))
        who = display_name(row.full_name, row.preferred_name)
        return f"{text} · {who}" if who else text

    def _saved_words(self, updated_at: str, today: date) -> str:
        try:
            moment = datetime.fromisoformat(updated_at).astimezone()  # stored in UTC
        except ValueError:
            return ""
        return self.tr("Saved %1 at %2").replace(
            "%1", day_words(self, moment.date().isoformat(), today)).replace(
            "%2", time_words(moment))

    # ---- actions -------------------------------------------------------------------------

    def _on_mark_done_button_clicked(self) -> None:
        chosen = self.follow_ups.current_id()
        if chosen is None or self.vault is None:
            return
        if self._set_done(chosen[0], date.today().isoformat()):
            self._last_done = chosen[0]
            self._note = (self.follow_ups, self.tr("Marked done. Press Undo if that was a "
                                                   "mistake."), self.undo_button)
            self.refresh()

    def _on_undo_button_clicked(self) -> None:
        if self._last_done is None or self.vault is None:
            return
        if self._set_done(self._last_done, ""):
            self._last_done = None
            self._note = (self.follow_ups, self.tr("The follow-up is back on the list."),
                          self.follow_ups.list)
            self.refresh()

    def _set_done(self, follow_up_id: str, done_on: str) -> bool:
        try:
            Records(self.vault).update(models.FollowUp, follow_up_id, done_on=done_on)
        except Exception as error:
            operations.show_failure(self, error, lambda plain: self.follow_ups.say(plain.message))
            return False
        return True

    def _on_open_person_button_clicked(self, *_args: Any) -> None:
        chosen = self.follow_ups.current_id()
        if chosen is not None:
            self.navigate.emit("person", {"participant_id": chosen[1]})

    def _on_resume_button_clicked(self, *_args: Any) -> None:
        chosen = self.conversations.current_id()
        if chosen is not None:
            self.navigate.emit("conversation", {"participant_id": chosen[1],
                                                "conversation_id": chosen[0]})

    def _on_show_person_button_clicked(self, *_args: Any) -> None:
        participant_id = self.seen.current_id()
        if participant_id is not None:
            self.navigate.emit("person", {"participant_id": participant_id})

    def _on_carry_on_button_clicked(self, *_args: Any) -> None:
        form = self.drafts.current_id()
        if form is None or self.vault is None:
            return
        try:
            target = home_queries.draft_target(self.vault, form)
        except Exception as error:
            operations.show_failure(self, error, lambda plain: self.drafts.say(plain.message))
            return
        if target is None:
            self.drafts.say(self.tr("This draft cannot be opened from here; it comes back when "
                                    "you open the same form again."))
            return
        self.navigate.emit(*target)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def close_vault(self) -> None:
        super().close_vault()
        operations.cancel(self)  # a load still running is dropped when it arrives
        self.loading = False
        self._last_done = None
        self._note = None
        for section in (self.follow_ups, self.conversations, self.seen, self.drafts):
            section.set_items([])
            section.say("")
        self.follow_ups.heading.setText(self.tr("&Follow-ups due"))
        self._say("")
