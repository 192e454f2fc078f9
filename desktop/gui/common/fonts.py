"""The bundled Noto fonts, registered with Qt so every script renders on every laptop."""

from functools import cache
import logging

from PySide6.QtGui import QFontDatabase

from desktop.core.resources import resources_dir

log = logging.getLogger(__name__)


@cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Add resources/fonts/*.ttf to Qt's font database (once); returns the families.

    Qt's font fallback then finds Bengali, Gurmukhi, Arabic and Urdu glyphs in them even when
    the system has no such fonts, as on a fresh Linux install. Only TrueType files: the same
    files are embedded in printed cards, and reportlab cannot embed CFF (.otf) outlines.
    """
    families: list[str] = []
    folder = resources_dir() / "fonts"
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load bundled font %s", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))
