"""The bundled Chinese font can be embedded in a card PDF and covers common names."""

import io
from pathlib import Path
import subprocess

from fontTools.ttLib import TTFont as FontFile
from PIL import Image
from pypdf import PdfReader
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from desktop.core.resources import resources_dir

CJK_FONT = resources_dir() / "fonts" / "NotoSansCJKsc-Subset-Regular.ttf"
# Own name, so this test neither depends on nor disturbs the app's registration.
NAME = "TestNotoSansCJK"
SIMPLIFIED = ["王小明", "李明", "张伟", "刘洋", "陈静", "黄晓燕", "欧阳娜娜", "赵丽颖"]
TRADITIONAL = ["陳大文", "張麗華", "劉德華", "黃志強", "鄭秀蘭", "歐陽震華", "謝霆鋒"]
PUNCTUATION = "、，。「」（）：　"


@pytest.fixture(scope="module")
def font_file() -> FontFile:
    return FontFile(str(CJK_FONT))


def test_font_has_truetype_outlines(font_file):
    # reportlab embeds glyf outlines only; a CFF (.otf) font would fail to register.
    assert font_file.sfntVersion == "\x00\x01\x00\x00"
    assert "glyf" in font_file and "CFF " not in font_file


@pytest.mark.parametrize("text", [*SIMPLIFIED, *TRADITIONAL, PUNCTUATION])
def test_every_character_has_a_drawn_glyph(font_file, text):
    cmap = font_file.getBestCmap()
    glyf = font_file["glyf"]
    missing = [ch for ch in text if ord(ch) not in cmap]
    assert missing == []
    # A glyph with no contours would print as a blank: the outline conversion must keep them.
    blank = [ch for ch in text if ch != "\u3000" and glyf[cmap[ord(ch)]].numberOfContours <= 0]
    assert blank == []


def _names_pdf() -> bytes:
    pdfmetrics.registerFont(TTFont(NAME, str(CJK_FONT)))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(300, 120))
    pdf.setFont(NAME, 28)
    # Ideographic space: the CJK subset has no ASCII space, the app takes that from Noto Sans.
    pdf.drawString(20, 60, "王小明\u3000陳大文")
    pdf.save()
    return out.getvalue()


def test_registers_and_embeds_as_a_subset():
    data = _names_pdf()
    page = PdfReader(io.BytesIO(data)).pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    cjk = [f for f in fonts if str(f["/BaseFont"]).endswith("+NotoSansCJKsc-Regular")]
    assert len(cjk) == 1
    embedded = cjk[0]["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
    # Six characters, not the whole 10 MB font.
    assert 0 < len(embedded) < 50_000
    assert len(data) < 60_000
    assert page.extract_text().strip() == "王小明\u3000陳大文"


def test_names_print_as_ink(tmp_path: Path):
    pdf_path = tmp_path / "names.pdf"
    pdf_path.write_bytes(_names_pdf())
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf_path),
                    str(tmp_path / "names")], check=True)
    image = Image.open(tmp_path / "names.png").convert("L")
    height = image.size[1]
    pixels = image.load()
    # Each character's 28 pt cell (72 dpi, so points equal pixels; y counts from the top) holds
    # dark strokes, and the ideographic space between the names none.
    for index, char in enumerate("王小明\u3000陳大文"):
        left = 20 + 28 * index
        dark = sum(1 for x in range(left, left + 28) for y in range(height - 90, height - 55)
                   if pixels[x, y] < 128)
        assert (dark > 50) == (char != "\u3000"), (char, dark)
