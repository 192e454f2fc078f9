"""The offer card: consent first, then the content, the layout and the PDF it makes."""

from dataclasses import replace
from datetime import date
import io
from pathlib import Path
import subprocess

from PIL import Image
from pypdf import PdfReader
import pytest
from reportlab.lib.units import mm

from desktop.cards.content import availability_words, card_content
from desktop.cards.offer_card import (
    CONTINUED,
    LARGE_PRINT,
    NORMAL,
    layout_card,
    render_cards,
    render_cards_with_notes,
)
from desktop.cards.sheet import SHEETS
from desktop.core.errors import ValidationError
from desktop.core.models import Consent, Offer, Participant, Staff
from desktop.core.resources import resources_dir

TODAY = date(2026, 11, 22)
A6_W, A6_H = 105 * mm, 148 * mm
PERSON = Participant(id="p1", full_name="Zofia Nowak-Kowalska", phone="07700 900123",
                     address="12 Private Road")
OFFER = Offer(id="o1", participant_id="p1", title="I can fix bikes and show people how.",
              availability={"mon": ["morning"], "wed": ["afternoon", "evening"]},
              location="Hillside Library", frequency="weekly")
LINKER = Staff(id="s1", name="Priya Shah", work_phone="01632 960123",
               work_email="priya.shah@hillside.example")


def _consent(purpose="print-card", **changes):
    values = {"id": f"c-{purpose}", "participant_id": "p1", "purpose": purpose, "given": True,
              "recorded_on": "2026-11-01", "created_at": "2026-11-01T10:00:00Z"}
    return Consent(**{**values, **changes})


def _content(**changes):
    return replace(card_content(PERSON, OFFER, [_consent()], LINKER, "Hillside Linkers", TODAY),
                   **changes)


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_content_holds_only_the_card_fields_in_plain_words():
    content = _content()
    assert content.first_name == "Zofia"
    assert content.when == "Monday mornings and Wednesday afternoons and evenings"
    assert (content.where, content.how_often) == ("Hillside Library", "Weekly")
    assert content.linker_name == "Priya Shah" and "priya.shah@hillside.example" in \
        content.linker_contact
    values = " ".join(str(value) for value in vars(content).values())
    assert "Nowak" not in values and "07700" not in values and "Private" not in values


def test_the_preferred_name_wins_and_whole_free_days_read_simply():
    person = replace(PERSON, preferred_name="Zosia")
    content = card_content(person, OFFER, [_consent()], LINKER, "Org", TODAY)
    assert content.first_name == "Zosia"
    assert availability_words({"sat": ["evening", "morning", "afternoon"]}) == "Saturdays"
    assert availability_words({}) == ""


@pytest.mark.parametrize("consents", [
    [],
    [_consent("keep-record"), _consent("share-with-organisations")],
    [_consent(given=False)],
    [_consent(withdrawn_on="2026-11-10")],
    [_consent(expires_on="2026-11-20")],
    [replace(_consent(), participant_id="someone-else")],
])
def test_no_current_print_consent_means_no_card(consents):
    with pytest.raises(ValidationError, match="not agreed to a printed card") as caught:
        card_content(PERSON, OFFER, consents, LINKER, "Org", TODAY)
    assert "Zofia" not in str(caught.value)


def test_the_pdf_holds_the_intended_fields_a_title_and_a_language():
    pdf = render_cards([_content()], SHEETS["a6"])
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "Offer card"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in ("Hillside Linkers", "Zofia", "I can fix bikes and show people how.",
                     "When: Monday mornings and Wednesday afternoons and evenings",
                     "Where: Hillside Library", "How often: Weekly", "Priya Shah",
                     "Thank you"):
        assert expected in text
    # The address is too long for the room beside the QR code: it breaks after the "@".
    assert "priya.shah@ hillside.example" in text
    assert CONTINUED not in text


def test_noto_sans_is_embedded_as_a_subset():
    reader = PdfReader(io.BytesIO(render_cards([_content()], SHEETS["a6x4"])))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    full_size = (resources_dir() / "fonts" / "NotoSans-Regular.ttf").stat().st_size
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/FontDescriptor"].get_object()  # no unembedded standard font
        assert "/FontFile2" in descriptor  # the glyphs travel with the file
        embedded = len(descriptor["/FontFile2"].get_object().get_data())
        assert embedded < full_size / 5  # only the glyphs used, not the whole font
        names.append(str(font["/BaseFont"]).lstrip("/"))
    assert any(name.endswith("+NotoSans-Regular") for name in names), names
    assert any(name.endswith("+NotoSans-Bold") for name in names), names
    assert all(len(name.split("+")[0]) == 6 and name.split("+")[0].isupper()
               for name in names), names


def test_the_same_cards_give_the_same_bytes():
    contents = [_content(), _content(first_name="Amir")]
    assert render_cards(contents, SHEETS["a6x4"]) == render_cards(contents, SHEETS["a6x4"])


@pytest.mark.parametrize(("large_print", "sizes"), [(False, NORMAL), (True, LARGE_PRINT)])
def test_no_text_is_smaller_than_the_body_size(large_print, sizes):
    layout = layout_card(_content(), A6_W, A6_H, large_print)
    assert min(line.size for line in layout.lines) >= sizes.body >= (18 if large_print else 14)
    assert [line.size for line in layout.lines if line.field == "first_name"][0] >= 24


def test_a_short_offer_is_printed_bigger_than_the_body_text():
    layout = layout_card(_content(), A6_W, A6_H)
    offer_sizes = {line.size for line in layout.lines if line.field == "offer_words"}
    assert offer_sizes == {NORMAL.offer_start}
    assert layout.overflow == ()


def test_a_long_offer_shrinks_then_continues_on_the_back_and_loses_no_word():
    words = " ".join(f"word{n}" for n in range(600))[:3000].rsplit(" ", 1)[0]
    content = _content(offer_words=words)
    layout = layout_card(content, A6_W, A6_H)
    offer_lines = [line for line in layout.lines if line.field == "offer_words"]
    assert {line.size for line in offer_lines} == {NORMAL.body}
    assert layout.lines[-1].field != "continued"  # when, where and the rest stay on the front
    assert [line.text for line in layout.lines if line.field == "continued"] == [CONTINUED]
    assert {note.field for note in layout.overflow} == {"offer_words"}
    drawn = " ".join(line.text for line in offer_lines).split()
    left_off = layout.overflow[0].text.split()
    assert drawn + left_off == words.split()

    # 3,000 characters at 14 pt is more than both sides of an A6 hold: the back says so and
    # what is still left is reported too, so every word is on paper or in a note.
    pdf, notes = render_cards_with_notes([_content(), content], SHEETS["a6x4"])
    assert [(note.card, note.field, note.side) for note in notes] == [
        (1, "offer_words", "front"), (1, "offer_words", "back")]
    front, back = (" ".join(page.split()) for page in _text(pdf))
    assert CONTINUED in front and "Where: Hillside Library" in front
    assert "Zofia (continued)" in back and " ".join(left_off[:20]) in back
    assert "Ask your linker for the rest." in back
    on_back = back.split("Zofia (continued)", 1)[1].split("Ask your linker")[0].split()
    assert drawn + on_back + notes[1].text.split() == words.split()


def test_an_offer_too_long_for_both_sides_says_so_and_reports_the_rest():
    words = " ".join(f"word{n}" for n in range(1500))
    pdf, notes = render_cards_with_notes([_content(offer_words=words)], SHEETS["a6"])
    assert [(note.field, note.side) for note in notes] == [("offer_words", "front"),
                                                            ("offer_words", "back")]
    front, back = (" ".join(page.split()) for page in _text(pdf))
    assert "Ask your linker for the rest." in back
    on_paper = (front + " " + back).split()
    assert all(word in on_paper or word in notes[1].text.split() for word in words.split())


def test_every_line_stays_inside_the_card_with_a_margin():
    for w, h in ((A6_W, A6_H), (85.6 * mm, 54 * mm)):
        for large_print in (False, True):
            layout = layout_card(_content(offer_words="long " * 300), w, h, large_print)
            for line in layout.lines:
                assert line.left >= 4 * mm and line.left + line.width <= w - 4 * mm + 0.01
                assert line.y - line.line.descent >= 4 * mm - 0.01
                assert line.y + line.line.ascent <= h - 4 * mm + 0.01


def test_the_printed_card_is_black_ink_inside_its_margins(tmp_path: Path):
    pdf_path = tmp_path / "card.pdf"
    pdf_path.write_bytes(render_cards([_content(offer_words="long " * 300)], SHEETS["a6"]))
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf_path), str(tmp_path / "card")], check=True)
    image = Image.open(tmp_path / "card.png").convert("RGB")
    width, height = image.size
    edge = round(4 / 25.4 * 72)  # 4 mm at 72 dpi
    pixels = image.load()
    colours = {pixels[x, y] for x in range(width) for y in range(height)}
    assert all(r == g == b for r, g, b in colours)  # black text on white, nothing tinted
    assert min(r for r, _, _ in colours) < 40  # real black ink, contrast 21:1 at the core
    for x in range(width):
        for y in range(height):
            if x < edge or y < edge or x >= width - edge or y >= height - edge:
                assert pixels[x, y] == (255, 255, 255), (x, y)
