"""The card preview beside the offer editor, printing and saving the card, driven through the
real widgets; printing is also run for real, into a PDF file, and read back."""

from datetime import date
import io

from pypdf import PdfReader
import pytest

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QScrollBar

from desktop.core import models
from desktop.store.records import Records
from desktop.gui.common.pdf_printer import print_pdf, printer_for
from desktop.gui.offers.offer_screen import OfferScreen
from desktop.gui.printing.card_data import card_languages, preferred_card_language
from desktop.gui.printing.card_preview import DELAY_MS
from desktop.gui.shell import AppShell
from tests.conftest import type_text

OFFER = "Dw i’n gallu trwsio beiciau i bawb ar ein stryd"
A6_PT = (297.6, 419.5)
A4_PT = (595.3, 841.9)


def agree(records, participant, *purposes):
    for purpose in purposes:
        records.add(models.Consent(participant_id=participant.id, purpose=purpose, given=True,
                                   method="spoken", recorded_on=date.today().isoformat()))


@pytest.fixture
def linker(vault):
    records = Records(vault)
    return records.add(models.Staff(name="Amal Hussain", work_phone="01632 960123",
                                    work_email="amal@example.org"))


@pytest.fixture
def offer(vault, linker):
    """An agreed offer from someone who has agreed to a printed card."""
    records = Records(vault)
    person = records.add(models.Participant(full_name="Siân Roberts", preferred_name="Siân",
                                            linker_id=linker.id))
    agree(records, person, "keep-record", "print-card")
    return records.add(models.Offer(participant_id=person.id, title=OFFER, status="agreed",
                                    location="Canolfan y Dref", frequency="weekly",
                                    availability={"sat": ["morning"]}))


def opened(qtbot, vault, **args) -> OfferScreen:
    screen = OfferScreen()
    qtbot.addWidget(screen)
    screen.resize(1366 - 240, 740)  # the room the shell gives a screen at 1366×768
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    with qtbot.waitSignal(screen.preview.rendered, timeout=10_000):
        screen.open(vault, **args)
    return screen


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1))
            for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_card_appears_beside_the_form_and_follows_the_typing(qtbot, vault, offer):
    screen = opened(qtbot, vault, offer_id=offer.id)
    preview = screen.preview
    image = preview.ui.card_image
    shown = preview.shown_content()
    assert shown.first_name == "Siân" and shown.offer_words == OFFER
    assert shown.when == "Saturday mornings" and shown.where == "Canolfan y Dref"
    assert shown.linker_contact.startswith("01632")
    first = image.image()
    assert not first.isNull() and image.pixmap() is not None
    assert first.width() < first.height()  # an A6 card, upright
    assert preview.ui.print_button.isEnabled() and preview.ui.pdf_button.isEnabled()
    # The picture stands beside the form, and is big enough to read.
    assert image.isVisible() and image.width() >= 200
    assert image.mapTo(screen, image.rect().topLeft()).x() > \
        screen.ui.scroll_area.mapTo(screen, screen.ui.scroll_area.rect().topRight()).x()

    screen.ui.title_edit.setFocus()
    qtbot.keyClick(screen.ui.title_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(screen.ui.title_edit, " — a hefyd yn dysgu plant")
    # Debounced: nothing is drawn while the linker is still typing...
    assert not preview.is_current()
    assert preview.shown_content().offer_words == OFFER
    # ...then the card catches up once the typing pauses.
    with qtbot.waitSignal(preview.rendered, timeout=DELAY_MS + 10_000):
        pass
    assert preview.shown_content().offer_words == OFFER + " — a hefyd yn dysgu plant"
    assert image.image() != first
    assert "a hefyd yn dysgu plant" in image.accessibleDescription()

    # Where and how often are on the card too.
    screen.ui.location_edit.setFocus()
    screen.ui.location_edit.selectAll()
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        qtbot.keyClicks(screen.ui.location_edit, "The library")
    assert preview.shown_content().where == "The library"


def test_the_card_starts_in_their_own_language(qtbot, vault, linker):
    records = Records(vault)
    person = records.add(models.Participant(full_name="Bożena Nowak", languages=["Polish"]))
    agree(records, person, "keep-record", "print-card")
    offer = records.add(models.Offer(participant_id=person.id, title="Szycie", status="active"))
    screen = opened(qtbot, vault, offer_id=offer.id)
    expected = preferred_card_language(person)  # Polish once the card wording has it
    assert expected in [language.code for language in card_languages()]
    assert screen.preview.options.choice().language == expected
    assert screen.preview.shown_content().language == expected


def test_options_change_the_card_at_once(qtbot, vault, offer):
    screen = opened(qtbot, vault, offer_id=offer.id)
    preview = screen.preview
    ui = preview.ui
    a6 = ui.card_image.image()
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        ui.large_print_check.setFocus()
        qtbot.keyClick(ui.large_print_check, Qt.Key.Key_Space)
    assert preview.options.choice().large_print
    assert ui.card_image.image() != a6
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        ui.sheet_combo.setCurrentIndex(ui.sheet_combo.findData("credit-card-x10"))
    wallet = ui.card_image.image()
    assert wallet.width() > wallet.height()  # a wallet-size card lies on its side
    assert [ui.sheet_combo.itemData(i) for i in range(ui.sheet_combo.count())] == [
        "a6", "a6x4", "credit-card-x10"]


def test_no_print_card_consent_shows_the_reason_not_a_card(qtbot, vault, linker, messages):
    records = Records(vault)
    person = records.add(models.Participant(full_name="Hodan Warsame", preferred_name="Hodan"))
    agree(records, person, "keep-record")  # may keep a record, but has not agreed to a card
    offer = records.add(models.Offer(participant_id=person.id, title="Cooking", status="agreed"))
    screen = opened(qtbot, vault, offer_id=offer.id)
    preview = screen.preview
    assert preview.shown_content() is None
    assert preview.ui.card_image.image().isNull()
    assert preview.ui.notes_label.text() == (
        "They have not agreed to a printed card with their name and offer. Record their "
        "agreement on the Consents tab before printing.")
    assert not preview.ui.print_button.isEnabled()
    assert not preview.ui.pdf_button.isEnabled()
    assert preview.print_card() is False and messages.printed == []
    assert preview.save_pdf() is None

    # Agreed later, in another window: the next change to the form shows the card.
    agree(records, person, "print-card")
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        type_text(screen.ui.title_edit, " for groups")
    assert preview.shown_content().first_name == "Hodan"
    assert preview.ui.notes_label.text() == ""


def test_a_withdrawn_consent_stops_printing_even_before_the_preview_catches_up(
        qtbot, vault, offer, messages):
    screen = opened(qtbot, vault, offer_id=offer.id)
    records = Records(vault)
    [consent] = records.find(models.Consent, "purpose = 'print-card'")
    records.update(models.Consent, consent.id, withdrawn_on=date.today().isoformat())
    assert screen.preview.ui.print_button.isEnabled()  # the picture is from before
    qtbot.mouseClick(screen.preview.ui.print_button, Qt.MouseButton.LeftButton)
    assert messages.printed == []
    assert "not agreed" in screen.preview.ui.notes_label.text()
    assert screen.preview.ui.card_image.image().isNull()


def test_save_as_pdf_writes_the_card_with_their_words(qtbot, vault, offer, messages, tmp_path):
    screen = opened(qtbot, vault, offer_id=offer.id)
    folder = tmp_path / "cards"
    folder.mkdir()
    messages.next_path = str(folder / "card for Saturday")  # no .pdf: it is added
    qtbot.mouseClick(screen.preview.ui.pdf_button, Qt.MouseButton.LeftButton)
    saved = folder / "card for Saturday.pdf"
    assert messages.shown == [("save", "Save the card as a PDF")]
    pdf = saved.read_bytes()
    text = pdf_text(pdf)
    assert "Siân" in text and "trwsio beiciau" in text and "Canolfan y Dref" in text
    assert "Siân Roberts" not in text  # only the name they go by
    assert page_sizes(pdf) == [A6_PT]
    assert screen.preview.ui.status_label.text() == "Saved as card for Saturday.pdf."
    assert [p.name for p in folder.iterdir()] == [saved.name]  # no temporary file left

    # Cancelling the save dialog writes nothing.
    messages.next_path = None
    assert screen.preview.save_pdf() is None


def test_print_sends_what_is_typed_now_even_inside_the_pause(qtbot, vault, offer, messages):
    screen = opened(qtbot, vault, offer_id=offer.id)
    ui = screen.preview.ui
    with qtbot.waitSignal(screen.preview.rendered, timeout=10_000):
        ui.sheet_combo.setCurrentIndex(ui.sheet_combo.findData("a6x4"))
    type_text(screen.ui.title_edit, "Newydd: ")
    assert not screen.preview.is_current()
    screen.ui.title_edit.setFocus()
    qtbot.keyClick(screen.ui.title_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [(title, pdf)] = messages.printed
    assert title == "Print the card"
    assert "Newydd:" in pdf_text(pdf)
    assert page_sizes(pdf) == [A4_PT]  # the four-to-a-sheet choice
    assert ui.status_label.text() == "The card went to the printer."
    # Cancelled in the print dialog: nothing is said to have been printed.
    messages.next_answer = False
    qtbot.mouseClick(ui.print_button, Qt.MouseButton.LeftButton)
    assert ui.status_label.text() == ""


def render_page(pdf: bytes, size: QSize) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    # Paper is white: PDFium leaves what nothing was painted on transparent.
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, document.render(0, size))
    painter.end()
    document.close()
    return paper.convertToFormat(QImage.Format.Format_Grayscale8)


def ink(image: QImage, rect: QRect) -> float:
    """How dark a region is on average, 0 (white) to 1 (black): unlike counting dark pixels,
    it does not change when a printer's raster softens the edges of the letters."""
    values = [image.pixelColor(x, y).value() for y in range(rect.top(), rect.bottom() + 1)
              for x in range(rect.left(), rect.right() + 1)]
    return sum(255 - value for value in values) / (255 * len(values))


def test_printing_for_real_puts_the_card_on_paper_at_its_true_size(qtbot, vault, offer,
                                                                   messages, tmp_path):
    screen = opened(qtbot, vault, offer_id=offer.id)
    qtbot.mouseClick(screen.preview.ui.print_button, Qt.MouseButton.LeftButton)
    [(_title, pdf)] = messages.printed

    printer = printer_for(pdf)  # what the print dialog starts from: A6, no margins
    assert printer.pageLayout().pageSize().id().name == "A6"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed_file = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed_file))
    printer.setResolution(300)
    assert print_pdf(printer, pdf) == 1

    printed = printed_file.read_bytes()
    assert page_sizes(printed) == [pytest.approx(A6_PT, abs=1)]  # Qt's A6 is whole points
    # The printer got pixels, not text: compare them with the card itself, region by region,
    # drawn at 144 dpi and then averaged down (thin letters differ pixel by pixel, not in ink).
    want, got = (render_page(data, QSize(596, 840)).scaled(
        149, 210, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation) for data in (pdf, printed))
    assert ink(want, want.rect()) > 0.02
    for row in range(4):
        for column in range(2):
            cell = QRect(column * 74, row * 52, 74, 52)
            assert ink(got, cell) == pytest.approx(ink(want, cell), rel=0.08, abs=0.002), cell


def test_printing_a_card_page_on_bigger_paper_keeps_its_size(qtbot, vault, offer, messages,
                                                            tmp_path):
    screen = opened(qtbot, vault, offer_id=offer.id)
    qtbot.mouseClick(screen.preview.ui.print_button, Qt.MouseButton.LeftButton)
    [(_title, pdf)] = messages.printed
    printer = printer_for(pdf)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "on-a4.pdf"))
    printer.setResolution(150)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # as if chosen in the dialog
    print_pdf(printer, pdf)
    printed = (tmp_path / "on-a4.pdf").read_bytes()
    assert page_sizes(printed) == [pytest.approx(A4_PT, abs=1)]
    image = render_page(printed, QSize(595, 842))
    # An A6 card at true size, centred: ink in the middle, none in the outer margins.
    centre = QRect(149, 211, 297, 420)
    assert ink(image, centre) > 0.02
    assert ink(image, QRect(0, 0, 140, 842)) == 0
    assert ink(image, QRect(0, 0, 595, 200)) == 0
    assert ink(image, QRect(0, 640, 595, 202)) == 0


def test_locking_clears_the_card_and_drops_a_render_in_flight(qtbot, vault, offer):
    screen = opened(qtbot, vault, offer_id=offer.id)
    preview = screen.preview
    type_text(screen.ui.title_edit, "x")
    preview.update_now()  # a render is now in flight
    screen.close_vault()
    assert preview.ui.card_image.image().isNull()
    assert preview.ui.card_image.pixmap().isNull()
    assert preview.ui.card_image.accessibleDescription() == ""
    assert not preview.ui.print_button.isEnabled()
    qtbot.waitUntil(preview.is_current, timeout=10_000)
    assert preview.ui.card_image.image().isNull()  # the late result was not shown


def test_the_preview_has_accessible_names_and_describes_the_card(qtbot, vault, offer):
    screen = opened(qtbot, vault, offer_id=offer.id)
    ui = screen.preview.ui
    assert screen.preview.accessibleName() == "Card preview"
    for widget, name in ((ui.sheet_combo, "Card size"), (ui.language_combo, "Card language"),
                         (ui.large_print_check, "Large print"),
                         (ui.card_image, "The card as it will print"),
                         (ui.print_button, "Print card"), (ui.pdf_button, "Save card as PDF"),
                         (ui.sheet_combo.view(), "Card size")):
        assert widget.accessibleName() == name
    description = ui.card_image.accessibleDescription()
    assert description.splitlines()[:3] == ["Test Linkers", "Siân", OFFER]
    assert "01632 960123" in description
    # Its labels lead to their controls with Alt keys.
    assert ui.sheet_label.buddy() is ui.sheet_combo
    assert ui.language_label.buddy() is ui.language_combo


def test_the_editor_and_its_card_fit_1366_by_768(qtbot, vault, offer):
    shell = AppShell()
    qtbot.addWidget(shell)
    shell.resize(1366, 768)
    shell.show()
    shell.open(vault)
    shell.go("offer", {"offer_id": offer.id})
    screen = shell.current
    qtbot.waitUntil(lambda: screen.preview.shown_content() is not None, timeout=10_000)
    preview = screen.preview
    window = shell.rect()
    for widget in (preview.ui.card_image, preview.ui.print_button, preview.ui.pdf_button,
                   preview.ui.sheet_combo, screen.ui.save_button):
        top_left = widget.mapTo(shell, widget.rect().topLeft())
        bottom_right = widget.mapTo(shell, widget.rect().bottomRight())
        assert window.contains(top_left) and window.contains(bottom_right), widget.objectName()
    assert preview.ui.card_image.width() >= 240 and preview.ui.card_image.height() >= 300
    # The form beside it keeps its width: no sideways scrolling.
    sideways = [bar for bar in screen.ui.scroll_area.findChildren(QScrollBar)
                if bar.orientation() == Qt.Orientation.Horizontal]
    assert all(not bar.isVisible() for bar in sideways)
    # And the picture is the card drawn to fit, not a blurry enlargement.
    pixmap = preview.ui.card_image.pixmap()
    assert preview.ui.card_image.image().width() >= pixmap.width() / pixmap.devicePixelRatio()
    shell.close_vault()
    QApplication.processEvents()
