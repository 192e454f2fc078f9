"""Easy-read pictograms for the card's fields (when, where, how often, next step, linker,
thank you), drawn from the SVG files in resources/cards/icons.

Each SVG is checked and turned into a reportlab Drawing once per process (`load_icon`), and
drawn once per PDF as a Form XObject that every card reuses (`IconForms.place`), so a sheet
of a thousand cards holds each icon once. Organisations may replace the files, so a missing
or broken one becomes a `ResourceError` that names the file.
"""

from functools import cache
import hashlib
import io
from pathlib import Path

from lxml import etree
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import svg2rlg

from desktop.cards.pdf_fonts import register_fonts
from desktop.core.errors import ResourceError
from desktop.core.resources import resources_dir

ICON_NAMES = ("when", "how-often", "where", "next-step", "linker", "thank-you")
# The card's field names (see offer_card.LABELS) and the icon each one gets.
FIELD_ICONS = {"when": "when", "how_often": "how-often", "where": "where",
               "next_step": "next-step", "linker": "linker", "thank_you": "thank-you"}
_SVG = "{http://www.w3.org/2000/svg}svg"


def icons_dir() -> Path:
    return resources_dir() / "cards" / "icons"


def _broken(path: Path, problem: str) -> ResourceError:
    return ResourceError(f"The card icon file {path} {problem} Reinstall Offerbook to get "
                         "the original icon back, or fix the file.")


@cache
def load_icon(name: str, directory: Path | None = None) -> Drawing:
    """The icon `name` (like "when") as a reportlab Drawing, its size the SVG's own. The
    Drawing is shared between callers: draw it, do not change it.

    Raises ResourceError naming the file when it is missing, is not well-formed SVG, has
    no size, or draws nothing. Failures are not cached, so a fixed file loads next time."""
    path = (directory or icons_dir()) / f"{name}.svg"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _broken(path, "is missing.") from None
    except OSError as exc:
        raise _broken(path, f"could not be read ({exc.strerror}).") from None
    # svglib parses in recover mode and would quietly draw half a broken file; a strict
    # parse first finds the mistake and says where it is. No entities, no network: an
    # icon file may come from anywhere.
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise _broken(path, f"is not well-formed SVG ({exc.msg}).") from None
    if root.tag != _SVG:
        raise _broken(path, "is not an SVG drawing (its outermost element is not <svg>).")
    try:
        drawing = svg2rlg(io.BytesIO(data), external_reference_root=str(path.parent))
    except Exception as exc:  # svglib raises all sorts (KeyError, ValueError) on bad paths
        raise _broken(path, f"has a shape that cannot be drawn ({type(exc).__name__}).") \
            from None
    if drawing is None or not drawing.width or not drawing.height:
        raise _broken(path, "has no size; give the <svg> element a viewBox, width and "
                      "height.")
    if not drawing.getContents() or drawing.getBounds() is None:
        raise _broken(path, "draws nothing.")
    # reportlab's renderer selects the drawing's initial font before anything else, and its
    # default is Helvetica, which is never embedded: a preflight check would refuse the PDF
    # over a font no glyph is shown in. Noto Sans is embedded in every card already.
    drawing.initialFontName, _ = register_fonts()
    return drawing


class IconForms:
    """Places icons on one canvas, each icon drawn once as a Form XObject.

    The form is named after the icon (and the folder, for a set other than the bundled
    one), so two `IconForms` on one canvas share it and the PDF is byte-identical for the
    same cards under `invariant=1`."""

    def __init__(self, canvas: Canvas, directory: Path | None = None):
        self.canvas = canvas
        self.directory = directory

    def form_name(self, name: str) -> str:
        if self.directory is None:
            return "OfferbookIcon-" + name
        # Another icon set on the same canvas must not reuse the bundled set's forms.
        digest = hashlib.sha256(str(self.directory).encode("utf-8")).hexdigest()[:8]
        return f"OfferbookIcon-{digest}-{name}"

    def place(self, name: str, x: float, y: float, size_pt: float) -> None:
        """Draw icon `name` in the square of side `size_pt` whose bottom-left corner is
        (x, y), scaled evenly and centred when the SVG is not square."""
        drawing = load_icon(name, self.directory)
        form = self.form_name(name)
        if not self.canvas.hasForm(form):
            self.canvas.beginForm(form, 0, 0, drawing.width, drawing.height)
            renderPDF.draw(drawing, self.canvas, 0, 0)
            self.canvas.endForm()
        scale = size_pt / max(drawing.width, drawing.height)
        self.canvas.saveState()
        self.canvas.translate(x + (size_pt - drawing.width * scale) / 2,
                              y + (size_pt - drawing.height * scale) / 2)
        self.canvas.scale(scale, scale)
        self.canvas.doForm(form)
        self.canvas.restoreState()
