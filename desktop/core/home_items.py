"""Small rules behind the home screen and drop-in mode: no Qt, no SQL, easy to test.

The GUI turns what these return into translated words; nothing here is shown as it is.
"""

from datetime import date

# The kinds of form a draft can belong to, by the first part of its key ("offer:<id>").
DRAFT_KINDS = ("participant", "offer", "request", "conversation", "consent", "hours")


def display_name(full_name: str, preferred_name: str) -> str:
    """A person's name as lists show it: the full name, with what they like to be called when
    that is not already part of it (staff greet people by it; the full name tells two apart)."""
    full, preferred = full_name.strip(), preferred_name.strip()
    if not full:
        return preferred
    if preferred and preferred.casefold() not in full.casefold():
        return f"{full} ({preferred})"
    return full


def parse_draft_key(form: str) -> tuple[str, str | None, str | None]:
    """(kind, record id, participant id) from a draft's form key.

    Keys are "<kind>:<id>" or "<kind>:new", and a new record that belongs to a person may name
    them: "offer:new:<participant id>". Unknown kinds come back as "other".
    """
    parts = form.split(":")
    kind = parts[0] if parts[0] in DRAFT_KINDS else "other"
    rest = parts[1:]
    record_id = rest[0] if rest and rest[0] and rest[0] != "new" else None
    participant_id = rest[1] if len(rest) > 1 and rest[1] else None
    if kind == "participant":
        participant_id = record_id
    if kind == "hours":  # "hours:<participant id>": the hours being logged for someone
        record_id, participant_id = None, rest[0] if rest and rest[0] else None
    return kind, record_id, participant_id


def days_overdue(due_on: str, today: date) -> int:
    """How many days past its due date a follow-up is (0 when due today or later)."""
    try:
        due = date.fromisoformat(due_on[:10])
    except ValueError:
        return 0
    return max((today - due).days, 0)


def is_half_hour_step(hours: float) -> bool:
    """Hours are logged in half-hour steps, as time banks count them."""
    return abs(hours * 2 - round(hours * 2)) < 1e-9 and hours > 0
