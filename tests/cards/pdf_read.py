"""Reading printed documents back: page text, text by position, fonts and metadata (pypdf)."""

from dataclasses import dataclass
import io

from pypdf import PdfReader
from pypdf.generic import ContentStream


@dataclass(frozen=True)
class Chunk:
    x: float
    y: float
    size: float
    text: str


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def all_text(pdfs: list[bytes]) -> str:
    return "\n".join(text for pdf in pdfs for text in page_texts(pdf))


def chunks(pdf: bytes, pages: range) -> list[tuple[int, Chunk]]:
    """Every piece of text on `pages` with its page number, position and size (points)."""
    found: list[tuple[int, Chunk]] = []
    doc = reader(pdf)
    for number in pages:
        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                scale = cm[0] or 1
                found.append((number, Chunk(tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5],
                                            size * scale, text.strip())))
        doc.pages[number].extract_text(visitor_text=visit)
    return found


def column(found: list[tuple[int, Chunk]], x0: float, x1: float, below: float = 1e9,
           above: float = 0) -> str:
    """The text whose left edge lies between x0 and x1 (and under `below` on the first
    page, over `above` on every page), page by page and top to bottom, as one string with
    single spaces."""
    picked = [(page, -chunk.y, chunk.x, chunk.text) for page, chunk in found
              if x0 - 0.5 <= chunk.x < x1 - 0.5 and (page > 0 or chunk.y < below)
              and chunk.y > above]
    return " ".join(" ".join(text for *_, text in sorted(picked)).split())


def actual_texts(pdf: bytes) -> list[str]:
    """The ActualText of every marked-content span, in drawing order: the words of shaped
    runs in their reading order (what copying or a screen reader gets), which poppler's
    pdftotext re-reverses for right-to-left scripts."""
    found: list[str] = []
    for page in reader(pdf).pages:
        for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
            if operator == b"BDC" and isinstance(operands[1], dict) \
                    and "/ActualText" in operands[1]:
                found.append(str(operands[1]["/ActualText"]))
    return found
