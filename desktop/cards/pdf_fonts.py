"""The bundled Noto fonts, registered with reportlab once per process.

reportlab embeds a TrueType font as a subset holding only the glyphs a document uses, so a
card stays small however big the font file is. The Latin family is registered as one family
(regular and bold) so `<b>` in a Paragraph finds the bold face.
"""

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.errors import ResourceError
from desktop.core.resources import resources_dir

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register Noto Sans regular and bold; returns their reportlab names (regular, bold)."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        path = folder / filename
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # reportlab raises bare TTFError/IOError for a bad file
            raise ResourceError(f"The font file {path} is missing or damaged. Reinstall "
                                "Offerbook.") from exc
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD
