"""Erasure: a participant's right to be forgotten, here and, through sync, everywhere.

Erasing is not deleting. A delete is a tombstone that syncs like any edit; an erasure removes
the person's row and every record about them (consents, conversations, gifts, offers, requests,
follow-ups, notes, wellbeing, attendance, the introductions of their offers and requests, the
exchanges they gave or received) with everything sync kept about those records: their field
versions, conflicts, waiting outbox entries and forwarded changes, and any half-typed form that
names them. What stays is a marker per record, ids only, that makes this device ignore any
later change to it, and an "erase" change per record for the hub, which deletes their history
and refuses later changes to them. The audit log says that an erasure happened, never what
was erased.
"""

from __future__ import annotations

import json
import sqlite3

from desktop.core.errors import NotFound
from desktop.core.ids import new_id, utc_now
from desktop.store.vault import Vault
from desktop.sync import protocol, rows

# Records about one participant, found by the column that names them.
_ABOUT = (("consents", "participant_id"), ("conversations", "participant_id"),
          ("gifts", "participant_id"), ("offers", "participant_id"),
          ("requests", "participant_id"), ("follow_ups", "participant_id"),
          ("wellbeing", "participant_id"), ("attendance", "participant_id"),
          ("notes", "participant_id"), ("exchanges", "giver_id"), ("exchanges", "receiver_id"))


def records_about(conn: sqlite3.Connection, participant_id: str) -> list[tuple[str, str]]:
    """The participant's own row (if here) and every record about them, each once."""
    found: list[tuple[str, str]] = []
    if conn.execute("SELECT 1 FROM participants WHERE id = ?", (participant_id,)).fetchone():
        found.append(("participants", participant_id))
    for tbl, column in _ABOUT:
        found += [(tbl, row_id) for (row_id,) in conn.execute(
            f"SELECT id FROM {tbl} WHERE {column} = ?", (participant_id,))]
    found += [("introductions", row_id) for (row_id,) in conn.execute(
        "SELECT id FROM introductions WHERE offer_id IN (SELECT id FROM offers WHERE "
        "participant_id = ?) OR request_id IN (SELECT id FROM requests WHERE "
        "participant_id = ?)", (participant_id, participant_id))]
    return list(dict.fromkeys(found))


def erase_participant(vault: Vault, participant_id: str) -> int:
    """Erase a participant and every record about them; queue the erasure for the hub.
    Returns how many records were erased."""
    with vault.transaction() as conn:
        if not conn.execute("SELECT 1 FROM participants WHERE id = ?",
                            (participant_id,)).fetchone():
            raise NotFound("That person is not on this laptop; they may have been erased "
                           "already.")
        targets = records_about(conn, participant_id)
        _erase(vault, conn, targets, forward=set(targets), action="erase")
    return len(targets)


def erase_here(vault: Vault, tbl: str, row_id: str, *, forward: bool,
               scope: str | None = None) -> int:
    """Erase one record because another device did (a pulled erase change, or the hub's
    "erased" answer). A participant takes every record about them along, and those are
    forwarded to the hub, which may hold some the eraser never saw. `scope` is where the
    record's changes travelled, for a record whose person is no longer here to tell.
    Returns records erased."""
    with vault.transaction() as conn:
        targets = records_about(conn, row_id) if tbl == "participants" else []
        if (tbl, row_id) not in targets:
            targets.insert(0, (tbl, row_id))
        already = {key for key in targets if conn.execute(
            "SELECT 1 FROM erased WHERE tbl = ? AND row_id = ?", key).fetchone()}
        forwarded = {key for key in targets if key != (tbl, row_id) or forward} - already
        known = {(tbl, row_id): scope} if scope else {}
        return _erase(vault, conn, targets, forward=forwarded, action="erase-received",
                      scopes=known)


def _erase(vault: Vault, conn: sqlite3.Connection, targets: list[tuple[str, str]], *,
           forward: set[tuple[str, str]], action: str,
           scopes: dict[tuple[str, str], str] | None = None) -> int:
    # Scopes first: a gift's scope is its person's team, so read them all before deleting.
    known = scopes or {}
    record_scope: dict[tuple[str, str], str | None] = {}  # None: not held here
    for tbl, row_id in targets:
        row = rows.fetch(conn, tbl, row_id)
        record_scope[(tbl, row_id)] = (known.get((tbl, row_id))
                                       or rows.scope_of(conn, tbl, row)) if row else None
    stamp = str(vault.next_stamp()) if forward else None
    at, count = utc_now(), 0
    for tbl, row_id in targets:
        key = (tbl, row_id)
        scope = record_scope[key]
        present = scope is not None
        if present:
            conn.execute(f"DELETE FROM {tbl} WHERE id = ?", (row_id,))
            count += 1
        for table in ("field_versions", "conflicts", "outbox", "relay"):
            conn.execute(f"DELETE FROM {table} WHERE tbl = ? AND row_id = ?", key)
        # A half-typed form about them is personal data too.
        conn.execute("DELETE FROM drafts WHERE instr(form, ?) > 0 OR instr(payload, ?) > 0",
                     (row_id, row_id))
        conn.execute("INSERT OR IGNORE INTO erased (tbl, row_id, erased_at) VALUES (?, ?, ?)",
                     (tbl, row_id, at))
        if key in forward and scope is not None:  # present
            assert stamp is not None, "made above whenever anything is forwarded"
            change = protocol.Change(
                change_id=new_id(), scope=scope, tbl=tbl, row_id=row_id, col="",
                hlc=stamp, base_hlc=None, device_id=vault.device_id,
                kind=protocol.ERASE_KIND, ciphertext=None)
            conn.execute("INSERT INTO erase_queue (change_id, tbl, row_id, change) "
                         "VALUES (?, ?, ?, ?)", (change.change_id, tbl, row_id,
                                                 json.dumps(change.wire())))
        if present:
            vault.audit(action, tbl, row_id)
    return count


def is_erased(conn: sqlite3.Connection, tbl: str, row_id: str) -> bool:
    return conn.execute("SELECT 1 FROM erased WHERE tbl = ? AND row_id = ?",
                        (tbl, row_id)).fetchone() is not None
