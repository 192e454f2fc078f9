"""The bundled Noto fonts, registered with reportlab once per process, and which one prints
which script.

reportlab embeds a TrueType font as a subset holding only the glyphs a document uses, so a
card stays small however big the font file is. The Latin family is registered as one family
(regular and bold) so `<b>` in a Paragraph finds the bold face. Urdu is printed in Nastaliq,
the style Urdu readers expect; Arabic and other Arabic-script languages in Naskh (Noto Sans
Arabic). Nastaliq and the Chinese subset have no bold face, so bold falls back to regular.
"""

from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.errors import ResourceError
from desktop.core.resources import resources_dir

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"


@dataclass(frozen=True)
class PdfFont:
    """One bundled font as the card layout sees it.

    `shaped`: its script needs HarfBuzz (joining, conjuncts, reordered vowel signs), so its
    text is always shaped; Latin and Chinese text is drawn straight from the character map.
    `ascent` and `descent` (in em) are the room a line of it needs above and below the
    baseline: taller than Latin for Arabic marks and far taller for Nastaliq's diagonal
    words, but below each font's own hhea extremes, which allow for stacks no real word has.
    """

    name: str
    filename: str
    shaped: bool
    ascent: float
    descent: float


FONTS = {font.name: font for font in (
    PdfFont(REGULAR, "NotoSans-Regular.ttf", False, 1.0, 0.25),
    PdfFont(BOLD, "NotoSans-Bold.ttf", False, 1.0, 0.25),
    PdfFont("NotoSansArabic", "NotoSansArabic-Regular.ttf", True, 1.1, 0.5),
    PdfFont("NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf", True, 1.1, 0.5),
    PdfFont("NotoNastaliqUrdu", "NotoNastaliqUrdu-Regular.ttf", True, 1.45, 0.65),
    PdfFont("NotoSansBengali", "NotoSansBengali-Regular.ttf", True, 0.95, 0.45),
    PdfFont("NotoSansBengali-Bold", "NotoSansBengali-Bold.ttf", True, 0.95, 0.45),
    PdfFont("NotoSansGurmukhi", "NotoSansGurmukhi-Regular.ttf", True, 0.95, 0.45),
    PdfFont("NotoSansGurmukhi-Bold", "NotoSansGurmukhi-Bold.ttf", True, 0.95, 0.45),
    PdfFont("NotoSansCJK", "NotoSansCJKsc-Subset-Regular.ttf", False, 1.0, 0.3),
)}

# ISO 15924 script code -> (regular, bold). Scripts not listed print in Noto Sans, which
# covers Latin, Greek and Cyrillic; a character no chosen font has falls back to any
# bundled font that has it (see `font_for`).
SCRIPT_FONTS = {
    "Arab": ("NotoSansArabic", "NotoSansArabic-Bold"),
    "Beng": ("NotoSansBengali", "NotoSansBengali-Bold"),
    "Guru": ("NotoSansGurmukhi", "NotoSansGurmukhi-Bold"),
    "Hani": ("NotoSansCJK", "NotoSansCJK"),
    "Bopo": ("NotoSansCJK", "NotoSansCJK"),
    "Hira": ("NotoSansCJK", "NotoSansCJK"),
    "Kana": ("NotoSansCJK", "NotoSansCJK"),
}
URDU_FONTS = ("NotoNastaliqUrdu", "NotoNastaliqUrdu")


@cache
def register_fonts() -> tuple[str, str]:
    """Register every bundled font; returns the reportlab names of the Latin pair
    (regular, bold), which start every document."""
    folder = resources_dir() / "fonts"
    for font in FONTS.values():
        path = folder / font.filename
        try:
            ttf = TTFont(font.name, str(path))
        except Exception as exc:  # reportlab raises bare TTFError/IOError for a bad file
            raise ResourceError(f"The font file {path} is missing or damaged. Reinstall "
                                "Offerbook.") from exc
        _CHAR_MAPS[font.name] = dict(ttf.face.charToGlyph)
        _number_unmapped_glyphs(ttf)
        pdfmetrics.registerFont(ttf)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD


_CHAR_MAPS: dict[str, dict[int, int]] = {}
_PRIVATE_USE = range(0xE000, 0xF900)  # the BMP's: a ToUnicode CMap writes 4 hex digits


def _number_unmapped_glyphs(ttf: TTFont) -> None:
    """Give every glyph the font's character map does not reach a private-use code point of
    its own, in glyph order, before anything is shaped.

    A glyph HarfBuzz makes (a Bengali conjunct, a Nastaliq form) is written to the PDF under
    a code point. Left to itself, reportlab numbers such glyphs from U+E000 in the order the
    process first meets them, so the same card printed after other documents (as the app
    does all day) had other numbers in its subset and ToUnicode map: other bytes. Numbered
    here, a glyph's code depends only on the font. A font with more unmapped glyphs than
    there are private-use code points (the Chinese subset: about 15,500, mostly vertical
    and regional forms) keeps reportlab's numbering; its text is only shaped when it holds
    combining marks, which NFC composes away in practice.
    """
    face = ttf.face
    free = [code for code in _PRIVATE_USE if code not in face.charToGlyph]
    unmapped = [gid for gid in range(len(face.hmetrics)) if gid not in face.glyphToChar]
    if len(unmapped) > len(free):
        return
    for gid, code in zip(unmapped, free):
        # The same three tables reportlab fills when it numbers a shaped glyph itself; the
        # width is the glyph's own advance (reportlab took the first shaped advance met).
        face.charToGlyph[code] = gid
        face.glyphToChar[gid] = [code]
        face.charWidths[code] = face._pdfScale(face.hmetrics[gid][0])


def char_map(name: str) -> dict[int, int]:
    """The font's own character map (code point -> glyph id), without the private-use codes
    given to shaped glyphs: no text character is ever printed with one of those."""
    register_fonts()
    return _CHAR_MAPS[name]


def font_for(char: str, script: str, bold: bool, language: str) -> str:
    """The font that prints `char`, whose script (after resolving common characters such as
    spaces and digits to their neighbours) is `script`."""
    pair = URDU_FONTS if script == "Arab" and language == "ur" else SCRIPT_FONTS.get(
        script, (REGULAR, BOLD))
    preferred = pair[1] if bold else pair[0]
    code = ord(char)
    if code in char_map(preferred):
        return preferred
    for name in (pair[0], REGULAR, BOLD, *FONTS):
        if code in char_map(name):
            return name
    return preferred  # no bundled font has it: `missing_glyphs` reports it
