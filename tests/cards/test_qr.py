"""The linker's QR code: the vCard it holds, read back from the printed pixels by a real
decoder, and drawn once per PDF however many cards carry it."""

import io
from pathlib import Path
import subprocess

from PIL import Image
from pypdf import PdfReader
import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
import zxingcpp

from desktop.cards.qr import (
    MIN_MODULE_PT,
    QUIET_ZONE,
    QrForms,
    contact_vcard,
    dark_runs,
    escape_text,
    make_code,
)
from desktop.core.models import Staff

A6 = (105 * mm, 148 * mm)
LINKER = Staff(id="s1", name="Priya Shah", work_phone="01632 960123",
               work_email="priya.shah@hillside.example")


def _pdf(placements, pagesize=A6, pages=1, background=None) -> bytes:
    """A PDF with the same `placements` ((data, x, y, size) in pt) on every page."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=pagesize, invariant=1)
    forms = QrForms(canvas)
    for _ in range(pages):
        if background is not None:
            canvas.setFillGray(background)
            canvas.rect(0, 0, *pagesize, stroke=0, fill=1)
        for data, x, y, size in placements:
            forms.place(data, x, y, size)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _raster(pdf: bytes, tmp_path: Path, dpi: int) -> Image.Image:
    source = tmp_path / "code.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", str(source),
                    str(tmp_path / "code")], check=True)
    with Image.open(tmp_path / "code.png") as image:
        return image.convert("L")


def _decode(image: Image.Image) -> list[zxingcpp.Barcode]:
    return [code for code in zxingcpp.read_barcodes(image)
            if code.format == zxingcpp.BarcodeFormat.QRCode]


def _unfold(vcard: str) -> list[str]:
    return vcard.replace("\r\n ", "").split("\r\n")


def test_the_vcard_holds_the_work_contact_only():
    vcard = contact_vcard(LINKER, "Hillside Linkers")
    assert vcard == ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Priya Shah;;;\r\nFN:Priya Shah\r\n"
                     "ORG:Hillside Linkers\r\nTEL;TYPE=WORK,VOICE:01632 960123\r\n"
                     "EMAIL;TYPE=INTERNET,WORK:priya.shah@hillside.example\r\nEND:VCARD\r\n")


def test_no_phone_and_no_email_means_no_code():
    assert contact_vcard(Staff(id="s2", name="Sam"), "Org") is None
    only_email = contact_vcard(Staff(id="s3", name="Sam", work_email="sam@example.org"), "")
    assert "TEL" not in only_email and "ORG" not in only_email


def test_text_values_are_escaped_as_rfc_6350_says():
    assert escape_text("Jones, Ap; back\\slash\nnext") == \
        "Jones\\, Ap\\; back\\\\slash\\nnext"
    assert escape_text("tab\there\x00") == "tab here"
    vcard = contact_vcard(Staff(id="s4", name="Ffion; Jones, Rhŵs", work_phone="1"),
                          "Cymru; Cyf, Ltd")
    lines = _unfold(vcard)
    assert "FN:Ffion\\; Jones\\, Rhŵs" in lines and "N:;Ffion\\; Jones\\, Rhŵs;;;" in lines
    assert "ORG:Cymru\\; Cyf\\, Ltd" in lines


def test_long_lines_fold_at_75_octets_without_splitting_a_character():
    email = "ŵ" * 40 + "@" + "a" * 60 + ".example"
    vcard = contact_vcard(Staff(id="s5", name="Ŵ" * 50, work_email=email), "Org")
    physical = vcard.split("\r\n")
    assert max(len(line.encode("utf-8")) for line in physical) <= 75
    assert any(line.startswith(" ") for line in physical)  # it did fold
    assert f"EMAIL;TYPE=INTERNET,WORK:{email}" in _unfold(vcard)
    assert f"FN:{'Ŵ' * 50}" in _unfold(vcard)


def test_runs_merge_each_row_and_cover_exactly_the_dark_modules():
    code = make_code(contact_vcard(LINKER, "Hillside Linkers"))
    rows = [list(row) for row in code.matrix_iter(border=QUIET_ZONE)]
    runs = dark_runs(code)
    drawn = [[0] * len(rows) for _ in rows]
    for x, y, length in runs:
        for column in range(x, x + length):
            assert drawn[len(rows) - 1 - y][column] == 0  # no module drawn twice
            drawn[len(rows) - 1 - y][column] = 1
    assert drawn == [[int(bool(module)) for module in row] for row in rows]
    ends = {(x + length, y) for x, y, length in runs}
    assert not any((x, y) in ends for x, y, _ in runs)  # no two runs touch: they were merged
    assert len(runs) < 0.6 * sum(map(sum, drawn))  # fewer shapes than dark modules


@pytest.mark.parametrize("linker, organisation", [
    (LINKER, "Hillside Linkers"),
    (Staff(id="s6", name="Gwenllian ap Rhŵs, Jones; Jr", work_phone="+44 29 2018 0123",
           work_email="gwenllian.aprhws@cyswllt-cymunedol.example"), "Cyswllt; Caerdydd, Cyf"),
    (Staff(id="s7", name="Zofia Nowak-Kowalska \\ Łódź", work_email="zofia@example.org"),
     "Linkers"),
], ids=["plain", "welsh-comma-semicolon", "backslash-only-email"])
def test_a_real_decoder_reads_the_printed_code_back(tmp_path, linker, organisation):
    vcard = contact_vcard(linker, organisation)
    pdf = _pdf([(vcard, 20 * mm, 60 * mm, 30 * mm)])
    decoded = _decode(_raster(pdf, tmp_path, 300))
    assert len(decoded) == 1
    assert decoded[0].bytes == vcard.encode("utf-8") and decoded[0].text == vcard


def test_the_smallest_allowed_code_still_reads_at_300_dpi(tmp_path):
    vcard = contact_vcard(Staff(id="s6", name="Gwenllian ap Rhŵs", work_phone="029 2018 0123",
                                work_email="gwenllian.aprhws@cyswllt.example"), "Cyswllt")
    canvas = Canvas(io.BytesIO())
    smallest = QrForms(canvas).min_size_pt(vcard)
    assert smallest == QrForms(canvas).modules(vcard) * MIN_MODULE_PT
    decoded = _decode(_raster(_pdf([(vcard, 20 * mm, 60 * mm, smallest)]), tmp_path, 300))
    assert [code.text for code in decoded] == [vcard]
    with pytest.raises(ValueError, match="needs at least"):
        QrForms(canvas).place(vcard, 0, 0, smallest * 0.9)


def test_the_code_is_black_on_white_inside_a_white_quiet_zone(tmp_path):
    vcard = contact_vcard(LINKER, "Hillside Linkers")
    x, y, size, dpi = 20 * mm, 60 * mm, 30 * mm, 300
    image = _raster(_pdf([(vcard, x, y, size)], background=0.8), tmp_path, dpi)
    px = dpi / 72
    left, top = round(x * px), round(image.height - (y + size) * px)
    side = round(size * px)
    module = side / QrForms(Canvas(io.BytesIO())).modules(vcard)
    quiet = round(QUIET_ZONE * module)
    box = image.crop((left + 2, top + 2, left + side - 2, top + side - 2))
    inner = (quiet - 4, quiet - 4, side - quiet, side - quiet)  # the code, give or take 2 px
    # Everything between the box edge and the code itself is paper white, on a grey page.
    mask = Image.new("L", box.size, 255)
    mask.paste(0, inner)
    assert Image.composite(box, Image.new("L", box.size, 255), mask).getextrema()[0] == 255
    assert box.crop(inner).getextrema() == (0, 255)  # the modules: pure black and white
    assert image.getpixel((left - 10, top - 10)) == round(0.8 * 255)


def _form_objects(pdf: bytes) -> set:
    """The Form XObjects the pages use, as (object number, generation) pairs."""
    forms = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for name in xobjects:
            ref = xobjects.raw_get(name)
            assert xobjects[name]["/Subtype"] == "/Form"
            forms.add((ref.idnum, ref.generation))
    return forms


def test_a_thousand_cards_with_the_same_code_hold_one_form():
    vcard = contact_vcard(LINKER, "Hillside Linkers")
    pdf = _pdf([(vcard, 10 * mm, 10 * mm, 25 * mm)], pages=1000)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1000
    assert len(_form_objects(pdf)) == 1
    # The modules are in the PDF once: the pages only say where to put the form.
    assert len(pdf) < 1000 * 700
    other = contact_vcard(Staff(id="s8", name="Sam Jones", work_phone="01632 960999"), "Org")
    two = _pdf([(vcard, 10 * mm, 10 * mm, 25 * mm), (other, 50 * mm, 10 * mm, 25 * mm),
                (vcard, 10 * mm, 60 * mm, 40 * mm)], pages=3)
    assert len(_form_objects(two)) == 2


def test_two_placers_on_one_canvas_share_the_form_and_output_is_byte_identical():
    vcard = contact_vcard(LINKER, "Hillside Linkers")

    def render() -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=A6, invariant=1)
        QrForms(canvas).place(vcard, 10 * mm, 10 * mm, 25 * mm)
        QrForms(canvas).place(vcard, 50 * mm, 50 * mm, 25 * mm)
        canvas.showPage()
        canvas.save()
        return out.getvalue()

    first = render()
    assert first == render()
    assert len(_form_objects(first)) == 1
