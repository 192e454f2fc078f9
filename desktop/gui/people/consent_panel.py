"""A person's consents: what they agreed to, per purpose, and recording or withdrawing it.

Each answer is a new Consent record (nothing is overwritten, so the history stays); which one
counts is decided in `desktop.core.consent`. Withdrawing stamps today's date on the answer in
force. The "record an answer" form autosaves like every form, under "consent:<person id>".
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from desktop.core import consent as rules, models
from desktop.core.errors import OfferbookError
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common.draft_binder import DraftBinder
from desktop.gui.forms.ui_consent_form import Ui_ConsentForm

ASK_AGAIN_YEARS = 2  # a sensible default for when to ask again; the linker can change it


def purpose_label(purpose: str) -> str:
    return QCoreApplication.translate(rules.CONTEXT, rules.PURPOSE_LABELS[purpose])


def method_label(method: str, short: bool = False) -> str:
    text = (rules.METHOD_SHORT if short else rules.METHOD_LABELS).get(method)
    return QCoreApplication.translate(rules.CONTEXT, text) if text else method


def show_date(iso: str) -> str:
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return day.toString("d MMM yyyy") if day.isValid() else iso


class ConsentPanel(QWidget):
    changed = Signal()  # an answer was recorded or withdrawn: gates must be looked at again

    COLUMNS = 6

    def __init__(self, vault: Vault, participant_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConsentForm()
        self.ui.setupUi(self)
        self.vault = vault
        self.participant_id = participant_id
        self.consents: list[models.Consent] = []
        self.latest: dict[str, models.Consent | None] = {}
        self.staff_names: dict[str, str] = {}
        ui = self.ui
        table = ui.purposes_table
        table.setColumnCount(self.COLUMNS)
        table.setHorizontalHeaderLabels([
            self.tr("What for"), self.tr("Their answer"), self.tr("How"), self.tr("When"),
            self.tr("Recorded by"), self.tr("Ask again on")])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for purpose in models.CONSENT_PURPOSES:
            ui.purpose_combo.addItem(purpose_label(purpose), purpose)
        ui.answer_combo.addItem(self.tr("They agreed"), "yes")
        ui.answer_combo.addItem(self.tr("They said no"), "no")
        for method in models.CONSENT_METHODS:
            ui.method_combo.addItem(method_label(method), method)
        today = QDate.currentDate()
        ui.recorded_on_edit.setMaximumDate(today)
        ui.recorded_on_edit.setDate(today)
        ui.expires_edit.setDate(today.addYears(ASK_AGAIN_YEARS))
        ui.expires_edit.setMinimumDate(today.addDays(1))
        font = ui.message_label.font()
        font.setBold(True)
        ui.message_label.setFont(font)
        staff_id = vault.staff_id
        name = self._staff_name(staff_id)
        ui.recorded_by_label.setText(self.tr("Recorded by you, %1").replace("%1", name)
                                     if name else "")
        self.binder = DraftBinder(vault, f"consent:{participant_id}", {
            "purpose": ui.purpose_combo, "answer": ui.answer_combo,
            "method": ui.method_combo, "recorded_on": ui.recorded_on_edit,
            "asks_again": ui.expires_check, "expires_on": ui.expires_edit})
        self.binder.restore()
        ui.record_button.clicked.connect(self._on_record_button_clicked)
        ui.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        ui.expires_check.toggled.connect(self._on_expires_check_toggled)
        ui.answer_combo.currentIndexChanged.connect(self._on_answer_combo_changed)
        ui.purposes_table.itemSelectionChanged.connect(self._on_purposes_table_selection_changed)
        self._on_answer_combo_changed()

    def _staff_name(self, staff_id: str | None) -> str:
        if not staff_id:
            return ""
        if staff_id not in self.staff_names:
            try:
                self.staff_names[staff_id] = Records(self.vault).get(models.Staff, staff_id).name
            except OfferbookError:
                self.staff_names[staff_id] = ""
        return self.staff_names[staff_id]

    def set_consents(self, consents: list[models.Consent], staff_names: dict[str, str]) -> None:
        self.consents = consents
        self.staff_names.update(staff_names)
        today = date.today()
        self.latest = rules.latest_answers(consents, today)
        table = self.ui.purposes_table
        selected = self.selected_purpose()
        table.setRowCount(len(models.CONSENT_PURPOSES))
        for row, purpose in enumerate(models.CONSENT_PURPOSES):
            answer = self.latest[purpose]
            cells = [purpose_label(purpose), self._answer_text(answer, today)]
            if answer is not None:
                cells += [method_label(answer.method, short=True), show_date(answer.recorded_on),
                          self._staff_name(answer.recorded_by), show_date(answer.expires_on)]
            for column in range(self.COLUMNS):
                item = QTableWidgetItem(cells[column] if column < len(cells) else "")
                item.setData(Qt.ItemDataRole.UserRole, purpose)
                item.setToolTip(item.text())
                table.setItem(row, column, item)
        if selected:
            table.selectRow(models.CONSENT_PURPOSES.index(selected))
        self._update_withdraw()

    def _answer_text(self, answer: models.Consent | None, today: date) -> str:
        state = rules.state(answer, today)
        if state == rules.GIVEN:
            return self.tr("Agreed")
        if state == rules.REFUSED:
            return self.tr("Said no")
        if state == rules.WITHDRAWN:
            return self.tr("Withdrawn on %1").replace("%1", show_date(answer.withdrawn_on))
        if state == rules.EXPIRED:
            return self.tr("Ran out on %1 — ask again").replace("%1",
                                                               show_date(answer.expires_on))
        return self.tr("Not asked yet")

    def selected_purpose(self) -> str | None:
        items = self.ui.purposes_table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _in_force(self, purpose: str | None) -> models.Consent | None:
        if purpose is None:
            return None
        answer = self.latest.get(purpose)
        return answer if rules.state(answer, date.today()) == rules.GIVEN else None

    def _update_withdraw(self) -> None:
        purpose = self.selected_purpose()
        can = self._in_force(purpose) is not None
        self.ui.withdraw_button.setEnabled(can)
        if purpose is None:
            hint = self.tr("Choose a row above to withdraw it.")
        elif can:
            hint = ""
        else:
            hint = self.tr("There is no agreement in force to withdraw for this purpose.")
        self.ui.withdraw_hint_label.setText(hint)

    def _on_purposes_table_selection_changed(self) -> None:
        purpose = self.selected_purpose()
        if purpose is not None:
            self.ui.purpose_combo.setCurrentIndex(self.ui.purpose_combo.findData(purpose))
        self._update_withdraw()

    def _on_expires_check_toggled(self, checked: bool) -> None:
        self.ui.expires_edit.setEnabled(checked)

    def _on_answer_combo_changed(self, *_args) -> None:
        # A "no" has nothing to ask again about; the date only belongs to a yes.
        agreed = self.ui.answer_combo.currentData() == "yes"
        self.ui.expires_check.setEnabled(agreed)
        self.ui.expires_edit.setEnabled(agreed and self.ui.expires_check.isChecked())

    def _on_record_button_clicked(self) -> None:
        ui = self.ui
        agreed = ui.answer_combo.currentData() == "yes"
        on = ui.recorded_on_edit.date()
        expires = ui.expires_edit.date() if agreed and ui.expires_check.isChecked() else None
        if expires is not None and expires <= on:
            self._message(self.tr("The date to ask again must be after the day they "
                                  "answered; choose a later date."))
            ui.expires_edit.setFocus()
            return
        record = models.Consent(
            participant_id=self.participant_id, purpose=ui.purpose_combo.currentData(),
            given=agreed, method=ui.method_combo.currentData(),
            recorded_on=on.toString("yyyy-MM-dd"), recorded_by=self.vault.staff_id,
            expires_on=expires.toString("yyyy-MM-dd") if expires else "")
        try:
            Records(self.vault).add(record)
        except OfferbookError as error:
            self._message(error.message)
            return
        self.binder.discard()
        self._message(self.tr("Recorded: %1.").replace("%1", purpose_label(record.purpose))
                      if agreed else self.tr("Recorded that they said no."))
        self.changed.emit()

    def _on_withdraw_button_clicked(self) -> None:
        answer = self._in_force(self.selected_purpose())
        if answer is None:
            return
        try:
            Records(self.vault).update(models.Consent, answer.id,
                                       withdrawn_on=date.today().isoformat())
        except OfferbookError as error:
            self._message(error.message)
            return
        self._message(self.tr("Withdrawn today: %1.").replace("%1",
                                                               purpose_label(answer.purpose)))
        self.changed.emit()

    def _message(self, text: str) -> None:
        self.ui.message_label.setText(text)

    def detach(self) -> None:
        self.binder.detach()
        self.vault = None
