"""The QR code on a card: the linker's work contact as a vCard, drawn once per PDF.

Only the linker's *work* details go in (name, organisation, work phone, work email), never
anything about the participant: a QR code is easy to photograph and nobody reads it by eye.

A card sheet prints the same linker's code on most cards, and drawing ~2,000 small squares
per card, a thousand times, is what made big runs slow and big. So each distinct code is
drawn once per PDF as a Form XObject and every card just says "draw that form here"
(`QrForms.place`). The dark modules of a row are merged into one rectangle per run, and all
runs are one path filled once, so viewers draw no hairline seams between neighbouring
modules.
"""

from functools import lru_cache
import hashlib

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
import segno

from desktop.cards.vcard import contact_vcard, escape_text  # noqa: F401  (re-exported)

QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks for
# Below about a third of a millimetre per module phone cameras start to fail on print.
MIN_MODULE_PT = 0.33 * mm


def make_code(data: str) -> segno.QRCode:
    """A full-size QR code (never a Micro QR, which phone cameras do not read) holding
    `data` as UTF-8 bytes. UTF-8 throughout, even when Latin-1 would do, because phone
    readers assume UTF-8 for byte-mode text; level M survives a crease or a smudge."""
    return segno.make_qr(data, error="m", encoding="utf-8")


def dark_runs(code: segno.QRCode) -> list[tuple[int, int, int]]:
    """(x, y, length) of every horizontal run of dark modules, in module units with the
    quiet zone included and y counted up from the bottom as PDF does."""
    rows = list(code.matrix_iter(border=QUIET_ZONE))
    runs = []
    for row_number, row in enumerate(rows):
        y = len(rows) - 1 - row_number
        start = None
        for x, dark in enumerate((*row, 0)):
            if dark and start is None:
                start = x
            elif not dark and start is not None:
                runs.append((start, y, x - start))
                start = None
    return runs


@lru_cache(maxsize=64)
def _matrix(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The side in modules (quiet zone included) and the dark runs of the code for `data`.

    Kept per process: making a code takes about 12 ms (segno scores all eight masks), and
    the live preview, a person's cards and a batch ask for the same linker's code again and
    again."""
    code = make_code(data)
    side = int(code.symbol_size(border=QUIET_ZONE)[0])  # whole at scale 1; typed for any scale
    return side, tuple(dark_runs(code))


class QrForms:
    """Places QR codes on one canvas, drawing each distinct code once as a Form XObject.

    The form's name comes from a hash of the data, so the same data always makes the same
    form (byte-identical PDFs with `invariant=1`) and two `QrForms` on one canvas share it.
    """

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self._modules: dict[str, int] = {}  # form name -> side in modules, quiet zone included

    @staticmethod
    def form_name(data: str) -> str:
        return "OfferbookQR" + hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]

    def modules(self, data: str) -> int:
        """The side of the code in modules, quiet zone included: a layout divides its room
        by this to see whether the modules come out big enough (`MIN_MODULE_PT`)."""
        name = self.form_name(data)
        if name not in self._modules:
            self._modules[name] = _matrix(data)[0]
        return self._modules[name]

    def min_size_pt(self, data: str) -> float:
        """The least side, in points, at which this code still scans reliably."""
        return self.modules(data) * MIN_MODULE_PT

    def place(self, data: str, x: float, y: float, size_pt: float) -> None:
        """Draw the code for `data` with its bottom-left corner at (x, y), `size_pt` wide and
        high including the white quiet zone. Raises ValueError when that is too small to
        scan, which is a layout mistake to fix, not something to print."""
        if size_pt < self.min_size_pt(data):
            raise ValueError(f"A QR code of {self.modules(data)} modules needs at least "
                             f"{self.min_size_pt(data):.1f} pt; {size_pt:.1f} pt were given.")
        name = self.form_name(data)
        if not self.canvas.hasForm(name):
            self._define(name, data)
        side = self.modules(data)
        self.canvas.saveState()
        self.canvas.translate(x, y)
        self.canvas.scale(size_pt / side, size_pt / side)
        self.canvas.doForm(name)
        self.canvas.restoreState()

    def _define(self, name: str, data: str) -> None:
        side, runs = _matrix(data)
        canvas = self.canvas
        canvas.beginForm(name, 0, 0, side, side)
        # White under the whole code, quiet zone too, so it scans on any card colour.
        canvas.setFillGray(1)
        canvas.rect(0, 0, side, side, stroke=0, fill=1)
        canvas.setFillGray(0)
        path = canvas.beginPath()
        for run_x, run_y, length in runs:
            path.rect(run_x, run_y, length, 1)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.endForm()
