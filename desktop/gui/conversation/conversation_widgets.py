"""The pieces of a conversation page: answer boxes, choices, idea cards, one section's page.

Every prompt widget offers `value()`, `setValue()` and a `changed` signal, which is what
DraftBinder needs to autosave it on every change (plain text boxes it knows already).
"""

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core import conversation as flow
from desktop.core.taxonomy import GiftTag, Taxonomy
from desktop.core.template import Prompt, Section


def emphasis(bold: bool = False, italic: bool = False) -> QFont:
    """A font that sets only weight and slant: family and size still follow the app's text
    size setting, even when it changes while the screen is open."""
    font = QFont()
    if bold:
        font.setBold(True)
    if italic:
        font.setItalic(True)
    return font


def set_heading_font(label: QLabel, base: QFont, scale: float) -> None:
    """Bold and `scale` times the size of `base` (call again when `base` changes)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)


class FlowLayout(QLayout):
    """Lays chips out left to right, wrapping to the width available (Qt's flow example)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        space = max(self.spacing(), 6)
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():  # hidden chips take no room
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + space, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + space
            line = max(line, hint.height())
        return y + line - rect.y()


class TagChip(QPushButton):
    """An idea card: a gift tag that toggles on and off. Its idea is the tooltip and the
    accessible description, so a screen reader user hears the same prompt a sighted one reads."""

    def __init__(self, tag: GiftTag, parent: QWidget | None = None):
        super().__init__(tag.label, parent)
        self.tag = tag
        self.setObjectName("tag_chip")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setToolTip(tag.idea)
        self.setAccessibleName(tag.label)
        self.setAccessibleDescription(tag.idea)
        self.toggled.connect(self._on_self_toggled)

    def _on_self_toggled(self, checked: bool) -> None:
        # A tick as well as the pressed look: themes draw "checked" buttons very differently.
        # An icon, not a "\u2713" character: the bundled Noto Sans has no such glyph.
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
                     if checked else QIcon())
        self.setFont(emphasis(bold=checked))  # visible in every theme, high contrast too


class AnswerEdit(QPlainTextEdit):
    """A box for the person's own words that grows with them (3 to 12 lines of the current
    font, so it scales with the text size instead of fixing pixels)."""

    MIN_LINES, MAX_LINES = 3, 12

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on; a conversation never needs tab characters
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        lines = int(self.document().size().height())  # lines, for a plain text document
        lines = min(max(lines, self.MIN_LINES), self.MAX_LINES)
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom() + 2)
        return QSize(super().sizeHint().width(), int(height))


class ChoicePrompt(QWidget):
    """Radio buttons (one answer) or check boxes (several) for a choice prompt."""

    changed = Signal()

    def __init__(self, prompt: Prompt, parent: QWidget | None = None):
        super().__init__(parent)
        self.prompt = prompt
        self.setAccessibleName(prompt.text)
        self._extra: list[str] = []  # saved choices this template no longer lists: kept
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not prompt.multiple)
        self.buttons: list[QAbstractButton] = []
        for choice in prompt.choices:
            button = QCheckBox(choice, self) if prompt.multiple else QRadioButton(choice, self)
            button.setAccessibleName(choice)
            self.group.addButton(button)
            self.buttons.append(button)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.toggled.connect(self._on_button_toggled)

    def value(self) -> Any:
        ticked = [button.text() for button in self.buttons if button.isChecked()]
        if self.prompt.multiple:
            return ticked + self._extra
        return ticked[0] if ticked else (self._extra[0] if self._extra else "")

    def setValue(self, value: Any) -> None:
        wanted = [value] if isinstance(value, str) else [v for v in value or []
                                                         if isinstance(v, str)]
        # Case-insensitive: older records and demo data say "carer" for "Carer".
        by_fold = {button.text().casefold(): button for button in self.buttons}
        found = {by_fold[v.casefold()] for v in wanted if v.casefold() in by_fold}
        self.blockSignals(True)
        self.group.setExclusive(False)  # so a radio button can be cleared, too
        for button in self.buttons:
            button.setChecked(button in found)
        self.group.setExclusive(not self.prompt.multiple)
        self.blockSignals(False)
        self._extra = [v for v in wanted if v and v.casefold() not in by_fold]
        self.changed.emit()

    def _on_button_toggled(self, _checked: bool) -> None:
        if not self.prompt.multiple:
            self._extra = []  # a new pick replaces an old answer the template no longer lists
        self.changed.emit()


class GiftsPrompt(QWidget):
    """Idea cards to tick, a box to find other gifts by the words the person used, and for each
    ticked card a line for how the person put it, in their own words."""

    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, section: Section, prompt: Prompt,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.taxonomy, self.section, self.prompt = taxonomy, section, prompt
        self.setAccessibleName(prompt.text)
        self._entries: dict[str, dict[str, str]] = {}  # tag -> own_words, gift_id; in order
        self._chips: dict[str, list[TagChip]] = {}
        self._rows: dict[str, tuple[QWidget, QLineEdit]] = {}
        self._all_built = False
        tags = flow.prompt_tags(taxonomy, section, prompt)
        ideas = [t for t in tags if t.id in section.idea_cards]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.ideas_label = QLabel(self.tr("Ideas to start with:"), self)
        layout.addWidget(self.ideas_label)
        self.ideas_box, self.ideas_flow = self._chip_box(layout)
        for tag in ideas:
            self._add_chip(tag, self.ideas_box, self.ideas_flow)
        self.ideas_label.setVisible(bool(ideas))
        self.ideas_box.setVisible(bool(ideas))

        self.heard_label = QLabel(self.tr("Heard in what they said:"), self)
        layout.addWidget(self.heard_label)
        self.heard_box, self.heard_flow = self._chip_box(layout)
        self.heard_label.hide()
        self.heard_box.hide()

        find_row = QHBoxLayout()
        self.find_label = QLabel(self.tr("Find another &gift:"), self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setAccessibleName(self.tr("Find another gift by a word they used"))
        self.find_edit.setPlaceholderText(self.tr("a word they used, like bikes or biryani"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.find_edit)
        find_row.addWidget(self.find_label)
        find_row.addWidget(self.find_edit, 1)
        layout.addLayout(find_row)
        self.found_label = QLabel(self)
        self.found_label.setWordWrap(True)
        self.found_label.hide()
        layout.addWidget(self.found_label)
        self.found_box, self.found_flow = self._chip_box(layout)
        self.found_box.hide()
        self.find_edit.textChanged.connect(self._on_find_edit_text_changed)

        self._all_tags = [t for t in tags if t not in ideas]
        self.all_button = QPushButton(self)
        self.all_button.setCheckable(True)
        self.all_button.setAutoDefault(False)
        self._show_all_text = self.tr("Show all %n gift ideas", "", len(self._all_tags))
        self.all_button.setText(self._show_all_text)
        self.all_button.setAccessibleName(self._show_all_text)
        self.all_button.toggled.connect(self._on_all_button_toggled)
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.all_box = QWidget(self)
        self.all_layout = QVBoxLayout(self.all_box)
        self.all_layout.setContentsMargins(0, 0, 0, 0)
        self.all_box.hide()
        layout.addWidget(self.all_box)

        self.picked_label = QLabel(self)
        self.picked_label.setWordWrap(True)
        layout.addWidget(self.picked_label)
        self.picked_form = QFormLayout()
        self.picked_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft
                                           | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(self.picked_form)
        self._update_picked_label()

    # ---- value (for DraftBinder and the screen) ---------------------------------------------

    def value(self) -> list[dict[str, str]]:
        return [{"tag": tag, **entry} for tag, entry in self._entries.items()]

    def setValue(self, value: Any) -> None:
        for tag in list(self._entries):
            self._remove_entry(tag)
        for entry in flow.gift_entries(value):
            self._add_entry(entry["tag"], entry["own_words"], entry["gift_id"])
        self._fix_tab_order()
        self.changed.emit()

    def set_gift_ids(self, ids: dict[str, str]) -> None:
        """Learn the ids of gifts just saved, so the draft names them too."""
        changed = False
        for tag, gift_id in ids.items():
            if tag in self._entries and self._entries[tag]["gift_id"] != gift_id:
                self._entries[tag]["gift_id"] = gift_id
                changed = True
        if changed:
            self.changed.emit()

    def set_heard(self, tags: list[GiftTag]) -> None:
        """Show tags heard in the person's words so far (refreshed when the page is shown)."""
        self._clear_chips(self.heard_flow)
        tags = [tag for tag in tags if tag.id not in self.section.idea_cards]  # shown already
        for tag in tags:
            self._add_chip(tag, self.heard_box, self.heard_flow)
        self.heard_label.setVisible(bool(tags))
        self.heard_box.setVisible(bool(tags))
        self._fix_tab_order()

    def first_focus(self) -> QWidget:
        chips = _widgets(self.ideas_flow) + _widgets(self.heard_flow)
        return chips[0] if chips else self.find_edit

    def chips(self, tag_id: str) -> list[TagChip]:
        return list(self._chips.get(tag_id, []))

    def words_edit(self, tag_id: str) -> QLineEdit | None:
        row = self._rows.get(tag_id)
        return row[1] if row else None

    # ---- chips ---------------------------------------------------------------------------

    def _chip_box(self, layout: QVBoxLayout) -> tuple[QWidget, FlowLayout]:
        box = QWidget(self)
        box_flow = FlowLayout(box)
        layout.addWidget(box)
        return box, box_flow

    def _add_chip(self, tag: GiftTag, box: QWidget, box_flow: FlowLayout) -> TagChip:
        chip = TagChip(tag, box)
        chip.setChecked(tag.id in self._entries)
        chip.toggled.connect(self._on_chip_toggled)
        box_flow.addWidget(chip)
        chip.show()  # at once: a layout shows late-added children only on the next event loop
        self._chips.setdefault(tag.id, []).append(chip)
        return chip

    def _clear_chips(self, box_flow: FlowLayout) -> None:
        while box_flow.count():
            chip = box_flow.takeAt(0).widget()
            self._chips[chip.tag.id].remove(chip)
            chip.hide()
            chip.deleteLater()

    def _on_chip_toggled(self, checked: bool) -> None:
        chip = self.sender()
        if checked and chip.tag.id not in self._entries:
            self._add_entry(chip.tag.id)
        elif not checked and chip.tag.id in self._entries:
            self._remove_entry(chip.tag.id)
        else:
            return
        self._fix_tab_order()
        self.changed.emit()

    def _on_find_edit_text_changed(self, text: str) -> None:
        self._clear_chips(self.found_flow)
        found = flow.find_tags(self.taxonomy, text)
        for tag in found:
            self._add_chip(tag, self.found_box, self.found_flow)
        self.found_box.setVisible(bool(found))
        self.found_label.setVisible(bool(text.strip()))
        self.found_label.setText(
            self.tr("Gifts that match:") if found else
            self.tr("No gift matches those words yet. Try another word, or write what they "
                    "said in one of the answer boxes."))
        self._fix_tab_order()

    def _on_all_button_toggled(self, checked: bool) -> None:
        if checked and not self._all_built:
            # Built on first use: most conversations never open the full list.
            self._all_built = True
            for kind in self.prompt.gift_kinds:
                tags = [t for t in self._all_tags if t.kind == kind]
                if not tags:
                    continue
                # Whole phrases, not "Gifts of the %1": the kind's label is English taxonomy
                # data, and Welsh mutates the noun after the article.
                names = {"head": self.tr("Gifts of the head"),
                         "hands": self.tr("Gifts of the hands"),
                         "heart": self.tr("Gifts of the heart")}
                label = QLabel(names[kind], self.all_box)
                label.setToolTip(self.taxonomy.kind(kind).description)
                self.all_layout.addWidget(label)
                box = QWidget(self.all_box)
                box_flow = FlowLayout(box)
                self.all_layout.addWidget(box)
                for tag in tags:
                    self._add_chip(tag, box, box_flow)
            self._fix_tab_order()
        self.all_box.setVisible(checked)
        self.all_button.setText(self.tr("Hide the full list") if checked else self._show_all_text)

    # ---- picked gifts and their own words -------------------------------------------------

    def _add_entry(self, tag_id: str, own_words: str = "", gift_id: str = "") -> None:
        self._entries[tag_id] = {"own_words": own_words, "gift_id": gift_id}
        tag = self.taxonomy.by_id(tag_id)
        name = tag.label if tag else tag_id
        field = QWidget(self)
        row = QHBoxLayout(field)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(own_words, field)
        edit.setAccessibleName(self.tr("%1, in their words").replace("%1", name))
        edit.setPlaceholderText(self.tr("In their words"))
        edit.textEdited.connect(lambda text, t=tag_id: self._on_words_edit_text_edited(t, text))
        remove = QPushButton(self.tr("Remove"), field)
        remove.setAutoDefault(False)
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", name))
        remove.clicked.connect(lambda _checked=False, t=tag_id: self._on_remove_clicked(t))
        row.addWidget(edit, 1)
        row.addWidget(remove)
        label = QLabel(name, self)
        label.setBuddy(edit)
        self.picked_form.addRow(label, field)
        label.show()
        field.show()
        self._rows[tag_id] = (field, edit)
        for chip in self._chips.get(tag_id, []):
            chip.setChecked(True)
        self._update_picked_label()

    def _remove_entry(self, tag_id: str) -> None:
        self._entries.pop(tag_id, None)
        field, _edit = self._rows.pop(tag_id)
        # takeRow, not removeRow: the Remove button being clicked lives in this row, and
        # deleting a button inside its own clicked signal is unsafe.
        taken = self.picked_form.takeRow(field)
        for item in (taken.labelItem, taken.fieldItem):
            if item is not None and item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        for chip in self._chips.get(tag_id, []):
            chip.setChecked(False)
        self._update_picked_label()

    def _on_words_edit_text_edited(self, tag_id: str, text: str) -> None:
        if tag_id in self._entries:
            self._entries[tag_id]["own_words"] = text
            self.changed.emit()

    def _on_remove_clicked(self, tag_id: str) -> None:
        tags = list(self._entries)
        index = tags.index(tag_id)
        self._remove_entry(tag_id)
        self._fix_tab_order()
        self.changed.emit()
        # Keep the keyboard nearby: the next picked gift's words, else the find box.
        rest = [t for t in tags if t != tag_id]
        if rest:
            self._rows[rest[min(index, len(rest) - 1)]][1].setFocus()
        else:
            self.find_edit.setFocus()

    def _update_picked_label(self) -> None:
        self.picked_label.setText(
            self.tr("Picked, with how they put it:") if self._entries else
            self.tr("Nothing picked yet. Tick an idea above, then write beside it how the "
                    "person put it."))

    def _fix_tab_order(self) -> None:
        """Chips and rows made after the page was built would otherwise be tabbed to last."""
        chain: list[QWidget] = []
        for chip in (w for box_flow in (self.ideas_flow, self.heard_flow) for w in
                     _widgets(box_flow)):
            chain.append(chip)
        chain += [self.find_edit, *_widgets(self.found_flow), self.all_button]
        for index in range(self.all_layout.count()):
            item = self.all_layout.itemAt(index).widget()
            if item is not None and isinstance(item.layout(), FlowLayout):
                chain += _widgets(item.layout())
        for field, edit in self._rows.values():
            chain += [edit, *field.findChildren(QPushButton)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)


def _widgets(layout: QLayout) -> list[QWidget]:
    return [layout.itemAt(i).widget() for i in range(layout.count())
            if layout.itemAt(i).widget() is not None]


class SectionPage(QScrollArea):
    """One section of the template: its title, intro and prompts, scrolling as one page."""

    def __init__(self, taxonomy: Taxonomy, section: Section, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions, not the frame
        self.setAccessibleName(section.title)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title_label = QLabel(section.title, body)
        self.title_label.setObjectName("section_title_label")
        set_heading_font(self.title_label, self.font(), 1.4)
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.intro_label = QLabel(section.intro, body)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.inputs: dict[str, QWidget] = {}
        self.gifts: dict[str, GiftsPrompt] = {}
        for prompt in section.prompts:
            layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
            layout.addWidget(self._prompt_block(taxonomy, prompt, body))
        has_gifts = any(prompt.kind == "gifts" for prompt in section.prompts)
        if section.idea_cards and not has_gifts:
            layout.addWidget(self._ideas_block(taxonomy, body))
        layout.addStretch(1)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft)  # next to the section list, not adrift
        self.setWidget(body)
        self._fit_to_font()

    def _fit_to_font(self) -> None:
        # Very long lines are hard to follow; the cap is in characters so it grows with the
        # text size, like the title.
        self.widget().setMaximumWidth(self.fontMetrics().averageCharWidth() * 150)
        set_heading_font(self.title_label, self.font(), 1.4)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
        super().changeEvent(event)

    def _prompt_block(self, taxonomy: Taxonomy, prompt: Prompt, parent: QWidget) -> QWidget:
        block = QWidget(parent)
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 0, 0, 0)
        question = QLabel(prompt.text, block)
        question.setWordWrap(True)
        question.setFont(emphasis(bold=True))
        layout.addWidget(question)
        if prompt.help:
            hint = QLabel(prompt.help, block)
            hint.setWordWrap(True)
            hint.setFont(emphasis(italic=True))
            layout.addWidget(hint)
        if prompt.kind == "choice":
            widget = ChoicePrompt(prompt, block)
            buddy = widget.buttons[0] if widget.buttons else widget
        elif prompt.kind == "gifts":
            widget = self.gifts[prompt.id] = GiftsPrompt(taxonomy, self.section, prompt, block)
            buddy = widget.find_edit
        else:
            widget = AnswerEdit(block)
            widget.setAccessibleName(prompt.text)
            buddy = widget
        if prompt.help:
            widget.setAccessibleDescription(prompt.help)
        question.setBuddy(buddy)
        layout.addWidget(widget)
        self.inputs[prompt.id] = widget
        return block

    def _ideas_block(self, taxonomy: Taxonomy, parent: QWidget) -> QWidget:
        """Sections without a gifts prompt still show their idea cards, as things to talk
        about: the card's idea is a question the linker can ask."""
        block = QLabel(parent)
        block.setWordWrap(True)
        block.setTextFormat(Qt.TextFormat.PlainText)
        lines = [self.tr("Ideas to talk about:")]
        for tag_id in self.section.idea_cards:
            tag = taxonomy.by_id(tag_id)
            if tag is not None:
                lines.append(f"\u2022 {tag.label}: {tag.idea}")
        block.setText("\n".join(lines))
        return block

    def first_input(self) -> QWidget | None:
        for prompt in self.section.prompts:
            widget = self.inputs[prompt.id]
            if isinstance(widget, ChoicePrompt):
                return widget.buttons[0] if widget.buttons else None
            if isinstance(widget, GiftsPrompt):
                return widget.first_focus()
            return widget
        return None
