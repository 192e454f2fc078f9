"""The request editor: help the person is seeking, in their own words ("seeking help").

Requests sit beside offers in the Community Marketplace: what they would like help with, when
and where it would suit them, and where the request is (open, matched, met, closed).
"""

from PySide6.QtWidgets import QWidget

from desktop.core import models
from desktop.gui.forms.ui_request_editor import Ui_RequestEditor
from desktop.gui.offers.record_editor import RecordEditorScreen


class RequestScreen(RecordEditorScreen):
    name = "request"
    record_cls = models.Request
    id_arg = "request_id"
    key_prefix = "request"
    consent_action = "new-request"
    text_lines = {"title_edit": 3, "details_edit": 4}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Ui_RequestEditor(), parent)
        self.ui.status_steps.configure(models.Request, {
            "open": self.tr("Open"), "matched": self.tr("Matched"), "met": self.tr("Met"),
            "closed": self.tr("Closed"),
        }, self._step_text)

    def title(self) -> str:
        return self.tr("Request")

    def bound_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"title": ui.title_edit, "tags": ui.tag_picker, "details": ui.details_edit,
                "availability": ui.availability_grid, "location": ui.location_edit,
                "status": ui.status_steps}

    def heading(self, participant: models.Participant, is_new: bool) -> str:
        name = participant.preferred_name or participant.full_name
        text = self.tr("New request from %1") if is_new else self.tr("Request from %1")
        return text.replace("%1", name)

    def populate(self, record: models.Record, participant: models.Participant) -> None:
        assert isinstance(record, models.Request)
        ui = self.ui
        if ui.tag_picker.taxonomy is None:
            ui.tag_picker.set_taxonomy(self.taxonomy)
        ui.title_edit.setPlainText(record.title)
        ui.tag_picker.search_edit.clear()
        ui.tag_picker.setValue(record.tags)
        ui.details_edit.setPlainText(record.details)
        ui.availability_grid.setValue(record.availability)
        ui.location_edit.setText(record.location)

    def record_from_form(self) -> models.Request:
        ui = self.ui
        return models.Request(
            participant_id=self.participant_id,
            title=ui.title_edit.toPlainText(),
            tags=ui.tag_picker.value(),
            details=ui.details_edit.toPlainText(),
            availability=ui.availability_grid.value(),
            location=ui.location_edit.text(),
            status=ui.status_steps.value() or "open")

    def clear_form(self) -> None:
        ui = self.ui
        for edit in (ui.title_edit, ui.details_edit, ui.location_edit):
            edit.clear()
        ui.tag_picker.clear()
        ui.availability_grid.clear()
        ui.status_steps.set_saved("open")

    def _step_text(self, current: str, target: str) -> str:
        if (current, target) == ("matched", "open"):
            return self.tr("Back to &open (the match fell through)")
        return {
            "open": self.tr("Re&open"),
            "matched": self.tr("Mark as &matched"),
            "met": self.tr("Mark as m&et"),
            "closed": self.tr("&Close this request"),
        }[target]
