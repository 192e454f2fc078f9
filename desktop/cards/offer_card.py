"""Laying out and drawing the offer card, one card or a sheet of them.

Layout first, as data (`layout_card`: lines with fonts, sizes and positions, plus what did
not fit), then drawing (`draw_offer_card`), then sheets (`render_cards`, positions from
`sheet.SheetSpec`). Text is black on white (21:1) and never below the body size (14 pt,
18 pt in large print). A long offer shrinks from a larger size down to the body size; if it
still does not fit, the card says "Continued on the back", every word left off is returned
as an `OverflowNote`, and `render_cards` prints those words on the back of the card.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
import io

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.cards.content import OfferCardContent
from desktop.cards.pdf_fonts import register_fonts
from desktop.cards.sheet import SheetSpec, cells, crop_marks

TITLE = "Offer card"
CONTINUED = "Continued on the back"
ASK_FOR_THE_REST = "Ask your linker for the rest."
LABELS = {"when": "When:", "where": "Where:", "how_often": "How often:", "next_step": "Next:",
          "linker": "Your linker:"}


@dataclass(frozen=True)
class Sizes:
    body: float  # the least size of any text on the card
    headline: float
    offer_start: float  # a short offer is printed this big, a long one shrinks to `body`


NORMAL = Sizes(body=14, headline=24, offer_start=20)
LARGE_PRINT = Sizes(body=18, headline=28, offer_start=24)


@dataclass(frozen=True)
class Line:
    """One line of text: runs of (text, font name) drawn one after another from x, y (the
    baseline), in points from the card's bottom-left corner."""

    runs: tuple[tuple[str, str], ...]
    size: float
    x: float
    y: float
    field: str

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


@dataclass(frozen=True)
class OverflowNote:
    """Words of one field, in reading order, that ran out of room on one side of a card.

    Words that ran out on the front are printed on the back by `render_cards`; words that
    ran out on the back too (`side` "back") are on no paper at all, only in this note."""

    field: str
    text: str
    card: int = 0  # the card's place in the list given to `render_cards`
    side: str = "front"


@dataclass(frozen=True)
class CardLayout:
    lines: tuple[Line, ...]
    rules: tuple[tuple[float, float, float, float], ...]  # x1, y1, x2, y2 in points
    overflow: tuple[OverflowNote, ...]


@dataclass(frozen=True)
class _Block:
    field: str
    label: str  # drawn bold before the first line
    text: str
    font: str
    size: float
    rule_after: bool = False


def _fits(word: str, font: str, size: float, width: float) -> bool:
    return stringWidth(word, font, size) <= width


def _wrap(block: _Block, width: float, bold: str) -> list[tuple[str, str]]:
    """Greedy word wrap; returns (label part, text part) per line. Only plain spaces break a
    line (a no-break space keeps a phone number whole); a word wider than a whole line is
    broken between characters rather than running off the card."""
    label = block.label + " " if block.label else ""
    first_room = width - stringWidth(label, bold, block.size)
    lines: list[tuple[str, str]] = []
    current = ""
    room = first_room
    for word in block.text.replace("\n", " ").replace("\t", " ").split(" "):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if _fits(candidate, block.font, block.size, room):
            current = candidate
            continue
        if current:
            lines.append((label if not lines else "", current))
            room = width
        while not _fits(word, block.font, block.size, room):
            cut = 1
            while cut < len(word) and _fits(word[:cut + 1], block.font, block.size, room):
                cut += 1
            lines.append((label if not lines else "", word[:cut]))
            word, room = word[cut:], width
        current = word
    if current or (label and not lines):
        lines.append((label if not lines else "", current))
    return lines


def _height(lines: Sequence, size: float) -> float:
    return len(lines) * size * 1.25 + (size * 0.35 if lines else 0)


def _blocks(content: OfferCardContent, sizes: Sizes, offer_size: float, regular: str,
            bold: str) -> list[_Block]:
    blocks = [_Block("organisation", "", content.organisation, bold, sizes.body, True),
              _Block("first_name", "", content.first_name, bold, sizes.headline),
              _Block("offer_words", "", content.offer_words, regular, offer_size)]
    for field in ("when", "where", "how_often", "next_step"):
        blocks.append(_Block(field, LABELS[field], getattr(content, field), regular,
                             sizes.body))
    blocks.append(_Block("thank_you", "", content.thank_you, bold, sizes.body))
    return [block for block in blocks if block.text.strip()]


def _linker_block(content: OfferCardContent, sizes: Sizes, regular: str) -> _Block | None:
    text = ", ".join(part for part in (content.linker_name, content.linker_contact) if part)
    return _Block("linker", LABELS["linker"], text, regular, sizes.body) if text else None


def _place(blocks: list[_Block], pinned: _Block | None, w: float, h: float, sizes: Sizes,
           bold: str, continued: str, elastic: str = "") -> CardLayout:
    """Put blocks top-down and `pinned` at the bottom. The first block that runs out of room
    ends with the `continued` line and reports its unplaced words; the `elastic` block gives
    way to the blocks after it, any other block that runs out takes every later block with it."""
    pad = max(4 * mm, 0.06 * min(w, h))
    width, top, bottom = w - 2 * pad, h - pad, pad
    lines: list[Line] = []
    rules: list[tuple[float, float, float, float]] = []
    if pinned is not None:
        wrapped = _wrap(pinned, width, bold)
        if _height(wrapped, pinned.size) <= (top - bottom) / 3:
            y = bottom + (len(wrapped) - 1) * pinned.size * 1.25 + pinned.size * 0.27
            for label, text in wrapped:
                lines.append(_line(label, text, pinned, bold, pad, y))
                y -= pinned.size * 1.25
            bottom += _height(wrapped, pinned.size)
            rules.append((pad, bottom - pinned.size * 0.15, w - pad, bottom - pinned.size * 0.15))
            bottom += pinned.size * 0.35
        else:
            blocks = [*blocks, pinned]
    overflow: list[OverflowNote] = []
    reserve = sizes.body * 1.25 + sizes.body * 0.35  # the "continued" line and its gap
    wrapped_blocks = [_wrap(block, width, bold) for block in blocks]
    heights = [_height(wrapped, block.size) for wrapped, block in zip(wrapped_blocks, blocks)]
    cut = False
    for index, (block, wrapped) in enumerate(zip(blocks, wrapped_blocks)):
        # The elastic block (the offer) leaves room for every block after it, so when, where
        # and the rest stay on the front and only the offer's last words go to the back.
        after = sum(heights[index + 1:]) if block.field == elastic and not cut else 0
        leading = block.size * 1.25
        if top - leading - after - reserve < bottom:
            after = 0  # not one line of it fits beside them: put what fits, the rest goes over
        placed = 0
        for number, (label, text) in enumerate(wrapped):
            is_last = index == len(blocks) - 1 and number == len(wrapped) - 1
            if top - leading - after - (0 if is_last or cut else reserve) < bottom - 1e-6:
                break
            lines.append(_line(label, text, block, bold, pad, top - leading + 0.27 * block.size))
            top -= leading
            placed += 1
        if placed < len(wrapped):
            overflow.append(OverflowNote(block.field, " ".join(t for _, t in wrapped[placed:])))
            if not cut:
                top -= block.size * 0.35
                lines.append(_line("", continued, _Block("continued", "", continued, bold,
                                                         sizes.body), bold, pad,
                                   top - sizes.body * 1.25 + 0.27 * sizes.body))
                top -= sizes.body * 1.25
            cut = True
            if block.field != elastic or placed == 0:
                overflow.extend(OverflowNote(b.field, b.text) for b in blocks[index + 1:])
                break
        top -= block.size * 0.35
        if block.rule_after:
            rules.append((pad, top + block.size * 0.1, w - pad, top + block.size * 0.1))
            top -= block.size * 0.35
    return CardLayout(tuple(lines), tuple(rules), tuple(overflow))


def _line(label: str, text: str, block: _Block, bold: str, x: float, y: float) -> Line:
    runs = tuple(run for run in ((label, bold), (text, block.font)) if run[0])
    return Line(runs, block.size, x, y, block.field)


def layout_card(content: OfferCardContent, w: float, h: float,
                large_print: bool = False) -> CardLayout:
    """The front of one card `w` by `h` points: the offer at the largest size that lets
    everything fit, else at the body size with the rest reported as overflow."""
    regular, bold = register_fonts()
    sizes = LARGE_PRINT if large_print else NORMAL
    pinned = _linker_block(content, sizes, regular)
    size = sizes.offer_start
    while True:
        layout = _place(_blocks(content, sizes, size, regular, bold), pinned, w, h, sizes,
                        bold, CONTINUED, elastic="offer_words")
        if not layout.overflow or size <= sizes.body:
            return layout
        size = max(sizes.body, size - 1)


def layout_back(content: OfferCardContent, notes: Iterable[OverflowNote], w: float, h: float,
                large_print: bool = False) -> CardLayout:
    """The back of a card whose front ran out of room: the words left off, with their labels.
    Anything that does not fit here either is reported with `side` "back"."""
    regular, bold = register_fonts()
    sizes = LARGE_PRINT if large_print else NORMAL
    blocks = [_Block("first_name", "", f"{content.first_name} (continued)", bold, sizes.body,
                     True)]
    for note in notes:
        font = bold if note.field in ("organisation", "first_name", "thank_you") else regular
        blocks.append(_Block(note.field, LABELS.get(note.field, ""), note.text, font,
                             sizes.body))
    layout = _place(blocks, None, w, h, sizes, bold, ASK_FOR_THE_REST)
    return replace(layout, overflow=tuple(replace(note, side="back")
                                          for note in layout.overflow))


def _paint(canvas: Canvas, layout: CardLayout, x: float, y: float) -> None:
    canvas.setFillGray(0)
    canvas.setStrokeGray(0)
    canvas.setLineWidth(0.75)
    for x1, y1, x2, y2 in layout.rules:
        canvas.line(x + x1, y + y1, x + x2, y + y2)
    for line in layout.lines:
        cursor = x + line.x
        for text, font in line.runs:
            canvas.setFont(font, line.size)
            canvas.drawString(cursor, y + line.y, text)
            cursor += stringWidth(text, font, line.size)


def draw_offer_card(canvas: Canvas, content: OfferCardContent, x: float, y: float, w: float,
                    h: float, large_print: bool = False) -> list[OverflowNote]:
    """Draw the front of one card in the rectangle (points, bottom-left x, y); returns the
    words that did not fit (empty when the whole card is on the front)."""
    layout = layout_card(content, w, h, large_print)
    _paint(canvas, layout, x, y)
    return list(layout.overflow)


def render_cards_with_notes(contents: Sequence[OfferCardContent], sheet: SheetSpec,
                            large_print: bool = False) -> tuple[bytes, list[OverflowNote]]:
    """A PDF of the cards laid out on `sheet`, and every overflow note (with its card number).

    After each sheet holding a card that ran over, a back page follows with that card's
    remaining words, mirrored left to right so a long-edge duplex print lines it up."""
    buffer = io.BytesIO()
    page_w, page_h = sheet.page_w_mm * mm, sheet.page_h_mm * mm
    card_w, card_h = sheet.card_w_mm * mm, sheet.card_h_mm * mm
    language = contents[0].language if contents else "en"
    regular, _ = register_fonts()
    # Starting in Noto Sans keeps Helvetica (never embedded) out of the file altogether.
    canvas = Canvas(buffer, pagesize=(page_w, page_h), invariant=1, pageCompression=1,
                    lang=language, initialFontName=regular, initialFontSize=NORMAL.body)
    canvas.setTitle(TITLE)
    canvas.setCreator("Offerbook")
    if contents:
        canvas.setAuthor(contents[0].organisation or "Offerbook")
    places = cells(sheet)
    all_notes: list[OverflowNote] = []
    for start in range(0, max(len(contents), 1), sheet.per_page):
        backs = []
        for (x_mm, y_mm), index in zip(places, range(start, len(contents)), strict=False):
            content = contents[index]
            notes = draw_offer_card(canvas, content, x_mm * mm, y_mm * mm, card_w, card_h,
                                    large_print)
            if notes:
                backs.append((x_mm, y_mm, index, notes))
                all_notes.extend(replace(note, card=index) for note in notes)
        _draw_crop_marks(canvas, sheet)
        canvas.showPage()
        if backs:
            for x_mm, y_mm, index, notes in backs:
                layout = layout_back(contents[index], notes, card_w, card_h, large_print)
                mirrored_x = sheet.page_w_mm - x_mm - sheet.card_w_mm
                _paint(canvas, layout, mirrored_x * mm, y_mm * mm)
                all_notes.extend(replace(note, card=index) for note in layout.overflow)
            _draw_crop_marks(canvas, sheet, mirrored=True)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue(), all_notes


def render_cards(contents: Sequence[OfferCardContent], sheet: SheetSpec,
                 large_print: bool = False) -> bytes:
    """The cards as one PDF (reportlab's invariant mode: the same input, the same bytes)."""
    return render_cards_with_notes(contents, sheet, large_print)[0]


def _draw_crop_marks(canvas: Canvas, sheet: SheetSpec, mirrored: bool = False) -> None:
    canvas.setStrokeGray(0)
    canvas.setLineWidth(0.25)
    for x1, y1, x2, y2 in crop_marks(sheet):
        if mirrored:
            x1, x2 = sheet.page_w_mm - x1, sheet.page_w_mm - x2
        canvas.line(x1 * mm, y1 * mm, x2 * mm, y2 * mm)
