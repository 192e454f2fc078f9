"""Sheet geometry: how many cards sit on a page, where, and whether crop marks are wanted.

Kept apart from drawing one card (`offer_card.py`) so the same card can be laid out singly,
four to an A4 sheet or ten to a sheet of credit-card size. Everything here is millimetres and
plain data; nothing draws. The grid of cells is centred on the page; `margin_mm` is the least
room it must leave at every edge.
"""

from dataclasses import dataclass

A4_MM = (210.0, 297.0)
A6_MM = (105.0, 148.0)
CREDIT_CARD_MM = (85.6, 54.0)  # ISO/IEC 7810 ID-1


@dataclass(frozen=True)
class SheetSpec:
    """One way of putting cards on paper, checked when it is made."""

    name: str
    page_w_mm: float
    page_h_mm: float
    card_w_mm: float
    card_h_mm: float
    columns: int
    rows: int
    gutter_mm: float = 0.0
    margin_mm: float = 0.0
    crop_marks: bool = False

    def __post_init__(self) -> None:
        for label, value in (("page width", self.page_w_mm), ("page height", self.page_h_mm),
                             ("card width", self.card_w_mm), ("card height", self.card_h_mm)):
            if not value > 0:
                raise ValueError(f"Sheet {self.name!r}: the {label} must be more than 0 mm.")
        if self.columns < 1 or self.rows < 1:
            raise ValueError(f"Sheet {self.name!r}: it needs at least one column and one row.")
        if self.gutter_mm < 0 or self.margin_mm < 0:
            raise ValueError(f"Sheet {self.name!r}: the gutter and margin cannot be negative.")
        grid_w, grid_h = self.grid_size_mm
        if grid_w + 2 * self.margin_mm > self.page_w_mm + 1e-9:
            raise ValueError(
                f"Sheet {self.name!r}: {self.columns} cards of {self.card_w_mm:g} mm with their "
                f"gutters and margins need {grid_w + 2 * self.margin_mm:g} mm, but the page is "
                f"only {self.page_w_mm:g} mm wide.")
        if grid_h + 2 * self.margin_mm > self.page_h_mm + 1e-9:
            raise ValueError(
                f"Sheet {self.name!r}: {self.rows} cards of {self.card_h_mm:g} mm with their "
                f"gutters and margins need {grid_h + 2 * self.margin_mm:g} mm, but the page is "
                f"only {self.page_h_mm:g} mm high.")

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def grid_size_mm(self) -> tuple[float, float]:
        """The width and height of all the cells and the gutters between them."""
        return (self.columns * self.card_w_mm + (self.columns - 1) * self.gutter_mm,
                self.rows * self.card_h_mm + (self.rows - 1) * self.gutter_mm)


SHEETS: dict[str, SheetSpec] = {
    "a6": SheetSpec("a6", *A6_MM, *A6_MM, columns=1, rows=1),
    # Four A6 fill A4 edge to edge, so the cuts are the page's centre lines.
    "a6x4": SheetSpec("a6x4", *A4_MM, *A6_MM, columns=2, rows=2, crop_marks=True),
    "credit-card-x10": SheetSpec("credit-card-x10", *A4_MM, *CREDIT_CARD_MM, columns=2, rows=5,
                                 gutter_mm=4.0, margin_mm=5.0, crop_marks=True),
}


def cells(spec: SheetSpec) -> list[tuple[float, float]]:
    """The bottom-left corner (x, y in mm, origin at the page's bottom left) of every card
    cell, in reading order: left to right along the top row, then the rows below."""
    grid_w, grid_h = spec.grid_size_mm
    left = (spec.page_w_mm - grid_w) / 2
    top = (spec.page_h_mm + grid_h) / 2
    return [(left + column * (spec.card_w_mm + spec.gutter_mm),
             top - (row + 1) * spec.card_h_mm - row * spec.gutter_mm)
            for row in range(spec.rows) for column in range(spec.columns)]


def crop_marks(spec: SheetSpec, length_mm: float = 5.0,
               offset_mm: float = 1.0) -> list[tuple[float, float, float, float]]:
    """Short lines (x1, y1, x2, y2 in mm) continuing each card's edges past its corners.

    Every mark lies on the line of a cut, so where cards touch (no gutter) a mark that runs
    over a neighbour runs along that neighbour's own cut and is trimmed away with it. Marks
    are clipped to the page."""
    if not spec.crop_marks:
        return []
    marks = set()
    for x, y in cells(spec):
        right, top = x + spec.card_w_mm, y + spec.card_h_mm
        for cx, cy in ((x, y), (right, y), (x, top), (right, top)):
            dx = -1 if cx == x else 1
            dy = -1 if cy == y else 1
            marks.add((cx + dx * offset_mm, cy, cx + dx * (offset_mm + length_mm), cy))
            marks.add((cx, cy + dy * offset_mm, cx, cy + dy * (offset_mm + length_mm)))
    clipped = []
    for x1, y1, x2, y2 in sorted(marks):
        x1, x2 = (min(max(v, 0.0), spec.page_w_mm) for v in (x1, x2))
        y1, y2 = (min(max(v, 0.0), spec.page_h_mm) for v in (y1, y2))
        if (x1, y1) != (x2, y2):
            clipped.append((x1, y1, x2, y2))
    return clipped
