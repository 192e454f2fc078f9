"""The linker's work contact as a vCard, the text a card's QR code carries.

Plain text building, apart from drawing (`qr.py`), so a card's content can hold it without
importing reportlab.
"""

from collections.abc import Iterator

from desktop.core.models import Staff

_FOLD_AT = 75  # octets per vCard line before folding (RFC 6350 §3.2)


def escape_text(value: str) -> str:
    """Escape a vCard text value (RFC 6350 §3.4): backslash, comma, semicolon, newline.

    Other control characters have no place in a contact and some readers choke on them,
    so they become spaces."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(" " if (ord(ch) < 32 and ch != "\n") or ord(ch) == 127 else ch
                    for ch in value).strip()
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\n", "\\n"))


def _fold(line: str) -> Iterator[str]:
    """Split a content line into pieces of at most 75 octets, never inside a character;
    every piece after the first starts with the one space that marks a continuation."""
    piece: list[str] = []
    size, limit = 0, _FOLD_AT
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > limit:
            yield "".join(piece)
            piece, size, limit = [" "], 1, _FOLD_AT
        piece.append(ch)
        size += octets
    yield "".join(piece)


def contact_vcard(linker: Staff, organisation: str) -> str | None:
    """The linker's work contact as a vCard 3.0 string (CRLF line ends), or None when they
    have neither a work phone nor a work email, since a code that only holds a name helps
    nobody get in touch.

    vCard 3.0 rather than 4.0 because the camera apps on older phones still in use read 3.0
    and not always 4.0. The whole name goes in the given-name part of N: splitting a name
    into family and given parts by guessing gets many of the names linkers have wrong,
    and phones show the given part first, so the name reads as the linker writes it.
    """
    phone, email = linker.work_phone.strip(), linker.work_email.strip()
    if not phone and not email:
        return None
    name = escape_text(linker.name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:;{name};;;", f"FN:{name}"]
    if organisation.strip():
        lines.append(f"ORG:{escape_text(organisation)}")
    if phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape_text(phone)}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{escape_text(email)}")
    lines.append("END:VCARD")
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))
