"""Make resources/fonts/NotoSansCJKsc-Subset-Regular.otf from Debian's fonts-noto-cjk.

The full CJK font is 19 MB; names and offers need the common characters only. The subset keeps
every Han character in GB2312 (simplified) or Big5 (traditional) — about 13,000 — plus CJK
punctuation and full-width forms. Run once, by hand, when the font is updated:

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb cjk
    pip install fonttools
    python tools/subset_cjk_font.py cjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
"""

from pathlib import Path
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

SC_INDEX = 2  # the collection holds JP, KR, SC, TC, HK; SC covers both scripts' shapes well
OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / \
    "NotoSansCJKsc-Subset-Regular.otf"


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


def main(source: str) -> None:
    font = TTCollection(source).fonts[SC_INDEX]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False  # screens and printers of today render CJK well unhinted
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted())
    subsetter.subset(font)
    font.save(OUT)
    print(f"{OUT.name}: {OUT.stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main(sys.argv[1])
