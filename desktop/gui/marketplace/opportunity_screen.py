"""An opportunity from a local organisation, read-only: what it is, when and where, who it
suits, how to get in touch. (Adding and editing them is the directory's work.)"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.core.match_sides import OPPORTUNITY
from desktop.core.taxonomy import load_taxonomy
from desktop.store.records import Records
from desktop.gui.common.screen import Screen
from desktop.gui.common.words import scaled
from desktop.gui.marketplace.filter_bar import status_labels
from desktop.gui.marketplace.register_model import when_words


class OpportunityScreen(Screen):
    name = "opportunity"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Opportunity"))
        self.heading = QLabel(self)
        self.heading.setFont(scaled(self.font(), 1.4))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a directory's words, never markup
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.back_button = QPushButton(self.tr("&Back to the marketplace"), self)
        self.back_button.setAccessibleName(self.tr("Back to the marketplace"))
        self.back_button.setToolTip(self.tr("Back to the marketplace (Esc)"))

        self.fields: dict[str, QLabel] = {}
        body = QWidget(self)
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (
                ("organisation", self.tr("Organisation")), ("description", self.tr("What it is")),
                ("gifts", self.tr("Gifts it uses")), ("when", self.tr("When")),
                ("where", self.tr("Where")), ("suits", self.tr("Who it suits")),
                ("accessibility", self.tr("Access")), ("languages", self.tr("Languages")),
                ("cost", self.tr("Cost")), ("contact", self.tr("Contact")),
                ("status", self.tr("Status"))):
            value = QLabel(body)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAccessibleName(label)
            # Keyboard users can reach and copy each value (a phone number, an address).
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            caption = QLabel(label, body)
            caption.setBuddy(value)
            form.addRow(caption, value)
            self.fields[key] = value
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._on_back_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)

    def title(self) -> str:
        return self.tr("Opportunity")

    def open(self, vault, **args: Any) -> None:
        super().open(vault, **args)
        self.back_button.setFocus()

    def refresh(self) -> None:
        self.message_label.hide()
        if self.vault is None or not self.vault.is_open:
            return
        records = Records(self.vault)
        try:
            opportunity = records.get(models.Opportunity, self.args.get("opportunity_id", ""))
        except OfferbookError as error:
            self._show(None, "")
            self.message_label.setText(error.message)
            self.message_label.show()
            return
        found = records.find(models.Organisation, "id = ?", [opportunity.organisation_id])
        self._show(opportunity, found[0].name if found else "")

    def _show(self, opportunity: models.Opportunity | None, organisation: str) -> None:
        self.heading.setText(opportunity.title if opportunity else "")
        if opportunity is None:
            for label in self.fields.values():
                label.clear()
            return
        taxonomy = load_taxonomy()
        tags = [taxonomy.by_id(tag) for tag in opportunity.tags]
        when = when_words(opportunity.availability)
        schedule = opportunity.schedule.strip()
        where = ", ".join(part for part in (opportunity.location.strip(),
                                            opportunity.postcode.strip()) if part)
        contact = "\n".join(part for part in (opportunity.contact, opportunity.email,
                                              opportunity.phone, opportunity.website)
                            if part.strip())
        values = {
            "organisation": organisation,
            "description": opportunity.description,
            "gifts": ", ".join([tag.label if tag else tag_id for tag, tag_id
                                in zip(tags, opportunity.tags)] + opportunity.other_terms),
            "when": "\n".join(part for part in (when, schedule if schedule != when else "")
                              if part),
            "where": where, "suits": opportunity.suits,
            "accessibility": opportunity.accessibility,
            "languages": ", ".join(opportunity.languages), "cost": opportunity.cost,
            "contact": contact,
            "status": status_labels(OPPORTUNITY).get(opportunity.status, opportunity.status),
        }
        for key, label in self.fields.items():
            label.setText(values[key].strip() or self.tr("Not known"))

    def _on_back_button_clicked(self) -> None:
        self.navigate.emit("marketplace", {"tab": OPPORTUNITY})

    def close_vault(self) -> None:
        super().close_vault()
        self._show(None, "")
