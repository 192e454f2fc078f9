"""The offer editor: shape a capabilities offer from the person's gifts.

What they will give (in their own words), for whom, when, where, how often, on what conditions
and with what support, and where it is in its life (draft, agreed, matched, active, paused,
ended). Ticking gifts fills in the title and tags; anything typed by hand is left alone.
Beside the form, the card as it will print follows what is typed (see card_preview.py).
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from desktop.cards.content import OfferCardContent
from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.core.offers import FREQUENCIES, suggest_title, tags_from_gifts
from desktop.store.records import Records
from desktop.gui.forms.ui_offer_editor import Ui_OfferEditor
from desktop.gui.offers.record_editor import RecordEditorScreen
from desktop.gui.printing.card_data import offer_card, preferred_card_language


class OfferScreen(RecordEditorScreen):
    name = "offer"
    record_cls = models.Offer
    id_arg = "offer_id"
    key_prefix = "offer"
    text_lines = {"title_edit": 3, "conditions_edit": 2, "support_edit": 2}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Ui_OfferEditor(), parent)
        self._suggested_title = ""
        self._suggested_tags: list[str] = []
        # The combo shows translated words; the vault keeps the English key, so reports and
        # other devices agree whatever language each linker uses.
        assert self.ui.frequency_combo.count() == len(FREQUENCIES)
        self.ui.status_steps.configure(models.Offer, {
            "draft": self.tr("Draft"), "agreed": self.tr("Agreed"),
            "matched": self.tr("Matched"), "active": self.tr("Active"),
            "paused": self.tr("Paused"), "ended": self.tr("Ended"),
        }, self._step_text)
        self.ui.for_whom_combo.lineEdit().setPlaceholderText(
            self.tr("Who will benefit: a person, a group or an organisation"))
        self.ui.frequency_combo.lineEdit().setPlaceholderText(self.tr("Choose or type"))
        for combo in (self.ui.for_whom_combo, self.ui.frequency_combo):
            combo.view().setAccessibleName(combo.accessibleName())  # the list it drops down
        self.ui.gift_list.changed.connect(self._on_gift_list_changed)

        self.preview = self.ui.card_preview
        self.preview.set_source(self._card_content)
        # Only what the card shows: the words, when, where and how often.
        ui = self.ui
        for signal in (ui.title_edit.textChanged, ui.location_edit.textChanged,
                       ui.frequency_combo.currentTextChanged, ui.availability_grid.changed):
            signal.connect(self._on_card_field_changed)
        print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_shortcut.activated.connect(self._on_print_shortcut_activated)

    def title(self) -> str:
        return self.tr("Offer")

    # ---- the card ----------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        if self.binder is None:  # the form is not usable (gone, or no consent to keep it)
            self.preview.clear()
            self.preview.setEnabled(False)
        else:
            self.preview.setEnabled(True)
            self.preview.update_now()

    def close_vault(self) -> None:
        super().close_vault()
        self.preview.clear()  # after the form is emptied: nothing of theirs stays on screen

    def _card_content(self, language: str) -> OfferCardContent:
        if self.vault is None or not self.vault.is_open or not self.participant_id:
            raise OfferbookError(self.tr("Open an offer to see its card."))
        return offer_card(self.vault, self.participant_id, self.record_from_form(),
                          language=language)

    def _on_card_field_changed(self, *_args) -> None:
        if self.binder is not None and not self.restoring:
            self.preview.schedule()

    def _on_print_shortcut_activated(self) -> None:
        if self.binder is not None:
            self.preview.print_card()

    def bound_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"gifts": ui.gift_list, "title": ui.title_edit, "tags": ui.tag_picker,
                "for_whom": ui.for_whom_combo, "availability": ui.availability_grid,
                "frequency": ui.frequency_combo, "location": ui.location_edit,
                "conditions": ui.conditions_edit, "support_needed": ui.support_edit,
                "status": ui.status_steps}

    def heading(self, participant: models.Participant, is_new: bool) -> str:
        name = participant.preferred_name or participant.full_name
        text = self.tr("New offer from %1") if is_new else self.tr("Offer from %1")
        return text.replace("%1", name)

    def populate(self, record: models.Record, participant: models.Participant) -> None:
        assert isinstance(record, models.Offer)
        ui = self.ui
        if ui.tag_picker.taxonomy is None:
            ui.tag_picker.set_taxonomy(self.taxonomy)
        gifts = Records(self.vault).find(models.Gift, "participant_id = ?", [participant.id])
        ui.gift_list.set_gifts(gifts, self.taxonomy)
        ui.gift_list.setVisible(bool(gifts))
        ui.gifts_empty_label.setVisible(not gifts)
        ui.title_edit.setPlainText(record.title)
        ui.tag_picker.search_edit.clear()
        ui.tag_picker.setValue(record.tags)
        ui.for_whom_combo.setEditText(record.for_whom)
        ui.availability_grid.setValue(record.availability)
        ui.frequency_combo.setEditText(self._frequency_label(record.frequency))
        ui.location_edit.setText(record.location)
        ui.conditions_edit.setPlainText(record.conditions)
        ui.support_edit.setPlainText(record.support_needed)
        # Their card starts in the first of their languages it can be printed in.
        self.preview.options.set_language(preferred_card_language(participant))

    def after_restore(self) -> None:
        # Suggestions are compared with what the ticked gifts would give, so a title the
        # linker rewrote by hand is never replaced by a later tick.
        chosen = self.ui.gift_list.chosen()
        self._suggested_title = suggest_title(chosen)
        self._suggested_tags = tags_from_gifts(chosen, self.taxonomy)

    def record_from_form(self) -> models.Offer:
        ui = self.ui
        return models.Offer(
            participant_id=self.participant_id,
            title=ui.title_edit.toPlainText(),
            tags=ui.tag_picker.value(),
            for_whom=ui.for_whom_combo.currentText(),
            availability=ui.availability_grid.value(),
            location=ui.location_edit.text(),
            frequency=self._frequency_key(ui.frequency_combo.currentText()),
            conditions=ui.conditions_edit.toPlainText(),
            support_needed=ui.support_edit.toPlainText(),
            status=ui.status_steps.value() or "draft")

    def clear_form(self) -> None:
        ui = self.ui
        ui.gift_list.set_gifts([], None)
        for edit in (ui.title_edit, ui.conditions_edit, ui.support_edit, ui.location_edit):
            edit.clear()
        ui.tag_picker.clear()
        ui.for_whom_combo.setEditText("")
        ui.frequency_combo.setEditText("")
        ui.availability_grid.clear()
        ui.status_steps.set_saved("draft")
        self._suggested_title, self._suggested_tags = "", []

    # ---- gifts to title and tags -----------------------------------------------------------

    def _on_gift_list_changed(self) -> None:
        if self.restoring:
            return
        chosen = self.ui.gift_list.chosen()
        title = suggest_title(chosen)
        tags = tags_from_gifts(chosen, self.taxonomy)
        current_title = self.ui.title_edit.toPlainText().strip()
        if current_title in ("", self._suggested_title.strip()):
            self.ui.title_edit.setPlainText(title)
        current_tags = self.ui.tag_picker.value()
        kept = [tag for tag in current_tags if tag in tags or tag not in self._suggested_tags]
        self.ui.tag_picker.setValue(kept + [tag for tag in tags if tag not in kept])
        self._suggested_title, self._suggested_tags = title, tags

    # ---- labels ------------------------------------------------------------------------------

    def _frequency_label(self, key: str) -> str:
        if key in FREQUENCIES:
            return self.ui.frequency_combo.itemText(FREQUENCIES.index(key))
        return key

    def _frequency_key(self, text: str) -> str:
        text = text.strip()
        for index, key in enumerate(FREQUENCIES):
            if text.casefold() == self.ui.frequency_combo.itemText(index).casefold():
                return key
        return text

    def _step_text(self, current: str, target: str) -> str:
        if (current, target) == ("matched", "agreed"):
            return self.tr("Back to &agreed (the match fell through)")
        if (current, target) == ("paused", "active"):
            return self.tr("Res&ume (active again)")
        return {
            "draft": self.tr("Back to &draft"),
            "agreed": self.tr("Mark as &agreed"),
            "matched": self.tr("Mark as &matched"),
            "active": self.tr("Mark as acti&ve"),
            "paused": self.tr("Pa&use"),
            "ended": self.tr("&End this offer"),
        }[target]
