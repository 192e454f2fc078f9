"""The live card preview beside the offer editor, with printing and saving as PDF.

The editor gives the preview a `source`: a function of the language that returns the card's
content from what is typed now (reading the vault on the GUI thread: a few small queries), or
raises ValidationError when the person has not agreed to a printed card. A pause in typing
(`DELAY_MS`) starts a render; the PDF is made and its first card drawn to a QImage off the
GUI thread (`desktop.gui.common.operations`), and only the latest result is shown. One render
is waited for at a time: changes made during it start one more render when it finishes, so
fast typing never queues a render per keystroke. A render overtaken by a lock or by a reason
for no card (consent withdrawn) is dropped, not waited for.

Print and Save use the same PDF bytes the picture was drawn from.
"""

from collections.abc import Callable
from dataclasses import dataclass
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QTimer, Signal
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.cards.content import OfferCardContent
from desktop.cards.offer_card import OverflowNote, render_cards_with_notes
from desktop.cards.sheet import SHEETS, SheetSpec, cells
from desktop.core.consent import requires
from desktop.core.errors import OfferbookError, ValidationError
from desktop.store.files import atomic_write
from desktop.gui.common import operations
from desktop.gui.common.messages import Messages
from desktop.gui.common.pdf_printer import card_image
from desktop.gui.forms.ui_card_preview import Ui_CardPreview
from desktop.gui.printing.card_options import CardChoice, CardOptions

log = logging.getLogger(__name__)

DELAY_MS = 300  # after the last keystroke; long enough to skip most bursts of typing
MM_TO_PT = 72 / 25.4
MIN_RENDER_PX = 480
RENDER = "render"  # the operations key of a render


def card_rect_pt(sheet: SheetSpec) -> QRectF:
    """The first card on the sheet, in points from the page's top-left corner."""
    x_mm, y_mm = cells(sheet)[0]
    top_mm = sheet.page_h_mm - y_mm - sheet.card_h_mm  # cells() measure from the bottom
    return QRectF(x_mm * MM_TO_PT, top_mm * MM_TO_PT, sheet.card_w_mm * MM_TO_PT,
                  sheet.card_h_mm * MM_TO_PT)


@dataclass(frozen=True)
class Rendered:
    """One finished render, handed back to the GUI thread."""

    content: OfferCardContent
    choice: CardChoice
    pdf: bytes = b""
    image: QImage | None = None
    notes: tuple[OverflowNote, ...] = ()
    error: Exception | None = None


def render(content: OfferCardContent, choice: CardChoice, width_px: int) -> Rendered:
    """Make the PDF and draw its first card (runs off the GUI thread: no widgets here)."""
    try:
        sheet = SHEETS[choice.sheet]
        pdf, notes = render_cards_with_notes([content], sheet, choice.large_print)
        image = card_image(pdf, card_rect_pt(sheet), width_px)
    except Exception as error:  # shown in the preview; logged there by type only
        return Rendered(content, choice, error=error)
    return Rendered(content, choice, pdf, image, tuple(notes))


class CardPreview(QWidget):
    rendered = Signal()  # the preview shows what is typed now (a card or the reason for none)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CardPreview()
        self.ui.setupUi(self)
        heading = self.ui.heading_label.font()
        heading.setBold(True)
        self.ui.heading_label.setFont(heading)
        self.options = CardOptions(self.ui.sheet_combo, self.ui.language_combo,
                                   self.ui.large_print_check)
        self.source: Callable[[str], OfferCardContent] | None = None
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._again = False
        self._shown: Rendered | None = None
        self.options.connect(self._on_options_changed)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.ui.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self._set_card_available(False)

    # ---- what the editor calls -------------------------------------------------------------

    def set_source(self, source: Callable[[str], OfferCardContent] | None) -> None:
        self.source = source

    def schedule(self) -> None:
        """Something on the card changed: render once typing pauses."""
        if self.source is not None:
            self._timer.start()

    def update_now(self) -> None:
        self._timer.stop()
        self._render_latest()

    def clear(self) -> None:
        """Forget the card (the vault is locking, or the form is not usable)."""
        self._timer.stop()
        operations.cancel(self, RENDER)  # a render on its way is dropped
        self._again = False
        self._shown = None
        self.ui.card_image.clear_image()
        self.ui.card_image.setAccessibleDescription("")
        self.ui.notes_label.clear()
        self.ui.status_label.clear()
        self._set_card_available(False)

    def is_current(self) -> bool:
        """True when nothing is waiting to be drawn (for tests and screenshots)."""
        return not (self._timer.isActive() or operations.pending(self, RENDER))

    def shown_content(self) -> OfferCardContent | None:
        return self._shown.content if self._shown is not None else None

    def print_card(self) -> bool:
        pdf = self._current_pdf()
        if pdf is None:
            return False
        self.ui.status_label.clear()
        try:
            printed = Messages.print_document(self.window(), pdf, self.tr("Print the card"))
        except OfferbookError as error:
            self.ui.status_label.setText(error.message)
            return False
        if printed:
            self.ui.status_label.setText(self.tr("The card went to the printer."))
        return printed

    def save_pdf(self) -> Path | None:
        pdf = self._current_pdf()
        if pdf is None:
            return None
        self.ui.status_label.clear()
        chosen = Messages.ask_save_path(self.window(), self.tr("Save the card as a PDF"),
                                        "offer-card.pdf", self.tr("PDF (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.casefold() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            atomic_write(path, pdf)
        except OfferbookError as error:
            self.ui.status_label.setText(error.message)
            return None
        self.ui.status_label.setText(self.tr("Saved as %1.").replace("%1", path.name))
        return path

    # ---- rendering -------------------------------------------------------------------------

    def _content(self, language: str) -> OfferCardContent | None:
        """The card for what is typed now, or None with the reason shown instead."""
        if self.source is None:
            return None
        try:
            return self.source(language)
        except ValidationError as error:
            self._show_reason(self._reason(error))
        except OfferbookError as error:
            self._show_reason(error.message)
        return None

    def _render_latest(self) -> None:
        choice = self.options.choice()
        content = self._content(choice.language)
        if content is None:
            self._again = False  # what is typed now has just been looked at
            self.rendered.emit()
            return
        if operations.pending(self, RENDER):
            self._again = True  # picked up when the render in flight finishes
            return
        width = self._wanted_width(SHEETS[choice.sheet])
        operations.run(self, lambda _task: render(content, choice, width), key=RENDER,
                       on_success=self._on_rendered, on_failure=self._on_render_crashed,
                       unexpected=self._crash_text())

    def _on_rendered(self, result: Rendered) -> None:
        if result.error is not None:
            self._show_failure(result.error)
        else:
            self._show(result)
        if self._again:
            self._again = False
            self._render_latest()
        else:
            self.rendered.emit()

    def _on_render_crashed(self, error: OfferbookError) -> None:
        self._show_reason(error.message)
        self.rendered.emit()

    def _show(self, result: Rendered) -> None:
        self._shown = result
        self.ui.card_image.set_image(result.image)
        self.ui.card_image.setAccessibleDescription(self._describe(result.content))
        self.ui.notes_label.setText(self._overflow_text(result.notes))
        self._set_card_available(True)

    def _show_reason(self, text: str) -> None:
        operations.cancel(self, RENDER)  # a card still being drawn must not replace the reason
        self._shown = None
        self.ui.card_image.clear_image()
        self.ui.card_image.setAccessibleDescription("")
        self.ui.notes_label.setText(text)
        self._set_card_available(False)

    def _show_failure(self, error: Exception) -> None:
        if isinstance(error, OfferbookError):
            self._show_reason(error.message)
            return
        log.error("card preview failed: %s", type(error).__name__)  # no text: it may be theirs
        self._show_reason(self._crash_text())

    def _crash_text(self) -> str:
        return self.tr("The card could not be drawn. Try again; if it keeps happening, tell "
                       "your coordinator.")

    def _current_pdf(self) -> bytes | None:
        """The PDF of what is typed now: the one on screen if nothing changed since, else made
        here (a few milliseconds), so Print never prints an older card than the form shows."""
        choice = self.options.choice()
        content = self._content(choice.language)
        if content is None:
            return None
        shown = self._shown
        if shown is not None and shown.content == content and shown.choice == choice:
            return shown.pdf
        try:
            pdf, _notes = render_cards_with_notes([content], SHEETS[choice.sheet],
                                                  choice.large_print)
        except OfferbookError as error:
            self.ui.status_label.setText(error.message)
            return None
        self.schedule()  # and bring the picture up to date
        return pdf

    # ---- words -----------------------------------------------------------------------------

    def _reason(self, error: ValidationError) -> str:
        if error.field == "print-card":
            # The same words desktop.cards.content uses, in the app's language.
            return " ".join((QCoreApplication.translate("Consent", requires("print-card")),
                             self.tr("Record their agreement on the Consents tab before "
                                     "printing.")))
        return error.message

    def _overflow_text(self, notes: tuple[OverflowNote, ...]) -> str:
        if any(note.side == "back" for note in notes):
            return self.tr("Some words fit on neither side of the card and will not be "
                           "printed. Shorten what they will offer, or choose a bigger size.")
        if notes:
            return self.tr("The card continues on the back. Print on both sides, flipping on "
                           "the long edge.")
        return ""

    @staticmethod
    def _describe(content: OfferCardContent) -> str:
        """The card's words for a screen reader, in the order they are printed."""
        parts = (content.organisation, content.first_name, content.offer_words, content.when,
                 content.where, content.how_often, content.next_step, content.linker_name,
                 content.linker_contact.replace("\u00a0", " "))
        return "\n".join(part for part in parts if part.strip())

    # ---- sizes and state -------------------------------------------------------------------

    def _wanted_width(self, sheet: SheetSpec) -> int:
        """Pixels across for a render that stays sharp in the room the picture has."""
        label = self.ui.card_image
        room = label.contentsRect().size()
        if room.width() < 50 or room.height() < 50:  # not laid out yet
            room = label.sizeHint()
        width = min(room.width(), room.height() * sheet.card_w_mm / sheet.card_h_mm)
        # Never fewer than MIN_RENDER_PX: the first render often comes before the layout has
        # sized the picture, and scaling a sharp picture down costs less than drawing again.
        return max(MIN_RENDER_PX, round(width * label.devicePixelRatioF()))

    def _set_card_available(self, available: bool) -> None:
        self.ui.print_button.setEnabled(available)
        self.ui.pdf_button.setEnabled(available)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = self._shown
        # Grown well past the picture's pixels: draw it again so it stays sharp.
        if (shown is not None and shown.image is not None
                and self._wanted_width(SHEETS[shown.choice.sheet]) > shown.image.width() * 1.25):
            self.schedule()

    # ---- slots -----------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        self._render_latest()

    def _on_options_changed(self, *_args) -> None:
        self.ui.status_label.clear()
        self.update_now()

    def _on_print_button_clicked(self) -> None:
        self.print_card()

    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()
