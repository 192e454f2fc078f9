"""Canonical documents print byte for byte as stored in tests/cards/regression/.

Any change to how a card or a summary is drawn (a moved line, another font size, a different
subset, a reportlab, HarfBuzz or font upgrade) changes the bytes. When that is intended, look at
the new pages and rewrite the stored copies with `.venv/bin/python -m tests.cards.regression`;
the inputs they are made from are fixed in tests/cards/regression/__init__.py.
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


def _texts(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(pdf)).pages]


def _explain(name: str, stored: bytes, made: bytes, fresh: Path) -> str:
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
            f"  stored: {stored_path}\n  new:    {fresh}\n"
            f"Look at both, e.g. `pdftoppm -r 100 -png {stored_path} /tmp/old` and "
            f"`pdftoppm -r 100 -png {fresh} /tmp/new`. If the change is intended, rewrite the "
            "stored PDFs with `.venv/bin/python -m tests.cards.regression`, look at them, and "
            "commit them.")


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_document_prints_byte_for_byte_as_stored(name, tmp_path):
    stored = (FOLDER / name).read_bytes()
    made = DOCUMENTS[name]()
    if made != stored:
        fresh = tmp_path / name
        fresh.write_bytes(made)
        pytest.fail(_explain(name, stored, made, fresh), pytrace=False)


def test_every_stored_pdf_is_a_canonical_document():
    assert {path.name for path in FOLDER.glob("*.pdf")} == set(DOCUMENTS)


@pytest.mark.parametrize("seed", ["0", "4242"])
def test_a_fresh_process_with_other_hashing_prints_the_same_bytes(seed, tmp_path):
    """Nothing in the output depends on set or dict order under string hashing, on caches
    warmed by earlier tests or on the time: a new interpreter writes the same files."""
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "tests.cards.regression", "--out", str(tmp_path)],
                   cwd=REPOSITORY, env=environment, check=True, capture_output=True)
    for name in DOCUMENTS:
        assert (tmp_path / name).read_bytes() == (FOLDER / name).read_bytes(), name
