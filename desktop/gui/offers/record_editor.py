"""What the offer and request editors share: open a record (or a new one) for a participant,
autosave every change as a draft, restore it when reopened, save through Records, go back.

A subclass names its record class and id argument, fills its widgets from a record
(`populate`), builds a record from them (`record_from_form`) and says which widgets the draft
holds (`bound_widgets`). The form's `ui` must have the widgets named below (title_label,
restored_frame, discard_button, scroll_area, message_label, cancel_button, save_button,
title_edit, status_steps).
"""

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from desktop.core import models
from desktop.core.errors import OfferbookError, ValidationError
from desktop.core.offers import check_status_change
from desktop.core.taxonomy import Taxonomy, load_taxonomy
from desktop.store.records import Records
from desktop.gui.common.consent_gate import refusal as consent_refusal
from desktop.gui.common.draft_binder import DraftBinder
from desktop.gui.common.messages import Messages
from desktop.gui.common.screen import Screen


def fit_lines(edit: QPlainTextEdit, lines: int) -> None:
    """Give a text box room for `lines` lines of its current font (so 150% text still fits)."""
    margins = edit.contentsMargins()
    document_margin = 2 * edit.document().documentMargin()
    edit.setFixedHeight(round(lines * edit.fontMetrics().lineSpacing() + document_margin
                              + margins.top() + margins.bottom() + 2 * edit.frameWidth()))


class RecordEditorScreen(Screen):
    record_cls: type[models.Record] = models.Offer
    id_arg = "offer_id"
    key_prefix = "offer"
    consent_action = "new-offer"  # what desktop.core.consent must allow for this editor
    text_lines: dict[str, int] = {}  # ui attribute -> lines of text it shows

    def __init__(self, ui: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.ui.setupUi(self)
        self.binder: DraftBinder | None = None
        self.record: models.Record | None = None
        self.participant_id = ""
        self._taxonomy: Taxonomy | None = None
        self._restoring = False
        self.ui.restored_frame.hide()
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_save_shortcut_activated)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self._on_cancel_shortcut_activated)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.ui.discard_button.clicked.connect(self._on_discard_button_clicked)
        self._fit_text_boxes()

    # ---- for subclasses ------------------------------------------------------------------

    def bound_widgets(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def populate(self, record: models.Record, participant: models.Participant) -> None:
        raise NotImplementedError

    def record_from_form(self) -> models.Record:
        raise NotImplementedError

    def heading(self, participant: models.Participant, is_new: bool) -> str:
        raise NotImplementedError

    def after_restore(self) -> None:
        """Called once the draft (if any) is back in the widgets."""

    def clear_form(self) -> None:
        raise NotImplementedError

    # ---- shared --------------------------------------------------------------------------

    @property
    def taxonomy(self) -> Taxonomy:
        if self._taxonomy is None:
            self._taxonomy = load_taxonomy()
        return self._taxonomy

    @property
    def restoring(self) -> bool:
        return self._restoring

    def form_key(self) -> str:
        if self.record is not None:
            return f"{self.key_prefix}:{self.record.id}"
        return f"{self.key_prefix}:new:{self.participant_id}"

    def refresh(self) -> None:
        self._detach()
        self._show_message("")
        if self.vault is None or not self.vault.is_open:
            return
        records = Records(self.vault)
        record_id = self.args.get(self.id_arg)
        try:
            self.record = records.get(self.record_cls, record_id) if record_id else None
            self.participant_id = (self.record.participant_id if self.record is not None
                                   else self.args.get("participant_id", ""))
            participant = records.get(models.Participant, self.participant_id)
        except OfferbookError as error:
            self.record = None
            self.participant_id = self.args.get("participant_id", "")
            self._set_form_enabled(False)
            self.ui.title_label.setText("")
            self._show_message(error.message)
            return
        refusal = consent_refusal(self.vault, self.participant_id, self.consent_action)
        if refusal is not None:
            # The draft, if any, stays in the vault; it comes back once consent is recorded.
            self._set_form_enabled(False)
            self.ui.title_label.setText(self.heading(participant, self.record is None))
            self._show_message(refusal)
            return
        self._set_form_enabled(True)
        is_new = self.record is None
        record = self.record if not is_new else self.record_cls(
            participant_id=self.participant_id)
        self._restoring = True
        try:
            self.populate(record, participant)
            self.ui.status_steps.set_saved(record.status)
            self.binder = DraftBinder(self.vault, self.form_key(), self.bound_widgets())
            restored = self.binder.restore()
        finally:
            self._restoring = False
        self.after_restore()
        self.ui.title_label.setText(self.heading(participant, is_new))
        self.ui.restored_frame.setVisible(restored)
        self.ui.scroll_area.verticalScrollBar().setValue(0)
        self.ui.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_vault(self) -> None:
        self._detach()
        super().close_vault()
        self.record = None
        self.participant_id = ""
        self.clear_form()
        self.ui.title_label.setText("")
        self.ui.restored_frame.hide()
        self._show_message("")

    def save(self) -> bool:
        """Write the form through Records; on success drop the draft and go back."""
        if self.vault is None or self.binder is None:
            return False
        self._show_message("")
        refusal = consent_refusal(self.vault, self.participant_id, self.consent_action)
        if refusal is not None:  # withdrawn while the form was open
            self._show_message(refusal)
            return False
        record = self.record_from_form()
        try:
            check_status_change(self.record_cls, self.ui.status_steps.saved, record.status)
            records = Records(self.vault)
            if self.record is None:
                records.add(record)
            else:
                records.update(self.record_cls, self.record.id, **record.data())
        except ValidationError as error:
            self._show_message(error.message, error.field)
            return False
        except OfferbookError as error:
            self._show_message(error.message)
            return False
        self.binder.discard()
        self._detach()
        self.navigate.emit("person", {"participant_id": self.participant_id})
        return True

    def cancel(self) -> None:
        """Go back; the draft stays in the vault and comes back when this is reopened."""
        if self.participant_id:
            self.navigate.emit("person", {"participant_id": self.participant_id})

    def _detach(self) -> None:
        if self.binder is not None:
            self.binder.detach()
            self.binder = None

    def _show_message(self, text: str, field: str | None = None) -> None:
        self.ui.message_label.setText(text)
        widget = self.bound_widgets().get(field or "") if field else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.scroll_area.ensureWidgetVisible(widget)

    def _set_form_enabled(self, enabled: bool) -> None:
        self.ui.scroll_area.setEnabled(enabled)
        self.ui.save_button.setEnabled(enabled)

    def _fit_text_boxes(self) -> None:
        for name, lines in self.text_lines.items():
            fit_lines(getattr(self.ui, name), lines)
        for label in self.ui.scroll_contents.findChildren(QLabel):
            if label.buddy() is not None:
                # Qt sizes a mnemonic label by its text's advance and clips the drawing there,
                # cutting a last glyph that overhangs (the "s" of "Tags"): allow a little more.
                label.setMinimumWidth(0)
                label.setMinimumWidth(label.sizeHint().width()
                                      + label.fontMetrics().averageCharWidth() // 2 + 1)

    def changeEvent(self, event: QEvent) -> None:
        # The text size setting changes the application font: re-measure the text boxes.
        if event.type() == QEvent.Type.FontChange:
            self._fit_text_boxes()
        super().changeEvent(event)

    # ---- slots ---------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_save_shortcut_activated(self) -> None:
        self.save()

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_cancel_shortcut_activated(self) -> None:
        self.cancel()

    def _on_discard_button_clicked(self) -> None:
        if self.binder is None or not Messages.ask(self, self.tr(
                "Discard what was typed here since the last save? This cannot be undone.")):
            return
        self.binder.discard()
        self.refresh()
