"""Settings: this computer's lock time, language, theme and text size; staff and passphrases;
how the organisation's cards look (desktop.gui.settings.branding, kept in the vault).

The first four are device-local (desktop.gui.common.settings) and apply at once. Staff and
passphrases live in the vault (desktop.store.access); adding a staff member or changing a
passphrase runs the key derivation (~0.5 s), so it runs off the GUI thread
(desktop.gui.common.operations).

Only the new staff member's name and role autosave as a draft: passphrases never leave the
widgets (a draft is readable by anyone who unlocks the vault).
"""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidgetItem, QWidget

from desktop.core import models
from desktop.core.errors import OfferbookError, WrongPassphrase
from desktop.store import access
from desktop.store.records import Records
from desktop.gui.common import i18n, operations, settings, theme
from desktop.gui.common.draft_binder import DraftBinder
from desktop.gui.common.messages import Messages
from desktop.gui.common.screen import Screen
from desktop.gui.common.settings import LANGUAGE, LOCK_MINUTES, TEXT_SCALE, THEME
from desktop.gui.forms.ui_settings import Ui_SettingsScreen
from desktop.gui.settings.branding import BrandingGroup

STAFF_ID = Qt.ItemDataRole.UserRole


class SettingsScreen(Screen):
    name = "settings"
    lock_minutes_changed = Signal(int)

    kdf = None  # the KdfPolicy for new keyslots; None means access's calibrated default

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsScreen()
        self.ui.setupUi(self)
        self._binder: DraftBinder | None = None
        self._loading = False
        self._language_note = ""  # the language a restart would complete, when one is due
        for code, label in i18n.LANGUAGES.items():
            self.ui.language_combo.addItem(label, code)
        for code in theme.THEMES:
            self.ui.theme_combo.addItem("", code)
        for scale in theme.TEXT_SCALES:
            self.ui.text_size_combo.addItem("", scale)
        for role in models.STAFF_ROLES:
            self.ui.role_combo.addItem("", role)
        self._label_choices()
        ui = self.ui
        # Below this computer's settings and the passphrase, in the keyboard order too.
        self.branding = BrandingGroup(ui.content)
        ui.left_column.insertWidget(ui.left_column.indexOf(ui.passphrase_group) + 1,
                                    self.branding)
        chain = [ui.change_button, *self.branding.tab_chain(), ui.staff_list]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        ui.lock_spin.valueChanged.connect(self._on_lock_spin_value_changed)
        ui.language_combo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        ui.theme_combo.currentIndexChanged.connect(self._on_appearance_changed)
        ui.text_size_combo.currentIndexChanged.connect(self._on_appearance_changed)
        ui.staff_list.currentItemChanged.connect(self._on_staff_list_current_item_changed)
        ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        ui.add_button.clicked.connect(self._on_add_button_clicked)
        ui.staff_confirm_edit.returnPressed.connect(self._on_add_button_clicked)
        ui.change_button.clicked.connect(self._on_change_button_clicked)
        ui.confirm_new_edit.returnPressed.connect(self._on_change_button_clicked)
        ui.remove_button.setEnabled(False)

    def title(self) -> str:
        return self.tr("Settings")

    # ---- showing -----------------------------------------------------------------------

    def open(self, vault, **args) -> None:
        if self._binder is None or self._binder.vault is not vault:
            self._binder = DraftBinder(vault, "staff:new", {"name": self.ui.name_edit,
                                                            "role": self.ui.role_combo})
            self._binder.restore()
        super().open(vault, **args)

    def refresh(self) -> None:
        """Show this computer's settings and the vault's staff."""
        device = settings.current()
        self._loading = True
        try:
            self.ui.lock_spin.setValue(device.get(LOCK_MINUTES))
            for combo, directive in ((self.ui.language_combo, LANGUAGE),
                                     (self.ui.theme_combo, THEME),
                                     (self.ui.text_size_combo, TEXT_SCALE)):
                combo.setCurrentIndex(max(combo.findData(device.get(directive)), 0))
        finally:
            self._loading = False
        self._load_staff()
        self.branding.show_vault(self.vault)

    def close_vault(self) -> None:
        if self._binder is not None:
            self._binder.detach()
            self._binder = None
        for edit in (self.ui.current_edit, self.ui.new_edit, self.ui.confirm_new_edit,
                     self.ui.staff_passphrase_edit, self.ui.staff_confirm_edit,
                     self.ui.name_edit):
            edit.clear()
        self.ui.staff_list.clear()
        for label in (self.ui.staff_message_label, self.ui.add_message_label,
                      self.ui.passphrase_message_label):
            label.clear()
        self.ui.add_button.setEnabled(True)
        self.ui.change_button.setEnabled(True)
        self.branding.clear()
        super().close_vault()

    def changeEvent(self, event: QEvent) -> None:
        # The one screen that redraws itself in a new language at once: it is the one showing.
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.branding.retranslate()
            self._label_choices()
            self._show_language_note()
            if self.vault is not None and self.vault.is_open:
                self._load_staff()
        super().changeEvent(event)

    def _label_choices(self) -> None:
        labels = {"light": self.tr("Light"), "dark": self.tr("Dark"),
                  "high-contrast": self.tr("High contrast"),
                  100: self.tr("Standard (100%)"), 125: self.tr("Larger (125%)"),
                  150: self.tr("Largest (150%)"), "linker": self.tr("Linker"),
                  "coordinator": self.tr("Coordinator"),
                  "day-centre": self.tr("Day-centre staff"),
                  "administrator": self.tr("Administrator")}
        for combo in (self.ui.theme_combo, self.ui.text_size_combo, self.ui.role_combo):
            for index in range(combo.count()):
                combo.setItemText(index, labels[combo.itemData(index)])

    def _load_staff(self) -> None:
        vault = self.vault
        can_unlock = {slot.staff_id for slot in vault.header.slots if slot.kind == "passphrase"}
        staff = Records(vault).find(models.Staff, "active = 1", order="name")
        staff.sort(key=lambda member: member.id not in can_unlock)  # who can unlock, first
        current = self.ui.staff_list.currentItem()
        keep = current.data(STAFF_ID) if current is not None else None
        self.ui.staff_list.clear()
        for member in staff:
            role = self.ui.role_combo.itemText(max(self.ui.role_combo.findData(member.role), 0))
            name = member.name
            if member.id == vault.staff_id:
                name += " " + self.tr("(you)")
            # Two short lines rather than one long one: readable at 150% in a narrow column.
            status = (self.tr("can unlock") if member.id in can_unlock
                      else self.tr("no passphrase on this vault"))
            item = QListWidgetItem(f"{name}\n{role} · {status}", self.ui.staff_list)
            item.setData(STAFF_ID, member.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, member.id in can_unlock)
            if member.id == keep:
                self.ui.staff_list.setCurrentItem(item)
        self._on_staff_list_current_item_changed(self.ui.staff_list.currentItem(), None)

    # ---- this computer -----------------------------------------------------------------

    def _on_lock_spin_value_changed(self, minutes: int) -> None:
        if self._loading:
            return
        settings.current().set(LOCK_MINUTES, minutes)
        self.lock_minutes_changed.emit(minutes)

    def _on_language_combo_current_index_changed(self, _index: int) -> None:
        if self._loading:
            return
        language = self.ui.language_combo.currentData()
        settings.current().set(LANGUAGE, language)
        self._language_note = language
        i18n.install(language)  # this screen retranslates itself from changeEvent
        self._show_language_note()

    def _show_language_note(self) -> None:
        if self._language_note:
            self.ui.device_message_label.setText(self.tr(
                "Saved. This screen has changed already; the rest of Offerbook will be in "
                "{language} after you close it and open it again.").format(
                    language=i18n.LANGUAGES[self._language_note]))

    def _on_appearance_changed(self, _index: int) -> None:
        if self._loading:
            return
        chosen_theme = self.ui.theme_combo.currentData()
        scale = self.ui.text_size_combo.currentData()
        settings.current().set(THEME, chosen_theme)
        settings.current().set(TEXT_SCALE, scale)
        theme.apply(QApplication.instance(), chosen_theme, scale)

    # ---- staff ---------------------------------------------------------------------------

    def _on_staff_list_current_item_changed(self, item: QListWidgetItem | None,
                                            _previous) -> None:
        me = self.vault.staff_id if self.vault is not None else None
        removable = (item is not None and item.data(STAFF_ID) != me
                     and bool(item.data(Qt.ItemDataRole.UserRole + 1)))
        self.ui.remove_button.setEnabled(removable)
        if item is not None and item.data(STAFF_ID) == me:
            self.ui.staff_message_label.setText(self.tr(
                "You cannot remove yourself while you are signed in; ask another "
                "coordinator to do it."))
        else:
            self.ui.staff_message_label.clear()

    def _on_remove_button_clicked(self) -> None:
        item = self.ui.staff_list.currentItem()
        if item is None or self.vault is None:
            return
        staff_id = item.data(STAFF_ID)
        name = Records(self.vault).get(models.Staff, staff_id).name
        if not Messages.ask(self, self.tr(
                "Remove {name} from this vault? Their passphrase will stop opening it. What "
                "they recorded stays.").format(name=name)):
            return
        try:
            access.remove_staff(self.vault, staff_id)
        except OfferbookError as error:
            self.ui.staff_message_label.setText(error.message)
            return
        self._load_staff()
        self.ui.staff_message_label.setText(
            self.tr("{name} can no longer unlock this vault.").format(name=name))
        self.ui.staff_list.setFocus()

    def _on_add_button_clicked(self) -> None:
        ui = self.ui
        if self.vault is None or not ui.add_button.isEnabled():
            return
        name, role = ui.name_edit.text().strip(), ui.role_combo.currentData()
        passphrase = ui.staff_passphrase_edit.text()
        if not name:
            return self._say(ui.add_message_label, self.tr("Type the new staff member's name."),
                             ui.name_edit)
        if passphrase != ui.staff_confirm_edit.text():
            return self._say(ui.add_message_label, self.tr(
                "The two passphrases are different; type them again."), ui.staff_confirm_edit)
        try:
            access.check_passphrase(passphrase)
        except OfferbookError as error:
            return self._say(ui.add_message_label, error.message, ui.staff_passphrase_edit)
        ui.add_button.setEnabled(False)
        self._say(ui.add_message_label, self.tr("Adding {name}…").format(name=name))
        vault, kdf = self.vault, self._kdf_args()
        # A bug must leave the form usable: it is logged and said in plain words instead.
        operations.run(self, lambda _task: access.add_staff(vault, name, passphrase, role=role,
                                                            **kdf),
                       key="add", on_finished=self._on_add_finished, on_success=self._on_added,
                       on_failure=self._on_add_failed, unexpected=self.tr(
                           "Something went wrong adding them; nothing was changed. Try again."))

    def _on_add_finished(self) -> None:
        self.ui.add_button.setEnabled(True)

    def _on_added(self, staff: models.Staff) -> None:
        if self.vault is None:
            return  # locked meanwhile: the keyslot is saved, the list shows it next time
        for edit in (self.ui.name_edit, self.ui.staff_passphrase_edit, self.ui.staff_confirm_edit):
            edit.clear()
        if self._binder is not None:
            self._binder.discard()
        self._load_staff()
        for row in range(self.ui.staff_list.count()):
            if self.ui.staff_list.item(row).data(STAFF_ID) == staff.id:
                self.ui.staff_list.setCurrentRow(row)
        self._say(self.ui.add_message_label, self.tr(
            "Added {name}. They can unlock Offerbook with their own passphrase now.").format(
                name=staff.name), self.ui.name_edit)

    def _on_add_failed(self, error: OfferbookError) -> None:
        if self.vault is None:
            return
        self._say(self.ui.add_message_label, error.message, self.ui.staff_passphrase_edit)

    # ---- my passphrase -------------------------------------------------------------------

    def _on_change_button_clicked(self) -> None:
        ui = self.ui
        if self.vault is None or not ui.change_button.isEnabled():
            return
        old, new = ui.current_edit.text(), ui.new_edit.text()
        if not old:
            return self._say(ui.passphrase_message_label, self.tr(
                "Type your current passphrase first."), ui.current_edit)
        if new != ui.confirm_new_edit.text():
            return self._say(ui.passphrase_message_label, self.tr(
                "The two new passphrases are different; type them again."), ui.confirm_new_edit)
        try:
            access.check_passphrase(new)
        except OfferbookError as error:
            return self._say(ui.passphrase_message_label, error.message, ui.new_edit)
        ui.change_button.setEnabled(False)
        self._say(ui.passphrase_message_label, self.tr("Changing your passphrase…"))
        vault, kdf = self.vault, self._kdf_args()
        operations.run(self, lambda _task: access.change_passphrase(vault, old, new, **kdf),
                       key="change", on_finished=self._on_change_finished,
                       on_success=self._on_changed, on_failure=self._on_change_failed,
                       unexpected=self.tr("Something went wrong; your passphrase was not "
                                          "changed. Try again."))

    def _on_change_finished(self) -> None:
        self.ui.change_button.setEnabled(True)

    def _on_changed(self, _result) -> None:
        if self.vault is None:
            return
        for edit in (self.ui.current_edit, self.ui.new_edit, self.ui.confirm_new_edit):
            edit.clear()
        self._say(self.ui.passphrase_message_label, self.tr(
            "Your passphrase is changed. Use the new one next time you unlock."))

    def _on_change_failed(self, error: OfferbookError) -> None:
        if self.vault is None:
            return
        focus = self.ui.current_edit if isinstance(error, WrongPassphrase) else self.ui.new_edit
        self._say(self.ui.passphrase_message_label, error.message, focus)

    # ---- helpers -------------------------------------------------------------------------

    def _kdf_args(self) -> dict:
        return {} if self.kdf is None else {"kdf": self.kdf}

    @staticmethod
    def _say(label, message: str, focus: QWidget | None = None) -> None:
        label.setText(message)
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()
