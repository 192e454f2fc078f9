"""The easy-read card icons: every one loads, prints bold and black inside its box on a
transparent background, is drawn once per PDF, and a broken file is named."""

import io
from pathlib import Path
import subprocess

from lxml import etree
from PIL import Image, ImageFilter
from pypdf import PdfReader
import pytest
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.cards.icons import FIELD_ICONS, ICON_NAMES, IconForms, icons_dir, load_icon
from desktop.core.errors import ResourceError

DPI = 300
PX = DPI / 72
SIZE = 10 * mm  # the smallest an icon is printed; it must read at this size
X, Y = 10 * mm, 10 * mm
PAGE = (30 * mm, 30 * mm)


def _render(names, *, directory=None, background=None, pages=1) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=PAGE, invariant=1)
    forms = IconForms(canvas, directory)
    for _ in range(pages):
        if background is not None:
            canvas.setFillGray(background)
            canvas.rect(0, 0, *PAGE, stroke=0, fill=1)
        for name in names:
            forms.place(name, X, Y, SIZE)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _raster(pdf: bytes, tmp_path: Path) -> Image.Image:
    (tmp_path / "icon.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile",
                    str(tmp_path / "icon.pdf"), str(tmp_path / "icon")], check=True)
    with Image.open(tmp_path / "icon.png") as image:
        return image.convert("L")


def _ink(image: Image.Image) -> Image.Image:
    """White where the page is dark (the icon's ink), black elsewhere."""
    return image.point(lambda value: 255 if value < 128 else 0)


def _boldness(image: Image.Image) -> float:
    """The share of the ink left after removing every part thinner than 0.6 mm (7 px at
    300 dpi, a morphological opening): near 1 for bold shapes, low for hairlines."""
    ink = _ink(image)
    opened = ink.filter(ImageFilter.MinFilter(7)).filter(ImageFilter.MaxFilter(7))
    return opened.histogram()[255] / ink.histogram()[255]


def _luminance(grey: int) -> float:
    channel = grey / 255
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _contrast(dark: int, light: int) -> float:
    """The WCAG contrast ratio between two greys."""
    return (_luminance(light) + 0.05) / (_luminance(dark) + 0.05)


def test_the_icon_files_and_the_names_agree():
    assert sorted(path.stem for path in icons_dir().glob("*.svg")) == sorted(ICON_NAMES)
    assert set(FIELD_ICONS.values()) <= set(ICON_NAMES)
    assert (icons_dir() / "README.md").is_file()


@pytest.mark.parametrize("name", ICON_NAMES)
def test_every_icon_is_black_on_transparent_with_no_text_or_images(name):
    root = etree.parse(str(icons_dir() / f"{name}.svg")).getroot()
    assert root.get("viewBox") == "0 0 48 48"
    for element in root.iter(etree.Element):
        assert etree.QName(element).localname not in ("text", "image", "use", "style",
                                                      "linearGradient", "radialGradient")
        for attribute in ("fill", "stroke"):
            assert element.get(attribute, "#000000") in ("#000000", "none")
    drawing = load_icon(name)
    assert isinstance(drawing, Drawing) and drawing.width == drawing.height > 0


@pytest.mark.parametrize("name", ICON_NAMES)
def test_every_icon_prints_bold_and_black_inside_its_box(name, tmp_path):
    image = _raster(_render([name]), tmp_path)
    left, top = X * PX, image.height - (Y + SIZE) * PX
    right, bottom = left + SIZE * PX, top + SIZE * PX
    ink_box = _ink(image).getbbox()
    assert ink_box is not None
    # Inside the box and clear of its edges: an icon that touched them would be clipped.
    assert ink_box[0] > left + 1 and ink_box[1] > top + 1
    assert ink_box[2] < right - 1 and ink_box[3] < bottom - 1
    # Big enough in its box to read at 10 mm.
    extent = max(ink_box[2] - ink_box[0], ink_box[3] - ink_box[1])
    assert extent > 0.7 * SIZE * PX
    assert _boldness(image) > 0.95
    histogram = image.histogram()
    dark = sum(histogram[:128])
    assert sum(histogram[:16]) > 0.85 * dark  # the ink is solid black, not grey
    assert histogram[255] > 0.9 * sum(histogram)
    assert _contrast(image.getextrema()[0], 255) > 20


def test_the_boldness_check_finds_a_hairline_icon(tmp_path):
    (tmp_path / "thin.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">'
        '<circle cx="24" cy="24" r="20" fill="none" stroke="#000000" stroke-width="1.5"/>'
        '</svg>', encoding="utf-8")
    image = _raster(_render(["thin"], directory=tmp_path), tmp_path)
    assert _boldness(image) < 0.5


@pytest.mark.parametrize("name", ICON_NAMES)
def test_the_background_shows_through_around_the_ink(name, tmp_path):
    image = _raster(_render([name], background=0.8), tmp_path)
    grey = round(0.8 * 255)
    box = image.crop((round(X * PX), round(image.height - (Y + SIZE) * PX),
                      round((X + SIZE) * PX), round(image.height - Y * PX)))
    histogram = box.histogram()
    assert histogram[255] == 0  # nothing white: the icon has no background of its own
    assert histogram[grey] > 0.3 * sum(histogram)


def _forms(pdf: bytes) -> set:
    forms = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        forms |= {xobjects.raw_get(name).idnum for name in xobjects}
    return forms


def test_each_icon_is_drawn_once_per_pdf_and_the_pdf_is_byte_identical():
    pdf = _render(ICON_NAMES, pages=200)
    assert len(_forms(pdf)) == len(ICON_NAMES)
    assert len(pdf) < 200 * 1000
    assert pdf == _render(ICON_NAMES, pages=200)


@pytest.mark.parametrize("content, problem", [
    (None, "is missing"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><path d="M0 0 L1',
     "is not well-formed SVG"),
    (b"\xff\xfe<svg", "is not well-formed SVG"),
    (b"<html><body/></html>", "is not an SVG drawing"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><circle cx="5" cy="5" r="4"/></svg>',
     "has no size"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"/>',
     "draws nothing"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">'
     b'<path d="garbage"/></svg>', "cannot be drawn"),
], ids=["missing", "truncated", "binary", "html", "no-size", "empty", "bad-path"])
def test_a_missing_or_broken_icon_is_a_resource_error_naming_the_file(tmp_path, content,
                                                                      problem):
    path = tmp_path / "when.svg"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ResourceError, match=problem) as caught:
        _render(["when"], directory=tmp_path)
    assert str(path) in str(caught.value)
    # A fixed file loads next time: the failure was not cached.
    path.write_bytes((icons_dir() / "when.svg").read_bytes())
    assert load_icon("when", tmp_path).width > 0
