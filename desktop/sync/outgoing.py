"""From the outbox to sealed changes for the hub, and back again once the hub has answered.

Each outbox entry names the fields one write changed, with the clock each replaced (its base);
"*" stands for every field of a new record. Values are read from the row now. A field is sent
only by the entry whose clock is still the field's clock: an earlier entry for the same field
was overtaken by a later write (which carries it), and a field whose clock came from another
device was overwritten by sync (a conflict record holds this device's value if they raced).
The base sent is that of the earliest entry still waiting for the field since sync last wrote
it, so several offline edits travel as one change whose base is what this device had seen.

A change's id comes from the entry's id, the column and the scope (uuid5), and its envelope is
deterministic (desktop/sync/envelope.py), so building the same change again after a lost reply
gives the same bytes and the hub answers "duplicate". Entries are deleted only once every
field they stand for was taken by the hub, in one transaction with the field versions the hub
now holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
import json
import logging
import sqlite3
import uuid

from desktop.store.records import NEW_RECORD
from desktop.store.vault import Vault
from desktop.sync import envelope, erasure, protocol, rows
from desktop.sync.errors import HubError
from desktop.sync.state import SyncState

log = logging.getLogger(__name__)

_NAMESPACE = uuid.UUID("6f1d2c9e-4b0a-5d43-9e57-0c3f1a8b7d21")
TAKEN = frozenset({"stored", "duplicate", "erased"})
# A push body stays well under the hub's limit whatever the values: a batch counts changes
# and bytes (a hundred 50,000-character notes would otherwise make a body the hub refuses,
# and the same batch would be refused at every sync).
BATCH_BYTES = protocol.MAX_BODY_BYTES // 2
CHANGE_OVERHEAD = 400  # a change's metadata in JSON, generously


@dataclass
class Batch:
    """Changes for one push, and which outbox entries each change lets go."""

    changes: list[protocol.Change] = field(default_factory=list)
    # outbox seq -> ids of the changes that must be taken before the entry can go
    needs: dict[int, set[str]] = field(default_factory=dict)
    rows: set[tuple[str, str]] = field(default_factory=set)
    last_seq: int = 0  # every entry at or before this seq was looked at
    # Copies of what the hub already holds about a person who moved team, for the new team
    # (see moved_copies): sent before `changes`, and no outbox entry waits on them.
    copies: list[protocol.Change] = field(default_factory=list)


def change_id(entry_change_id: str, col: str, scope: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{entry_change_id}\n{col}\n{scope}"))


def _entry_columns(tbl: str, fields: dict[str, str | None]) -> dict[str, str | None]:
    if NEW_RECORD in fields:
        return dict.fromkeys(rows.new_record_columns(tbl))
    return fields


def row_changes(conn: sqlite3.Connection, vault: Vault, state: SyncState, tbl: str,
                row_id: str, entries: list[tuple[int, str, str, str]]
                ) -> tuple[list[protocol.Change], dict[int, set[str]]]:
    """The sealed changes for one record's waiting entries [(seq, change_id, hlc, fields)],
    and for each entry the ids of the changes it waits on."""
    row = rows.fetch(conn, tbl, row_id)
    needs: dict[int, set[str]] = {seq: set() for seq, *_ in entries}
    if row is None:  # erased while waiting: nothing left to send
        return [], needs
    clocks = rows.clocks(tbl, row)
    known = rows.versions(conn, tbl, row_id)
    scope = rows.scope_of(conn, tbl, row)
    earliest_base: dict[str, str | None] = {}
    carrier: dict[str, tuple[str, str]] = {}  # column -> (entry change_id, hlc)
    for _seq, entry_id, hlc, fields_json in entries:
        for col, base in _entry_columns(tbl, json.loads(fields_json)).items():
            if col not in clocks:  # a column this version does not sync (never expected)
                continue
            # Entries older than the field's last synced write were overwritten by it (or
            # are this device's, already on the hub): the base is what was seen after it.
            if col not in known or hlc > known[col][0]:
                earliest_base.setdefault(col, base)
            if col == "created_at" or clocks[col] == hlc:
                # created_at never changes once written, so the new-record entry carries it.
                carrier[col] = (entry_id, hlc)
    changes: dict[str, protocol.Change] = {}
    for col, (entry_id, hlc) in carrier.items():
        other = known.get(col)
        if col != "created_at" and other and other[0] == hlc and other[1] != vault.device_id:
            continue  # another device's write at the very same stamp: not ours to send
        bare = protocol.Change(change_id=change_id(entry_id, col, scope), scope=scope,
                               tbl=tbl, row_id=row_id, col=col, hlc=hlc,
                               base_hlc=earliest_base.get(col), device_id=vault.device_id)
        changes[col] = replace(bare, ciphertext=envelope.seal(state.org_key, state.key_id,
                                                              bare, row[col]))
    for seq, _, _, fields_json in entries:
        for col in _entry_columns(tbl, json.loads(fields_json)):
            if col in changes:
                needs[seq].add(changes[col].change_id)
    return list(changes.values()), needs


def moved_copies(conn: sqlite3.Connection, vault: Vault, state: SyncState,
                 participant_id: str, scope: str, *, sending: set[str]
                 ) -> list[protocol.Change]:
    """Everything about a person who moved to another team, sealed again in the new team's
    scope: every field of their row (but those being sent anyway) and of every record about
    them, each with its own clock and writer. Without this the new team's laptops would get
    only the fields edited from now on (a person with no name, no offers). Laptops that hold
    these versions already find nothing new in them; the hub stores them as new changes
    because a change's id includes its scope."""
    copies = []
    for tbl, row_id in erasure.records_about(conn, participant_id):
        row = rows.fetch(conn, tbl, row_id)
        if row is None:
            continue
        clocks = rows.clocks(tbl, row)
        known = rows.versions(conn, tbl, row_id)
        for col in rows.columns(tbl):
            if tbl == "participants" and col in sending:
                continue
            hlc = clocks[col]
            writer = known[col][1] if col in known and known[col][0] == hlc \
                else vault.device_id
            bare = protocol.Change(
                change_id=change_id(f"copy\n{tbl}\n{row_id}\n{hlc}\n{writer}", col, scope),
                scope=scope, tbl=tbl, row_id=row_id, col=col, hlc=hlc, base_hlc=hlc,
                device_id=writer)
            copies.append(replace(bare, ciphertext=envelope.seal(
                state.org_key, state.key_id, bare, row[col])))
    return copies


def chunked(changes: list[protocol.Change]) -> Iterator[list[protocol.Change]]:
    """`changes` in pushes the hub accepts: at most MAX_BATCH changes and BATCH_BYTES."""
    chunk: list[protocol.Change] = []
    size = 0
    for change in changes:
        weight = len(change.ciphertext or "") + CHANGE_OVERHEAD
        if chunk and (len(chunk) >= protocol.MAX_BATCH or size + weight > BATCH_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append(change)
        size += weight
    if chunk:
        yield chunk


def build_batch(vault: Vault, state: SyncState, *, after_seq: int = 0,
                skip: set[tuple[str, str]] | frozenset = frozenset(),
                limit: int = protocol.MAX_BATCH) -> Batch | None:
    """The next batch of whole records' changes after outbox seq `after_seq`, or None when
    nothing is left. Built on one read snapshot, so the outbox and the rows agree; a read, so
    typing (a draft saved on every keystroke) does not wait while the values are sealed."""
    batch = Batch(last_seq=after_seq)
    size = 0  # bytes the push body will take, roughly: a batch of long notes stops early
    with vault.reading() as conn:
        heads = conn.execute("SELECT seq, tbl, row_id FROM outbox WHERE seq > ? ORDER BY seq",
                             (after_seq,))
        for seq, tbl, row_id in heads:
            key = (tbl, row_id)
            if key in batch.rows or key in skip:
                batch.last_seq = seq
                continue
            entries = conn.execute(
                "SELECT seq, change_id, hlc, fields FROM outbox WHERE tbl = ? AND row_id = ? "
                "ORDER BY seq", key).fetchall()
            changes, needs = row_changes(conn, vault, state, tbl, row_id, entries)
            # A person moved team (not a new record, whose every field travels anyway).
            moved = [c for c in changes if tbl == "participants" and c.col == "team_id"
                     and c.base_hlc is not None]
            if moved:
                batch.copies += moved_copies(conn, vault, state, row_id, moved[0].scope,
                                             sending={c.col for c in changes})
            weight = sum(len(c.ciphertext or "") + CHANGE_OVERHEAD for c in changes)
            if batch.changes and (len(batch.changes) + len(changes) > limit
                                  or size + weight > BATCH_BYTES):
                break
            batch.changes += changes
            batch.needs.update(needs)
            batch.rows.add(key)
            batch.last_seq = seq
            size += weight
            if len(batch.changes) >= limit or size >= BATCH_BYTES:
                break
    return batch if batch.rows else None


def batches(vault: Vault, state: SyncState, limit: int = protocol.MAX_BATCH
            ) -> Iterator[Batch]:
    """Every waiting change, batch by batch, without removing anything (bundles)."""
    after = 0
    seen: set[tuple[str, str]] = set()  # records in batches already built
    while (batch := build_batch(vault, state, after_seq=after, skip=seen, limit=limit)):
        yield batch
        after, seen = batch.last_seq, seen | batch.rows


def results_by_id(batch_changes: list[protocol.Change], results: object) -> dict[str, str]:
    """The hub's answer as {change_id: status}, checked to cover exactly what was sent."""
    sent = {change.change_id for change in batch_changes}
    if not isinstance(results, list):
        raise HubError(GARBLED)
    statuses: dict[str, str] = {}
    for item in results:
        if not (isinstance(item, dict) and isinstance(item.get("change_id"), str)
                and item.get("status") in TAKEN | {"mismatch"}):
            raise HubError(GARBLED)
        statuses[item["change_id"]] = item["status"]
    if set(statuses) != sent:
        raise HubError(GARBLED)
    return statuses


GARBLED = ("The hub's answer to a push did not match what was sent, so nothing was marked as "
           "sent. Sync again; if it keeps happening, tell your IT support.")


def finish(vault: Vault, batch: Batch, statuses: dict[str, str]) -> tuple[int, int, int]:
    """Record the hub's answer: the fields it holds, the entries that may go. Returns (number
    of changes taken, records erased here because the hub had erased them, changes refused
    as mismatches)."""
    by_id = {change.change_id: change for change in batch.changes}
    taken = {cid for cid, status in statuses.items() if status in TAKEN}
    erased = sorted({(by_id[cid].tbl, by_id[cid].row_id)
                     for cid, status in statuses.items() if status == "erased"})
    mismatched = [cid for cid, status in statuses.items() if status == "mismatch"]
    if mismatched:
        # Never expected (ids and envelopes are deterministic): keep the entries, say so.
        log.error("the hub refused %d changes as mismatches; their entries are kept",
                  len(mismatched))
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO field_versions (tbl, row_id, col, hlc, device_id, base_hlc) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_id, col) DO UPDATE SET "
            "hlc = excluded.hlc, device_id = excluded.device_id, base_hlc = excluded.base_hlc "
            "WHERE excluded.hlc > field_versions.hlc",
            [(c.tbl, c.row_id, c.col, c.hlc, c.device_id, c.base_hlc)
             for cid, c in by_id.items() if statuses.get(cid) in ("stored", "duplicate")])
        done = [(seq,) for seq, needed in batch.needs.items() if needed <= taken]
        conn.executemany("DELETE FROM outbox WHERE seq = ?", done)
        gone = sum(erasure.erase_here(vault, tbl, row_id, forward=False)
                   for tbl, row_id in erased)
    return len(taken), gone, len(mismatched)
