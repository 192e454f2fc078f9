"""Lines of text in any script, measured, wrapped and drawn with reportlab.

A card may hold a Polish name, an Urdu offer and a Bengali place. For each paragraph:
1. the text is put in NFC and each character gets a script (fontTools' Unicode data);
   spaces, digits and punctuation take the script of the text around them;
2. each character gets its font (`pdf_fonts.font_for`) and its bidi embedding level
   (the Unicode Bidirectional Algorithm, python-bidi), only when there is right-to-left
   text at all;
3. words are filled greedily into lines of the given width (a word is text between spaces,
   or one Chinese character); a word wider than a line is broken between grapheme clusters;
4. each line is cut into runs of one font and one level, put in visual order (UBA rule L2),
   and runs in scripts that need it are shaped by HarfBuzz (reportlab's `shapeStr`), which
   joins Arabic letters, forms Bengali conjuncts and places vowel signs.

Shaped glyphs have no characters of their own, so each shaped run is wrapped in a PDF
marked-content span whose ActualText is the run's own words in reading order: copying from
the PDF, searching it and screen readers get the real text, not private-use codes.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
import re
import unicodedata

from bidi import algorithm as uba
from bidi.mirror import MIRRORED
from fontTools.unicodedata import script as script_of
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas

from desktop.cards.pdf_fonts import BOLD, FONTS, REGULAR, char_map, font_for, register_fonts

# Characters whose presence means the paragraph needs the bidi algorithm at all.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff"
                  "\u200f\u202b\u202e\u2067]")
_NEUTRAL_SCRIPTS = {"Zyyy", "Zinh", "Zzzz"}
_CJK_SCRIPTS = {"Hani", "Hira", "Kana", "Bopo"}
_SOFT_BREAKS = set("@./-_")
_VIRAMAS = {"\u094d", "\u09cd", "\u0a4d", "\u0acd", "\u0b4d", "\u0bcd", "\u0c4d", "\u0ccd",
            "\u0d4d"}

Pieces = str | Sequence[tuple[str, bool]]  # plain text, or (text, bold) pieces in order


@dataclass(frozen=True)
class Run:
    """Text of one font at one bidi level; `glyphs` is what is drawn, left to right."""

    text: str  # the run's characters in reading (logical) order
    font: str
    rtl: bool
    glyphs: str  # a reportlab ShapedStr for shaped runs, else the text itself
    width: float


@dataclass(frozen=True)
class TextLine:
    """One line, ready to draw: runs in visual order, left to right."""

    text: str  # the line's characters in reading order
    runs: tuple[Run, ...]
    size: float
    width: float
    rtl: bool  # the paragraph reads right to left: the line sits against the right edge
    ascent: float  # points above the baseline the line needs
    descent: float  # points below it

    @property
    def height(self) -> float:
        return self.ascent + self.descent


@dataclass(frozen=True)
class _Char:
    ch: str
    font: str
    level: int


def _flatten(text: Pieces) -> tuple[str, list[bool]]:
    pieces = [(text, False)] if isinstance(text, str) else list(text)
    chars: list[str] = []
    bold: list[bool] = []
    for piece, is_bold in pieces:
        piece = unicodedata.normalize("NFC", piece).replace("\t", " ")
        piece = piece.replace("\r\n", "\n").replace("\r", "\n")
        chars.append(piece)
        bold.extend([is_bold] * len(piece))
    return "".join(chars), bold


def _scripts(text: str) -> list[str]:
    """Each character's script, with common and inherited characters (spaces, digits,
    marks) given the script of the strong text before them, or after them at the start."""
    scripts = [script_of(ch) for ch in text]
    last = None
    for index, found in enumerate(scripts):
        if found in _NEUTRAL_SCRIPTS:
            if last is not None:
                scripts[index] = last
        else:
            last = found
    following = "Latn"
    for index in range(len(scripts) - 1, -1, -1):
        if scripts[index] in _NEUTRAL_SCRIPTS:
            scripts[index] = following
        else:
            following = scripts[index]
    return scripts


def _levels(text: str, base_rtl: bool | None) -> tuple[list[int], bool]:
    """Embedding levels (UBA rules P2-I2) and whether the paragraph is right to left."""
    if not base_rtl and not _RTL.search(text):
        return [0] * len(text), False
    storage = uba.get_empty_storage()
    if base_rtl is None:
        base = uba.get_base_level(text)
    else:
        base = 1 if base_rtl else 0
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    # Rule X9 drops formatting characters (ZWJ, ZWNJ, embeddings) from the algorithm's
    # list; they keep the level of the character before them.
    levels = []
    resolved = iter(storage["chars"])
    pending = next(resolved, None)
    level = base
    for ch in text:
        if pending is not None and pending["ch"] == ch:
            level = pending["level"]
            pending = next(resolved, None)
        levels.append(level)
    return levels, base == 1


def _analyse(text: str, bold: list[bool], language: str,
             base_rtl: bool | None) -> tuple[list[_Char], bool]:
    register_fonts()
    if text.isascii() and not base_rtl:  # the common case, without the Unicode tables
        return [_Char(ch, BOLD if b else REGULAR, 0) for ch, b in zip(text, bold)], False
    scripts = _scripts(text)
    levels, rtl = _levels(text, base_rtl)
    # Direction marks have done their work once levels are resolved; they take no room and
    # would otherwise read back as stray characters when text is copied from the PDF.
    return ([_Char(ch, font_for(ch, script, b, language), level)
             for ch, script, b, level in zip(text, scripts, bold, levels)
             if ch not in _DIRECTION_MARKS], rtl)


_DIRECTION_MARKS = frozenset("\u200e\u200f\u061c")


def _is_cjk(ch: str) -> bool:
    return ch >= "\u2e80" and script_of(ch) in _CJK_SCRIPTS


def _words(chars: list[_Char]) -> list[tuple[int, int]]:
    """(start, end) of each unbreakable piece: a word with the spaces after it, or one
    Chinese or Japanese character (which may break from its neighbours anywhere)."""
    words = []
    start = 0
    for index in range(1, len(chars) + 1):
        if index == len(chars):
            words.append((start, index))
            break
        previous, current = chars[index - 1].ch, chars[index].ch
        breaks = (previous == " " and current != " ") or (
            current != " " and (_is_cjk(previous) or _is_cjk(current))
            and not unicodedata.category(current).startswith("M")
            and unicodedata.category(current) not in ("Pe", "Po"))
        if breaks:
            words.append((start, index))
            start = index
    return words


def _joins(base: _Char, virama: _Char, following: _Char) -> bool:
    """Whether a virama joins `base` to `following` in a conjunct: all three in one font, the
    base a letter (the consonant). A virama after a Latin letter, a vowel sign or another
    virama is a stray mark (HarfBuzz draws it on a dotted circle), and the word may break
    after it."""
    return (unicodedata.category(base.ch).startswith("L")
            and base.font == virama.font == following.font)


def _clusters(chars: list[_Char], start: int, end: int) -> list[int]:
    """Indexes where a grapheme cluster may start, so breaking a too-long word never
    splits a letter from its marks or a conjunct at its virama."""
    cuts = [start]
    for index in range(start + 1, end):
        ch, previous = chars[index].ch, chars[index - 1].ch
        if unicodedata.category(ch).startswith("M") or ch in "\u200c\u200d":
            continue
        if previous == "\u200d":
            continue
        if previous in _VIRAMAS and index - 2 >= start and _joins(chars[index - 2],
                                                                 chars[index - 1], chars[index]):
            continue
        cuts.append(index)
    return cuts


@lru_cache(maxsize=65536)
def _shaped(text: str, font: str, size: float) -> tuple[str, float]:
    """What to draw for a run and its width; cached because card texts repeat."""
    needs_shaping = FONTS[font].shaped or any(
        unicodedata.category(ch).startswith("M") for ch in text)
    if needs_shaping:
        glyphs = shapeStr(text, font, size)
        if isinstance(glyphs, ShapedStr):
            return glyphs, sum(d.x_advance for d in glyphs.__shapeData__) * size / 1000
    return text, stringWidth(text, font, size)


def _span_width(chars: list[_Char], start: int, end: int, size: float) -> float:
    return sum(_shaped(text, font, size)[1] for text, font, _ in _runs(chars, start, end))


def _runs(chars: list[_Char], start: int, end: int) -> list[tuple[str, str, int]]:
    """Maximal runs of one font and one level, in reading order."""
    runs: list[tuple[str, str, int]] = []
    for ch in chars[start:end]:
        if runs and runs[-1][1] == ch.font and runs[-1][2] == ch.level:
            runs[-1] = (runs[-1][0] + ch.ch, ch.font, ch.level)
        else:
            runs.append((ch.ch, ch.font, ch.level))
    return runs


def _visual(runs: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """UBA rule L2 on whole runs: from the highest level down to the lowest odd level,
    reverse every sequence of runs at that level or higher."""
    if not runs:
        return runs
    order = list(runs)
    highest = max(level for _, _, level in order)
    lowest_odd = min((level for _, _, level in order if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if order[index][2] >= level:
                end = index
                while end < len(order) and order[end][2] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def _make_line(chars: list[_Char], start: int, end: int, size: float,
               rtl: bool) -> TextLine:
    while end > start and chars[end - 1].ch == " ":
        end -= 1  # spaces at the end of a line take no room (UBA rule L1)
    runs = []
    for text, font, level in _visual(_runs(chars, start, end)):
        drawn = text
        if level % 2 and not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
            # Punctuation alone at a right-to-left level: HarfBuzz would take it for
            # left-to-right text, so reverse and mirror it here (UBA rules L2 and L4).
            drawn = "".join(MIRRORED.get(ch, ch) for ch in reversed(text))
        glyphs, width = _shaped(drawn, font, size)
        runs.append(Run(text, font, level % 2 == 1, glyphs, width))
    fonts = {run.font for run in runs} or {REGULAR}
    return TextLine(text="".join(ch.ch for ch in chars[start:end]), runs=tuple(runs),
                    size=size, width=sum(run.width for run in runs), rtl=rtl,
                    ascent=size * max(FONTS[f].ascent for f in fonts),
                    descent=size * max(FONTS[f].descent for f in fonts))


def _wrap_paragraph(chars: list[_Char], width: float, size: float,
                    rtl: bool) -> list[TextLine]:
    lines: list[TextLine] = []
    line_start = 0
    line_width = 0.0  # up to the end of the last word placed, spaces included
    for start, end in _words(chars):
        word_width = _span_width(chars, start, end, size)
        ink_end = end
        while ink_end > start and chars[ink_end - 1].ch == " ":
            ink_end -= 1
        ink_width = _span_width(chars, start, ink_end, size)
        if line_width + ink_width <= width:
            line_width += word_width
            continue
        if start > line_start:
            lines.append(_make_line(chars, line_start, start, size, rtl))
        line_start, line_width = start, 0.0
        if ink_width <= width:
            line_width = word_width
            continue
        # A word wider than a whole line: as many clusters as fit on each line, cut after
        # an "@" (else the last ".", "/", "-" or "_") that fits if there is one, so an
        # email address or a web address breaks where a reader expects.
        cuts = _clusters(chars, start, ink_end) + [ink_end]
        piece_start = start
        number = 1
        while number < len(cuts):
            previous, cut = cuts[number - 1], cuts[number]
            if previous > piece_start and _span_width(chars, piece_start, cut, size) > width:
                soft = [index for index in range(piece_start + 1, previous + 1)
                        if chars[index - 1].ch in _SOFT_BREAKS]
                after_at = [index for index in soft if chars[index - 1].ch == "@"]
                end_here = (after_at or soft or [previous])[-1]
                lines.append(_make_line(chars, piece_start, end_here, size, rtl))
                piece_start = end_here
                continue  # a break before `previous` may leave the rest still too wide
            number += 1
        line_start = piece_start
        line_width = _span_width(chars, piece_start, end, size)
    if line_start < len(chars) or not lines:
        lines.append(_make_line(chars, line_start, len(chars), size, rtl))
    return lines


def wrap(text: Pieces, width: float, size: float, *, bold: bool = False,
         language: str = "en", rtl: bool | None = None) -> list[TextLine]:
    """`text` in lines no wider than `width` points at `size` points.

    `text` is a string (all regular, or all bold with `bold`) or (text, bold) pieces, such
    as a bold label and its value. A newline starts a new paragraph. `rtl` forces the
    paragraph direction (a card in Arabic lays every line out from the right); None takes
    it from the first letter with a direction, as the Unicode algorithm does."""
    if isinstance(text, str) and bold:
        text = [(text, True)]
    flat, flags = _flatten(text)
    lines: list[TextLine] = []
    offset = 0
    for paragraph in flat.split("\n"):
        paragraph_flags = flags[offset:offset + len(paragraph)]
        offset += len(paragraph) + 1
        chars, paragraph_rtl = _analyse(paragraph, paragraph_flags, language, rtl)
        lines.extend(_wrap_paragraph(chars, width, size, paragraph_rtl))
    return lines


def text_width(text: Pieces, size: float, *, bold: bool = False,
               language: str = "en") -> float:
    """The width of `text` on one line, in points (the widest paragraph if it has several)."""
    return max(line.width for line in wrap(text, float("inf"), size, bold=bold,
                                           language=language))


def _actual_text(text: str) -> str:
    """A PDF text string in UTF-16BE hex, as marked content's ActualText wants it."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_line(canvas: Canvas, line: TextLine, x_left: float, y: float,
              width: float) -> None:
    """Draw `line` with its baseline at `y`, inside the box from `x_left` that is `width`
    wide: against the left edge, or the right edge for a right-to-left paragraph."""
    x = x_left + (width - line.width if line.rtl else 0.0)
    for run in line.runs:
        spoken = run.glyphs != run.text
        if spoken:
            canvas.addLiteral(f"/Span <</ActualText {_actual_text(run.text)}>> BDC")
        text_object = canvas.beginText(x, y)
        text_object.setFont(run.font, line.size)
        text_object.textOut(run.glyphs)
        canvas.drawText(text_object)
        if spoken:
            canvas.addLiteral("EMC")
        x += run.width


def missing_glyphs(text: str, *, bold: bool = False, language: str = "en") -> set[str]:
    """Characters of `text` that no bundled font would print (they would show as boxes)."""
    flat, flags = _flatten([(text, bold)])
    chars, _ = _analyse(flat, flags, language, None)
    return {c.ch for c in chars
            if c.ch not in "\n\t" and ord(c.ch) not in char_map(c.font)}
