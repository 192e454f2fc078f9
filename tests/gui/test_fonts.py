"""The bundled fonts load and cover the scripts of the people in the register."""

from PySide6.QtGui import QFont, QFontMetrics, QRawFont

from desktop.core.resources import resources_dir
from desktop.gui.common.fonts import register_bundled_fonts

SAMPLES = {
    "Noto Sans": "Łucja Wiśniewska Siân Llŷr Nguyễn Thị Hương",
    "Noto Sans Arabic": "فاطمة محمد",
    "Noto Nastaliq Urdu": "عائشہ خان",
    "Noto Sans Bengali": "রহিমা বেগম",
    "Noto Sans Gurmukhi": "ਗੁਰਪ੍ਰੀਤ ਕੌਰ",
    "Noto Sans CJK SC": "李明 王芳 陳偉 張麗華",
}


def test_bundled_fonts_register_and_cover_their_scripts(qapp):
    families = register_bundled_fonts()
    for family, text in SAMPLES.items():
        assert family in families
        path = next(p for p in (resources_dir() / "fonts").glob("*-Regular.*")
                    if p.stem.replace("-Regular", "").replace("-Subset", "").lower()
                    == family.replace(" ", "").lower())
        raw = QRawFont(str(path), 16)
        assert raw.isValid()
        missing = [ch for ch in text if not ch.isspace() and not raw.supportsCharacter(ord(ch))]
        assert missing == [], f"{family} lacks {missing}"
        assert QFontMetrics(QFont(family)).horizontalAdvance(text) > 0
