"""Flowing text onto A4 pages: headings, paragraphs and table rows, then page numbers.

The event pack's list and the participant summary are documents of unknown length, so text is
laid out first (`Flow`: every line with its place, page by page, as data) and drawn after, when
"Page 2 of 3" can be known. Lines come from the card text engine (`text.wrap`), so any script
is shaped and right-to-left lines sit at the right of their column. Nothing is ever cut: a
table row too tall for the room left carries on over the page, under the repeated header.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.cards import text

MARGIN = 18 * mm
LEADING = 1.3  # line height as a multiple of the type size
CELL_GAP = 3 * mm  # white space between table columns
BULLET = "\u2022"


def _height(line: text.TextLine) -> float:
    """A line's height: the usual leading, or more for tall scripts (Nastaliq's diagonal
    words, stacked Arabic marks) so lines never touch."""
    return max(line.size * LEADING, (line.ascent + line.descent) * 1.1)


def _below(line: text.TextLine) -> float:
    """How far the baseline sits above the bottom of the line's height."""
    return max(line.size * 0.3, line.descent * 1.05)


def _row_line_height(wrapped: list[list], number: int = 0) -> float:
    """The height of every line of a table row: its tallest line's, so a row holding Urdu
    or Bengali is evenly spaced across all its cells."""
    return max((_height(line) for lines in wrapped for line in lines), default=0.0)


@dataclass(frozen=True)
class _Text:
    line: text.TextLine
    x: float
    y: float
    width: float


@dataclass(frozen=True)
class _Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5


@dataclass(frozen=True)
class Cell:
    """One cell of a table row: its text, its share of the width, bold or not."""

    text: str
    share: float
    bold: bool = False
    language: str = ""  # the cell's own language, when it differs from the document's


@dataclass(frozen=True)
class _WaitingLines:
    """A paragraph kept with what follows it: `Flow._place_lines`'s arguments."""

    lines: list[text.TextLine]
    size: float
    indent: float
    hang: float
    height: float


@dataclass(frozen=True)
class _WaitingHeader:
    """A table's header row, kept with the table's first row."""

    cells: Sequence[Cell]
    size: float
    height: float


@dataclass
class Flow:
    """Lays out blocks top to bottom, one page after another.

    Headings and a table's header row wait (`_pending`) until the block after them is
    placed, and move to the next page with it rather than stand alone at a page's foot.
    """

    language: str = "en"
    rtl: bool = False  # a right-to-left document: table columns run from the right
    page_size: tuple[float, float] = A4
    margin: float = MARGIN
    footer_size: float = 10
    pages: list[list] = field(default_factory=lambda: [[]])
    _y: float = 0.0
    _header: tuple[Sequence[Cell], float] | None = None
    _pending: list[_WaitingLines | _WaitingHeader] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._y = self.top

    @property
    def top(self) -> float:
        return self.page_size[1] - self.margin

    @property
    def bottom(self) -> float:
        # Room kept for the footer line under the text.
        return self.margin + self.footer_size * 2.2

    @property
    def width(self) -> float:
        return self.page_size[0] - 2 * self.margin

    def _room(self) -> float:
        return self._y - self.bottom

    def _new_page(self, repeat_header: bool = True) -> None:
        self.pages.append([])
        self._y = self.top
        if repeat_header and self._header is not None:
            self._place_row(*self._header, header=True)

    def _make_room(self, need: float) -> None:
        """Place waiting headings, first turning the page if they and `need` points of what
        follows them do not fit (unless the page is still empty: then nothing would)."""
        waiting = sum(item.height for item in self._pending)
        if waiting + need > self._room() and self.pages[-1]:
            header_waits = any(isinstance(item, _WaitingHeader) for item in self._pending)
            self._new_page(repeat_header=not header_waits)
        pending, self._pending = self._pending, []
        for item in pending:
            if isinstance(item, _WaitingHeader):
                self._place_row(item.cells, item.size, header=True)
            else:
                self._place_lines(item.lines, item.size, item.indent, item.hang)

    def space(self, points: float) -> None:
        if self.pages[-1]:
            self._y -= points

    def _lines(self, words: str, width: float, size: float, bold: bool,
               language: str) -> list[text.TextLine]:
        # The document's own words run in the document's direction; a participant's words
        # (given with their own `language`) take the direction of what they wrote.
        return text.wrap(words, width, size, bold=bold, language=language or self.language,
                         rtl=None if language else (True if self.rtl else None))

    def paragraph(self, words: str, size: float, *, bold: bool = False, indent: float = 0,
                  language: str = "", bullet: bool = False,
                  keep_with_next: bool = False) -> None:
        """Wrapped text, broken over pages between lines (never fewer than two lines left
        at a page's foot when there are more to come). A `bullet` hangs in the indent, on
        the right for a right-to-left paragraph. With `keep_with_next` the paragraph waits
        and moves to a new page with the block after it, like a heading."""
        hang = size * 0.9 if bullet else 0.0
        lines = self._lines(words, self.width - indent - hang, size, bold, language)
        if keep_with_next:
            self._pending.append(_WaitingLines(lines, size, indent, hang,
                                               sum(map(_height, lines))))
            return
        self._make_room(sum(_height(line) for line in lines[:2]))
        self._place_lines(lines, size, indent, hang)

    def _place_lines(self, lines: list[text.TextLine], size: float, indent: float,
                     hang: float = 0) -> None:
        # A right-to-left document hangs everything from the right margin, whatever the
        # direction of a line's own words; elsewhere a right-to-left paragraph does.
        right = self.rtl or bool(lines and lines[0].rtl)
        for number, line in enumerate(lines):
            if _height(line) > self._room():
                self._new_page()
            self._y -= _height(line)
            left, width = self.margin + (0 if right else indent), self.width - indent
            baseline = self._y + _below(line)
            if hang and number == 0:
                mark = text.wrap(BULLET, size, size, language=self.language)[0]
                self._put(mark, left, baseline, width, right)
            if hang:
                width -= hang
                left += 0 if right else hang
            self._put(line, left, baseline, width, right)

    def _put(self, line: text.TextLine, left: float, baseline: float, width: float,
             right: bool) -> None:
        x = left + width - line.width if right else left
        self.pages[-1].append(_Text(line, x, baseline, line.width))

    def heading(self, words: str, size: float) -> None:
        """A bold heading that stays on the same page as what follows it."""
        self.paragraph(words, size, bold=True, keep_with_next=True)

    def rule(self, width: float = 0.5) -> None:
        self._make_room(4)
        self._y -= 2
        self.pages[-1].append(_Rule(self.margin, self._y, self.margin + self.width, self._y,
                                    width))
        self._y -= 2

    def table_header(self, cells: Sequence[Cell] | None, size: float = 0) -> None:
        """Start (or, with None, end) a table whose header row repeats on every page."""
        self._header = (cells, size) if cells is not None else None
        if cells is not None:
            self._pending.append(_WaitingHeader(
                cells, size, self._row_height(self._wrap_row(cells, size), size)))

    def row(self, cells: Sequence[Cell], size: float) -> None:
        """A table row, kept on one page when a page can hold it."""
        wrapped = self._wrap_row(cells, size)
        height = self._row_height(wrapped, size)
        header = self._row_height(self._wrap_row(*self._header), self._header[1]) \
            if self._header else 0
        whole_page = self.top - self.bottom - header
        self._make_room(height if height <= whole_page else
                        max(_row_line_height(wrapped, n) for n in range(2)))
        self._place_row(cells, size, wrapped=wrapped)

    def _widths(self, cells: Sequence[Cell]) -> list[float]:
        total = sum(cell.share for cell in cells)
        return [self.width * cell.share / total for cell in cells]

    def _wrap_row(self, cells: Sequence[Cell], size: float) -> list[list]:
        return [self._lines(cell.text, w - CELL_GAP, size, cell.bold, cell.language)
                for cell, w in zip(cells, self._widths(cells))]

    @staticmethod
    def _row_height(wrapped: list[list], size: float) -> float:
        count = max((len(lines) for lines in wrapped), default=0)
        return sum(_row_line_height(wrapped, n) for n in range(count)) + 4

    def _place_row(self, cells: Sequence[Cell], size: float, *, header: bool = False,
                   wrapped: list[list] | None = None) -> None:
        wrapped = wrapped if wrapped is not None else self._wrap_row(cells, size)
        widths = self._widths(cells)
        self._y -= 2
        for number in range(max((len(lines) for lines in wrapped), default=0)):
            height = _row_line_height(wrapped, number)
            if height > self._room():  # a row taller than a page carries on over
                self._new_page()
                self._y -= 2
            self._y -= height
            below = max((_below(lines[number]) for lines in wrapped if number < len(lines)),
                        default=0)
            x = self.margin + (self.width if self.rtl else 0)
            for lines, w in zip(wrapped, widths):
                left = x - w + CELL_GAP if self.rtl else x
                if number < len(lines):
                    line = lines[number]
                    self._put(line, left, self._y + below, w - CELL_GAP,
                              self.rtl or line.rtl)
                x += -w if self.rtl else w
        self._y -= 2
        self.pages[-1].append(_Rule(self.margin, self._y, self.margin + self.width, self._y,
                                    1.0 if header else 0.4))

    def finish(self) -> None:
        """Place anything still waiting (a heading with nothing after it)."""
        self._make_room(0)

    def draw(self, canvas: Canvas, footer: Callable[[int, int], str]) -> None:
        """Draw every page, each with `footer(n, m)` centred at its foot."""
        self.finish()
        total = len(self.pages)
        for number, ops in enumerate(self.pages, start=1):
            canvas.setFillGray(0)
            canvas.setStrokeGray(0)
            for op in ops:
                if isinstance(op, _Rule):
                    canvas.setLineWidth(op.width)
                    canvas.line(op.x1, op.y1, op.x2, op.y2)
                else:
                    text.draw_line(canvas, op.line, op.x, op.y, op.width)
            words = footer(number, total)
            if words:
                line = text.wrap(words, self.width, self.footer_size,
                                 language=self.language)[0]
                x = self.margin + (self.width - line.width) / 2
                text.draw_line(canvas, line, x, self.margin, line.width)
            canvas.showPage()
