"""Autosave: every change to a form is written to its draft in the vault, as it happens.

`DraftBinder(vault, form_key, {"full_name": line_edit, ...})` connects each widget's change
signal to a save of the whole form's values. `restore()` puts a saved draft back; `discard()`
drops it once the record is saved for real. Supported: QLineEdit, QPlainTextEdit, QTextEdit
(plain text), QComboBox (current data, or text when editable), QSpinBox/QDoubleSpinBox,
QCheckBox, QDateEdit, and any widget with `value()`, `setValue()` and a `changed` signal.
"""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from desktop.store import drafts
from desktop.store.vault import Vault


def read_widget(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    return widget.value()


def write_widget(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value or "")
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.setEditText(value or "")
        else:
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setValue(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(value, "yyyy-MM-dd"))
    else:
        widget.setValue(value)


def _signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    return widget.changed


class DraftBinder:
    def __init__(self, vault: Vault, form_key: str, widgets: Mapping[str, QWidget]):
        self.vault = vault
        self.form_key = form_key
        self.widgets = dict(widgets)
        self._restoring = False
        for widget in self.widgets.values():
            _signal(widget).connect(self._on_widget_changed)

    def values(self) -> dict[str, Any]:
        return {name: read_widget(widget) for name, widget in self.widgets.items()}

    def _on_widget_changed(self, *_args: Any) -> None:
        if self._restoring or self.vault is None or not self.vault.is_open:
            return
        drafts.save(self.vault, self.form_key, self.values())

    def restore(self) -> bool:
        """Put the saved draft back into the widgets; False if there was none."""
        saved = drafts.load(self.vault, self.form_key)
        if saved is None:
            return False
        self._restoring = True
        try:
            for name, value in saved.items():
                if name in self.widgets:
                    write_widget(self.widgets[name], value)
        finally:
            self._restoring = False
        return True

    def discard(self) -> None:
        drafts.discard(self.vault, self.form_key)

    def detach(self) -> None:
        """Stop saving (the vault is locking, or the form is reused for another record)."""
        self.vault = None
        for widget in self.widgets.values():
            try:
                _signal(widget).disconnect(self._on_widget_changed)
            except (RuntimeError, TypeError):  # already disconnected, or widget deleted
                pass
