"""Widgets shared by the offer and request editors.

Each one has `value()`, `setValue()` and a `changed` signal, so a DraftBinder autosaves it like
any line edit: the gifts checklist, the tag picker and the status steps.
"""

from collections.abc import Callable, Iterable, Sequence
import unicodedata

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import models
from desktop.core.offers import can_move
from desktop.core.taxonomy import Taxonomy

_ID = Qt.ItemDataRole.UserRole


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'")


class ShortList(QListWidget):
    """A list that asks for room for a few rows (measured in rows, so it grows with the text
    size) and scrolls beyond that, instead of Qt's fixed-pixel default."""

    def __init__(self, parent: QWidget | None = None, rows: int = 6):
        super().__init__(parent)
        self.rows = rows
        self.setSpacing(2)  # a little air between rows makes each a bigger target
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        row = max(self.sizeHintForRow(0) if self.count() else 0,
                  self.fontMetrics().lineSpacing()) + 2 * self.spacing()
        shown = max(2, min(self.rows, self.count()))
        return QSize(super().sizeHint().width(), row * shown + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class GiftChecklist(ShortList):
    """The person's gifts, each in their own words beside its tag, to tick as a starting point."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, rows=5)
        self.setAccessibleName(self.tr("Their gifts"))
        self.setAccessibleDescription(self.tr("Tick the gifts this offer grows from; Space "
                                              "ticks the highlighted one."))
        self.gifts: dict[str, models.Gift] = {}
        self.itemChanged.connect(self._on_self_item_changed)

    def set_gifts(self, gifts: Iterable[models.Gift], taxonomy: Taxonomy | None) -> None:
        kinds = {"head": self.tr("head"), "hands": self.tr("hands"), "heart": self.tr("heart"),
                 "teach": self.tr("could teach"), "learn": self.tr("would like to learn")}
        self.blockSignals(True)
        self.clear()
        self.gifts = {}
        for gift in gifts:
            tag = taxonomy.by_id(gift.tag) if taxonomy and gift.tag else None
            about = ", ".join(part for part in (tag.label if tag else gift.tag,
                                                kinds.get(gift.kind, gift.kind)) if part)
            words = gift.own_words.strip()
            text = f"\u201c{words}\u201d \u2014 {about}" if words else about
            item = QListWidgetItem(text, self)
            item.setData(_ID, gift.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(text)
            self.gifts[gift.id] = gift
        self.blockSignals(False)
        self.updateGeometry()

    def value(self) -> list[str]:
        return [self.item(row).data(_ID) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def setValue(self, value: Sequence[str] | None) -> None:
        chosen = set(value or ())
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(_ID) in chosen
                               else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()

    def chosen(self) -> list[models.Gift]:
        return [self.gifts[gift_id] for gift_id in self.value()]

    def _on_self_item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()


class TagPicker(QWidget):
    """Tags from the taxonomy, ticked in a list that a search box narrows by label or by the
    words people say ("fixing bikes" finds the bike-repair tag)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Tags"))
        self.taxonomy: Taxonomy | None = None
        self._chosen: list[str] = []
        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Find a tag"))
        self.search_edit.setPlaceholderText(self.tr("Find a tag: type a word they used, "
                                                    "then press Down"))
        self.list = ShortList(self, rows=5)
        self.list.setAccessibleName(self.tr("Tags to choose from"))
        self.list.setAccessibleDescription(self.tr("Space ticks or unticks the highlighted tag."))
        self.chosen_label = QLabel(self)
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setAccessibleName(self.tr("Chosen tags"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen_label)
        self.setFocusProxy(self.search_edit)
        # A label's mnemonic only focuses a buddy that accepts focus; the proxy takes it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.installEventFilter(self)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self._show_chosen()

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.list.blockSignals(True)
        self.list.clear()
        for tag in taxonomy.tags:
            self._add_item(tag.id, tag.label)
        self.list.blockSignals(False)
        self._apply(self._chosen)
        self.list.updateGeometry()

    def value(self) -> list[str]:
        return list(self._chosen)

    def setValue(self, value: Sequence[str] | None) -> None:
        self._apply([tag for tag in dict.fromkeys(value or ()) if isinstance(tag, str)])
        self.changed.emit()

    def clear(self) -> None:
        self.search_edit.clear()
        self.setValue([])

    def item_for(self, tag_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID) == tag_id:
                return self.list.item(row)
        return None

    def label_for(self, tag_id: str) -> str:
        tag = self.taxonomy.by_id(tag_id) if self.taxonomy else None
        return tag.label if tag else tag_id

    def _add_item(self, tag_id: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label, self.list)
        item.setData(_ID, tag_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _apply(self, chosen: list[str]) -> None:
        self._chosen = list(chosen)
        self.list.blockSignals(True)
        for tag_id in chosen:
            if self.item_for(tag_id) is None:
                # A tag this taxonomy doesn't know (another organisation's, or retired) is kept.
                self._add_item(tag_id, tag_id)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(_ID) in chosen
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._show_chosen()

    def _show_chosen(self) -> None:
        if self._chosen:
            labels = ", ".join(self.label_for(tag_id) for tag_id in self._chosen)
            self.chosen_label.setText(self.tr("Chosen: %1").replace("%1", labels))
        else:
            self.chosen_label.setText(self.tr("No tags chosen yet."))

    def _matches(self, text: str) -> set[str] | None:
        """Tag ids matching what was typed, or None for 'show everything'."""
        text = text.strip()
        if not text or self.taxonomy is None:
            return None
        folded = _fold(text)
        found = {tag.id for tag in self.taxonomy.match_words(text)}
        found |= {tag.id for tag in self.taxonomy.tags
                  if any(folded in _fold(phrase) for phrase in tag.phrases)}
        return found

    def _on_search_edit_text_changed(self, text: str) -> None:
        matches = self._matches(text)
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = matches is not None and item.data(_ID) not in matches
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        tag_id = item.data(_ID)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and tag_id not in self._chosen:
            self._chosen.append(tag_id)
        elif not checked and tag_id in self._chosen:
            self._chosen.remove(tag_id)
        else:
            return
        self._show_chosen()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes to the (narrowed) list, as in a combo box.
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            if self.list.currentItem() is None or self.list.currentItem().isHidden():
                for row in range(self.list.count()):
                    if not self.list.item(row).isHidden():
                        self.list.setCurrentRow(row)
                        break
            return True
        return super().eventFilter(watched, event)


class StatusSteps(QWidget):
    """The record's status and a button for each step it may take next, and no others.

    A step changes the form, not the vault: Save writes it, and until then "Undo status change"
    goes back to the saved status, so a slip of the finger is never final."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Status"))
        self.record_cls: type[models.Record] = models.Offer
        self._status = ""
        self._saved = ""
        self._names: dict[str, str] = {}
        self._step_text: Callable[[str, str], str] = lambda _from, to: to
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self.undo_button = QPushButton(self.tr("U&ndo status change"), self)
        self.undo_button.setAccessibleName(self.tr("Undo status change"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self._row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addLayout(self._row)

    def configure(self, record_cls: type[models.Record], names: dict[str, str],
                  step_text: Callable[[str, str], str]) -> None:
        """`names` labels each status; `step_text(current, target)` labels a step's button."""
        self.record_cls, self._names, self._step_text = record_cls, dict(names), step_text
        # The undo button comes first: it was made with the form, so it already has its place
        # in the tab chain, and the step buttons made now are chained in right after it
        # (a widget that takes no focus, like the status text, cannot anchor a tab order).
        self._row.addWidget(self.undo_button)
        previous: QWidget = self.undo_button
        for status in names:
            button = QPushButton(self)
            button.clicked.connect(self._on_step_button_clicked)
            button.setProperty("target_status", status)
            self._row.addWidget(button)
            self.buttons[status] = button
            QWidget.setTabOrder(previous, button)
            previous = button
        self._row.addStretch(1)

    def value(self) -> str:
        return self._status

    def setValue(self, value: str | None) -> None:
        self._status = value if value in self._names else self._saved
        self._refresh()
        self.changed.emit()

    @property
    def saved(self) -> str:
        return self._saved

    def set_saved(self, status: str) -> None:
        """The status the vault holds, shown until a step is taken (no change signal)."""
        self._saved = self._status = status
        self._refresh()

    def offered(self) -> list[str]:
        """The statuses there are buttons for right now."""
        return [status for status, button in self.buttons.items() if not button.isHidden()]

    def _refresh(self) -> None:
        name = self._names.get(self._status, self._status)
        if self._status != self._saved:
            text = self.tr("%1 (not saved yet; it was %2)").replace("%1", name).replace(
                "%2", self._names.get(self._saved, self._saved))
        else:
            text = name
        self.status_label.setText(text)
        self.status_label.setAccessibleName(self.tr("Status: %1").replace("%1", text))
        for status, button in self.buttons.items():
            button.setHidden(not can_move(self.record_cls, self._status, status))
            label = self._step_text(self._status, status)
            button.setText(label)
            button.setAccessibleName(label.replace("&", ""))
        self.undo_button.setHidden(self._status == self._saved)

    def _on_step_button_clicked(self) -> None:
        self.setValue(self.sender().property("target_status"))
        self._focus_first_step()

    def _on_undo_button_clicked(self) -> None:
        self.setValue(self._saved)
        self._focus_first_step()

    def _focus_first_step(self) -> None:
        # The pressed button may just have been hidden; keep the focus here, not lost.
        for button in (*self.buttons.values(), self.undo_button):
            if not button.isHidden():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.status_label.setFocus()
