"""The recovery sheet: a real PDF whose text holds the key exactly, and nothing else secret."""

from datetime import date
import io

from pypdf import PdfReader

from desktop.cards.recovery_sheet import recovery_sheet_pdf
from desktop.store.keyslots import new_recovery_key, parse_recovery_key


def test_the_sheet_holds_the_key_and_the_key_typed_from_it_parses(tmp_path):
    key = new_recovery_key()
    pdf = recovery_sheet_pdf(key, "Hillside Linkers", "01a2016c-ae94-740e", date(2026, 11, 22))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "Offerbook recovery sheet"
    text = reader.pages[0].extract_text()
    assert "Hillside Linkers" in text and "2026-11-22" in text
    key_lines = [line for line in text.splitlines() if line.count("  ") >= 1 and
                 all(part.isalnum() for part in line.split())]
    typed = " ".join(key_lines)
    assert parse_recovery_key(typed) == parse_recovery_key(key)


def test_the_same_input_gives_the_same_bytes():
    key = new_recovery_key()
    one = recovery_sheet_pdf(key, "Org", "vault", date(2026, 1, 1))
    two = recovery_sheet_pdf(key, "Org", "vault", date(2026, 1, 1))
    assert one == two and one.startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(one)).pages) == 1
