"""Printed cards as pixels: what a printer would put on paper, read back through poppler.

Pages are rasterised by `pdftoppm` at 150 dpi with antialiasing off, so every pixel is either
ink or paper in its exact colour. Two promises are checked on those pixels:
- ink stays inside each card, at least `SAFE_MM` inside its cut lines (the edges the crop marks
  point along), whatever the script, the length of the offer or the print size, on the front
  and on the back where a long offer continues; the only ink between cards is the crop marks,
  and they are where the sheet spec says;
- every text pixel stands out at least 7:1 (WCAG relative luminance) from what is under it,
  with or without the organisation's colour band, light or dark.

Where the cells are comes from `sheet.cells` in millimetres, never from the drawing code, so a
card drawn in the wrong place fails here even if the layout believes it is right.
"""

from dataclasses import replace
from functools import reduce
import io
from pathlib import Path
import re
import subprocess

from PIL import Image, ImageChops, ImageDraw
from pypdf import PdfReader, PdfWriter
import pytest

from desktop.cards.content import OfferCardContent, card_content
from desktop.cards.offer_card import render_cards
from desktop.cards.sheet import SHEETS, SheetSpec, cells, crop_marks
from tests.cards.one_card import CONSENT, LINKER, OFFER, PERSON, TODAY
from tests.cards.test_text import SAMPLES

DPI = 150
# Ink keeps at least this far inside every cut: the usual safe area a print shop asks for, since
# a guillotine can land a millimetre or two off. The card's own padding is 4 mm or more; the
# difference allows for glyphs whose ink reaches past their advance (Nastaliq's swashes).
SAFE_MM = 3.0
MARK_PX = 2  # a crop mark's line (0.25 pt) is one pixel; this much either side is its own
# (sample in tests/cards/test_text.py, the card's language): a Chinese name and offer are
# printed on an English card, as they would be for a Chinese speaker in a UK project.
SCRIPTS = {"latin": ("en", "en"), "arabic": ("ar", "ar"), "urdu": ("ur", "ur"),
           "bengali": ("bn", "bn"), "cjk": ("zh", "en")}
# How many times the sample offer is repeated on each card of a sheet: short (printed large),
# longer (shrinks to the body size), long (continues on the back) and longer than both sides.
LENGTHS = {"a6x4": (1, 3, 12, 40), "credit-card-x10": (1, 2, 3, 4, 5, 6, 8, 12, 20, 40)}


def card(script: str, repeat: int = 1, **changes) -> OfferCardContent:
    sample, language = SCRIPTS[script]
    name, words = SAMPLES[sample]
    content = card_content(PERSON, OFFER, [CONSENT], LINKER, "Hillside Linkers", TODAY,
                           language=language)
    return replace(content, first_name=name, offer_words=" ".join([words] * repeat), **changes)


def rasterise(pdf: bytes, folder: Path, name: str) -> list[Image.Image]:
    """Every page as an RGB image, with no antialiasing of text or shapes."""
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-aa", "no", "-aaVector", "no", "-png",
                    str(path), str(folder / name)], check=True)
    pages = sorted(folder.glob(f"{name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    assert len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    return [Image.open(page).convert("RGB") for page in pages]


def px(mm_value: float) -> float:
    return mm_value / 25.4 * DPI


def cell_box(spec: SheetSpec, x_mm: float, y_mm: float, inset_mm: float,
             page_h: int) -> tuple[int, int, int, int]:
    """A card cell shrunk by `inset_mm`, as pixel (left, top, right, bottom), right and bottom
    exclusive; the sheet's origin is its bottom-left corner, the image's its top-left."""
    left = px(x_mm + inset_mm)
    right = px(x_mm + spec.card_w_mm - inset_mm)
    top = page_h - px(y_mm + spec.card_h_mm - inset_mm)
    bottom = page_h - px(y_mm + inset_mm)
    return round(left), round(top), round(right), round(bottom)


def ink(image: Image.Image) -> Image.Image:
    """255 where something was printed (darker than mid-grey), 0 on bare paper."""
    return image.convert("L").point(lambda value: 255 if value < 128 else 0)


def mark_boxes(spec: SheetSpec, page_h: int, mirrored: bool = False):
    for x1, y1, x2, y2 in crop_marks(spec):
        if mirrored:
            x1, x2 = spec.page_w_mm - x1, spec.page_w_mm - x2
        xs = sorted((px(x1), px(x2)))
        ys = sorted((page_h - px(y1), page_h - px(y2)))
        yield (int(xs[0]) - MARK_PX, int(ys[0]) - MARK_PX, int(xs[1]) + MARK_PX + 1,
               int(ys[1]) + MARK_PX + 1)


def stray_ink(image: Image.Image, spec: SheetSpec, mirrored: bool = False):
    """The bounding box (pixels) of ink that is neither inside a card's safe area nor a crop
    mark, or None. Also checks each crop mark is printed where the sheet spec puts it."""
    found = ink(image)
    page_h = image.height
    for box in mark_boxes(spec, page_h, mirrored):
        assert found.crop(box).getbbox() is not None, f"no crop mark at {box}"
    draw = ImageDraw.Draw(found)
    for x_mm, y_mm in cells(spec):
        left, top, right, bottom = cell_box(spec, x_mm, y_mm, SAFE_MM, page_h)
        draw.rectangle((left, top, right - 1, bottom - 1), fill=0)
    for box in mark_boxes(spec, page_h, mirrored):
        draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=0)
    return found.getbbox()


def describe(box, spec: SheetSpec, page_h: int) -> str:
    """Where stray ink is, in millimetres from the cuts of the card it is on."""
    left, top, right, bottom = (value / DPI * 25.4 for value in box)
    low, high = page_h / DPI * 25.4 - bottom, page_h / DPI * 25.4 - top
    for number, (x_mm, y_mm) in enumerate(cells(spec)):
        if x_mm <= (left + right) / 2 <= x_mm + spec.card_w_mm and \
                y_mm <= (low + high) / 2 <= y_mm + spec.card_h_mm:
            gaps = {"left": left - x_mm, "right": x_mm + spec.card_w_mm - right,
                    "bottom": low - y_mm, "top": y_mm + spec.card_h_mm - high}
            side = min(gaps, key=gaps.get)
            return (f"ink in cell {number + 1} lies {gaps[side]:.1f} mm from its {side} cut, "
                    f"less than the {SAFE_MM:g} mm safe area")
    return (f"ink between the cards, x {left:.1f}-{right:.1f} mm, y {low:.1f}-{high:.1f} mm "
            "from the sheet's bottom-left corner")


@pytest.mark.parametrize("large_print", [False, True], ids=["standard", "large-print"])
@pytest.mark.parametrize("sheet", ["a6x4", "credit-card-x10"])
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_ink_stays_inside_each_card_on_fronts_and_backs(script, sheet, large_print, tmp_path):
    spec = SHEETS[sheet]
    contents = [card(script, repeat) for repeat in LENGTHS[sheet]]
    pdf = render_cards(contents, spec, large_print=large_print)
    pages = rasterise(pdf, tmp_path, "sheet")
    # One sheet of fronts, then the backs of the cards that ran over (some always do).
    assert len(pages) == 2
    for number, image in enumerate(pages):
        stray = stray_ink(image, spec, mirrored=number == 1)
        assert stray is None, f"page {number + 1}: {describe(stray, spec, image.height)}"
    # Every card is printed in its own cell: a card missing or drawn over another would leave
    # a cell blank.
    front = ink(pages[0])
    for x_mm, y_mm in cells(spec):
        assert front.crop(cell_box(spec, x_mm, y_mm, SAFE_MM, front.height)).getbbox()


# An easy-read icon is taller than one line of body text: the layout keeps the icon's height,
# not its line's, so the next block and "Ask your linker for the rest." stay out of the
# margin (they once printed 2.3 mm from the bottom cut of a credit-card card's back).
def test_easy_read_ink_stays_inside_each_card_on_fronts_and_backs(tmp_path):
    spec = SHEETS["credit-card-x10"]
    when = "Monday mornings and Wednesday afternoons"
    pdf = render_cards([card("latin", repeat, when=when) for repeat in (1, 2, 3, 12)], spec,
                       easy_read=True)
    for number, image in enumerate(rasterise(pdf, tmp_path, "easy")):
        stray = stray_ink(image, spec, mirrored=number == 1)
        assert stray is None, f"page {number + 1}: {describe(stray, spec, image.height)}"


@pytest.mark.parametrize("sheet", ["a6x4", "credit-card-x10"])
def test_each_card_lands_in_its_own_cell(sheet, tmp_path):
    """With every other card empty (nothing to draw), the one card's ink is all in the cell the
    spec gives its place in the list, front and back: no ink belongs to a neighbour."""
    spec = SHEETS[sheet]
    empty = OfferCardContent(*[""] * 10, language="ur")
    places = cells(spec)
    for index in (0, len(places) - 1):
        contents = [empty] * len(places)
        contents[index] = card("urdu", 12)
        pages = rasterise(render_cards(contents, spec), tmp_path, f"{sheet}-{index}")
        assert len(pages) == 2  # it ran over onto a back
        for number, image in enumerate(pages):
            found = ink(image)
            x_mm, y_mm = places[index]
            if number == 1:  # the back is mirrored left to right
                x_mm = spec.page_w_mm - x_mm - spec.card_w_mm
            draw = ImageDraw.Draw(found)
            for box in mark_boxes(spec, image.height, mirrored=number == 1):
                draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=0)
            own = cell_box(spec, x_mm, y_mm, SAFE_MM, image.height)
            assert found.crop(own).getbbox() is not None  # the card is there
            draw.rectangle((own[0], own[1], own[2] - 1, own[3] - 1), fill=0)
            stray = found.getbbox()
            assert stray is None, f"card {index}, page {number + 1}: " + describe(
                stray, spec, image.height)


# --- Contrast -------------------------------------------------------------------------------

def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


_TEXT_OBJECT = re.compile(rb"(?m)^BT ")  # reportlab starts every text object on a new line
MAGENTA = (255, 0, 255)


def with_text(pdf: bytes, operators: bytes) -> bytes:
    """The same PDF with `operators` run at the start of every text object: `3 Tr` makes text
    invisible (leaving exactly what is under it), `1 0 1 rg` paints it magenta (showing exactly
    which pixels are text, whatever colour they really are)."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    changed = 0
    for page in writer.pages:
        contents = page.get_contents()
        data, count = _TEXT_OBJECT.subn(b"BT " + operators + b" ", contents.get_data())
        contents.set_data(data)
        page.replace_contents(contents)
        changed += count
    assert changed, "no text objects found: the check would prove nothing"
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _where(image: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    """255 where `image` is exactly `colour`, else 0."""
    difference = ImageChops.difference(image, Image.new("RGB", image.size, colour))
    return reduce(ImageChops.lighter, difference.split()).point(lambda v: 255 if v == 0 else 0)


def _colours(image: Image.Image, mask: Image.Image) -> set[tuple[int, int, int]]:
    """The colours of `image` where `mask` is set."""
    if mask.getbbox() is None:
        return set()
    box = mask.getbbox()
    kept = Image.new("RGBA", image.size, (0, 0, 0, 0))
    kept.paste(image.convert("RGBA"), mask=mask)
    return {colour[:3] for _, colour in kept.crop(box).getcolors(1 << 20) if colour[3]}


def text_over_background(pdf: bytes, folder: Path) -> tuple[list[Image.Image], list[dict]]:
    """The pages as printed, and for each page how many text pixels have each (text colour,
    colour under it) pair."""
    seen = rasterise(pdf, folder, "seen")
    under = rasterise(with_text(pdf, b"3 Tr"), folder, "under")
    marked = rasterise(with_text(pdf, b"1 0 1 rg"), folder, "marked")
    pages = []
    for image, background, text in zip(seen, under, marked):
        assert not _colours(image, _where(image, MAGENTA)), "magenta was already printed"
        is_text = _where(text, MAGENTA)
        pairs = {}
        for beneath in _colours(background, is_text):
            here = ImageChops.multiply(is_text, _where(background, beneath))
            for colour in _colours(image, here):
                count = ImageChops.multiply(here, _where(image, colour)).histogram()[255]
                pairs[colour, beneath] = count
        pages.append(pairs)
    return seen, pages


LIGHT, DARK = "#ffeb3b", "#1a237e"  # a yellow and an indigo: neither 7:1 with black and white


@pytest.mark.parametrize("colour", ["", LIGHT, DARK], ids=["no-colour", "light", "dark"])
@pytest.mark.parametrize(("script", "sheet", "large_print"), [
    ("latin", "a6", False), ("arabic", "a6", True), ("bengali", "credit-card-x10", False)])
def test_text_is_at_least_7_to_1_over_whatever_is_under_it(script, sheet, large_print, colour,
                                                           tmp_path):
    spec = SHEETS[sheet]
    contents = [card(script, 1, colour=colour), card(script, 12, colour=colour)]
    pdf = render_cards(contents, spec, large_print=large_print)
    printed, pages = text_over_background(pdf, tmp_path)
    for number, pairs in enumerate(pages):
        assert sum(pairs.values()) > 1000, f"page {number + 1}: hardly any text found"
        weak = {pair: count for pair, count in pairs.items() if contrast(*pair) < 7}
        assert not weak, f"page {number + 1}: text below 7:1 over its background: {weak}"
    if colour:
        # The band is printed, in the organisation's own colour, on the front of every card;
        # no text pixel lies over it at all (so no colour has to be refused for contrast).
        band = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        front = printed[0]
        for x_mm, y_mm in cells(spec)[:len(contents)]:
            strip = cell_box(spec, x_mm, y_mm, 0, front.height)
            strip = (strip[0] + 2, strip[1] + 1, strip[2] - 2, strip[1] + round(px(2.0)))
            colours = {c for _, c in front.crop(strip).getcolors(1 << 16)}
            assert colours == {band}, (strip, colours)
        assert all(beneath != band for pairs in pages for _, beneath in pairs)
