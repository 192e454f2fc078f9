"""The organisation's look on its cards, kept in the vault: a colour, a logo, and whether a
card carries the linker's QR code.

These are organisation-wide (every computer that opens the vault prints the same cards), so
they live in `vault_settings` beside the organisation's name, never in a computer's own
settings. The logo is stored *in* the vault as the picture itself (base64 in the settings
row), never as a path to a file outside it: a path would not travel with the vault, and the
file behind it could change or vanish.

Where the colour goes: `offer_card._draw_brand` paints it as a thin band along the card's
top edge, inside the margin that no text enters (the band is 2.5 mm, text starts at least
4 mm down). Text never sits on it, so any colour keeps the card's black-on-white 21:1
contrast, and no colour has to be refused for contrast; tests check the band stays clear.

Only coordinators and administrators change these: they speak for the organisation on paper
that participants take home.
"""

import base64
import binascii
import io
import math
import os
from pathlib import Path
import re
import warnings
import zlib

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop.core import models
from desktop.core.errors import NotFound, OfferbookError, ValidationError
from desktop.core.printing import Branding
from desktop.store.records import Records
from desktop.store.vault import Vault

COLOUR_KEY = "card_colour"
LOGO_KEY = "card_logo"
QR_KEY = "card_qr_code"
MAX_LOGO_BYTES = 2 * 1024 * 1024  # the file as chosen
MAX_LOGO_PIXELS = 40_000_000  # width × height before decoding: refuses decompression bombs
# Kept at most this many pixels across: about 760 dpi at the 12 mm a card prints it, more
# than a laser printer's 600 dpi.
LOGO_SIDE_PX = 360
# And at most about this many bytes inside a PDF: the logo goes into every PDF (once), and a
# one-card PDF is otherwise about 30 KB. A photograph is made smaller until it fits; a drawn
# logo of flat colours is well below it already.
LOGO_BUDGET = 16 * 1024
LOGO_MIN_SIDE_PX = 96  # about 200 dpi at 12 mm: never shrunk below this
LOGO_FORMATS = ("PNG", "JPEG")
EDITOR_ROLES = ("coordinator", "administrator")

_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


class BrandingError(ValidationError):
    """A colour or logo that cannot be used; the message says what to do instead."""


def normalise_colour(text: str) -> str:
    """"#rrggbb" in lower case from "#rgb", "#rrggbb" or the same without "#"; "" stays "".
    Anything else raises BrandingError."""
    text = text.strip()
    if not text:
        return ""
    match = _HEX.fullmatch(text)
    if match is None:
        raise BrandingError("Type the card colour as # and six hexadecimal digits, for "
                            "example #1a7f5a, or choose it with the colour button.",
                            COLOUR_KEY)
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return "#" + digits


def prepare_logo(data: bytes) -> bytes:
    """The logo as it is stored: checked to be a PNG or JPEG of at most 2 MB that decodes,
    turned upright, shrunk to `LOGO_SIDE_PX` and saved again (which also drops its metadata,
    such as where a photo was taken). Raises BrandingError saying what to choose instead."""
    if not data:
        raise BrandingError("That file is empty. Choose the logo as a PNG or JPEG picture.",
                            LOGO_KEY)
    if len(data) > MAX_LOGO_BYTES:
        raise BrandingError(_too_big(len(data)), LOGO_KEY)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = image.format
                if kind not in LOGO_FORMATS:
                    raise BrandingError(_not_png_or_jpeg(), LOGO_KEY)
                if image.width * image.height > MAX_LOGO_PIXELS:
                    raise BrandingError(
                        "That logo has too many pixels to print. Save a smaller copy (a few "
                        "hundred pixels across is plenty) and choose that.", LOGO_KEY)
                image.load()  # decodes every pixel: a truncated or damaged file fails here
                picture = ImageOps.exif_transpose(image)
    except BrandingError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError,
            Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise BrandingError("That file could not be read as a picture. Choose the logo as a "
                            "PNG or JPEG file; if it opens elsewhere, save it again as PNG.",
                            LOGO_KEY) from None
    if kind == "JPEG":
        picture = picture.convert("RGB")
    elif picture.mode in ("LA", "PA") or "transparency" in picture.info:
        picture = picture.convert("RGBA")
    elif picture.mode not in ("1", "L", "P", "RGB", "RGBA"):
        picture = picture.convert("RGB")  # 16-bit or CMYK PNGs: a mode every PDF takes
    side = LOGO_SIDE_PX
    while True:
        small = picture.copy()
        # Area averaging: no ringing round sharp edges, so flat colours stay flat and the
        # picture takes a third of the room LANCZOS leaves it in a PDF.
        small.thumbnail((side, side), Image.Resampling.BOX)
        if small.mode == "RGBA":
            small = _white_where_clear(small)
        out = io.BytesIO()
        if kind == "JPEG":
            small.save(out, "JPEG", quality=85, optimize=True)
        else:
            small.save(out, "PNG", optimize=True)
        if _pdf_bytes(small, out.getvalue(), kind) <= LOGO_BUDGET or side <= LOGO_MIN_SIDE_PX:
            return out.getvalue()
        side = max(LOGO_MIN_SIDE_PX, int(side * 0.8))


def _white_where_clear(picture: Image.Image) -> Image.Image:
    """The same picture with white under every fully transparent pixel. What lies under them
    is never seen, but resampling leaves it speckled, and a PDF stores it: uniform, it takes
    a fraction of the room."""
    alpha = picture.getchannel("A")
    shown = alpha.point(lambda value: 255 if value else 0)
    white = Image.new("RGBA", picture.size, (255, 255, 255, 0))
    return Image.composite(picture, white, shown)


def _pdf_bytes(picture: Image.Image, encoded: bytes, kind: str) -> int:
    """About what the logo takes in a PDF: reportlab passes a JPEG through as it is, and
    stores any other picture's colours and transparency each deflated (then, both, in
    ASCII85, a quarter more)."""
    if kind == "JPEG":
        return len(encoded) * 5 // 4
    colours = len(zlib.compress(picture.convert("RGB").tobytes()))
    clear = len(zlib.compress(picture.getchannel("A").tobytes())) if picture.mode == "RGBA" \
        else 0
    return (colours + clear) * 5 // 4


def _too_big(size: int) -> str:
    shown = math.ceil(size * 10 / 1024 / 1024) / 10  # rounded up: 2 MB and a byte is "2.1"
    return (f"That logo is {shown:.1f} MB; the most a logo can be is 2 MB. Save "
            "a smaller copy (a few hundred pixels across is plenty) and choose that.")


def _not_png_or_jpeg() -> str:
    return "Only PNG and JPEG pictures can be used as the logo. Save it as PNG and choose that."


# ---- reading -------------------------------------------------------------------------------

def read(vault: Vault) -> Branding:
    """The vault's branding. A stored value that is no longer valid counts as not set, so a
    damaged setting never stops a card from printing."""
    records = Records(vault)
    try:
        colour = normalise_colour(str(records.setting(COLOUR_KEY, "") or ""))
    except BrandingError:
        colour = ""
    try:
        logo = base64.b64decode(str(records.setting(LOGO_KEY, "") or ""), validate=True)
    except (binascii.Error, ValueError):
        logo = b""
    if logo[:8] != b"\x89PNG\r\n\x1a\n" and logo[:3] != b"\xff\xd8\xff":
        logo = b""
    return Branding(colour=colour, logo=logo,
                    qr_code=records.setting(QR_KEY, True) is not False)


def can_change(vault: Vault) -> bool:
    """Whether the staff member who unlocked the vault may change the branding."""
    try:
        staff = Records(vault).get(models.Staff, vault.staff_id or "")
    except NotFound:
        return False
    return staff.role in EDITOR_ROLES


# ---- writing -------------------------------------------------------------------------------

def _check_may_change(vault: Vault) -> None:
    if not can_change(vault):
        raise OfferbookError("Only a coordinator can change how the organisation's cards "
                             "look. Ask your coordinator to do it.")


def set_colour(vault: Vault, colour: str) -> str:
    """Store the card colour ("" removes it); returns it as stored ("#rrggbb")."""
    _check_may_change(vault)
    colour = normalise_colour(colour)
    Records(vault).set_setting(COLOUR_KEY, colour)
    return colour


def set_logo(vault: Vault, data: bytes) -> bytes:
    """Check, shrink and store the logo; returns the bytes as stored."""
    _check_may_change(vault)
    logo = prepare_logo(data)
    Records(vault).set_setting(LOGO_KEY, base64.b64encode(logo).decode("ascii"))
    return logo


def set_logo_file(vault: Vault, path: str | Path) -> bytes:
    """Read the chosen file and store it as the logo. Only the picture goes into the vault;
    the path is not kept."""
    _check_may_change(vault)
    return set_logo(vault, load_logo_file(path))


def load_logo_file(path: str | Path) -> bytes:
    """The picture in the chosen file, checked and shrunk as `prepare_logo` does (no vault
    needed: the GUI runs this off its thread). Reads no more than 2 MB of it."""
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_LOGO_BYTES:
                raise BrandingError(_too_big(size), LOGO_KEY)
            data = file.read(MAX_LOGO_BYTES + 1)  # never more, even if it grew meanwhile
    except OSError:
        raise BrandingError("That file could not be opened. Check it is still there and that "
                            "you may read it, then choose it again.", LOGO_KEY) from None
    return prepare_logo(data)


def remove_logo(vault: Vault) -> None:
    _check_may_change(vault)
    Records(vault).set_setting(LOGO_KEY, "")


def set_qr_code(vault: Vault, on: bool) -> None:
    _check_may_change(vault)
    Records(vault).set_setting(QR_KEY, bool(on))
