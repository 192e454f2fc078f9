"""The recovery sheet: the vault's recovery key on paper, for the coordinator's safe.

Printed once, when the vault is made (or its recovery key replaced). It says what the key is
for, how to use it and how to keep it; it holds no participant data. Courier is one of the
PDF standard fonts, so the key's characters need no embedded font to print exactly.
"""

from datetime import date
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas


def recovery_sheet_pdf(recovery_key: str, organisation: str, vault_id: str,
                       made_on: date) -> bytes:
    """The sheet as PDF bytes (reportlab's invariant mode: the same input, the same bytes)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle("Offerbook recovery sheet")
    canvas.setAuthor(organisation or "Offerbook")
    width, height = A4
    left, y = 20 * mm, height - 28 * mm

    def line(text: str, font: str = "Helvetica", size: float = 12, gap: float = 7) -> None:
        nonlocal y
        canvas.setFont(font, size)
        canvas.drawString(left, y, text)
        y -= gap * mm

    line("Offerbook recovery sheet", "Helvetica-Bold", 24, 12)
    line(f"Organisation: {organisation or '—'}")
    line(f"Vault: {vault_id[:8]}    Made on: {made_on.isoformat()}", gap=12)
    line("Recovery key", "Helvetica-Bold", 14, 9)
    groups = recovery_key.split("-")
    for start in range(0, len(groups), 4):
        line("  ".join(groups[start:start + 4]), "Courier-Bold", 20, 11)
    y -= 4 * mm
    for text in (
        "This key opens the vault if every staff passphrase is forgotten or lost.",
        "Type it on the unlock screen instead of a passphrase (dashes and case do not matter).",
        "Whoever has this sheet can read everything in the vault: keep it in the office safe,",
        "never in the laptop bag, and never photograph or email it.",
        "If it may have been seen by someone else, ask a coordinator to replace the recovery",
        "key: this sheet then stops working.",
    ):
        line(text, size=12, gap=6.5)
    y -= 8 * mm
    line("Kept by: ______________________________   Date: ______________", size=12)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
