"""Conflicts: two edits of one field made without seeing each other, kept for a person.

Sync keeps the later edit in the record and both values here (desktop/sync/incoming.py). A
person then keeps the current value, takes the other one — an ordinary edit through
`Records.update`, so it syncs and wins everywhere like any later edit — or dismisses it.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
import sqlite3
from typing import Any

from desktop.core import models
from desktop.core.errors import NotFound, ValidationError
from desktop.core.home_items import display_name
from desktop.core.ids import utc_now
from desktop.store.records import Records, decode_row
from desktop.store.vault import Vault

KEPT, TOOK_OTHER, DISMISSED = "kept", "took-other", "dismissed"


@dataclass(frozen=True)
class Conflict:
    id: int
    tbl: str
    row_id: str
    col: str
    kept_value: Any  # as the record holds it (lists and dicts decoded)
    kept_hlc: str
    kept_device: str
    other_value: Any
    other_hlc: str
    other_device: str
    noticed_at: str
    resolved_at: str | None
    resolution: str | None


_COLUMNS = ("id, tbl, row_id, col, kept_value, kept_hlc, kept_device, other_value, other_hlc, "
            "other_device, noticed_at, resolved_at, resolution")


def _domain(tbl: str, col: str, stored: str | None) -> Any:
    """A stored column value (as JSON in the conflicts table) as the record class holds it."""
    raw = json.loads(stored) if stored is not None else None
    cls = models.RECORD_BY_TABLE[tbl]
    if col not in cls.data_fields():
        return raw
    return getattr(decode_row(cls, {col: raw}), col)


def _from_row(row: tuple) -> Conflict:
    values = list(row)
    values[4] = _domain(row[1], row[3], row[4])
    values[7] = _domain(row[1], row[3], row[7])
    return Conflict(*values)


def list_conflicts(vault: Vault, *, include_resolved: bool = False) -> list[Conflict]:
    """Conflicts, oldest first; only those still open unless `include_resolved`."""
    where = "" if include_resolved else "WHERE resolved_at IS NULL"
    with vault.reading() as conn:
        found = conn.execute(f"SELECT {_COLUMNS} FROM conflicts {where} ORDER BY id").fetchall()
    return [_from_row(row) for row in found]


def open_count(vault: Vault) -> int:
    with vault.reading() as conn:
        return conn.execute("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"
                            ).fetchone()[0]


def get(vault: Vault, conflict_id: int) -> Conflict:
    with vault.reading() as conn:
        row = conn.execute(f"SELECT {_COLUMNS} FROM conflicts WHERE id = ?",
                           (conflict_id,)).fetchone()
    if row is None:
        raise NotFound("That conflict is no longer here; the record may have been erased.")
    return _from_row(row)


def keep_current(vault: Vault, conflict_id: int) -> None:
    """The value the record holds stays; the conflict is closed."""
    _close(vault, get(vault, conflict_id), KEPT)


def dismiss(vault: Vault, conflict_id: int) -> None:
    """Close without deciding (the values no longer matter, say)."""
    _close(vault, get(vault, conflict_id), DISMISSED)


def take_other_value(vault: Vault, conflict_id: int) -> models.Record:
    """Put the other value back as a new edit (which syncs), and close the conflict."""
    conflict = get(vault, conflict_id)
    cls = models.RECORD_BY_TABLE[conflict.tbl]
    records = Records(vault)
    with vault.transaction():
        if conflict.col == "deleted":
            if not conflict.other_value:
                raise ValidationError("A deleted record cannot be brought back here; add it "
                                      "again instead.")
            records.delete(cls, conflict.row_id)
            record = records.get(cls, conflict.row_id, include_deleted=True)
        elif conflict.col not in cls.data_fields():
            raise ValidationError("That field cannot be changed by hand.")
        else:
            record = records.update(cls, conflict.row_id, **{conflict.col: conflict.other_value})
        _close(vault, conflict, TOOK_OTHER)
    return record


take_other = take_other_value


def _close(vault: Vault, conflict: Conflict, resolution: str) -> None:
    with vault.transaction() as conn:
        conn.execute("UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                     (utc_now(), resolution, conflict.id))
        vault.audit(f"conflict-{resolution}", conflict.tbl, conflict.row_id, conflict.col)


def open_conflicts(vault: Vault) -> list[Conflict]:
    """The conflicts still waiting for a person, oldest first."""
    return list_conflicts(vault)


def resolve(vault: Vault, conflict_id: int, *, take_other: bool) -> None:
    """Keep the current value, or take the other one (an edit that syncs)."""
    if take_other:
        take_other_value(vault, conflict_id)
    else:
        keep_current(vault, conflict_id)


# ---- what a person needs to judge one ------------------------------------------------------

@dataclass(frozen=True)
class Described:
    """An open conflict, with whose record it is and names for the ids in its values."""

    conflict: Conflict
    owner: str  # the person's name, or the organisation's, team's, …; "" if not on this laptop
    names: dict[str, str]  # ids in either value (a team, a staff member, …) -> their names


# Which column of a table points at the person (or thing) a record is about.
_OWNER_COLUMN = {"consents": "participant_id", "conversations": "participant_id",
                 "gifts": "participant_id", "offers": "participant_id",
                 "requests": "participant_id", "follow_ups": "participant_id",
                 "wellbeing": "participant_id", "attendance": "participant_id",
                 "notes": "participant_id", "exchanges": "giver_id"}
_NAME_COLUMN = {"participants": "full_name", "teams": "name", "staff": "name",
                "organisations": "name", "opportunities": "title"}


def open_described(vault: Vault) -> list[Described]:
    """The conflicts still waiting for a person, oldest first, described (one snapshot)."""
    with vault.reading() as conn:
        return [Described(item, owner_name(conn, item.tbl, item.row_id),
                          names_of(conn, _ids_in(item))) for item in open_conflicts(vault)]


def _ids_in(conflict: Conflict) -> set[str]:
    return {value for value in (conflict.kept_value, conflict.other_value)
            if isinstance(value, str) and 0 < len(value) <= 80}


def owner_name(conn: sqlite3.Connection, table: str, row_id: str) -> str:
    """The name of whoever (or whatever) a record is about; "" when it is not on this laptop."""
    if table == "introductions":
        row = conn.execute("SELECT o.participant_id FROM introductions i JOIN offers o "
                           "ON o.id = i.offer_id WHERE i.id = ?", [row_id]).fetchone()
        return owner_name(conn, "participants", row[0]) if row and row[0] else ""
    if table in _OWNER_COLUMN:
        row = conn.execute(f"SELECT {_OWNER_COLUMN[table]} FROM {table} WHERE id = ?",
                           [row_id]).fetchone()
        return owner_name(conn, "participants", row[0]) if row and row[0] else ""
    if table == "participants":
        row = conn.execute("SELECT full_name, preferred_name FROM participants WHERE id = ?",
                           [row_id]).fetchone()
        return display_name(row[0], row[1]) if row else ""
    if table in _NAME_COLUMN:
        row = conn.execute(f"SELECT {_NAME_COLUMN[table]} FROM {table} WHERE id = ?",
                           [row_id]).fetchone()
        return row[0] if row else ""
    return ""


def names_of(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    """{id: name} for those of `ids` that are a team, staff member, person or organisation."""
    names: dict[str, str] = {}
    for table in ("teams", "staff", "participants", "organisations"):
        column = _NAME_COLUMN[table]
        for row_id in ids - set(names):
            row = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?",
                               [row_id]).fetchone()
            if row:
                names[row_id] = row[0]
    return names
