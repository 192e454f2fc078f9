"""The choices every card print offers (sheet, language, large print), and the card picture.

Shared by the offer editor's preview and the batch print from the people register, so both
word the sheets the same way and take their languages from the same place.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSizePolicy, QWidget

from desktop.cards.sheet import SHEETS
from desktop.gui.printing.card_data import card_languages

DEFAULT_SHEET = "a6"


def sheet_labels() -> dict[str, str]:
    """Every sheet in desktop.cards.sheet.SHEETS, in plain words (a new sheet shows its key
    until it is given words here)."""
    words = {
        "a6": QCoreApplication.translate("CardOptions", "One card, A6 (postcard size)"),
        "a6x4": QCoreApplication.translate("CardOptions", "Four A6 cards on an A4 sheet"),
        "credit-card-x10": QCoreApplication.translate(
            "CardOptions", "Ten wallet-size cards on an A4 sheet"),
    }
    return {key: words.get(key, key) for key in SHEETS}


@dataclass(frozen=True)
class CardChoice:
    sheet: str = DEFAULT_SHEET
    language: str = "en"  # "" in a batch: each person's own language
    large_print: bool = False


class CardOptions:
    """Fills and reads the three controls of a form (made in Designer, so they are not
    widgets of their own class here)."""

    def __init__(self, sheet_combo: QComboBox, language_combo: QComboBox,
                 large_print_check: QCheckBox, sheet: str = DEFAULT_SHEET,
                 each_own_language: bool = False):
        self.sheet_combo = sheet_combo
        self.language_combo = language_combo
        self.large_print_check = large_print_check
        sheet_combo.clear()
        for key, label in sheet_labels().items():
            sheet_combo.addItem(label, key)
        sheet_combo.setCurrentIndex(max(0, sheet_combo.findData(sheet)))
        language_combo.clear()
        if each_own_language:
            language_combo.addItem(QCoreApplication.translate(
                "CardOptions", "Each person’s own language (else English)"), "")
        for language in card_languages():
            # Each in its own words, and in English for the linker; drafts say so, so an
            # unchecked translation is never handed out unawares.
            label = (language.name if language.name == language.english_name
                     else f"{language.name} ({language.english_name})")
            if language.draft:
                label = QCoreApplication.translate("CardOptions", "%1, draft wording").replace(
                    "%1", label)
            language_combo.addItem(label, language.code)
        # One language is no choice at all; the combo still says which it is.
        language_combo.setEnabled(language_combo.count() > 1)
        for combo in (sheet_combo, language_combo):
            combo.view().setAccessibleName(combo.accessibleName())  # the list it drops down

    def set_language(self, code: str) -> None:
        """Choose a language without announcing it (the form is still being filled)."""
        index = self.language_combo.findData(code)
        if index >= 0:
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)

    def choice(self) -> CardChoice:
        language = self.language_combo.currentData()
        return CardChoice(sheet=self.sheet_combo.currentData() or DEFAULT_SHEET,
                          language="en" if language is None else language,
                          large_print=self.large_print_check.isChecked())

    def connect(self, slot) -> None:
        """Call `slot` whenever any choice changes."""
        self.sheet_combo.currentIndexChanged.connect(slot)
        self.language_combo.currentIndexChanged.connect(slot)
        self.large_print_check.toggled.connect(slot)


class CardImage(QLabel):
    """A picture of a card, scaled to the room it is given and keeping its shape."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image = QImage()
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # Ignored: the picture follows the layout, never pushes it (a pixmap's own size hint
        # would grow the window a little more with every render).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 120)

    def image(self) -> QImage:
        return self._image

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._show()

    def clear_image(self) -> None:
        self._image = QImage()
        self.clear()

    def sizeHint(self) -> QSize:
        return QSize(300, 420)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        if self._image.isNull():
            self.clear()
            return
        ratio = self.devicePixelRatioF()
        room = self.contentsRect().size() * ratio
        if room.width() < 1 or room.height() < 1:
            return
        pixmap = QPixmap.fromImage(self._image).scaled(
            room, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        # A hairline round the card: it is white paper, and the window may be white too.
        painter = QPainter(pixmap)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)
