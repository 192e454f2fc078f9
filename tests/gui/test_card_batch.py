"""Printing the cards of several people at once from the people register: who is left out
(counted, never named), one PDF of everyone else's current offers, saving, cancelling."""

from datetime import date
import io

from pypdf import PdfReader
import pytest

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QProgressBar, QPushButton
import shiboken6

from desktop.core import models
from desktop.store.records import Records
from desktop.gui.people.people_screen import PeopleScreen
from desktop.gui.printing.card_batch import PRINT, SAVE, CardBatchDialog, CardBatchJob, summary_text
from desktop.gui.printing.card_data import Gathered
from desktop.gui.printing.card_options import CardChoice


def agree(records, person, *purposes):
    for purpose in purposes:
        records.add(models.Consent(participant_id=person.id, purpose=purpose, given=True,
                                   method="spoken", recorded_on=date.today().isoformat()))


@pytest.fixture
def people(vault):
    """Four people: two who agreed to cards (three current offers between them, and a draft
    that is not current), one who has not agreed, one with only an ended offer."""
    records = Records(vault)
    made = {}
    for name, card_ok, offers in (
            ("Aled Jones", True, [("Trwsio beiciau", "agreed"), ("Dysgu Cymraeg", "active"),
                                  ("Half-shaped idea", "draft")]),
            ("Bożena Nowak", True, [("Szycie i naprawa ubrań", "matched")]),
            ("Chidi Okafor", False, [("Secret garden tours", "active")]),
            ("Dana Whyte", True, [("Old choir", "ended")])):
        person = records.add(models.Participant(full_name=name))
        agree(records, person, "keep-record", *(["print-card"] if card_ok else []))
        for title, status in offers:
            records.add(models.Offer(participant_id=person.id, title=title, status=status))
        made[name] = person
    return made


@pytest.fixture
def screen(qtbot, vault, people):
    widget = PeopleScreen()
    qtbot.addWidget(widget)
    widget.resize(1126, 740)
    with qtbot.waitActive(widget):
        widget.show()
    widget.open(vault)
    yield widget
    widget.close_vault()  # as a lock would: a batch still reading stops before the vault shuts


def select(qtbot, screen, names) -> None:
    """Select rows as a keyboard user would: Ctrl+Space on each, moving with Ctrl+Down."""
    table = screen.table
    table.setFocus()
    wanted = {row for row, person in enumerate(screen.model.rows) if person.full_name in names}
    table.selectionModel().clearSelection()
    for row in range(screen.model.rowCount()):
        table.selectionModel().setCurrentIndex(screen.model.index(row, 0),
                                               QItemSelectionModel.SelectionFlag.NoUpdate)
        if row in wanted:
            qtbot.keyClick(table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert {screen.model.rows[i].full_name for i in range(len(screen.model.rows))
            if i in {index.row() for index in table.selectionModel().selectedRows()}} == set(names)


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def run(qtbot, screen) -> None:
    with qtbot.waitSignal(screen.cards_done, timeout=20_000):
        qtbot.mouseClick(screen.cards_button, Qt.MouseButton.LeftButton)


def test_cards_for_the_selected_people_in_one_pdf_with_counts_of_who_was_left_out(
        qtbot, screen, messages, monkeypatch):
    monkeypatch.setattr(CardBatchDialog, "next_answer", (PRINT, CardChoice("a6x4", "en")))
    assert screen.cards_button.text() == "&Print cards for selected…"
    select(qtbot, screen, ["Aled Jones", "Bożena Nowak", "Chidi Okafor", "Dana Whyte"])
    assert screen.cards_button.isEnabled()
    run(qtbot, screen)

    kinds = [kind for kind, _text in messages.shown]
    assert kinds == ["cards", "ask", "print"]
    assert messages.shown[0][1].startswith("A card for each current offer of the 4 people")
    assert messages.shown[1][1] == (
        "3 cards are ready. 1 person is left out because they have not agreed to a printed "
        "card; record their agreement on the Consents tab to print theirs. 1 person has no "
        "current offer (agreed, matched or active). Print them now?")
    # Counts only: nobody's name is in what is said.
    for _kind, text in messages.shown:
        assert not any(name in text for name in ("Aled", "Bożena", "Chidi", "Dana"))
    [(title, pdf)] = messages.printed
    assert title == "Print offer cards"
    text = pdf_text(pdf)
    for words in ("Aled", "Trwsio beiciau", "Dysgu Cymraeg", "Bożena", "Szycie i naprawa"):
        assert words in text
    for words in ("Chidi", "Secret garden", "Half-shaped", "Old choir", "Dana"):
        assert words not in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # three cards on one four-up sheet


def test_no_message_when_nobody_is_left_out_and_saying_no_stops_it(qtbot, screen, messages,
                                                                   monkeypatch):
    monkeypatch.setattr(CardBatchDialog, "next_answer", (PRINT, CardChoice("a6", "en")))
    select(qtbot, screen, ["Aled Jones", "Bożena Nowak"])
    run(qtbot, screen)
    assert [kind for kind, _ in messages.shown] == ["cards", "print"]
    assert len(PdfReader(io.BytesIO(messages.printed[0][1])).pages) == 3  # one A6 page each

    messages.shown, messages.printed, messages.next_answer = [], [], False
    select(qtbot, screen, ["Aled Jones", "Chidi Okafor"])
    run(qtbot, screen)
    assert [kind for kind, _ in messages.shown] == ["cards", "ask"]
    assert messages.printed == []


def test_nobody_printable_says_why_and_prints_nothing(qtbot, screen, messages):
    select(qtbot, screen, ["Chidi Okafor", "Dana Whyte"])
    run(qtbot, screen)
    assert messages.shown[-1] == ("error", (
        "There are no cards to print. 1 person is left out because they have not agreed to "
        "a printed card; record their agreement on the Consents tab to print theirs. 1 person "
        "has no current offer (agreed, matched or active)."))
    assert messages.printed == []


def test_the_cards_saved_as_a_pdf(qtbot, screen, messages, monkeypatch, tmp_path):
    monkeypatch.setattr(CardBatchDialog, "next_answer", (SAVE, CardChoice("a6", "en", True)))
    folder = tmp_path / "out"
    folder.mkdir()
    messages.next_path = str(folder / "cards for the fair.pdf")
    select(qtbot, screen, ["Aled Jones", "Bożena Nowak"])
    run(qtbot, screen)
    saved = folder / "cards for the fair.pdf"
    assert messages.shown[-1] == ("info", "Saved 3 cards as cards for the fair.pdf.")
    assert "Szycie i naprawa" in pdf_text(saved.read_bytes())


def test_cancel_stops_a_long_batch(qtbot, vault, screen, messages, monkeypatch):
    records = Records(vault)
    for number in range(120):
        person = records.add(models.Participant(full_name=f"Person {number:03d}"))
        agree(records, person, "keep-record", "print-card")
        records.add(models.Offer(participant_id=person.id, title=f"Offer {number}",
                                 status="active"))
    screen.refresh()
    screen.table.setFocus()
    screen.table.selectAll()
    assert len(screen.selected_ids()) == 124
    job = screen.print_cards()
    assert isinstance(job, CardBatchJob)
    assert not screen.cards_button.isEnabled()  # one batch at a time
    progress = job.progress
    assert progress.maximum() == 125  # a step per person, and laying out
    parts = progress.findChildren(QProgressBar) + progress.findChildren(QPushButton)
    assert progress.accessibleName() and parts
    assert all(widget.accessibleName() for widget in parts)
    progress.show()  # as it will be after its first moments
    [cancel] = progress.findChildren(QPushButton)
    with qtbot.waitSignal(job.stopped, timeout=10_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert job.position < 124  # stopped before every person was even asked for
    qtbot.waitUntil(lambda: screen.cards_button.isEnabled(), timeout=10_000)
    assert messages.printed == []
    assert [kind for kind, _ in messages.shown] == ["cards"]


def test_locking_stops_a_batch_before_the_vault_closes(qtbot, screen, messages):
    select(qtbot, screen, ["Aled Jones", "Bożena Nowak"])
    job = screen.print_cards()
    progress = job.progress
    with qtbot.waitSignal(job.stopped, timeout=10_000):
        screen.close_vault()
    assert job.step.task.cancelled.is_set()  # no step will read the vault from here on
    assert not shiboken6.isValid(progress) or not progress.isVisible()
    assert messages.printed == []


def test_a_long_batch_counts_its_way_to_the_end(qtbot, vault, screen, messages, monkeypatch):
    monkeypatch.setattr(CardBatchDialog, "next_answer", (PRINT, CardChoice("credit-card-x10",
                                                                           "en")))
    records = Records(vault)
    for number in range(60):
        person = records.add(models.Participant(full_name=f"Person {number:03d}"))
        agree(records, person, "keep-record", "print-card")
        records.add(models.Offer(participant_id=person.id, title=f"Offer {number}",
                                 status="active"))
    screen.refresh()
    screen.table.selectAll()
    values = []
    job = screen.print_cards()
    [bar] = job.progress.findChildren(QProgressBar)
    bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(screen.cards_done, timeout=20_000):
        pass
    assert values and values == sorted(values) and values[-1] == job.progress.maximum()
    assert "63 cards are ready." in messages.shown[1][1]
    assert "Offer 59" in pdf_text(messages.printed[0][1])


def test_the_batch_dialog_asks_how(qtbot):
    dialog = CardBatchDialog(5)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert "5 people" in ui.intro_label.text()
    assert ui.language_combo.itemData(0) == ""  # each person's own language, by default
    assert ui.sheet_combo.currentData() == "a6x4"
    for widget in (ui.sheet_combo, ui.language_combo, ui.large_print_check, ui.print_button,
                   ui.pdf_button, ui.cancel_button):
        assert widget.accessibleName(), widget.objectName()
    ui.sheet_combo.setCurrentIndex(ui.sheet_combo.findData("a6"))
    qtbot.keyClick(ui.large_print_check, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ui.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.action == SAVE
    assert dialog.options.choice() == CardChoice("a6", "", True)


def test_the_summary_counts_in_plain_words():
    assert summary_text(Gathered(no_consent=2, no_offers=3, gone=1)) == (
        "There are no cards to print. 2 people are left out because they have not agreed to "
        "a printed card; record their agreement on their Consents tab to print theirs. "
        "3 people have no current offer (agreed, matched or active). 1 person was deleted "
        "since the list was shown.")


def test_the_button_waits_for_a_selection(qtbot, screen):
    screen.table.clearSelection()
    assert not screen.cards_button.isEnabled()
    qtbot.keyClicks(screen.search_edit, "zzzz-nobody")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5_000)
    assert not screen.cards_button.isEnabled()
