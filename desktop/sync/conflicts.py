"""Conflicts: two edits of one field made without seeing each other, kept for a person.

Sync keeps the later edit in the record and both values here (desktop/sync/incoming.py). A
person then keeps the current value, takes the other one — an ordinary edit through
`Records.update`, so it syncs and wins everywhere like any later edit — or dismisses it.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
from typing import Any

from desktop.core import models
from desktop.core.errors import NotFound, ValidationError
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
