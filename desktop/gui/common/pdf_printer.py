"""PDF bytes to pixels: a picture of one card for the preview, and pages on a printer.

Qt's PDF module (PDFium) draws the pages, so what is previewed and printed is exactly the PDF
that "Save card as PDF" writes. `card_image` is safe off the GUI thread (it makes a QImage,
never a widget or pixmap; Qt serialises PDFium behind its own lock).

Printing paints each page at the printer's own resolution, in bands a few hundred pixels
high, so a 600 dpi A4 page never needs its whole 140 MB bitmap in memory at once. Pages are
printed at their true size (a card's body text must stay at least 14 pt), centred on the
paper, and only scaled down when the paper is smaller than the page.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from desktop.core.errors import OfferbookError

BAND_PX = 512  # rows painted at a time when printing
MAX_DPI = 1200  # no printer needs more for text; a PDF "printer" reports 1200


class UnreadablePdf(OfferbookError):
    """The PDF made for the card could not be read back (a bug, never the user's doing)."""


def _not_drawn() -> str:
    return QCoreApplication.translate("Printing", "The card could not be drawn. Try again; if "
                                      "it keeps happening, tell your coordinator.")


@contextmanager
def open_pdf(pdf: bytes) -> Iterator[QPdfDocument]:
    """The PDF as a QPdfDocument, closed afterwards (the buffer must outlive the document)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise UnreadablePdf(_not_drawn())
        yield document
    finally:
        document.close()
        buffer.close()


def card_image(pdf: bytes, card_rect_pt: QRectF, width_px: int) -> QImage:
    """The part of page 1 inside `card_rect_pt` (points, from the page's top-left corner)
    drawn `width_px` pixels wide: one card even when the page is a sheet of several."""
    with open_pdf(pdf) as document:
        page = document.pagePointSize(0)
        scale = width_px / card_rect_pt.width()
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(round(page.width() * scale), round(page.height() * scale)))
        clip = QRect(round(card_rect_pt.x() * scale), round(card_rect_pt.y() * scale),
                     width_px, round(card_rect_pt.height() * scale))
        options.setScaledClipRect(clip)
        image = document.render(0, clip.size(), options)
        if image.isNull():
            raise UnreadablePdf(_not_drawn())
        # PDFium leaves unpainted paper transparent; on a dark theme that would show black
        # letters on a dark window. The card is printed on white, so it is shown on white.
        paper = QImage(image.size(), QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        return paper


def page_count(pdf: bytes) -> int:
    with open_pdf(pdf) as document:
        return document.pageCount()


def printer_for(pdf: bytes) -> QPrinter:
    """A printer set to the PDF's first page size and orientation (A6 for a single card, A4
    for a sheet), with no margins: the cards and crop marks place themselves."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    with open_pdf(pdf) as document:
        size = document.pagePointSize(0)
    portrait = size.height() >= size.width()
    page_size = QPageSize(QSizeF(min(size.width(), size.height()),
                                 max(size.width(), size.height())),
                          QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(
        page_size, QPageLayout.Orientation.Portrait if portrait
        else QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName("Offerbook card")  # never a person's name: print queues are shared
    return printer


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of `pdf` on `printer` (already set up, e.g. by QPrintDialog); returns
    the number of pages sent. Raises OfferbookError when the printer cannot be started."""
    dpi = min(printer.resolution(), MAX_DPI)
    with open_pdf(pdf) as document:
        painter = QPainter()
        if not painter.begin(printer):
            raise OfferbookError(QCoreApplication.translate(
                "Printing", "The printer could not be started. Check it is switched on and "
                "connected, then try again."))
        try:
            for index in range(document.pageCount()):
                if index and not printer.newPage():
                    raise OfferbookError(QCoreApplication.translate(
                        "Printing", "The printer stopped part-way. Check it for paper or a "
                        "jam, then print again."))
                _paint_page(painter, printer, document, index, dpi)
        finally:
            painter.end()
        return document.pageCount()


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int,
                dpi: int) -> None:
    page_pt = document.pagePointSize(index)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    device_dpi = printer.resolution()
    # The page at its true size in the printer's pixels, shrunk only to fit smaller paper.
    target = QSizeF(page_pt.width() * device_dpi / 72, page_pt.height() * device_dpi / 72)
    fit = min(1.0, paper.width() / target.width(), paper.height() / target.height())
    target *= fit
    origin = QPointF(paper.x() + (paper.width() - target.width()) / 2,
                     paper.y() + (paper.height() - target.height()) / 2)
    if not printer.fullPage():
        origin -= printer.pageRect(QPrinter.Unit.DevicePixel).topLeft()
    # Draw the bitmap at `dpi` (the printer's, or capped) and let the painter map it on.
    full = QSize(round(page_pt.width() * fit * dpi / 72),
                 round(page_pt.height() * fit * dpi / 72))
    ratio = target.width() / full.width()
    left, right = round(origin.x()), round(origin.x() + target.width())
    for top in range(0, full.height(), BAND_PX):
        band = QRect(0, top, full.width(), min(BAND_PX, full.height() - top))
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(band)
        image = document.render(index, band.size(), options)
        # Whole device pixels, each band starting where the last ended: no hairline seams.
        y0 = round(origin.y() + band.top() * ratio)
        y1 = round(origin.y() + (band.top() + band.height()) * ratio)
        painter.drawImage(QRect(left, y0, right - left, y1 - y0), image)
