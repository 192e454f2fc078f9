"""The person page's "Print card…" and "Save summary as PDF…", through the real buttons and
the Messages / CardBatchDialog seams: what is printed or saved is read back from the PDF."""

from datetime import date, timedelta
import io

from pypdf import PdfReader
import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.store.records import Records
from desktop.gui.common.messages import Messages
from desktop.gui.people.person_screen import PersonScreen
from desktop.gui.printing.card_batch import PRINT, SAVE, CardBatchDialog
from desktop.gui.printing.card_options import CardChoice

TODAY = date.today()
OFFER = "I can teach people to mend bicycles"
DRAFT = "Maybe marmalade lessons one day"


@pytest.fixture(autouse=True)
def _cards_answer(monkeypatch):
    """What "how to print the cards" answers under the `messages` fixture: print, one A6
    card a page, in each person's own language."""
    monkeypatch.setattr(CardBatchDialog, "next_answer",
                        (PRINT, CardChoice(sheet="a6", language="")))


def agree(records, person, *purposes, withdrawn: bool = False):
    for purpose in purposes:
        records.add(models.Consent(
            participant_id=person.id, purpose=purpose, given=True, method="spoken",
            recorded_on=(TODAY - timedelta(days=9)).isoformat(),
            withdrawn_on=TODAY.isoformat() if withdrawn else ""))


@pytest.fixture
def person(vault):
    """Siân: agreed to a record and a printed card; one agreed offer and one draft."""
    records = Records(vault)
    linker = records.add(models.Staff(name="Amal Hussain", work_phone="01632 960123"))
    siân = records.add(models.Participant(full_name="Siân Roberts", preferred_name="Siân",
                                          linker_id=linker.id, languages=["en"]))
    agree(records, siân, "keep-record", "print-card")
    records.add(models.Offer(participant_id=siân.id, title=OFFER, status="agreed",
                             location="The library", frequency="weekly",
                             availability={"sat": ["morning"]}))
    records.add(models.Offer(participant_id=siân.id, title=DRAFT, status="draft"))
    return siân


def show(qtbot, vault, participant_id: str) -> PersonScreen:
    screen = PersonScreen()
    qtbot.addWidget(screen)
    screen.resize(1146, 700)
    with qtbot.waitActive(screen):
        screen.show()
    screen.open(vault, participant_id=participant_id)
    return screen


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def click(qtbot, widget, signal) -> None:
    with qtbot.waitSignal(signal, timeout=10_000):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_print_card_prints_their_current_offers_through_the_print_dialog(qtbot, vault, person,
                                                                        messages):
    screen = show(qtbot, vault, person.id)
    printing = screen.printing
    assert printing.print_button.isEnabled() and printing.summary_button.isEnabled()
    assert not printing.why_label.isVisible()
    click(qtbot, printing.print_button, printing.finished)
    assert messages.shown[0][0] == "cards"  # how to print was asked first
    [(title, pdf)] = messages.printed
    assert title == "Print their cards"
    words = text_of(pdf)
    assert "Siân" in words and OFFER in words and "The library" in words
    assert DRAFT not in words and "Roberts" not in words  # current offers, first name only
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # the a6 sheet asked for
    assert printing.status_label.text() == "Their card went to the printer."

    messages.next_answer = False  # the print dialog cancelled: nothing said to have printed
    click(qtbot, printing.print_button, printing.finished)
    assert len(messages.printed) == 2 and printing.status_label.text() == ""


def test_print_card_can_save_the_cards_as_a_pdf_instead(qtbot, vault, person, messages,
                                                        monkeypatch, tmp_path):
    monkeypatch.setattr(CardBatchDialog, "next_answer",
                        (SAVE, CardChoice(sheet="a6x4", language="cy", large_print=True)))
    messages.next_path = str(tmp_path / "cards")  # no suffix typed: .pdf is added
    screen = show(qtbot, vault, person.id)
    click(qtbot, screen.printing.print_button, screen.printing.finished)
    saved = (tmp_path / "cards.pdf").read_bytes()
    assert messages.printed == [] and ("save", "Save their cards as a PDF") in messages.shown
    words = text_of(saved)
    assert OFFER in words and "Diolch" in words  # in Welsh, as chosen
    assert screen.printing.status_label.text() == "Saved as cards.pdf."


def test_no_print_card_consent_locks_print_card_and_says_why(qtbot, vault, messages):
    records = Records(vault)
    refused = records.add(models.Participant(full_name="Wil Jones"))
    agree(records, refused, "keep-record")
    records.add(models.Offer(participant_id=refused.id, title="I can fix fences",
                             status="active"))
    screen = show(qtbot, vault, refused.id)
    printing = screen.printing
    assert not printing.print_button.isEnabled()
    assert printing.why_label.isVisible()
    assert "printed card" in printing.why_label.text()
    assert "Consents tab" in printing.why_label.text()
    assert printing.print_button.accessibleDescription() == printing.why_label.text()
    qtbot.mouseClick(printing.print_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    assert messages.shown == [] and messages.printed == []

    agree(records, refused, "print-card")  # they agree: the card can be printed
    screen.refresh()
    assert printing.print_button.isEnabled() and not printing.why_label.isVisible()
    agree(records, refused, "print-card", withdrawn=True)  # and change their mind
    screen.refresh()
    assert not printing.print_button.isEnabled() and printing.why_label.isVisible()


def test_no_current_offer_locks_print_card_and_says_why(qtbot, vault, messages):
    records = Records(vault)
    nothing_yet = records.add(models.Participant(full_name="Ola Nowak"))
    agree(records, nothing_yet, "keep-record", "print-card")
    records.add(models.Offer(participant_id=nothing_yet.id, title="Polish lessons",
                             status="draft"))
    records.add(models.Offer(participant_id=nothing_yet.id, title="Tapestry",
                             status="ended"))
    screen = show(qtbot, vault, nothing_yet.id)
    printing = screen.printing
    assert not printing.print_button.isEnabled()
    assert "no current offer" in printing.why_label.text()
    assert printing.summary_button.isEnabled()  # their summary is theirs all the same


def test_save_summary_writes_their_record_where_the_linker_chooses(qtbot, vault, person,
                                                                   messages, tmp_path):
    screen = show(qtbot, vault, person.id)
    printing = screen.printing
    out = tmp_path / "out"
    out.mkdir()
    messages.next_path = None  # the save dialog cancelled: nothing written or said
    click(qtbot, printing.summary_button, printing.finished)
    assert list(out.iterdir()) == [] and printing.status_label.text() == ""

    messages.next_path = str(out / "summary.pdf")
    click(qtbot, printing.summary_button, printing.finished)
    assert ("save", "Save their summary as a PDF") in messages.shown
    assert [path.name for path in out.iterdir()] == ["summary.pdf"]  # no temporary left
    words = text_of((out / "summary.pdf").read_bytes())
    assert "My offer, my record" in words
    assert OFFER in words and "Siân" in words
    assert printing.status_label.text() == "Saved their summary as summary.pdf."
    assert messages.printed == []


def test_a_summary_that_cannot_be_written_says_what_to_do(qtbot, vault, person, messages,
                                                          tmp_path):
    screen = show(qtbot, vault, person.id)
    messages.next_path = str(tmp_path / "no such folder" / "summary.pdf")
    click(qtbot, screen.printing.summary_button, screen.printing.finished)
    assert screen.printing.status_label.text().startswith("The disk refused a write in")
    assert screen.printing.summary_button.isEnabled()  # and they can try again


def test_a_printer_that_refuses_says_so_in_plain_words(qtbot, vault, person, messages,
                                                       monkeypatch):
    def refuse(parent, pdf, title):
        raise OfferbookError("The printer could not be started. Check it is switched on.")
    monkeypatch.setattr(Messages, "print_document", refuse)
    screen = show(qtbot, vault, person.id)
    click(qtbot, screen.printing.print_button, screen.printing.finished)
    assert screen.printing.status_label.text().startswith("The printer could not be started")


def test_the_buttons_are_reached_by_keyboard_and_named(qtbot, vault, person, messages):
    screen = show(qtbot, vault, person.id)
    printing = screen.printing
    for button in (printing.print_button, printing.summary_button):
        assert button.accessibleName().strip()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    printing.print_button.setFocus()
    qtbot.keyClick(printing.print_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is printing.summary_button
    with qtbot.waitSignal(printing.finished, timeout=10_000):
        qtbot.keyClick(printing.summary_button, Qt.Key.Key_Space)  # next_path None: cancelled
    assert ("save", "Save their summary as a PDF") in messages.shown
