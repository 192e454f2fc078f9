"""Merging changes from other devices: a pulled page, or a bundle from a USB stick.

Rules (DESIGN §5), per field:
- The write with the later (clock stamp, device id) wins; equal means the same write, a no-op.
  A change merged before (by id) is not merged again, so pulling a page again, importing a
  bundle twice or pulling what a bundle brought changes nothing.
- Two writes made without seeing each other that left different values are a **conflict**:
  the loser's value is kept beside the winner's in `conflicts` for a person to review, never
  dropped. The winner saw the loser only if its base *is* the loser's clock. A base older
  than it was written without it; a base newer than it means the winner saw a third write
  this device has not, and whether that one saw the loser cannot be told from here (a bundle
  can bring a later edit before the one it was based on), so it counts as a conflict too:
  a conflict too many beats a value lost. One device's own successive writes are never
  concurrent.
- Notes are append-only: once a note's text is here it is never replaced.
- A delete is the `deleted` column, merged like any other. An "erase" change removes the
  record and all sync knows of it and leaves a marker; any later change to it is ignored.
- A change for a record not here yet creates it with the table's defaults; columns not
  received yet carry the zero stamp, so any real write wins over them.

Every envelope of a page is opened before anything is applied: one that does not open refuses
the whole page (EnvelopeError), the cursor stays and nothing changes. A pulled page is then
merged in steps of about MERGE_STEP changes, the last together with the cursor that follows
the page (`apply_page`). The steps share one transaction, unless another thread waits to write:
the vault has one writer, and a draft is saved on every keystroke, so the merge commits what
it has and lets the draft go first; a keystroke waits for one step, not a whole page. Cut
short between two commits, the cursor has not moved, so the page is pulled again and the
changes merged already are skipped (`merged` above): the end is the same as if the page had
been one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
import json
import sqlite3
from typing import Any

from desktop.core.hlc import Stamp
from desktop.core.ids import utc_now
from desktop.store.vault import Vault
from desktop.sync import envelope, erasure, protocol, rows, state
from desktop.sync.errors import SyncError

NEWER = ("These changes were made with a newer Offerbook (they name fields this version does "
         "not know). Nothing from them was applied; update Offerbook, then sync again.")
INVALID = ("A synced change holds a value its field cannot take. Nothing from that batch was "
           "applied; tell your IT support.")


# Changes merged between two looks for a waiting writer: a few milliseconds of work, so a
# keystroke's draft save waits no longer than that (tests/bench/keystrokes.py measures it).
MERGE_STEP = 100


@dataclass
class Outcome:
    applied: int = 0  # fields that took a new value here
    conflicts: int = 0  # new conflict records
    erased: int = 0  # records erased here
    ignored: int = 0  # changes merged here before, or to records erased here
    relayed: int = 0  # changes newly kept to forward to the hub

    def add(self, other: Outcome) -> None:
        self.applied += other.applied
        self.conflicts += other.conflicts
        self.erased += other.erased
        self.ignored += other.ignored
        self.relayed += other.relayed


def open_all(keys: dict[str, bytes], changes: Iterable[protocol.Change]
             ) -> list[tuple[protocol.Change, Any]]:
    """Every change with its opened value (None for erasures). Raises EnvelopeError on the
    first that does not open, before anything is applied."""
    return [(change, envelope.open_value(keys, change) if change.kind == protocol.SET
             else None) for change in changes]


def apply_page(vault: Vault, opened: list[tuple[protocol.Change, Any]],
               cursor: int) -> Outcome:
    """Merge a pulled page, the last of it with the page's cursor, in steps of about
    MERGE_STEP changes. Steps share one transaction until another thread waits to write;
    then what is merged so far commits, and the next step waits its turn (see the module's
    docstring for why that is safe). A step ends between records, so no read sees a record
    half merged."""
    total = Outcome()
    start = 0
    while True:
        with vault.transaction() as conn:
            while True:
                end = min(start + MERGE_STEP, len(opened))
                while 0 < end < len(opened) and _record(opened[end]) == _record(opened[end - 1]):
                    end += 1
                last = end == len(opened)
                total.add(_merge(conn, vault, opened[start:end],
                                 cursor=cursor if last else None, relay=False))
                start = end
                if last:
                    return total
                if vault.writers_waiting():
                    break


def _record(item: tuple[protocol.Change, Any]) -> tuple[str, str]:
    return item[0].tbl, item[0].row_id


def apply(vault: Vault, opened: list[tuple[protocol.Change, Any]], *,
          cursor: int | None = None, relay: bool = False) -> Outcome:
    """Merge opened changes in one transaction, with the new cursor if given. With `relay`,
    also keep them to forward to the hub (changes imported from a bundle)."""
    with vault.transaction() as conn:
        return _merge(conn, vault, opened, cursor=cursor, relay=relay)


def _merge(conn: sqlite3.Connection, vault: Vault, opened: list[tuple[protocol.Change, Any]],
           *, cursor: int | None, relay: bool) -> Outcome:
    """`apply`'s work, inside the caller's transaction. (Not a nested transaction: that would
    be a savepoint, which copies every page it changes aside; merging was 8% slower.)"""
    outcome = Outcome()
    touched: dict[tuple[str, str], str] = {}  # record -> the scope its changes came in
    fresh = _not_merged_before(conn, opened, outcome)
    relayed = []
    # A record's fields usually travel together: merge each run of them at once.
    for key, run in groupby(fresh, key=lambda item: (item[0].tbl, item[0].row_id)):
        gone = erasure.is_erased(conn, *key)
        sets: list[tuple[protocol.Change, Any]] = []
        for change, value in run:
            if change.kind == protocol.ERASE_KIND:
                if sets:
                    _apply_record(conn, vault, key, sets, outcome)
                    sets = []
                if not relay:
                    # Pulled: the hub has this erasure, so ours need not go as well.
                    conn.execute("DELETE FROM erase_queue WHERE tbl = ? AND row_id = ?",
                                 key)
                if not gone:
                    outcome.erased += erasure.erase_here(vault, *key, forward=False)
                    relayed.append(change)
                    gone = True
                    continue
            if gone:
                outcome.ignored += 1
                continue
            if change.kind == protocol.SET:
                sets.append((change, value))
                touched[key] = change.scope
                relayed.append(change)
        if sets:
            _apply_record(conn, vault, key, sets, outcome)
    if relay:
        outcome.relayed += conn.executemany(
            "INSERT OR IGNORE INTO relay (change_id, tbl, row_id, change) "
            "VALUES (?, ?, ?, ?)",
            [(c.change_id, c.tbl, c.row_id, json.dumps(c.wire())) for c in relayed
             if c.device_id != vault.device_id]).rowcount
    outcome.erased += _erase_orphans(vault, conn, touched)
    if opened:
        latest = max(Stamp.parse(change.hlc) for change, _ in opened)
        stamp = vault.clock.observe(latest)
        conn.execute("UPDATE _local SET value = ? WHERE key = 'hlc'", (str(stamp),))
    if cursor is not None:
        state.put(vault, cursor=cursor)
    return outcome


def _not_merged_before(conn: sqlite3.Connection, opened: list[tuple[protocol.Change, Any]],
                       outcome: Outcome) -> list[tuple[protocol.Change, Any]]:
    """The changes not merged here before (each once), now recorded as merged."""
    ids = [change.change_id for change, _ in opened]
    seen: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        seen.update(found for (found,) in conn.execute(
            f"SELECT change_id FROM merged WHERE change_id IN ({', '.join('?' * len(chunk))})",
            chunk))
    fresh = []
    for change, value in opened:
        if change.change_id in seen:
            outcome.ignored += 1  # merged before: nothing new in it
            continue
        seen.add(change.change_id)
        fresh.append((change, value))
    conn.executemany("INSERT INTO merged (change_id) VALUES (?)",
                     [(change.change_id,) for change, _ in fresh])
    return fresh


_NOT_NULL: dict[str, frozenset[str]] = {}


def _not_null(conn: sqlite3.Connection, tbl: str) -> frozenset[str]:
    # Every vault has the same schema (migrations), so one look per table is enough.
    if tbl not in _NOT_NULL:
        _NOT_NULL[tbl] = frozenset(name for _, name, _, notnull, _, _ in
                                   conn.execute(f"PRAGMA table_info({tbl})") if notnull)
    return _NOT_NULL[tbl]


def _apply_record(conn: sqlite3.Connection, vault: Vault, key: tuple[str, str],
                  sets: list[tuple[protocol.Change, Any]], outcome: Outcome) -> None:
    """Merge one record's field changes, in order, then write the row once."""
    tbl, row_id = key
    for change, value in sets:
        if change.col not in rows.columns(tbl):
            raise SyncError(NEWER)
        if value is None and change.col in _not_null(conn, tbl):
            raise SyncError(INVALID)
    row = rows.fetch(conn, tbl, row_id)
    if row is None:
        zero = dict.fromkeys(rows.columns(tbl), rows.ZERO_STAMP)
        conn.execute(f"INSERT INTO {tbl} (id, created_at, updated_hlc, field_hlc, deleted) "
                     "VALUES (?, '', ?, ?, 0)",
                     (row_id, rows.ZERO_STAMP, json.dumps(zero, sort_keys=True)))
        row = rows.fetch(conn, tbl, row_id)
        assert row is not None
    clocks = rows.clocks(tbl, row)
    known = rows.versions(conn, tbl, row_id)
    written: dict[str, Any] = {}
    for change, value in sets:
        if _merge_field(conn, vault, change, value, row, clocks, known, outcome):
            written[change.col] = value
    if not written:
        return
    assignments = ", ".join(f"{col} = ?" for col in written)
    conn.execute(f"UPDATE {tbl} SET {assignments}, updated_hlc = max(updated_hlc, ?), "
                 "field_hlc = ? WHERE id = ?",
                 (*written.values(), max(clocks[col] for col in written),
                  json.dumps(clocks, sort_keys=True), row_id))
    conn.executemany(
        "INSERT INTO field_versions (tbl, row_id, col, hlc, device_id, base_hlc) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_id, col) DO UPDATE SET "
        "hlc = excluded.hlc, device_id = excluded.device_id, base_hlc = excluded.base_hlc",
        [(tbl, row_id, col, *known[col]) for col in written])
    outcome.applied += len(written)


def _merge_field(conn: sqlite3.Connection, vault: Vault, change: protocol.Change, value: Any,
                 row: dict[str, Any], clocks: dict[str, str],
                 known: dict[str, tuple[str, str, str | None]], outcome: Outcome) -> bool:
    """One field's rule; updates `row`, `clocks` and `known` in memory. True if the incoming
    value won and must be written."""
    col = change.col
    local_hlc = clocks[col]
    version = known.get(col)
    # The version sync wrote, if the field still holds it (no local write since).
    synced = version if version is not None and version[0] == local_hlc else None
    local_device = synced[1] if synced is not None else vault.device_id
    incoming = (change.hlc, change.device_id)
    local = (local_hlc, local_device)
    if incoming == local:
        return False  # the same write, met again
    current = row[col]
    written = local_hlc != rows.ZERO_STAMP
    if change.tbl in rows.APPEND_ONLY and col != "deleted" and written:
        if current != value:  # a note's text never changes: keep it, and the other too
            outcome.conflicts += _conflict(conn, change, (current, *local), (value, *incoming))
        return False
    if incoming > local:
        if (written and local_device != change.device_id and current != value
                and (change.base_hlc or rows.ZERO_STAMP) != local_hlc):
            outcome.conflicts += _conflict(conn, change, (value, *incoming), (current, *local))
        row[col], clocks[col] = value, change.hlc
        known[col] = (change.hlc, change.device_id, change.base_hlc)
        return True
    if local_device != change.device_id and current != value:
        base = synced[2] if synced is not None else _waiting_base(
            conn, change.tbl, change.row_id, col, version[0] if version else None)
        if (base or rows.ZERO_STAMP) != change.hlc and not _kept(conn, change):
            outcome.conflicts += _conflict(conn, change, (current, *local), (value, *incoming))
    return False


def _kept(conn: sqlite3.Connection, change: protocol.Change) -> bool:
    """This write's value is in a conflict record already (it lost here before): meeting it
    again, after the field moved on, is not news."""
    return conn.execute(
        "SELECT 1 FROM conflicts WHERE tbl = ? AND row_id = ? AND col = ? AND "
        "((other_hlc = ? AND other_device = ?) OR (kept_hlc = ? AND kept_device = ?))",
        (change.tbl, change.row_id, change.col, change.hlc, change.device_id, change.hlc,
         change.device_id)).fetchone() is not None


def _waiting_base(conn: sqlite3.Connection, tbl: str, row_id: str, col: str,
                  floor: str | None) -> str | None:
    """The base of this device's earliest waiting write of a field since sync last wrote it
    (`floor`), as the push will send it (desktop/sync/outgoing.py); None: a new record."""
    for hlc, fields_json in conn.execute("SELECT hlc, fields FROM outbox WHERE tbl = ? AND "
                                         "row_id = ? ORDER BY seq", (tbl, row_id)):
        if floor is not None and hlc <= floor:
            continue
        fields = json.loads(fields_json)
        if "*" in fields and col in rows.new_record_columns(tbl):
            return None
        if col in fields:
            return fields[col]
    return None


def _conflict(conn: sqlite3.Connection, change: protocol.Change, kept: tuple,
              other: tuple) -> int:
    """Keep both values of a field; 1 if this pair is new here, 0 if it was seen before."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO conflicts (tbl, row_id, col, kept_value, kept_hlc, kept_device, "
        "other_value, other_hlc, other_device, noticed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (change.tbl, change.row_id, change.col, json.dumps(kept[0]), kept[1], kept[2],
         json.dumps(other[0]), other[1], other[2], utc_now()))
    return cursor.rowcount


def _erase_orphans(vault: Vault, conn: sqlite3.Connection,
                   touched: dict[tuple[str, str], str]) -> int:
    """Records about an erased person that arrive later (made on a laptop that had not heard
    of the erasure) are erased on arrival, and the erasure is forwarded for them."""
    count = 0
    for (tbl, row_id), scope in sorted(touched.items()):
        if tbl == "participants" or tbl in rows.SHARED_TABLES:
            continue
        row = rows.fetch(conn, tbl, row_id)
        if row is None:
            continue
        people = rows.people_of(conn, tbl, row)
        # An erased person's offer or request is gone from here, and names nobody any more:
        # its marker says the introduction went with it.
        links = [(other, row[column]) for other, column in rows.ERASED_WITH.get(tbl, ())
                 if row[column]]
        if any(erasure.is_erased(conn, "participants", person) for person in people) or any(
                erasure.is_erased(conn, other, link) for other, link in links):
            # The person is gone, so the scope comes from the changes themselves.
            count += erasure.erase_here(vault, tbl, row_id, forward=True, scope=scope)
    return count
