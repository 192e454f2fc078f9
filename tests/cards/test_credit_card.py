"""Credit-card size cards (85.6 by 54 mm): the compact layout.

A card that small holds about seven lines of 14 pt text, five of 18 pt. Laid out like an A6
card, a long name in large print left the front with only the organisation, the name and
"Continued on the back", and the back with "Ask your linker for the rest." but not the
linker. Now the front is kept for the name and the offer, which always starts there, and the
back for the linker's contact; every word is on one side or the other, or reported.
"""

from dataclasses import replace
import io
import re

from pypdf import PdfReader
import pytest
from reportlab.lib.units import mm

from desktop.cards.content import card_content
from desktop.cards.offer_card import (
    LARGE_PRINT,
    NORMAL,
    layout_back,
    layout_card,
    render_cards_with_notes,
)
from desktop.cards.sheet import SHEETS
from tests.cards.one_card import CONSENT, LINKER, OFFER, PERSON, TODAY
from tests.cards.test_text import SAMPLES

W, H = 85.6 * mm, 54 * mm
# (card language, first name, offer): long names that wrap at the headline size, and every
# script whose lines are taller than Latin ones (Nastaliq's are twice as tall).
CASES = {
    "short-name": ("en", "Siân", SAMPLES["en"][1]),
    "long-name": ("en", "Anna-Katharina Nowakowska", SAMPLES["en"][1]),
    "one-long-word": ("en", "Wolfeschlegelsteinhausenbergerdorff", SAMPLES["en"][1]),
    "urdu": ("ur", *SAMPLES["ur"]),
    "urdu-long-name": ("ur", "محمد عبداللہ عبدالرحمن", SAMPLES["ur"][1]),
    "arabic": ("ar", *SAMPLES["ar"]),
    "bengali": ("bn", *SAMPLES["bn"]),
    "punjabi": ("pa", *SAMPLES["pa"]),
    "chinese": ("en", *SAMPLES["zh"]),
}
ORGANISATIONS = ("Hillside Linkers", "Hillside Community Linkers Association of the Greater "
                 "Riverside Area")


def content(case: str, repeat: int, organisation: str = ORGANISATIONS[0]):
    language, name, words = CASES[case]
    card = card_content(PERSON, OFFER, [CONSENT], LINKER, organisation, TODAY,
                        language=language)
    return replace(card, first_name=name, offer_words=" ".join([words] * repeat))


def ink(text: str) -> str:
    """The characters that print, in reading order, whatever the line breaks were."""
    return re.sub(r"\s+", "", text)


def texts(layout, field: str) -> str:
    return "".join(ink(line.text) for line in layout.lines if line.field == field)


@pytest.mark.parametrize("organisation", ORGANISATIONS, ids=["org", "long-org"])
@pytest.mark.parametrize("easy_read", [False, True], ids=["plain", "easy-read"])
@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large-print"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_the_offer_starts_on_the_front_and_the_linker_is_on_the_back(case, large_print,
                                                                     easy_read, organisation):
    sizes = LARGE_PRINT if large_print else NORMAL
    for repeat in (1, 3, 12):
        card = content(case, repeat, organisation)
        front = layout_card(card, W, H, large_print, easy_read)
        where = f"{case}, offer x{repeat}"
        # The name, and at least the offer's first line, are on the front.
        assert texts(front, "first_name") == ink(card.first_name), where
        assert texts(front, "offer_words"), f"{where}: the offer does not start on the front"
        assert min(line.size for line in front.lines) >= sizes.body, where
        name_size = next(line.size for line in front.lines if line.field == "first_name")
        assert name_size > sizes.body or not any(
            line.field == "organisation" for line in front.lines), \
            f"{where}: the organisation's line kept its place over a headline-size name"
        # The linker's contact goes on the back, where it is always printed in full.
        assert "linker" in {note.field for note in front.overflow}
        back = layout_back(card, front.overflow, W, H, large_print, easy_read)
        assert ink(card.linker_name) in texts(back, "linker"), where
        assert ink(card.linker_contact) in texts(back, "linker"), where
        assert "linker" not in {note.field for note in back.overflow}
        # Every word of the offer is on the front, then on the back, or else reported as
        # fitting on neither side: none is lost without a note.
        left = "".join(ink(note.text) for note in back.overflow
                       if note.field == "offer_words")
        assert texts(front, "offer_words") + texts(back, "offer_words") + left == \
            ink(card.offer_words), where
        # The organisation is on the front, or on the back with the contact, or reported.
        on_paper = texts(front, "organisation") + texts(back, "linker")
        assert ink(organisation) in on_paper or "organisation" in {
            note.field for note in back.overflow}, where
        # A back whose words ran out says so, unless the contact fills it.
        if back.overflow and any(line.field != "linker" for line in back.lines):
            assert any(line.field == "continued" for line in back.lines), where


def test_short_cards_keep_the_headline_and_the_organisation_on_the_front():
    for large_print, sizes in ((False, NORMAL), (True, LARGE_PRINT)):
        front = layout_card(content("short-name", 1), W, H, large_print)
        assert texts(front, "organisation") == ink(ORGANISATIONS[0])
        assert {line.size for line in front.lines if line.field == "first_name"} == \
            {sizes.headline}
        # A one-sentence offer is all on the front in normal print, started in large print.
        offer = texts(front, "offer_words")
        assert offer == ink(SAMPLES["en"][1]) if not large_print else \
            ink(SAMPLES["en"][1]).startswith(offer) and offer


def test_every_credit_card_of_a_sheet_gets_a_back_with_its_linker():
    cards = [content(case, 1) for case in ("short-name", "urdu", "chinese")]
    pdf, notes = render_cards_with_notes(cards, SHEETS["credit-card-x10"], large_print=True)
    assert {note.card for note in notes if note.field == "linker"} == {0, 1, 2}
    front, back = (page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Priya Shah" not in front
    assert back.count("Priya Shah") == 3 and back.count("01632 960123") == 3
