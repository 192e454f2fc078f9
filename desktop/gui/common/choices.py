"""Filling a filter's drop-down list again without losing what was chosen."""

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, everyone: str, items: Sequence[tuple[str, str]]) -> bool:
    """Put `everyone` (data "") first, then `items` as (text, data); keep the choice made
    before if it is still offered. Emits nothing; says whether that choice is gone."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everyone, "")
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(kept)) if kept else 0)
    combo.blockSignals(False)
    return bool(kept) and combo.currentData() != kept
