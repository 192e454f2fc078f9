"""Laying out and drawing the offer card, one card or a sheet of them.

Layout first, as data (`layout_card`: lines with their positions, icons, the QR code's
place, plus what did not fit), then drawing (`draw_offer_card`), then sheets
(`render_cards`, positions from `sheet.SheetSpec`). Text is black on white (21:1) and never
below the body size (14 pt, 18 pt in large print). A long offer shrinks from a larger size
down to the body size; if it still does not fit, the card says "Continued on the back",
every word left off is returned as an `OverflowNote`, and `render_cards` prints those words
on the back of the card. A card less tall than `COMPACT_BELOW` (credit-card size) keeps its
front for the name and the offer, which always starts there, and its back for the linker's
contact (see `_compact_front` and `layout_back`).

Every text goes through `text.wrap`, so any script prints in its own font, shaped, and a
card in Arabic or Urdu is laid out from the right: labels, icons and the QR code change
sides with the reading direction.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
import hashlib
import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.cards import icons, qr
from desktop.cards.content import OfferCardContent
from desktop.cards.pdf_fonts import register_fonts
from desktop.cards.sheet import SheetSpec, cells, crop_marks
from desktop.cards.text import TextLine, draw_line, wrap
from desktop.cards.wording import Wording, wording

# The English words, for tests and callers that name them; each card uses its own language.
TITLE = wording("en").title
CONTINUED = wording("en").continued
ASK_FOR_THE_REST = wording("en").ask_for_the_rest
BLOCK_GAP = 0.35  # space after a block, in ems of its size
ICON_FOR = {field: icons.FIELD_ICONS[field]
            for field in ("when", "where", "how_often", "next_step", "linker")}
BAND = 2.5 * mm  # the organisation's colour along the top edge, above every line of text
LOGO_SIDE = 12 * mm  # the organisation's logo, in the top corner where the text ends
LOGO_SHARE = 0.16  # of the card's height at most: smaller on a credit-card size card
LOGO_GAP = 3 * mm  # between the logo and the text beside it
QR_GAP = 3 * mm  # between the QR code and the linker's contact beside it
# A card less tall than this (a credit-card size card: 54 mm) is laid out compactly: its
# front holds the organisation, the name and the offer first, its back the linker.
COMPACT_BELOW = 80 * mm
COMPACT_GAP = 0.2  # space after the organisation's line on a compact card, in ems
HEADLINE_LEAST = 24  # the least size a name is still a headline at (large print too)


@dataclass(frozen=True)
class Sizes:
    body: float  # the least size of any text on the card
    headline: float
    offer_start: float  # a short offer is printed this big, a long one shrinks to `body`


NORMAL = Sizes(body=14, headline=24, offer_start=20)
LARGE_PRINT = Sizes(body=18, headline=28, offer_start=24)


@dataclass(frozen=True)
class Line:
    """One placed line: its text drawn in the box from `x` (`box_width` wide) with its
    baseline at `y`, in points from the card's bottom-left corner."""

    line: TextLine
    x: float
    y: float
    box_width: float
    field: str

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def size(self) -> float:
        return self.line.size

    @property
    def width(self) -> float:
        return self.line.width

    @property
    def left(self) -> float:
        """Where the ink starts: right-to-left lines sit against the box's right edge."""
        return self.x + (self.box_width - self.line.width if self.line.rtl else 0.0)


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
class Placed:
    """A square thing on the card (an icon or the QR code): bottom-left x, y and size."""

    name: str
    x: float
    y: float
    size: float


@dataclass(frozen=True)
class CardLayout:
    lines: tuple[Line, ...]
    rules: tuple[tuple[float, float, float, float], ...]  # x1, y1, x2, y2 in points
    overflow: tuple[OverflowNote, ...]
    icons: tuple[Placed, ...] = ()
    qr: Placed | None = None


@dataclass(frozen=True)
class _Block:
    field: str
    label: str  # drawn bold before the first line
    text: str
    bold: bool
    size: float
    rule_after: bool = False
    gap: float = BLOCK_GAP  # space after the block (and after its rule), in ems of its size


class _Page:
    """The geometry shared by the blocks of one side of a card."""

    def __init__(self, w: float, h: float, sizes: Sizes, words: Wording, easy_read: bool):
        self.w, self.h, self.sizes, self.words = w, h, sizes, words
        self.pad = max(4 * mm, 0.06 * min(w, h))
        self.width = w - 2 * self.pad
        self.rtl = words.rtl
        self.easy_read = easy_read
        self.compact = h < COMPACT_BELOW

    def icon_size(self, block: _Block) -> float:
        return block.size * 1.7 if self.easy_read and block.field in ICON_FOR else 0.0

    def text_box(self, block: _Block, width: float | None = None) -> tuple[float, float]:
        """(x, width) of the block's text, leaving the icon its column on the reading side."""
        width = self.width if width is None else width
        icon = self.icon_size(block)
        gap = icon + block.size * 0.5 if icon else 0.0
        return (self.pad if self.rtl else self.pad + gap), width - gap

    def wrap(self, block: _Block, width: float | None = None) -> list[TextLine]:
        _, box = self.text_box(block, width)
        pieces = [(block.label + " ", True)] if block.label else []
        pieces.append((block.text, block.bold))
        return wrap(pieces, box, block.size, language=self.words.code, rtl=self.rtl)


def _height(lines: Sequence[TextLine], size: float, gap: float = BLOCK_GAP) -> float:
    return sum(line.height for line in lines) + (size * gap if lines else 0)


def _blocks(content: OfferCardContent, sizes: Sizes, offer_size: float, words: Wording,
            name_size: float | None = None, organisation: bool = True,
            compact: bool = False) -> list[_Block]:
    blocks = [_Block("organisation", "", content.organisation if organisation else "", True,
                     sizes.body, True, COMPACT_GAP if compact else BLOCK_GAP),
              _Block("first_name", "", content.first_name, True, name_size or sizes.headline),
              _Block("offer_words", "", content.offer_words, False, offer_size)]
    for field in ("when", "where", "how_often", "next_step"):
        blocks.append(_Block(field, words.labels[field], getattr(content, field), False,
                             sizes.body))
    blocks.append(_Block("thank_you", "", content.thank_you, True, sizes.body))
    return [block for block in blocks if block.text.strip()]


def _linker_block(content: OfferCardContent, sizes: Sizes, words: Wording,
                  organisation: bool = False) -> _Block | None:
    # Name, phone and email each on a line of their own: in a right-to-left card a Latin
    # name and number then each read in their own order instead of trading places. The
    # organisation, when it has no room of its own, follows the linker's name.
    parts = (content.linker_name, content.organisation if organisation else "",
             content.linker_contact)
    text = "\n".join(part for part in parts if part.strip())
    return _Block("linker", words.labels["linker"], text, False, sizes.body) if text else None


def _qr_size(page: _Page) -> float:
    """Big enough to scan from a hand-held phone (about 2 cm), never more than a third of
    the card's width."""
    return min(24 * mm, page.width / 3)


class _Cursor:
    """One side of a card as it is filled from the top: the room left between `top` and
    `bottom`, and everything placed so far."""

    __slots__ = ("bottom", "icons", "lines", "overflow", "qr", "ran_over", "rules", "top")

    def __init__(self, page: _Page):
        self.top = page.h - page.pad  # where the next line's top goes, from the card's foot
        self.bottom = page.pad  # no line goes lower: the footer, once placed, is below it
        self.lines: list[Line] = []
        self.icons: list[Placed] = []
        self.rules: list[tuple[float, float, float, float]] = []
        self.overflow: list[OverflowNote] = []
        self.qr: Placed | None = None
        self.ran_over = False  # a block has run out of room: "Continued" is said, or tried

    def layout(self) -> CardLayout:
        """What was placed, as the card's layout."""
        return CardLayout(tuple(self.lines), tuple(self.rules), tuple(self.overflow),
                          tuple(self.icons), self.qr)


@dataclass(frozen=True)
class _Footer:
    """The linker's contact and the QR code beside it, measured for the foot of a side."""

    contact: _Block | None
    contact_lines: list[TextLine]  # wrapped in the width the QR code leaves
    contact_width: float
    contact_height: float  # its lines', or its icon's if that is taller
    qr_side: float  # 0.0 without a QR code

    @property
    def height(self) -> float:
        """The room the footer takes above the card's margin, without its rule."""
        return max(self.contact_height, self.qr_side)


def _measure_footer(contact: _Block | None, page: _Page, qr_data: str) -> _Footer | None:
    """The footer of `contact` and a QR code of `qr_data`; None when there is neither."""
    if contact is None and not qr_data:
        return None
    body = page.sizes.body
    qr_side = _qr_size(page) if qr_data else 0.0
    contact_width = page.width - (qr_side + QR_GAP if qr_side else 0.0)
    contact_lines = page.wrap(contact, contact_width) if contact is not None else []
    # The contact's lines without the gap after them: nothing follows at the foot.
    contact_height = _height(contact_lines, body) - (body * BLOCK_GAP if contact_lines else 0)
    if contact is not None and contact_lines:
        # A linker's icon taller than their one line of text keeps its own room.
        contact_height = max(contact_height, page.icon_size(contact))
    return _Footer(contact, contact_lines, contact_width, contact_height, qr_side)


def _place_footer(cursor: _Cursor, footer: _Footer, page: _Page) -> None:
    """The footer at the cursor's bottom with a rule above it, raising the bottom over both
    (the QR code on the side the text ends, the contact beside it)."""
    foot, qr_side = cursor.bottom, footer.qr_side
    if qr_side:
        qr_x = page.pad if page.rtl else page.w - page.pad - qr_side
        cursor.qr = Placed("qr", qr_x, foot, qr_side)
    contact = footer.contact
    if contact is not None and footer.contact_lines:
        x, box = page.text_box(contact, footer.contact_width)
        if page.rtl and qr_side:
            x += qr_side + QR_GAP  # the QR code is on the left of a right-to-left card
        line_top = foot + footer.contact_height  # its icon's height, if that is taller
        if page.icon_size(contact):
            cursor.icons.append(_icon(page, contact, x, box, line_top))
        for line in footer.contact_lines:
            cursor.lines.append(Line(line, x, line_top - line.ascent, box, contact.field))
            line_top -= line.height
    cursor.bottom = foot + footer.height
    rule_y = cursor.bottom + page.sizes.body * 0.2
    cursor.rules.append((page.pad, rule_y, page.w - page.pad, rule_y))
    cursor.bottom += page.sizes.body * 0.55


def _place(blocks: list[_Block], pinned: _Block | None, page: _Page, continued: str,
           elastic: str = "", qr_data: str = "", logo: float = 0.0,
           pinned_share: float = 1 / 3) -> CardLayout:
    """Put blocks top-down and `pinned` (with the QR code beside it) at the bottom, if it
    takes no more than `pinned_share` of the height (else it is the last block). The
    first block that runs out of room ends with the `continued` line and reports its
    unplaced words; the `elastic` block gives way to the blocks after it, any other block
    that runs out takes every later block with it. A `logo` (its side, in points) sits in
    the top corner on the side the text ends: the first block wraps beside it, and the
    blocks after it start below it."""
    cursor = _Cursor(page)
    footer = _measure_footer(pinned, page, qr_data)
    footer_placed = False
    if footer is not None and footer.height <= (cursor.top - cursor.bottom) * pinned_share:
        _place_footer(cursor, footer, page)
        footer_placed = True
    elif pinned is not None:
        blocks = [*blocks, pinned]  # too tall for the foot: the contact follows the rest
    _place_blocks(cursor, blocks, page, continued, elastic, logo)
    footer_field = pinned.field if pinned is not None else None
    if footer_placed and all(line.field == footer_field for line in cursor.lines):
        cursor.rules.pop(0)  # the rule over the linker's contact divides it from nothing
    return cursor.layout()


def _place_blocks(cursor: _Cursor, blocks: list[_Block], page: _Page, continued: str,
                  elastic: str, logo: float) -> None:
    """The blocks top-down from the cursor until one runs out of room (see `_place`)."""
    continued_lines = page.wrap(_Block("continued", "", continued, True, page.sizes.body))
    continued_height = sum(line.height for line in continued_lines)
    beside_logo = page.width - logo - LOGO_GAP if logo else None
    wrapped_blocks = [page.wrap(block, beside_logo if index == 0 else None)
                      for index, block in enumerate(blocks)]
    heights = _block_heights(blocks, wrapped_blocks, page, logo)
    last = len(blocks) - 1
    for index, (block, wrapped) in enumerate(zip(blocks, wrapped_blocks)):
        # The room "Continued" needs after a line of this block: its own lines and the gap
        # that comes before it (the block's, twice for a block with a rule under it).
        room_for_continued = (continued_height
                              + block.size * block.gap * (2 if block.rule_after else 1))
        room_for_later = 0.0
        if block.field == elastic and not cursor.ran_over:
            room_for_later = _room_for_later_blocks(cursor, wrapped, heights[index + 1:],
                                                    room_for_continued)
        room_kept = _room_kept_for_continued(cursor, heights[index:], room_for_continued)
        if index == 0 and logo:
            x, box = _text_box_beside_logo(page, block, logo)
        else:
            x, box = page.text_box(block)
        placed = _place_lines(cursor, block, wrapped, page, x, box, room_for_later, room_kept,
                              is_last_block=index == last)
        if placed < len(wrapped):
            _overflow_to_back(cursor, block, wrapped, placed, continued_lines, page)
            if block.field != elastic or placed == 0:
                cursor.overflow.extend(OverflowNote(later.field, later.text)
                                       for later in blocks[index + 1:])
                return
        if index == 0 and logo:
            # What follows (and the rule) starts below the logo.
            cursor.top = min(cursor.top, page.h - page.pad - logo)
        _gap_after(cursor, block, page)


def _block_heights(blocks: list[_Block], wrapped_blocks: list[list[TextLine]], page: _Page,
                   logo: float) -> list[float]:
    """The room each block takes with the gap after it: its icon's if taller than its lines,
    and the logo's for the first block (which wraps beside it)."""
    heights = [max(_height(wrapped, block.size, block.gap),
                   page.icon_size(block) + block.size * block.gap)
               if wrapped else 0.0 for wrapped, block in zip(wrapped_blocks, blocks)]
    if logo and heights:
        heights[0] = max(heights[0], logo + blocks[0].size * blocks[0].gap)
    return heights


def _room_for_later_blocks(cursor: _Cursor, wrapped: list[TextLine],
                           later_heights: list[float], room_for_continued: float) -> float:
    """The room the elastic block (the offer) leaves for every block after it, so that when,
    where and the rest stay on the front and only the offer's last words go to the back."""
    room_for_later = sum(later_heights)
    if (wrapped and cursor.top - wrapped[0].height - room_for_later - room_for_continued
            < cursor.bottom):
        return 0.0  # not one line of it fits beside them: put what fits, the rest goes over
    return room_for_later


def _room_kept_for_continued(cursor: _Cursor, heights_left: list[float],
                             room_for_continued: float) -> float:
    """The room each line keeps under it for "Continued on the back": none once a block has
    run over (it is said already) or when everything left fits without it."""
    if cursor.ran_over or cursor.top - sum(heights_left) >= cursor.bottom - 1e-6:
        return 0.0
    return room_for_continued


def _text_box_beside_logo(page: _Page, block: _Block, logo: float) -> tuple[float, float]:
    """(x, width) of the first block's text, which wraps beside the logo in the top corner."""
    x, box = page.text_box(block, page.width - logo - LOGO_GAP)
    if page.rtl:
        x += logo + LOGO_GAP  # the logo is on the left of a right-to-left card
    return x, box


def _place_lines(cursor: _Cursor, block: _Block, wrapped: list[TextLine], page: _Page,
                 x: float, box: float, room_for_later: float, room_kept: float,
                 is_last_block: bool) -> int:
    """As many of the block's lines (and its icon) as fit above `room_for_later`, each line
    but the side's very last keeping `room_kept` under it; returns how many went on."""
    top, bottom = cursor.top, cursor.bottom
    block_top = top
    icon = page.icon_size(block)
    last_line = len(wrapped) - 1
    placed = 0
    for number, line in enumerate(wrapped):
        is_last = is_last_block and number == last_line
        # The icon beside the block's first lines may reach lower than they do: what
        # follows starts below both, so a line goes on only if the icon fits too.
        lowest = min(top - line.height, block_top - icon)
        if lowest - room_for_later - (0 if is_last else room_kept) < bottom - 1e-6:
            break
        cursor.lines.append(Line(line, x, top - line.ascent, box, block.field))
        top -= line.height
        placed += 1
    if placed and icon:  # no icon without its words
        cursor.icons.append(_icon(page, block, x, box, block_top))
        top = min(top, block_top - icon)  # an icon taller than its lines keeps its room
    cursor.top = top
    return placed


def _overflow_to_back(cursor: _Cursor, block: _Block, wrapped: list[TextLine], placed: int,
                      continued_lines: list[TextLine], page: _Page) -> None:
    """The block's words after its first `placed` lines as an `OverflowNote` for the back,
    and, the first time a block runs over, the "Continued on the back" line."""
    if placed == 0 and block.label:
        left_off = block.text  # the label goes with it onto the back
    else:
        left_off = " ".join(line.text for line in wrapped[placed:])
    cursor.overflow.append(OverflowNote(block.field, left_off))
    if not cursor.ran_over:
        # When none of this block went on, the gap after the block before already
        # separates them, and its lines kept room for that gap and this line.
        if placed:
            cursor.top -= block.size * block.gap
        _say_continued(cursor, continued_lines, page)
    cursor.ran_over = True


def _say_continued(cursor: _Cursor, continued_lines: list[TextLine], page: _Page) -> None:
    """The "Continued on the back" line at the cursor, across the whole width."""
    # It always fits after a line that went on (each kept room for it), and is left off,
    # whole, only when the contact pinned at the foot of a small card leaves no room for
    # anything else.
    if cursor.top - sum(line.height for line in continued_lines) < cursor.bottom - 1e-6:
        return
    for line in continued_lines:
        cursor.lines.append(Line(line, page.pad, cursor.top - line.ascent, page.width,
                                 "continued"))
        cursor.top -= line.height


def _gap_after(cursor: _Cursor, block: _Block, page: _Page) -> None:
    """The space after a placed block, and its rule with the same space again under it."""
    cursor.top -= block.size * block.gap
    if block.rule_after:
        rule_y = cursor.top + block.size * 0.1
        cursor.rules.append((page.pad, rule_y, page.w - page.pad, rule_y))
        cursor.top -= block.size * block.gap


def _icon(page: _Page, block: _Block, text_x: float, box: float, top: float) -> Placed:
    size = page.icon_size(block)
    x = text_x + box + block.size * 0.5 if page.rtl else page.pad
    return Placed(ICON_FOR[block.field], x, top - size, size)


def logo_side(w: float, h: float) -> float:
    """The side of the square the logo is fitted into on a card `w` by `h` points."""
    return min(LOGO_SIDE, LOGO_SHARE * h)


def _sizes(large_print: bool) -> Sizes:
    return LARGE_PRINT if large_print else NORMAL


def layout_card(content: OfferCardContent, w: float, h: float, large_print: bool = False,
                easy_read: bool = False) -> CardLayout:
    """The front of one card `w` by `h` points: the offer at the largest size that lets
    everything fit, else at the body size with the rest reported as overflow.

    A compact card (less than `COMPACT_BELOW` tall) is laid out by `_compact_front`."""
    register_fonts()
    words = wording(content.language)
    sizes = _sizes(large_print)
    page = _Page(w, h, sizes, words, easy_read)
    logo = logo_side(w, h) if content.logo else 0.0
    if page.compact:
        return _compact_front(content, page, logo)
    pinned = _linker_block(content, sizes, words)
    return _fit_offer(lambda size: _place(_blocks(content, sizes, size, words), pinned, page,
                                          words.continued, elastic="offer_words",
                                          qr_data=content.qr, logo=logo), sizes)


def _fit_offer(place: Callable[[float], CardLayout], sizes: Sizes) -> CardLayout:
    """`place(offer_size)` at the largest offer size from `offer_start` down to the body
    size that leaves nothing over (else at the body size)."""
    at_start_size = place(sizes.offer_start)
    if not at_start_size.overflow or sizes.offer_start <= sizes.body:
        return at_start_size  # most cards: a short offer fits at once
    at_body_size = place(sizes.body)
    if at_body_size.overflow:
        return at_body_size  # a bigger offer leaves no less over: no need to try each size
    size = sizes.offer_start - 1
    while size > sizes.body:
        layout = place(size)
        if not layout.overflow:
            return layout
        size = max(sizes.body, size - 1)
    return at_body_size


_BEFORE_THE_OFFER = ("organisation", "first_name", "continued")


def _what_follows_starts(layout: CardLayout) -> bool:
    """Whether the offer (or, with no offer, the first field after the name) is begun."""
    return any(line.field not in _BEFORE_THE_OFFER for line in layout.lines)


def _compact_front(content: OfferCardContent, page: _Page, logo: float) -> CardLayout:
    """The front of a small card: the organisation's line with little room after it, the
    name and the offer first; the linker's contact always goes on the back (reported as an
    overflow note, so the card gets one) and the QR code, which would fill the card, is
    left off.

    The offer must at least start on the front, so the name shrinks from the headline size
    towards 24 pt, then the organisation's line moves to the back (beside the linker's
    contact; the front keeps the colour band and logo), then the name shrinks to the body
    size, until it does. Without an offer, the same goes for the field after the name."""
    sizes, words = page.sizes, page.words
    name_sizes = sorted({*range(round(sizes.headline), round(sizes.body), -4), sizes.body},
                        reverse=True)
    headline_sizes = [size for size in name_sizes if size >= HEADLINE_LEAST]
    below_headline = [size for size in name_sizes if size < HEADLINE_LEAST]
    organisation_options = (True, False) if content.organisation.strip() else (True,)
    # (name size, with the organisation's line) in the order the front gives way.
    attempts = [(name_size, with_organisation)
                for group in (headline_sizes, below_headline)
                for with_organisation in organisation_options for name_size in group]

    def place_front(name_size: float, with_organisation: bool,
                    offer_size: float) -> CardLayout:
        """This front with the name at `name_size` and the offer at `offer_size`."""
        return _place(_blocks(content, sizes, offer_size, words, name_size, with_organisation,
                              compact=True),
                      None, page, words.continued, elastic="offer_words", logo=logo)

    # Decided with the offer at the body size, the least room it can start in.
    name_size, with_organisation = next(
        (attempt for attempt in attempts
         if _what_follows_starts(place_front(*attempt, sizes.body))), attempts[-1])
    layout = _fit_offer(
        lambda offer_size: place_front(name_size, with_organisation, offer_size), sizes)
    moved_to_back: list[OverflowNote] = []
    if not with_organisation:
        moved_to_back.append(OverflowNote("organisation", content.organisation))
    contact = _linker_block(content, sizes, words)
    if contact is not None:
        moved_to_back.append(OverflowNote("linker", contact.text))
    return replace(layout, overflow=(*layout.overflow, *moved_to_back))


def layout_back(content: OfferCardContent, notes: Iterable[OverflowNote], w: float, h: float,
                large_print: bool = False, easy_read: bool = False) -> CardLayout:
    """The back of a card whose front ran out of room: the words left off, with their labels.
    Anything that does not fit here either is reported with `side` "back".

    A compact card's back has no heading (it is the same small card, turned over) and
    keeps the linker's contact at its foot whatever else has to give: what the card is for
    comes before more of the offer (an easy-read back gives up its icons if it must). The
    organisation's name, when the front had no room for it, goes with the contact if "Ask
    your linker for the rest." still fits."""
    register_fonts()
    words = wording(content.language)
    sizes = _sizes(large_print)
    page = _Page(w, h, sizes, words, easy_read)
    left_off = list(notes)
    if page.compact and any(note.field == "linker" for note in left_off):
        layout = _compact_back(content, left_off, page)
    else:
        heading = [] if page.compact else [
            _Block("first_name", "", f"{content.first_name} {words.continued_suffix}", True,
                   sizes.body, True)]
        layout = _place(heading + _note_blocks(left_off, sizes, words), None, page,
                        words.ask_for_the_rest)
    return replace(layout, overflow=tuple(replace(note, side="back")
                                          for note in layout.overflow))


def _compact_back(content: OfferCardContent, left_off: list[OverflowNote],
                  page: _Page) -> CardLayout:
    """A small card's back with the linker's contact pinned at its foot (see `layout_back`):
    the first of its tries that keeps the contact and says when words are left off."""
    sizes, words = page.sizes, page.words
    organisation_moved = any(note.field == "organisation" for note in left_off)
    other_notes = [note for note in left_off if note.field not in ("linker", "organisation")]
    organisation_options = (True, False) if organisation_moved else (False,)
    # Last of all, an easy-read back gives up its icons for the contact to fit.
    backs = (page, _Page(page.w, page.h, sizes, words, False)) if page.easy_read else (page,)
    tries: list[CardLayout] = []
    for back in backs:
        for with_organisation in organisation_options:
            contact = _linker_block(content, sizes, words, organisation=with_organisation)
            layout = _place(_note_blocks(other_notes, sizes, words), contact, back,
                            words.ask_for_the_rest, pinned_share=1.0)
            if not with_organisation and organisation_moved:
                layout = replace(layout, overflow=(
                    *layout.overflow, OverflowNote("organisation", content.organisation)))
            tries.append(layout)
    # The first whose contact is there and that says so when words are left off; else the
    # first with the contact at least.
    with_contact = [layout for layout in tries
                    if not any(note.field == "linker" for note in layout.overflow)]
    return next((layout for layout in with_contact if not layout.overflow
                 or any(line.field == "continued" for line in layout.lines)),
                with_contact[0] if with_contact else tries[-1])


def _note_blocks(notes: Iterable[OverflowNote], sizes: Sizes, words: Wording) -> list[_Block]:
    return [_Block(note.field, words.labels.get(note.field, ""), note.text,
                   note.field in ("organisation", "first_name", "thank_you"), sizes.body)
            for note in notes]


class _Painter:
    """Draws layouts on one canvas; things the same on many cards (the QR code of the
    linker's contact, the icons) are drawn once per PDF and reused."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self.qr_forms = qr.QrForms(canvas)
        self.icon_forms = icons.IconForms(canvas)
        self._logo_forms: dict[bytes, str] = {}

    def paint(self, layout: CardLayout, x: float, y: float,
              content: OfferCardContent | None = None) -> None:
        canvas = self.canvas
        canvas.saveState()
        canvas.setFillGray(0)
        canvas.setStrokeGray(0)
        canvas.setLineWidth(0.75)
        for x1, y1, x2, y2 in layout.rules:
            canvas.line(x + x1, y + y1, x + x2, y + y2)
        for line in layout.lines:
            draw_line(canvas, line.line, x + line.x, y + line.y, line.box_width)
        for icon in layout.icons:
            self.icon_forms.place(icon.name, x + icon.x, y + icon.y, icon.size)
        if layout.qr is not None and content is not None and content.qr:
            self.qr_forms.place(content.qr, x + layout.qr.x, y + layout.qr.y, layout.qr.size)
        canvas.restoreState()

    def logo(self, logo: bytes, x: float, y: float, side: float) -> None:
        """The organisation's logo fitted into a `side` square with its bottom-left corner at
        (x, y).

        Decoded and written once per PDF as a Form XObject (named by a hash of the picture,
        so invariant PDFs stay byte-identical); every card then only places it, where
        drawing the image itself would decode and hash it again for every card."""
        canvas = self.canvas
        name = self._logo_forms.get(logo)
        if name is None:
            name = "OfferbookLogo" + hashlib.sha256(logo).hexdigest()[:16]
            if not canvas.hasForm(name):
                canvas.beginForm(name, 0, 0, 1, 1)  # a unit square, scaled where placed
                canvas.drawImage(ImageReader(io.BytesIO(logo)), 0, 0, 1, 1,
                                 preserveAspectRatio=True, anchor="c", mask="auto")
                canvas.endForm()
            self._logo_forms[logo] = name
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(side, side)
        canvas.doForm(name)
        canvas.restoreState()


def draw_offer_card(canvas: Canvas, content: OfferCardContent, x: float, y: float, w: float,
                    h: float, large_print: bool = False, easy_read: bool = False,
                    painter: _Painter | None = None) -> list[OverflowNote]:
    """Draw the front of one card in the rectangle (points, bottom-left x, y); returns the
    words that did not fit (empty when the whole card is on the front)."""
    painter = painter or _Painter(canvas)
    layout = layout_card(content, w, h, large_print, easy_read)
    _draw_brand(painter, content, x, y, w, h)
    painter.paint(layout, x, y, content)
    return list(layout.overflow)


def _draw_brand(painter: _Painter, content: OfferCardContent, x: float, y: float, w: float,
                h: float) -> None:
    """The organisation's colour as a thin band along the top edge (inside the margin, so no
    text ever sits on it and any colour keeps the text's 21:1 contrast) and its logo in the
    top corner on the side the text ends, where `layout_card` keeps the text beside or below
    it: decoration kept clear of every line of text."""
    canvas = painter.canvas
    if content.colour:
        canvas.saveState()
        canvas.setFillColor(content.colour)
        canvas.rect(x, y + h - BAND, w, BAND, stroke=0, fill=1)
        canvas.restoreState()
    if content.logo:
        pad = max(4 * mm, 0.06 * min(w, h))  # the card's margin, as `_Page` has it
        rtl = wording(content.language).rtl
        side = logo_side(w, h)
        logo_x = x + pad if rtl else x + w - pad - side
        painter.logo(content.logo, logo_x, y + h - pad - side, side)


def render_cards_with_notes(contents: Sequence[OfferCardContent], sheet: SheetSpec,
                            large_print: bool = False,
                            easy_read: bool = False) -> tuple[bytes, list[OverflowNote]]:
    """A PDF of the cards laid out on `sheet`, and every overflow note (with its card number).

    After each sheet holding a card that ran over, a back page follows with that card's
    remaining words, mirrored left to right so a long-edge duplex print lines it up."""
    buffer = io.BytesIO()
    language = contents[0].language if contents else "en"
    regular, _ = register_fonts()
    # Starting in Noto Sans keeps Helvetica (never embedded) out of the file altogether.
    canvas = Canvas(buffer, pagesize=(sheet.page_w_mm * mm, sheet.page_h_mm * mm),
                    invariant=1, pageCompression=1, lang=language, initialFontName=regular,
                    initialFontSize=NORMAL.body)
    canvas.setTitle(wording(language).title)
    canvas.setCreator("Offerbook")
    if contents:
        canvas.setAuthor(contents[0].organisation or "Offerbook")
    notes = draw_cards(canvas, contents, sheet, large_print, easy_read)
    canvas.save()
    return buffer.getvalue(), notes


def draw_cards(canvas: Canvas, contents: Sequence[OfferCardContent], sheet: SheetSpec,
               large_print: bool = False, easy_read: bool = False) -> list[OverflowNote]:
    """Draw the cards on `canvas` from its next page on, each page the sheet's size (an empty
    list still makes one sheet, with its crop marks); returns every overflow note.

    Another document can draw its own pages on the same canvas first (the event pack's
    list): one canvas means one set of font subsets, each with its own name."""
    page_w, page_h = sheet.page_w_mm * mm, sheet.page_h_mm * mm
    card_w, card_h = sheet.card_w_mm * mm, sheet.card_h_mm * mm
    canvas.setPageSize((page_w, page_h))
    painter = _Painter(canvas)
    places = cells(sheet)
    all_notes: list[OverflowNote] = []
    for start in range(0, max(len(contents), 1), sheet.per_page):
        backs = []
        for (x_mm, y_mm), index in zip(places, range(start, len(contents)), strict=False):
            content = contents[index]
            notes = draw_offer_card(canvas, content, x_mm * mm, y_mm * mm, card_w, card_h,
                                    large_print, easy_read, painter)
            if notes:
                backs.append((x_mm, y_mm, index, notes))
                all_notes.extend(replace(note, card=index) for note in notes)
        _draw_crop_marks(canvas, sheet)
        canvas.showPage()
        if backs:
            for x_mm, y_mm, index, notes in backs:
                layout = layout_back(contents[index], notes, card_w, card_h, large_print,
                                     easy_read)
                mirrored_x = sheet.page_w_mm - x_mm - sheet.card_w_mm
                painter.paint(layout, mirrored_x * mm, y_mm * mm)
                all_notes.extend(replace(note, card=index) for note in layout.overflow)
            _draw_crop_marks(canvas, sheet, mirrored=True)
            canvas.showPage()
    return all_notes


def render_cards(contents: Sequence[OfferCardContent], sheet: SheetSpec,
                 large_print: bool = False, easy_read: bool = False) -> bytes:
    """The cards as one PDF (reportlab's invariant mode: the same input, the same bytes)."""
    return render_cards_with_notes(contents, sheet, large_print, easy_read)[0]


def _draw_crop_marks(canvas: Canvas, sheet: SheetSpec, mirrored: bool = False) -> None:
    canvas.setStrokeGray(0)
    canvas.setLineWidth(0.25)
    for x1, y1, x2, y2 in crop_marks(sheet):
        if mirrored:
            x1, x2 = sheet.page_w_mm - x1, sheet.page_w_mm - x2
        canvas.line(x1 * mm, y1 * mm, x2 * mm, y2 * mm)
