"""One person: their details, consents, conversations, offers and requests, introductions,
hours, wellbeing and notes — or, opened without a participant id, the form to add someone.

Consent gates live here: whatever needs an agreement is disabled, with the reason beside it,
until that agreement is in force (desktop.core.consent decides which one is).
"""

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import consent as rules, models
from desktop.core.errors import OfferbookError
from desktop.store import people_filters
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common.screen import Screen
from desktop.gui.people.consent_panel import ConsentPanel
from desktop.gui.people.erase_dialog import EraseAction
from desktop.gui.people.person_form import PersonForm, status_labels
from desktop.gui.people.person_tabs import (
    ConversationsTab,
    HoursTab,
    IntroductionsTab,
    NotesTab,
    OffersTab,
    WellbeingTab,
)
from desktop.gui.printing.person_print import PersonPrint


def _scrolled(parent: QWidget, name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A page that scrolls when text is large, holding widgets made per person."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setAccessibleName(name)
    inner = QWidget(area)
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 0, 0)
    area.setWidget(inner)
    return area, layout


class PersonScreen(Screen):
    name = "person"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Person"))
        self.file: people_filters.PersonFile | None = None
        self.form: PersonForm | None = None
        self.consent_panel: ConsentPanel | None = None
        self.notes: NotesTab | None = None
        self.current: dict[str, Any] = {}

        self.name_label = QLabel(self)
        self.name_label.setAccessibleName(self.tr("Name"))
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full_name_label = QLabel(self)
        self.full_name_label.setAccessibleName(self.tr("Full name"))
        self.meta_label = QLabel(self)
        self.meta_label.setAccessibleName(self.tr("About"))
        self.meta_label.setWordWrap(True)
        self.banner_label = QLabel(self)
        self.banner_label.setAccessibleName(self.tr("What needs their agreement"))
        self.banner_label.setWordWrap(True)
        bold = self.banner_label.font()
        bold.setBold(True)
        self.banner_label.setFont(bold)
        self.banner_label.hide()

        self.tabs = QTabWidget(self)
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of this person's record"))
        self.tabs.setAccessibleName(self.tr("About this person"))
        self.details_page, self.details_layout = _scrolled(self.tabs, self.tr("Details"))
        self.consents_page, self.consents_layout = _scrolled(self.tabs, self.tr("Consents"))
        self.conversations = ConversationsTab(self.tabs)
        self.offers = OffersTab(self.tabs)
        self.introductions = IntroductionsTab(self.tabs)
        self.hours = HoursTab(self.tabs)
        self.wellbeing = WellbeingTab(self.tabs)
        self.notes_page = QWidget(self.tabs)
        self.notes_layout = QVBoxLayout(self.notes_page)
        self.notes_layout.setContentsMargins(0, 0, 0, 0)
        for page, title in ((self.details_page, self.tr("Details")),
                            (self.consents_page, self.tr("Consents")),
                            (self.conversations, self.tr("Conversations")),
                            (self.offers, self.tr("Offers and requests")),
                            (self.introductions, self.tr("Introductions")),
                            (self.hours, self.tr("Hours")),
                            (self.wellbeing, self.tr("Wellbeing")),
                            (self.notes_page, self.tr("Notes"))):
            self.tabs.addTab(page, title)
        for tab in (self.conversations, self.offers, self.introductions):
            tab.open_requested.connect(self._on_tab_open_requested)

        self.profile = QWidget(self)
        profile_layout = QVBoxLayout(self.profile)
        profile_layout.setContentsMargins(0, 0, 0, 0)
        # Coordinators only (desktop.gui.people.erase_dialog).
        self.erase = EraseAction(self.profile)
        self.erase.erased.connect(self._on_erase_erased)
        heading = QHBoxLayout()  # the name, and at its right the rarely used erase button
        heading.addWidget(self.name_label, 1)
        heading.addSpacing(24)  # a right-to-left name ends on the right, next to the button
        heading.addWidget(self.erase.button, 0, Qt.AlignmentFlag.AlignTop)
        profile_layout.addLayout(heading)
        for widget in (self.full_name_label, self.meta_label, self.banner_label):
            profile_layout.addWidget(widget)
        self.printing = PersonPrint(self.profile)  # Print card…, Save summary as PDF…
        profile_layout.addWidget(self.printing)
        profile_layout.addWidget(self.tabs, 1)

        self.new_page, self.new_layout = _scrolled(self, self.tr("Add a person"))
        self.new_title = QLabel(self.tr("Add a person"), self)
        self.new_title.setFont(font)
        self.new_layout.addWidget(self.new_title)
        self.missing_label = QLabel(self)
        self.missing_label.setWordWrap(True)
        self.missing_label.setAccessibleName(self.tr("Message"))

        self.stack = QStackedWidget(self)
        for page in (self.profile, self.new_page, self.missing_label):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def title(self) -> str:
        return self.tr("Person")

    # ---- opening ---------------------------------------------------------------------------

    def open(self, vault: Vault, **args: Any) -> None:
        same_person = args.get("participant_id") == self.args.get("participant_id")
        self._drop_forms()  # forms belong to one person: the next one gets fresh ones
        super().open(vault, **args)
        if not same_person:
            self.tabs.setCurrentIndex(0)
        if self.stack.currentWidget() is self.profile:
            self.tabs.tabBar().setFocus()  # keyboard users start at the tabs

    def refresh(self) -> None:
        if self.vault is None or not self.vault.is_open:
            return
        participant_id = self.args.get("participant_id")
        if not participant_id:
            self._show_new()
            return
        try:
            self.file = people_filters.person_file(self.vault, participant_id)
        except OfferbookError as error:
            self.missing_label.setText(error.message)
            self.stack.setCurrentWidget(self.missing_label)
            return
        if self.form is None:
            self._make_forms(participant_id)
        self._show_file(self.file)
        self.stack.setCurrentWidget(self.profile)

    def _show_new(self) -> None:
        if self.form is None:
            self.form = PersonForm(self.vault, None, self.new_page)
            self.new_layout.addWidget(self.form)
            self.form.saved.connect(self._on_new_form_saved)
            self.form.cancelled.connect(self._on_new_form_cancelled)
            self.form.open_requested.connect(self._on_form_open_requested)
        self.stack.setCurrentWidget(self.new_page)
        first = self.form.ui.keep_record_check
        first.setFocus()

    def _make_forms(self, participant_id: str) -> None:
        self.form = PersonForm(self.vault, participant_id, self.details_page)
        self.details_layout.addWidget(self.form)
        self.form.saved.connect(self._on_details_form_saved)
        self.consent_panel = ConsentPanel(self.vault, participant_id, self.consents_page)
        self.consents_layout.addWidget(self.consent_panel)
        self.consent_panel.changed.connect(self._on_consent_panel_changed)
        self.notes = NotesTab(self.vault, participant_id, self.notes_page)
        self.notes_layout.addWidget(self.notes)
        self.notes.added.connect(self._on_notes_added)

    def _drop_forms(self) -> None:
        for widget in (self.form, self.consent_panel, self.notes):
            if widget is not None:
                widget.detach()
                widget.hide()
                widget.deleteLater()
        self.form = self.consent_panel = self.notes = None
        self.file = None
        self.current = {}

    # ---- showing ---------------------------------------------------------------------------

    def _show_file(self, file: people_filters.PersonFile) -> None:
        person = file.person
        self.name_label.setText(person.preferred_name or person.full_name)
        self.full_name_label.setText(person.full_name)
        self.full_name_label.setVisible(bool(person.preferred_name)
                                        and person.preferred_name != person.full_name)
        facts = [status_labels().get(person.status, person.status)]
        if person.linker_id in file.names:
            facts.append(self.tr("Linker: %1").replace("%1", file.names[person.linker_id]))
        if person.team_id in file.names:
            facts.append(self.tr("Team: %1").replace("%1", file.names[person.team_id]))
        if person.languages:
            facts.append(self.tr("Speaks %1").replace("%1", ", ".join(person.languages)))
        self.meta_label.setText(" · ".join(facts))
        self.erase.show_for(self.vault, person)
        self.current = rules.current_consents(file.consents, date.today())
        self.printing.show_for(self.vault, file, self.current)
        self.consent_panel.set_consents(file.consents, file.names)
        for tab in (self.conversations, self.offers, self.introductions, self.hours,
                    self.wellbeing, self.notes):
            tab.show_file(file)
        self._apply_gates()

    def why_blocked(self, action: str) -> str | None:
        """The explanation shown while `action` (core.consent.ACTIONS) is not allowed."""
        purpose = rules.blocked(action, self.current)
        if purpose is None:
            return None
        return QCoreApplication.translate(rules.CONTEXT, rules.requires(purpose))

    def _apply_gates(self) -> None:
        keep_why = self.why_blocked("start-conversation")
        share_why = self.why_blocked("share-offer")
        self.banner_label.setText(keep_why or "")
        self.banner_label.setVisible(keep_why is not None)
        self.conversations.set_gate(keep_why)
        self.offers.set_gate(self.why_blocked("new-offer"), share_why)
        self.introductions.set_gate(share_why)
        self.form.set_consents(self.current)

    # ---- slots -----------------------------------------------------------------------------

    def _on_tab_open_requested(self, screen: str, args: dict) -> None:
        self.navigate.emit(screen, args)

    def _on_new_form_saved(self, participant_id: str) -> None:
        self.navigate.emit("person", {"participant_id": participant_id})

    def _on_new_form_cancelled(self) -> None:
        self.navigate.emit("people", {})

    def _on_form_open_requested(self, participant_id: str) -> None:
        self.navigate.emit("person", {"participant_id": participant_id})

    # After a save only the part that changed is read again: the rest of the file is as it
    # was, and reading it all again costs most at 100,000 people.

    def _on_details_form_saved(self, participant_id: str) -> None:
        if self.file is not None:
            self.file.person = Records(self.vault).get(models.Participant, participant_id)
            self._show_file(self.file)

    def _on_consent_panel_changed(self) -> None:
        if self.file is not None:
            self.file.consents = people_filters.consents_of(self.vault, self.file.person.id)
            self._show_file(self.file)

    def _on_erase_erased(self, _text: str) -> None:
        self.navigate.emit("people", {})

    def _on_notes_added(self) -> None:
        if self.file is not None:
            self.file.notes = people_filters.notes_of(self.vault, self.file.person.id)
            self.notes.show_file(self.file)

    def close_vault(self) -> None:
        self._drop_forms()
        self.printing.forget()
        self.erase.forget()
        for label in (self.name_label, self.full_name_label, self.meta_label,
                      self.banner_label, self.missing_label):
            label.clear()
        for tab in (self.conversations, self.offers, self.introductions, self.hours,
                    self.wellbeing):
            tab.show_file(_EMPTY_FILE)
        super().close_vault()


_EMPTY_FILE = people_filters.PersonFile(person=models.Participant())
