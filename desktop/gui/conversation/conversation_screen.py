"""The capabilities conversation: a guided, unhurried walk through the template's sections.

Everything typed is autosaved on every change into the draft "conversation:<id>"; the
Conversation record (answers, who is present, where we are) and its Gift records are written
whenever the section changes, on Pause, on Finish and when the screen is left. Draft and
record together mean nothing typed is lost, whether the app is locked, closed or crashes.
"""

from datetime import date
from functools import cache
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QStyle, QWidget

from desktop.core import conversation as flow, models
from desktop.core.errors import OfferbookError
from desktop.core.taxonomy import Taxonomy, load_taxonomy
from desktop.core.template import ConversationTemplate, load_template
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common.consent_gate import refusal as consent_refusal
from desktop.gui.common.draft_binder import DraftBinder
from desktop.gui.common.screen import Screen
from desktop.gui.conversation.conversation_widgets import AnswerEdit, SectionPage, emphasis
from desktop.gui.forms.ui_conversation import Ui_ConversationScreen

# Icons, not characters like a tick or an arrow: the bundled Noto Sans has no such glyphs.
STATE_ICONS = {flow.DONE: QStyle.StandardPixmap.SP_DialogApplyButton,
               flow.CURRENT: QStyle.StandardPixmap.SP_ArrowRight,
               flow.SKIPPED: QStyle.StandardPixmap.SP_MediaSkipForward}


@cache
def resources() -> tuple[ConversationTemplate, Taxonomy]:
    taxonomy = load_taxonomy()
    return load_template(taxonomy=taxonomy), taxonomy


def form_key(conversation_id: str) -> str:
    return f"conversation:{conversation_id}"


class ConversationScreen(Screen):
    name = "conversation"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConversationScreen()
        self.ui.setupUi(self)
        # title_label: the theme's stylesheet sizes every screen's title the same way.
        self._fit_to_font()
        self.ui.section_list.setSpacing(2)  # bigger targets for a touchpad at the kitchen table
        self.template: ConversationTemplate | None = None
        self.taxonomy: Taxonomy | None = None
        self.conversation: models.Conversation | None = None
        self.pages: dict[str, SectionPage] = {}
        self.binder: DraftBinder | None = None
        self.current = ""
        self._reached = 0
        self._shown: set[str] = set()  # gifts on ticked cards at the last load or save
        self._leave_to: tuple[str, dict[str, str]] = ("people", {})
        self.ui.back_button.clicked.connect(self._on_back_button_clicked)
        self.ui.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.ui.next_button.clicked.connect(self._on_next_button_clicked)
        self.ui.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.ui.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.ui.close_button.clicked.connect(self._on_close_button_clicked)
        self.ui.section_list.itemActivated.connect(self._on_section_list_item_activated)
        self.ui.section_list.itemClicked.connect(self._on_section_list_item_activated)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Alt+Left", self._on_back_button_clicked),
                           ("Ctrl+PgUp", self._on_back_button_clicked),
                           ("Alt+Right", self._on_next_button_clicked),
                           ("Ctrl+PgDown", self._on_next_button_clicked)):
            QShortcut(QKeySequence(keys), self, slot, context)
        self._show_buttons()

    def title(self) -> str:
        return self.tr("Conversation")

    def _fit_to_font(self) -> None:
        self.ui.section_list.setMaximumWidth(self.fontMetrics().averageCharWidth() * 34)
        line = self.fontMetrics().height()
        self.ui.section_list.setIconSize(QSize(line, line))  # state icons scale with the text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self._fit_to_font()
        super().changeEvent(event)

    # ---- opening -------------------------------------------------------------------------

    def open(self, vault: Vault, **args: Any) -> None:
        self._forget()
        super().open(vault, **args)

    def refresh(self) -> None:
        """Open the conversation named in args (or start one), at the section it was left."""
        self._forget()
        if self.vault is None or not self.vault.is_open:
            return
        try:
            self._load()
        except OfferbookError as error:
            self._forget()
            self._say(error.message)
            self._show_buttons()

    def _load(self) -> None:
        self.template, self.taxonomy = resources()
        records = Records(self.vault)
        self._leave_to = ("people", {})
        conversation_id = self.args.get("conversation_id")
        participant_id = (records.get(models.Conversation, conversation_id).participant_id
                          if conversation_id else self.args.get("participant_id") or "")
        records.get(models.Participant, participant_id)  # gone? say so before anything else
        refusal = consent_refusal(self.vault, participant_id, "start-conversation")
        if refusal is not None:
            self._leave_to = ("person", {"participant_id": participant_id})
            raise OfferbookError(refusal)
        if conversation_id:
            conversation = records.get(models.Conversation, conversation_id)
        else:
            participant = records.get(models.Participant, self.args.get("participant_id") or "")
            conversation = records.add(models.Conversation(
                participant_id=participant.id, staff_id=self.vault.staff_id,
                template_id=self.template.id, template_version=self.template.version,
                status="in-progress", current_section=self.template.sections[0].id,
                started_on=date.today().isoformat()))
            # The place saved for unlocking names this conversation, not "start another".
            self.args["conversation_id"] = conversation.id
        if conversation.status == "paused":
            conversation = records.update(models.Conversation, conversation.id,
                                          status="in-progress")
        self.args["participant_id"] = conversation.participant_id
        participant = records.get(models.Participant, conversation.participant_id)
        self._leave_to = ("person", {"participant_id": participant.id})
        self.conversation = conversation
        gifts = records.find(models.Gift, "conversation_id = ?", [conversation.id])
        values = flow.reconcile(self.template, self.taxonomy,
                                flow.values_from_record(self.template, conversation), gifts)
        self._build_pages()
        inputs = {pid: widget for page in self.pages.values()
                  for pid, widget in page.inputs.items()}
        for prompt_id, widget in inputs.items():
            if prompt_id in values:
                _write(widget, values[prompt_id])
        self.binder = DraftBinder(self.vault, form_key(conversation.id), inputs)
        saved = self.binder.values()
        if self.binder.restore() and self.binder.values() != saved:
            self._say(self.tr("Welcome back: everything typed last time is here."))
        self._shown = flow.shown_gift_ids(values) | flow.shown_gift_ids(self.binder.values())
        name = participant.preferred_name or participant.full_name
        self.ui.title_label.setText(self.tr("Conversation with %1").replace("%1", name))
        if conversation.status == "completed":
            self._say(self.tr("This conversation was finished on %1. Any change you make is "
                              "saved.").replace("%1", conversation.completed_on or "?"))
        if conversation.template_id != self.template.id:
            self._say(self.tr("This conversation was started with a different set of "
                              "questions. Answers to questions not shown here are kept."))
        start = flow.resume_at(self.template, conversation)
        self._reached = flow.furthest_reached(self.template, self.binder.values(), start)
        self._show_section(start)

    def _build_pages(self) -> None:
        self.ui.section_list.clear()
        for section in self.template.sections:
            page = SectionPage(self.taxonomy, section, self.ui.section_stack)
            self.ui.section_stack.addWidget(page)
            self.pages[section.id] = page
            item = QListWidgetItem(section.title, self.ui.section_list)
            item.setData(Qt.ItemDataRole.UserRole, section.id)
        # Reading order: the section list, then the page, then the buttons under it. Pages
        # are made after the form, so their widgets would otherwise follow the buttons.
        last_page = self.pages[self.template.sections[-1].id]
        focusable = [w for w in last_page.findChildren(QWidget)
                     if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        last = focusable[-1] if focusable else self.ui.section_list
        for button in (self.ui.back_button, self.ui.skip_button, self.ui.pause_button,
                       self.ui.close_button, self.ui.next_button, self.ui.finish_button):
            QWidget.setTabOrder(last, button)
            last = button

    def close_vault(self) -> None:
        """Locking: forget everything shown. What was typed is already in the draft."""
        self._forget()
        super().close_vault()

    def _forget(self) -> None:
        if self.binder is not None:
            self.binder.detach()
            self.binder = None
        for page in self.pages.values():
            self.ui.section_stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.pages = {}
        self.conversation = None
        self.current = ""
        self.ui.section_list.clear()
        self.ui.title_label.setText(self.tr("Capabilities conversation"))
        self.ui.progress_label.clear()
        self.ui.message_label.clear()
        self._show_buttons()

    # ---- moving about --------------------------------------------------------------------

    def _show_section(self, section_id: str) -> None:
        page = self.pages[section_id]
        self.current = section_id
        self._reached = max(self._reached, flow.section_index(self.template, section_id))
        values = self.binder.values()
        for prompt_id, gifts in page.gifts.items():
            kinds = self.template.prompt(prompt_id).gift_kinds
            gifts.set_heard(flow.suggested_tags(self.taxonomy, self.template, values, kinds))
        self.ui.section_stack.setCurrentWidget(page)
        page.verticalScrollBar().setValue(0)
        self._show_progress(values)
        self._show_buttons()
        first = page.first_input()
        if first is not None and self.isVisible():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_progress(self, values: dict[str, Any]) -> None:
        progress = flow.progress(self.template, values, self.current, self._reached)
        names = {flow.DONE: self.tr("done"), flow.CURRENT: self.tr("now"),
                 flow.SKIPPED: self.tr("skipped"), flow.TODO: self.tr("to come")}
        for row in range(self.ui.section_list.count()):
            item = self.ui.section_list.item(row)
            section = self.template.section(item.data(Qt.ItemDataRole.UserRole))
            state = progress.states[section.id]
            item.setIcon(self._state_icon(state))
            # Screen readers hear the state in words, not the symbol.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{section.title}: {names[state]}")
            item.setToolTip(names[state])
            item.setFont(emphasis(bold=state == flow.CURRENT))
            if state == flow.CURRENT:
                self.ui.section_list.setCurrentItem(item)
        self.ui.progress_label.setText(
            self.tr("Section %1 of %2. Done: %3. Skipped: %4.")
            .replace("%1", str(progress.position)).replace("%2", str(progress.total))
            .replace("%3", str(progress.done)).replace("%4", str(progress.skipped)))

    def _state_icon(self, state: str) -> QIcon:
        if state in STATE_ICONS:
            return self.style().standardIcon(STATE_ICONS[state])
        blank = QPixmap(self.ui.section_list.iconSize())
        blank.fill(Qt.GlobalColor.transparent)  # keeps titles lined up under the icons
        return QIcon(blank)

    def _show_buttons(self) -> None:
        loaded = self.conversation is not None
        ids = self.template.section_ids() if loaded else ()
        first = loaded and self.current == ids[0]
        last = loaded and self.current == ids[-1]
        completed = loaded and self.conversation.status == "completed"
        self.ui.back_button.setEnabled(loaded and not first)
        self.ui.skip_button.setEnabled(loaded and not last)
        self.ui.skip_button.setVisible(not completed)
        self.ui.next_button.setVisible(not last)
        self.ui.next_button.setEnabled(loaded)
        self.ui.finish_button.setVisible(loaded and last and not completed)
        self.ui.pause_button.setVisible(loaded and not completed)
        self.ui.close_button.setVisible(not loaded or completed)
        self.ui.section_list.setEnabled(loaded)

    def section_count(self) -> int:
        return len(self.pages)

    def go_to_section(self, index: int) -> bool:
        """Save and show the section at `index` (the screenshots command walks them)."""
        if self.conversation is None or not 0 <= index < len(self.template.sections):
            return False
        return self._go_to(self.template.sections[index].id)

    def _go_to(self, section_id: str | None) -> bool:
        if self.conversation is None or section_id is None or section_id == self.current:
            return False
        if not self._save(current_section=section_id):
            self._show_progress(self.binder.values())  # the list shows where we still are
            return False
        self.ui.message_label.clear()
        self._show_section(section_id)
        return True

    def _on_back_button_clicked(self) -> None:
        if self.ui.back_button.isEnabled():
            self._go_to(flow.neighbour(self.template, self.current, -1))

    def _on_next_button_clicked(self) -> None:
        if self.conversation is not None:
            self._go_to(flow.neighbour(self.template, self.current, +1))

    def _on_skip_button_clicked(self) -> None:
        if self.conversation is None:
            return
        left = self.template.section(self.current).title
        if self._go_to(flow.neighbour(self.template, self.current, +1)):
            self._say(self.tr("Skipped \u201c%1\u201d. You can come back to it from the list "
                              "of sections at any time.").replace("%1", left))

    def _on_section_list_item_activated(self, item: QListWidgetItem) -> None:
        self._go_to(item.data(Qt.ItemDataRole.UserRole))

    def _on_pause_button_clicked(self) -> None:
        self._leave(status="paused")

    def _on_finish_button_clicked(self) -> None:
        if self.conversation is None:
            return
        changes: dict[str, Any] = {"status": "completed"}
        if not self.conversation.completed_on:
            changes["completed_on"] = date.today().isoformat()
        self._leave(**changes)

    def _on_close_button_clicked(self) -> None:
        if self.conversation is None:
            self.navigate.emit(*self._leave_to)  # nothing loaded: back to whatever exists
            return
        self._leave()

    def _leave(self, **changes: Any) -> None:
        """Save for real, drop the draft (the record now holds it all), go back to the person."""
        if self.conversation is None or not self._save(**changes):
            return
        self.binder.discard()
        participant_id = self.conversation.participant_id
        self._forget()
        self.navigate.emit("person", {"participant_id": participant_id})

    # ---- saving --------------------------------------------------------------------------

    def _save(self, **changes: Any) -> bool:
        """Write the answers, who is present and the gifts, in one transaction."""
        conversation = self.conversation
        records = Records(self.vault)
        try:
            existing = records.find(models.Gift, "conversation_id = ?", [conversation.id])
            plan = flow.plan_gifts(self.template, self.taxonomy, self.binder.values(), existing,
                                   conversation.participant_id, conversation.id, self._shown)
            fields = flow.record_fields(self.template, conversation.answers, plan.values,
                                        conversation.present)
            fields.setdefault("current_section", self.current)
            fields.update(changes)
            with self.vault.transaction():
                for gift in plan.add:
                    records.add(gift)
                for gift_id, gift_changes in plan.update:
                    records.update(models.Gift, gift_id, **gift_changes)
                for gift_id in plan.delete:
                    records.delete(models.Gift, gift_id)
                self.conversation = records.update(models.Conversation, conversation.id,
                                                   **fields)
        except OfferbookError as error:
            self._say(error.message + " " + self.tr("What you typed is kept in the draft."))
            return False
        self._shown = flow.shown_gift_ids(plan.values)
        ids = plan.gift_ids()
        for page in self.pages.values():
            for prompt_id, gifts in page.gifts.items():
                gifts.set_gift_ids(ids.get(prompt_id, {}))
        return True

    def hideEvent(self, event) -> None:
        # Leaving by the navigation column: save, so the person's page shows today's gifts.
        if (not event.spontaneous() and self.conversation is not None and self.vault is not None
                and self.vault.is_open):
            self._save()
        super().hideEvent(event)

    def _say(self, text: str) -> None:
        self.ui.message_label.setText(text)


def _write(widget: QWidget, value: Any) -> None:
    if isinstance(widget, AnswerEdit):
        widget.setPlainText(value if isinstance(value, str) else "")
    else:
        widget.setValue(value)
