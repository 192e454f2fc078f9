"""Canonical documents print byte for byte as stored in tests/cards/regression/.

Any change to how a card or a summary is drawn (a moved line, another font size, a different
subset, a reportlab, HarfBuzz or font upgrade) changes the bytes. When that is intended, look at
the new pages and rewrite the stored copies with `.venv/bin/python -m tests.cards.regression`;
the inputs they are made from are fixed in tests/cards/regression/__init__.py.

The documents are made by a new interpreter, not by the test process, so that what this test
run printed before cannot hide a difference; the last test checks that it would not matter:
the glyphs HarfBuzz makes (Bengali conjuncts, Nastaliq forms) are written under private-use
code points fixed per font (`pdf_fonts._number_unmapped_glyphs`), not numbered in the order a
process first meets them as reportlab would.
"""

import io
import os
from pathlib import Path
import subprocess
import sys

from pypdf import PdfReader
import pytest

from tests.cards.regression import DOCUMENTS, FOLDER

REPOSITORY = Path(__file__).resolve().parents[2]


def _make_fresh(folder: Path, seed: str) -> Path:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "tests.cards.regression", "--out", str(folder)],
                   cwd=REPOSITORY, env=environment, check=True, capture_output=True)
    return folder


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """The canonical documents as a new interpreter prints them."""
    return _make_fresh(tmp_path_factory.mktemp("regression"), "0")


def _texts(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(pdf)).pages]


def _explain(name: str, stored: bytes, made: bytes, made_path: Path) -> str:
    old, new = _texts(stored), _texts(made)
    if len(old) != len(new):
        what = f"it has {len(new)} pages where the stored one has {len(old)}"
    elif old != new:
        page = next(n for n, (a, b) in enumerate(zip(old, new)) if a != b) + 1
        what = f"its text differs from page {page} on"
    else:
        what = "its text is the same, so something is drawn differently (places, sizes, fonts)"
    stored_path = FOLDER / name
    return (f"{name} no longer prints as stored: {what}.\n"
            f"  stored: {stored_path}\n  new:    {made_path}\n"
            f"Look at both, e.g. `pdftoppm -r 100 -png {stored_path} /tmp/old` and "
            f"`pdftoppm -r 100 -png {made_path} /tmp/new`. If the change is intended, rewrite "
            "the stored PDFs with `.venv/bin/python -m tests.cards.regression`, look at them, "
            "and commit them.")


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_document_prints_byte_for_byte_as_stored(name, fresh):
    stored = (FOLDER / name).read_bytes()
    made = (fresh / name).read_bytes()
    if made != stored:
        pytest.fail(_explain(name, stored, made, fresh / name), pytrace=False)


def test_every_stored_pdf_is_a_canonical_document():
    assert {path.name for path in FOLDER.glob("*.pdf")} == set(DOCUMENTS)


def test_other_string_hashing_prints_the_same_bytes(tmp_path):
    """Nothing in the output depends on set or dict order under string hashing, or on the
    time: another interpreter with another hash seed writes the same files."""
    other = _make_fresh(tmp_path, "4242")
    for name in DOCUMENTS:
        assert (other / name).read_bytes() == (FOLDER / name).read_bytes(), name


# The GUI prints many documents in one session; the CLI one per process. Both must write the
# same bytes for the same card: reportlab, left to itself, numbered shaped glyphs in the order
# the process first met them, and those numbers went into the PDF's subsets and ToUnicode maps.
def test_what_the_process_printed_before_does_not_change_the_bytes(tmp_path):
    script = ("import sys\n"
              "from pathlib import Path\n"
              "from desktop.cards.offer_card import render_cards\n"
              "from desktop.cards.sheet import SHEETS\n"
              "from tests.cards import regression\n"
              "from tests.cards.test_pixels import card\n"
              "render_cards([card('bengali'), card('urdu')], SHEETS['a6'])\n"
              "regression.write_all(Path(sys.argv[1]))\n")
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=REPOSITORY, check=True,
                   capture_output=True)
    for name in ("bn-easy-read-a6x4.pdf", "ur-summary.pdf"):
        assert (tmp_path / name).read_bytes() == (FOLDER / name).read_bytes(), name
