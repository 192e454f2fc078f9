"""The organisation's branding on cards: the colour, logo and QR settings kept in the vault,
checked as they are stored, and seen on cards made through `documents` (what `offerbook
cards` and the event pack use): the colour's pixels in a pdftoppm render, the logo once per
PDF, the QR code gone when it is switched off, and no text on the band or under the logo."""

from dataclasses import replace
from datetime import date
import io
from pathlib import Path
import subprocess

from PIL import Image
from pypdf import PdfReader
import pytest
from reportlab.lib.units import mm
import zxingcpp

from desktop.cards.content import OfferCardContent
from desktop.cards.offer_card import BAND, LOGO_GAP, layout_card, logo_side, render_cards
from desktop.cards.sheet import SHEETS
from desktop.core.errors import OfferbookError
from desktop.store import access, branding
from desktop.store.branding import BrandingError
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.cards import from_vault
from tests.cards.card_people import fill
from tests.conftest import FAST_KDF, PASSPHRASE, query

TODAY = date.today()
GREEN = "#1a7f5a"
GREEN_RGB = (0x1A, 0x7F, 0x5A)


def picture(kind: str = "PNG", size: tuple[int, int] = (300, 200), **save) -> bytes:
    """A made-up logo: a blue disc on red, as a PNG or JPEG file's bytes."""
    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((20, 20, 160), (size[0] // 4, size[1] // 4, size[0] * 3 // 4,
                                size[1] * 3 // 4))
    out = io.BytesIO()
    image.save(out, kind, **save)
    return out.getvalue()


def raster(pdf: bytes, tmp_path: Path, dpi: int = 72) -> Image.Image:
    source = tmp_path / "cards.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(source), str(tmp_path / "page")], check=True)
    with Image.open(tmp_path / "page.png") as image:
        return image.convert("RGB")


def images_in(pdf: bytes) -> int:
    reader = PdfReader(io.BytesIO(pdf))
    found = set()

    def walk(resources) -> None:
        for ref in (resources or {}).get("/XObject", {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                found.add(ref.idnum)
            elif xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))
    for page in reader.pages:
        walk(page.get("/Resources"))
    return len(found)


def _has_logo_blue(image: Image.Image) -> bool:
    return any(abs(r - 20) < 16 and abs(g - 20) < 16 and abs(b - 160) < 16
               for _, (r, g, b) in image.getcolors(1 << 20))


def qr_codes(image: Image.Image) -> list:
    return [code for code in zxingcpp.read_barcodes(image.convert("L"))
            if code.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    vault, _ = Vault.create(tmp_path_factory.mktemp("brand") / "vault", "Coordinator",
                            PASSPHRASE, organisation="Hillside Linkers", kdf=FAST_KDF)
    known = fill(vault, people=20, today=TODAY)
    yield vault, known
    vault.close()


@pytest.fixture
def plain(filled):
    """The filled vault with no branding set, and again none afterwards."""
    vault, known = filled
    yield vault, known
    branding.set_colour(vault, "")
    branding.remove_logo(vault)
    branding.set_qr_code(vault, True)


# ---- what may be stored ----------------------------------------------------------------------

@pytest.mark.parametrize("typed, stored", [("#1A7F5A", GREEN), ("1a7f5a", GREEN),
                                            ("#C03", "#cc0033"), (" #abc ", "#aabbcc"),
                                            ("", "")])
def test_colours_are_stored_as_six_lower_case_digits(typed, stored):
    assert branding.normalise_colour(typed) == stored


@pytest.mark.parametrize("typed", ["green", "#12345", "#1234567", "#ggg000", "rgb(1,2,3)",
                                   "#1a7f5a;", "##1a7f5a"])
def test_anything_but_a_hex_colour_is_refused_with_a_way_forward(typed):
    with pytest.raises(BrandingError) as caught:
        branding.normalise_colour(typed)
    assert "#1a7f5a" in caught.value.message and caught.value.field == "card_colour"


def test_a_logo_is_shrunk_and_saved_again_without_its_metadata():
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    exif[0x0112] = 6  # Orientation: turned on its side, as phones save photos
    photo = picture("JPEG", (2000, 1000), exif=exif.tobytes(), quality=95)
    stored = branding.prepare_logo(photo)
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        side = branding.LOGO_SIDE_PX
        assert image.size == (side // 2, side)  # turned upright, then shrunk
        assert not image.getexif()
    assert b"Camera maker" not in stored
    small = branding.prepare_logo(picture("PNG", (100, 60)))
    with Image.open(io.BytesIO(small)) as image:
        assert image.format == "PNG" and image.size == (100, 60)  # never enlarged


def test_a_photograph_is_made_smaller_until_it_fits_the_budget():
    noise = Image.effect_noise((800, 600), 90).convert("RGB")  # hard to compress, as photos
    for kind in ("PNG", "JPEG"):
        out = io.BytesIO()
        noise.save(out, kind)
        stored = branding.prepare_logo(out.getvalue())
        assert len(stored) <= branding.LOGO_BUDGET
        with Image.open(io.BytesIO(stored)) as image:
            assert image.format == kind
            assert branding.LOGO_MIN_SIDE_PX <= max(image.size) < branding.LOGO_SIDE_PX


def test_transparent_and_sixteen_bit_pngs_are_kept_printable():
    clear = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    clear.paste((0, 0, 255, 255), (16, 16, 48, 48))
    out = io.BytesIO()
    clear.save(out, "PNG")
    with Image.open(io.BytesIO(branding.prepare_logo(out.getvalue()))) as image:
        assert image.mode == "RGBA" and image.getpixel((0, 0))[3] == 0
    deep = Image.new("I;16", (40, 40), 30000)
    out = io.BytesIO()
    deep.save(out, "PNG")
    with Image.open(io.BytesIO(branding.prepare_logo(out.getvalue()))) as image:
        assert image.mode in ("L", "RGB", "RGBA", "LA", "P")


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"not a picture at all", "could not be read"),
    (picture("PNG")[:400], "could not be read"),  # cut off part-way: fails when decoded
    (picture("GIF"), "Only PNG and JPEG"),
    (picture("BMP"), "Only PNG and JPEG"),
])
def test_files_that_are_not_a_whole_png_or_jpeg_are_refused(data, words):
    with pytest.raises(BrandingError) as caught:
        branding.prepare_logo(data)
    assert words in caught.value.message and caught.value.field == "card_logo"


def test_a_logo_over_two_megabytes_is_refused_before_it_is_decoded(tmp_path):
    noise = Image.frombytes("RGB", (1100, 1100), bytes(range(256)) * (1100 * 1100 * 3 // 256)
                            + bytes(1100 * 1100 * 3 % 256))
    big = io.BytesIO()
    noise.save(big, "PNG", compress_level=0)
    assert len(big.getvalue()) > branding.MAX_LOGO_BYTES
    with pytest.raises(BrandingError, match="the most a logo can be is 2 MB"):
        branding.prepare_logo(big.getvalue())
    path = tmp_path / "huge.png"
    path.write_bytes(big.getvalue())
    with pytest.raises(BrandingError, match=r"That logo is 3\.\d MB"):
        branding.load_logo_file(path)
    with pytest.raises(BrandingError, match="could not be opened"):
        branding.load_logo_file(tmp_path / "gone.png")


def test_a_picture_with_too_many_pixels_is_refused_unread():
    # A small file that would decode to 64 megapixels: a decompression bomb.
    out = io.BytesIO()
    Image.new("1", (8000, 8000)).save(out, "PNG")
    assert len(out.getvalue()) < branding.MAX_LOGO_BYTES
    with pytest.raises(BrandingError, match="too many pixels"):
        branding.prepare_logo(out.getvalue())


def test_the_vault_keeps_the_picture_itself_never_the_path(vault, tmp_path):
    assert branding.read(vault) == branding.Branding()  # nothing set: no colour, no logo, QR
    path = tmp_path / "our-logo-on-the-shared-drive.png"
    path.write_bytes(picture("PNG"))
    stored = branding.set_logo_file(vault, path)
    assert branding.set_colour(vault, "#1A7F5A") == GREEN
    branding.set_qr_code(vault, False)
    path.unlink()  # the file can go: the vault has the picture
    brand = branding.read(vault)
    assert brand == branding.Branding(colour=GREEN, logo=stored, qr_code=False)
    rows = dict(query(vault, "SELECT key, value FROM vault_settings"))
    assert "our-logo" not in " ".join(rows.values()) and str(tmp_path) not in str(rows)
    actions = [row[0] for row in query(
        vault, "SELECT action FROM audit_log WHERE tbl = 'vault_settings'")]
    assert actions.count("setting") >= 3
    branding.remove_logo(vault)
    assert branding.read(vault).logo == b""


def test_a_damaged_setting_reads_as_not_set(vault):
    records = Records(vault)
    records.set_setting(branding.COLOUR_KEY, "not a colour")
    records.set_setting(branding.LOGO_KEY, "%%% not base64 %%%")
    assert branding.read(vault) == branding.Branding()
    records.set_setting(branding.LOGO_KEY, "aGVsbG8=")  # base64, but not a picture
    assert branding.read(vault).logo == b""


def test_only_a_coordinator_or_administrator_changes_the_branding(vault_dir, vault):
    access.add_staff(vault, "Lee Linker", "quiet harbour amber fox", role="linker",
                     kdf=FAST_KDF)
    vault.close()
    linker = Vault.unlock(vault_dir, "quiet harbour amber fox")
    try:
        assert not branding.can_change(linker)
        for change in (lambda: branding.set_colour(linker, GREEN),
                       lambda: branding.set_logo(linker, picture()),
                       lambda: branding.remove_logo(linker),
                       lambda: branding.set_qr_code(linker, False)):
            with pytest.raises(OfferbookError, match="Ask your coordinator"):
                change()
        assert branding.read(linker) == branding.Branding()
    finally:
        linker.close()


# ---- on the cards ----------------------------------------------------------------------------

def test_cards_from_the_vault_carry_the_colour_logo_and_qr_setting(plain, tmp_path):
    vault, known = plain
    before = from_vault.participant_cards(vault, known.perry, SHEETS["a6"], TODAY).pdf
    assert images_in(before) == 0 and qr_codes(raster(before, tmp_path, 150))

    branding.set_colour(vault, GREEN)
    branding.set_logo(vault, picture("PNG"))
    printed = from_vault.participant_cards(vault, known.perry, SHEETS["a6"], TODAY)
    page = raster(printed.pdf, tmp_path)
    pixels = page.load()
    band_rows = round(BAND / mm / 25.4 * 72)  # the band, in pixels at 72 dpi
    # The whole top band is the organisation's colour, and the colour is nowhere else.
    assert all(pixels[x, y] == GREEN_RGB for x in range(page.width) for y in range(band_rows - 1))
    assert all(pixels[x, y] != GREEN_RGB for x in range(page.width)
               for y in range(band_rows + 1, page.height))
    assert images_in(printed.pdf) == 1
    # The logo's blue is printed in the top right corner, inside the margin.
    assert _has_logo_blue(page.crop((page.width * 3 // 4, 0, page.width, page.height // 6)))
    assert not _has_logo_blue(page.crop((0, page.height // 6, page.width, page.height)))
    assert qr_codes(raster(printed.pdf, tmp_path, 150))  # still on, by default

    branding.set_qr_code(vault, False)
    without = from_vault.participant_cards(vault, known.perry, SHEETS["a6"], TODAY).pdf
    assert qr_codes(raster(without, tmp_path, 150)) == []
    assert b"OfferbookQR" not in without and b"OfferbookQR" in printed.pdf
    assert images_in(without) == 1  # the logo stays


def test_the_event_pack_is_branded_too_with_the_logo_stored_once(plain, tmp_path):
    vault, _ = plain
    branding.set_colour(vault, GREEN)
    branding.set_logo(vault, picture("JPEG"))
    branding.set_qr_code(vault, False)
    pack = from_vault.event_pack(vault, None, SHEETS["a6x4"], TODAY)
    assert pack.cards > 4
    assert images_in(pack.pdf) == 1  # one logo image, however many cards show it
    assert b"OfferbookQR" not in pack.pdf
    reader = PdfReader(io.BytesIO(pack.pdf))
    card_pages = [number for number, page in enumerate(reader.pages)
                  if "/XObject" in (page.get("/Resources") or {})]
    assert card_pages  # the cards come after the list
    source = tmp_path / "pack.pdf"
    source.write_bytes(pack.pdf)
    first = card_pages[0] + 1
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(first), "-l", str(first),
                    "-singlefile", str(source), str(tmp_path / "sheet")], check=True)
    with Image.open(tmp_path / "sheet.png") as sheet:
        colours = {colour for _, colour in sheet.convert("RGB").getcolors(1 << 20)}
    assert GREEN_RGB in colours


def _content(**changes) -> OfferCardContent:
    values = dict(first_name="Siân", offer_words="I can fix bikes and teach people how",
                  when="Saturday mornings", where="Hillside Library", how_often="Weekly",
                  next_step="We will ring you", linker_name="Priya Shah",
                  linker_contact="01632\u00a0960123", organisation="Hillside Linkers",
                  thank_you="Thank you", colour=GREEN, logo=picture("PNG"),
                  qr="BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Priya Shah\r\nEND:VCARD\r\n")
    return OfferCardContent(**{**values, **changes})


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("sheet", ["a6", "credit-card-x10"])
@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("organisation", ["Hillside", "Hillside Community Linkers Association "
                                          "of the Greater Riverside Area"])
def test_no_text_sits_on_the_colour_band_or_under_the_logo(language, sheet, large_print,
                                                           organisation):
    spec = SHEETS[sheet]
    w, h = spec.card_w_mm * mm, spec.card_h_mm * mm
    pad = max(4 * mm, 0.06 * min(w, h))
    side = logo_side(w, h)
    content = _content(language=language, organisation=organisation)
    layout = layout_card(content, w, h, large_print)
    left = pad if language == "ar" else w - pad - side
    logo = (left - LOGO_GAP / 2, h - pad - side, left + side + LOGO_GAP / 2, h - pad)
    assert layout.lines
    for line in layout.lines:
        top, bottom = line.y + line.line.ascent, line.y - line.line.descent
        assert top <= h - BAND - 1  # text keeps its black on white: 21:1, whatever the colour
        overlaps = (line.left < logo[2] and line.left + line.width > logo[0]
                    and bottom < logo[3] and top > logo[1])
        assert not overlaps, (line.text, line.field)
    for _x1, y1, _x2, _y2 in layout.rules:  # the rule under the organisation passes below it
        assert not (y1 > logo[1] and y1 < logo[3])
    # The first block (the organisation, or on a small card that moved it to the back, the
    # name) wraps beside the logo; without a logo the text takes the whole width again.
    first = max(layout.lines, key=lambda line: line.y)
    assert first.box_width == pytest.approx(w - 2 * pad - side - LOGO_GAP)
    bare = layout_card(replace(content, logo=b""), w, h, large_print)
    assert max(bare.lines, key=lambda line: line.y).box_width == pytest.approx(w - 2 * pad)


def test_the_logo_is_placed_once_per_pdf_as_a_form(tmp_path):
    contents = [_content(first_name=name) for name in ("Ann", "Bob", "Cai", "Dee")] * 5
    pdf = render_cards(contents, SHEETS["a6x4"])
    assert images_in(pdf) == 1
    assert len(pdf) < 20 * 30 * 1024
    # The same cards give the same bytes (the form is named from the picture).
    assert render_cards(contents, SHEETS["a6x4"]) == pdf
