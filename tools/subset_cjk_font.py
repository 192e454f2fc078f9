"""Make resources/fonts/NotoSansCJKsc-Subset-Regular.ttf from Debian's fonts-noto-cjk.

The full CJK font is 19 MB; names and offers need the common characters only. The subset keeps
every Han character in GB2312 (simplified) or Big5 (traditional) — about 13,000 — plus CJK
punctuation and full-width forms.

Noto Sans CJK draws its glyphs as cubic (CFF) outlines, but reportlab can embed only TrueType
(quadratic, glyf) outlines in a PDF, and the app should use one font file for screen and print.
So the subset's outlines are converted to quadratic curves (cu2qu) before saving as .ttf.

Run once, by hand, when the font is updated (takes about a minute):

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb cjk
    pip install fonttools
    python tools/subset_cjk_font.py cjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
"""

from pathlib import Path
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

SC_INDEX = 2  # the collection holds JP, KR, SC, TC, HK; SC covers both scripts' shapes well
OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / \
    "NotoSansCJKsc-Subset-Regular.ttf"
# Largest distance, in font units (1000 to the em), between a cubic curve and its quadratic
# replacement: 1 unit is 0.01 mm at 10 pt, far below what a printer or screen shows.
MAX_ERR = 1.0


def wanted() -> list[int]:
    codepoints = set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    for cp in range(0x4E00, 0xA000):
        for encoding in ("gb2312", "big5"):
            try:
                chr(cp).encode(encoding)
            except UnicodeEncodeError:
                continue
            codepoints.add(cp)
            break
    return sorted(codepoints)


def to_truetype(font: TTFont, max_err: float = MAX_ERR) -> None:
    """Replace the font's CFF outlines with quadratic glyf outlines, in place."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # CFF outer contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()

    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")

    # TrueType rasterisers take the left side bearing from hmtx and expect it to equal the
    # outline's xMin; the quadratic curves can move the bounds by up to max_err.
    vertical_origin = font["VORG"] if "VORG" in font else None
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        has_outline = glyph.numberOfContours != 0
        advance, _ = font["hmtx"][name]
        font["hmtx"][name] = (advance, glyph.xMin if has_outline else 0)
        if "vmtx" in font and vertical_origin is not None:
            # TrueType has no VORG: the vertical origin is yMax + top side bearing.
            height, _ = font["vmtx"][name]
            top = vertical_origin[name] - glyph.yMax if has_outline else 0
            font["vmtx"][name] = (height, top)
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    # No hinting programs; maxPoints and the other outline counts are recalculated on save.
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                  "maxComponentDepth"):
        setattr(maxp, field, 0)
    font["head"].glyphDataFormat = 0
    # Format 3 stores no glyph names: the CID font's names ("cid01234") say nothing and
    # would add a few hundred kilobytes.
    font["post"].formatType = 3.0
    # Unhinted outlines: ask for smoothing at every size rather than hinted black-and-white.
    gasp = font["gasp"] = newTable("gasp")
    gasp.gaspRange = {0xFFFF: 0x000F}
    font.sfntVersion = "\x00\x01\x00\x00"


def main(source: str) -> None:
    font = TTCollection(source).fonts[SC_INDEX] if source.endswith(".ttc") else TTFont(source)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False  # screens and printers of today render CJK well unhinted
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted())
    subsetter.subset(font)
    to_truetype(font)
    font.save(OUT)
    print(f"{OUT.name}: {OUT.stat().st_size / 2**20:.1f} MiB, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main(sys.argv[1])
