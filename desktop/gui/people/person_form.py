"""Adding a person, or editing their details: every keystroke kept as a draft until saved.

One form object serves one person (or one new person) for its whole life: the screen makes a
new form each time it opens, so a draft binder never outlives the record it saves for.

For a new person the form also asks what they agreed to today, because contact details and
health details may only be written down once they have said yes; those fields stay locked,
with the reason beside them, until the matching box is ticked. For someone already in the
register the same fields follow the consents recorded on their Consents tab.
"""

from datetime import date
import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from desktop.core import consent as consent_rules, models, validation
from desktop.core.duplicates import SAME_NAME, SAME_PHONE
from desktop.core.errors import OfferbookError, ValidationError
from desktop.core.ids import new_id
from desktop.store import people_filters
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common.draft_binder import DraftBinder, read_widget
from desktop.gui.common.messages import Messages
from desktop.gui.forms.ui_person_form import Ui_PersonForm

NEW_FORM = "participant:new"
_GATED_CONTACT = ("phone", "email", "address")


def form_key(participant_id: str | None) -> str:
    return f"participant:{participant_id}" if participant_id else NEW_FORM


def split_languages(text: str) -> list[str]:
    # Commas as typed on any keyboard: Latin, Arabic (،) and CJK (、，).
    return [part.strip() for part in re.split(r"[,;\n،、，]", text) if part.strip()]


class PersonForm(QWidget):
    saved = Signal(str)  # the participant's id
    cancelled = Signal()
    open_requested = Signal(str)  # open this existing participant instead

    def __init__(self, vault: Vault, participant_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersonForm()
        self.ui.setupUi(self)
        self.vault = vault
        self.participant_id = participant_id
        self.record: models.Participant | None = None
        self._current: dict[str, models.Consent | None] = {}
        self._duplicates: list[tuple[models.Participant, str]] = []
        self._save_anyway = False
        ui = self.ui
        self.fields = {
            "full_name": ui.full_name_edit, "preferred_name": ui.preferred_name_edit,
            "languages": ui.languages_edit, "team_id": ui.team_combo,
            "linker_id": ui.linker_combo, "status": ui.status_combo,
            "postcode": ui.postcode_edit, "phone": ui.phone_edit, "email": ui.email_edit,
            "address": ui.address_edit, "accessibility_needs": ui.accessibility_edit,
        }
        for label in (ui.message_label, ui.duplicate_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        ui.duplicate_frame.hide()
        ui.message_label.hide()
        ui.restored_label.hide()
        self._fill_choices()
        widgets = dict(self.fields)
        if participant_id:
            self.record = Records(vault).get(models.Participant, participant_id)
            self._show_record(self.record)
            ui.agreed_group.hide()
            ui.cancel_button.setText(self.tr("Undo chan&ges"))
            ui.cancel_button.setAccessibleName(self.tr("Undo changes"))
        else:
            self._set_defaults()
            widgets.update({"consent_keep_record": ui.keep_record_check,
                            "consent_contact": ui.contact_check,
                            "consent_special": ui.special_check,
                            "consent_method": ui.method_combo})
            self.escape = QShortcut(QKeySequence("Esc"), self)
            self.escape.activated.connect(self._on_cancel_button_clicked)
        # The binder starts after the record is shown, so showing it is not saved as a draft.
        self.binder = DraftBinder(vault, form_key(participant_id), widgets)
        if self.binder.restore():
            ui.restored_label.setText(self.tr(
                "What you were typing last time is back: save it, or undo it."))
            ui.restored_label.show()
        ui.save_button.clicked.connect(self._on_save_button_clicked)
        ui.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        ui.save_anyway_button.clicked.connect(self._on_save_anyway_button_clicked)
        ui.open_existing_button.clicked.connect(self._on_open_existing_button_clicked)
        ui.contact_check.toggled.connect(self._on_agreed_toggled)
        ui.special_check.toggled.connect(self._on_agreed_toggled)
        for name in ("full_name", "preferred_name", "phone", "postcode"):
            self.fields[name].textChanged.connect(self._on_identity_text_changed)
        self._apply_gates()

    # ---- filling ---------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        records, ui = Records(self.vault), self.ui
        ui.team_combo.addItem(self.tr("No team"), "")
        for team in sorted(records.find(models.Team), key=lambda t: t.name.casefold()):
            ui.team_combo.addItem(team.name, team.id)
        ui.linker_combo.addItem(self.tr("No linker yet"), "")
        for staff in sorted(records.find(models.Staff), key=lambda s: s.name.casefold()):
            if staff.active:
                ui.linker_combo.addItem(staff.name, staff.id)
        for status, label in status_labels().items():
            ui.status_combo.addItem(label, status)
        for method, label in consent_rules.METHOD_LABELS.items():
            ui.method_combo.addItem(QCoreApplication.translate("Consent", label), method)

    def _set_defaults(self) -> None:
        """A new person is usually the signed-in linker's, in their team."""
        staff_id = self.vault.staff_id
        _select(self.ui.linker_combo, staff_id or "")
        try:
            staff = Records(self.vault).get(models.Staff, staff_id) if staff_id else None
        except OfferbookError:
            staff = None
        if staff is not None and staff.team_id:
            _select(self.ui.team_combo, staff.team_id)

    def _show_record(self, person: models.Participant) -> None:
        values = person.data()
        values["languages"] = ", ".join(person.languages)
        for name, widget in self.fields.items():
            value = values.get(name)
            if name in ("team_id", "linker_id", "status"):
                _select(widget, value or "")
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(value or "")
            else:
                widget.setText(value or "")

    # ---- consent gates ---------------------------------------------------------------------

    def set_consents(self, current: dict[str, models.Consent | None]) -> None:
        """For an existing person: which consents are in force (see core.consent)."""
        self._current = current
        self._apply_gates()

    def _allowed(self, purpose: str) -> bool:
        if self.participant_id is None:
            check = {"contact": self.ui.contact_check,
                     "special-category": self.ui.special_check}[purpose]
            return check.isChecked()
        return self._current.get(purpose) is not None

    def _apply_gates(self) -> None:
        ui = self.ui
        contact_ok = self._allowed("contact")
        special_ok = self._allowed("special-category")
        for name in _GATED_CONTACT:
            self.fields[name].setEnabled(contact_ok)
        ui.accessibility_edit.setEnabled(special_ok)
        if self.participant_id is None:
            contact_why = self.tr("Tick “Being contacted” above once they agree, to add a "
                                  "phone number, email or address.")
            special_why = self.tr("Tick “Health or disability details” above once they "
                                  "agree, to note accessibility needs.")
        else:
            contact_why = _consent_text(consent_rules.requires("contact"))
            special_why = _consent_text(consent_rules.requires("special-category"))
        ui.contact_gate_label.setText("" if contact_ok else contact_why)
        ui.contact_gate_label.setVisible(not contact_ok)
        ui.special_gate_label.setText("" if special_ok else special_why)
        ui.special_gate_label.setVisible(not special_ok)

    def _on_agreed_toggled(self, _checked: bool) -> None:
        self._apply_gates()

    # ---- saving ----------------------------------------------------------------------------

    def participant(self) -> models.Participant:
        """What the form holds, as a record (not yet validated)."""
        values = {name: read_widget(widget) for name, widget in self.fields.items()}
        values["languages"] = split_languages(values["languages"])
        values["team_id"] = values["team_id"] or None
        values["linker_id"] = values["linker_id"] or None
        if not self._allowed("contact"):
            for name in _GATED_CONTACT:  # never written without their agreement
                values[name] = self.record.data()[name] if self.record else ""
        if not self._allowed("special-category"):
            values["accessibility_needs"] = (self.record.accessibility_needs
                                             if self.record else "")
        person = models.Participant(**values)
        if self.record is not None:
            person.id, person.first_met_on = self.record.id, self.record.first_met_on
        else:
            person.first_met_on = date.today().isoformat()
        return person

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_save_anyway_button_clicked(self) -> None:
        self._save_anyway = True
        self.save()

    def save(self) -> bool:
        self._show_message("")
        person = self.participant()
        try:
            validation.validate(person)
        except ValidationError as error:
            self._show_error(error)
            return False
        if self.record is None and not self._save_anyway:
            self._duplicates = people_filters.likely_duplicates(self.vault, person)
            if self._duplicates:
                self._show_duplicates()
                return False
        try:
            if self.record is None:
                person.id = new_id()  # the consents saved with the person name it
                Records(self.vault).add_many([person, *self._consents_for(person)])
            else:
                changes = {name: value for name, value in person.data().items()
                           if value != getattr(self.record, name)}
                if changes:
                    self.record = Records(self.vault).update(models.Participant, person.id,
                                                             **changes)
        except ValidationError as error:
            self._show_error(error)
            return False
        except OfferbookError as error:
            self._show_message(error.message)
            return False
        self.binder.discard()
        self.ui.restored_label.hide()
        self.ui.duplicate_frame.hide()
        if self.record is not None:
            self._show_message(self.tr("Saved."))
        self.saved.emit(person.id)
        return True

    def _consents_for(self, person: models.Participant) -> list[models.Consent]:
        ui, today = self.ui, date.today().isoformat()
        agreed = [("keep-record", ui.keep_record_check), ("contact", ui.contact_check),
                  ("special-category", ui.special_check)]
        return [models.Consent(participant_id=person.id, purpose=purpose, given=True,
                               method=ui.method_combo.currentData(), recorded_on=today,
                               recorded_by=self.vault.staff_id)
                for purpose, check in agreed if check.isChecked()]

    # ---- messages --------------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def _show_error(self, error: ValidationError) -> None:
        self._show_message(error.message)
        widget = self.fields.get(error.field or "")
        if widget is not None and widget.isEnabled():
            widget.setAccessibleDescription(error.message)
            widget.setFocus()

    def _show_duplicates(self) -> None:
        reasons = {SAME_NAME: self.tr("has the same name"),
                   SAME_PHONE: self.tr("has the same phone number")}
        lines = [self.tr("%1 (%2) %3").replace("%1", other.full_name)
                 .replace("%2", other.postcode or self.tr("no postcode"))
                 .replace("%3", reasons.get(why, self.tr("has the same first name and "
                                                         "postcode")))
                 for other, why in self._duplicates[:3]]
        self.ui.duplicate_label.setText(
            self.tr("This may be someone already in the register:") + "\n" + "\n".join(lines)
            + "\n" + self.tr("Open their record, or save anyway if this is someone else."))
        self.ui.duplicate_frame.show()
        self.ui.open_existing_button.setFocus()

    def _on_identity_text_changed(self, _text: str) -> None:
        # A changed name or number needs a fresh duplicate check before saving.
        self._save_anyway = False
        self.ui.duplicate_frame.hide()

    def _on_open_existing_button_clicked(self) -> None:
        if self._duplicates:
            self.open_requested.emit(self._duplicates[0][0].id)

    def _on_cancel_button_clicked(self) -> None:
        if self.record is not None:
            self._show_record(self.record)  # saves a draft of the record as it is...
            self.binder.discard()  # ...which is then dropped: nothing left to restore
            self.ui.restored_label.hide()
            self._show_message(self.tr("Changes undone."))
            return
        typed = any(read_widget(self.fields[name]) for name in
                    ("full_name", "preferred_name", "languages", "postcode", "phone",
                     "email", "address", "accessibility_needs"))
        if typed and not Messages.ask(self, self.tr(
                "Throw away what you typed for this new person?")):
            return
        self.binder.discard()
        self.cancelled.emit()

    def detach(self) -> None:
        """The vault is locking: stop saving drafts (what is typed is already in the vault)."""
        self.binder.detach()
        self.vault = None


def status_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"active": translate("PersonForm", "Active"),
            "paused": translate("PersonForm", "Paused for now"),
            "closed": translate("PersonForm", "Closed")}


def _consent_text(text: str) -> str:
    return QCoreApplication.translate(consent_rules.CONTEXT, text)


def _select(combo, data: str) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
