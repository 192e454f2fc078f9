"""What the hub keeps, and the rules that need a transaction; two backends supply the database.

The hub keeps the organisation (its id, the admin token's hash, the last seq it gave out),
devices (token hashes only), one-time enrolments (the proof's hash only), the change log and
data-free erasure markers. Values stay sealed: the hub stores each change's ciphertext as the
device sent it and never holds a key.

The SQL and the rules live here once: replays, erasure and redeeming an enrolment code.
`sqlite_store` and `postgres_store` supply connections, a serialised write transaction and a
bulk insert; they build on this module, which imports neither (`storage.open_store` picks
one from a URL). SQL is written with ``?`` placeholders; the PostgreSQL backend turns them
into ``%s`` (so no SQL here may contain a literal ``?`` or ``%``).

Seqs come from a counter in the org row, not from the largest seq in the log: an erasure
deletes log rows, and reusing a deleted seq would hide later changes from a cursor already
past it. Every write holds the backend's write lock, so the counter, the log and the replay
checks never race.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
import json
import secrets
from typing import Any

import orjson

from desktop.hub import tokens
from desktop.hub.errors import HubError
from desktop.sync import protocol
from desktop.sync.protocol import ProtocolError

SCHEMA_VERSION = 1

# Push results (protocol.py's docstring).
STORED, DUPLICATE, ERASED, MISMATCH = "stored", "duplicate", "erased", "mismatch"

CHANGE_COLUMNS = ("seq", "change_id", "scope", "tbl", "row_id", "col", "hlc", "base_hlc",
                  "device_id", "kind", "ciphertext")
SELECT_CHANGES = f"SELECT {', '.join(CHANGE_COLUMNS)} FROM changes"
# A wire row is a checked change's fields in CHANGE_COLUMNS order without the seq (the store
# numbers changes as it appends them); these are positions in one.
AT_ID, AT_SCOPE, AT_TBL, AT_ROW, AT_HLC, AT_KIND = (
    CHANGE_COLUMNS.index(name) - 1
    for name in ("change_id", "scope", "tbl", "row_id", "hlc", "kind"))
_CHUNK = 500  # ids per IN (…) list; SQLite allows 32,766 parameters
_DEVICE_COLUMNS = "device_id, name, role, teams, enrolled_at, revoked_at, last_seen"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS org (
    org_id TEXT PRIMARY KEY,
    admin_token_sha256 TEXT,
    created_at TEXT NOT NULL,
    last_seq BIGINT NOT NULL DEFAULT 0,
    schema_version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS devices (
    device_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    teams TEXT NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    last_seen TEXT
);
CREATE TABLE IF NOT EXISTS enrolments (
    enrolment_id TEXT PRIMARY KEY,
    proof_sha256 TEXT NOT NULL,
    wrapped_key TEXT NOT NULL,
    teams TEXT NOT NULL,
    role TEXT NOT NULL,
    label TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used_at TEXT,
    used_by TEXT
);
CREATE TABLE IF NOT EXISTS changes (
    seq {seq_type} PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    hlc TEXT NOT NULL,
    base_hlc TEXT,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    ciphertext TEXT
);
CREATE INDEX IF NOT EXISTS changes_record ON changes (tbl, row_id);
CREATE INDEX IF NOT EXISTS changes_scope ON changes (scope, seq);
CREATE TABLE IF NOT EXISTS erased (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    erased_at TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
)
"""


def iso(t: float) -> str:
    """A UTC time as the hub writes it; such strings sort in time order."""
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class StoreError(HubError):
    """The hub's database cannot be opened or used."""


@dataclass(frozen=True)
class Device:
    device_id: str
    name: str
    role: str
    teams: tuple[str, ...]
    enrolled_at: str
    revoked_at: str | None = None
    last_seen: str | None = None

    @property
    def is_coordinator(self) -> bool:
        return self.role == protocol.COORDINATOR

    def scopes(self) -> frozenset[str] | None:
        """The scopes this device may read and write; None means every scope."""
        if self.is_coordinator or protocol.ALL_TEAMS in self.teams:
            return None
        return frozenset([protocol.SHARED, *(protocol.scope_of_team(t) for t in self.teams)])

    def may_touch(self, scope: str) -> bool:
        scopes = self.scopes()
        return scopes is None or scope in scopes

    def wire(self) -> dict[str, Any]:
        return {"device_id": self.device_id, "name": self.name, "role": self.role,
                "teams": list(self.teams), "enrolled_at": self.enrolled_at,
                "revoked_at": self.revoked_at, "last_seen": self.last_seen}

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Device:
        device_id, name, role, teams, enrolled_at, revoked_at, last_seen = row
        return cls(device_id, name, role, tuple(json.loads(teams)), enrolled_at, revoked_at,
                   last_seen)


@dataclass(frozen=True)
class Page:
    """A page of the log for one device: `changes` is the JSON array to send as it is."""
    changes: bytes
    count: int
    cursor: int
    more: bool


@dataclass(frozen=True)
class Enrolment:
    """A one-time code made by a coordinator; the hub sees only the proof's hash."""
    enrolment_id: str
    proof_sha256: str
    wrapped_key: str
    teams: tuple[str, ...]
    role: str
    label: str
    created_by: str
    created_at: str
    expires_at: str


@dataclass(frozen=True)
class Redemption:
    """What became of an attempt to enrol. `outcome` is one of "enrolled", "unknown",
    "burnt", "expired", "wrong", "used" (by another laptop), "taken" (the device id is
    already enrolled) and "revoked" (this laptop was enrolled and then revoked)."""
    outcome: str
    tries_left: int = 0
    device: Device | None = None
    wrapped_key: str | None = None


class Tx:
    """The cursor of one transaction. SQL uses ? placeholders on every backend."""

    def __init__(self, cursor: Any, *, pyformat: bool = False):
        self.cursor = cursor
        self._pyformat = pyformat

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self._pyformat else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.cursor.execute(self._sql(sql), params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.cursor.executemany(self._sql(sql), rows)

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self.execute(sql, params).fetchall()


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class _NotAllNew(Exception):
    """A batch meant to be simply appended holds a replay or an erased record."""


class Store(ABC):
    """The hub's database. Methods are blocking: the app calls them from worker threads."""

    backend = ""
    _seq_type = "BIGINT"
    _unique_violation: type[Exception] = Exception  # what the database raises for one

    # ---- what a backend supplies ---------------------------------------------------------

    @abstractmethod
    def _write(self) -> AbstractContextManager[Tx]:
        """A write transaction; only one runs at a time across every process of this hub."""

    @abstractmethod
    def _read(self) -> AbstractContextManager[Tx]:
        """A read transaction that sees one consistent snapshot."""

    @abstractmethod
    def close(self) -> None:
        """Close every connection."""

    def _append_rows(self, tx: Tx, first_seq: int, rows: Sequence[tuple[Any, ...]]) -> None:
        """Append checked rows (CHANGE_COLUMNS without seq) numbered from `first_seq`;
        backends may do it faster. A change_id already in the log raises
        `_unique_violation`."""
        if rows:
            tx.executemany(f"INSERT INTO changes ({', '.join(CHANGE_COLUMNS)}) "
                           f"VALUES ({_marks(len(CHANGE_COLUMNS))})",
                           [(seq,) + row for seq, row in enumerate(rows, first_seq)])

    # ---- the organisation ----------------------------------------------------------------

    def _initialise(self, now: float) -> None:
        with self._write() as tx:
            for statement in _SCHEMA.format(seq_type=self._seq_type).split(";"):
                tx.execute(statement)
            row = tx.one("SELECT schema_version FROM org")
            if row is None:
                tx.execute("INSERT INTO org (org_id, created_at, schema_version) "
                           "VALUES (?, ?, ?)", (secrets.token_hex(16), iso(now), SCHEMA_VERSION))
            elif row[0] > SCHEMA_VERSION:
                raise StoreError("This hub database was made by a newer Offerbook; update "
                                 "Offerbook on the hub's machine.")

    def org_id(self) -> str:
        with self._read() as tx:
            return tx.one("SELECT org_id FROM org")[0]

    def admin_digest(self) -> str | None:
        with self._read() as tx:
            return tx.one("SELECT admin_token_sha256 FROM org")[0]

    def set_admin_digest(self, digest: str, *, replace_old: bool) -> bool:
        """Store the admin token's hash; False (and no change) if one exists and not
        `replace_old`."""
        with self._write() as tx:
            if tx.one("SELECT admin_token_sha256 FROM org")[0] and not replace_old:
                return False
            tx.execute("UPDATE org SET admin_token_sha256 = ?", (digest,))
            return True

    # ---- devices -------------------------------------------------------------------------

    def device_by_token(self, token_digest: str) -> Device | None:
        with self._read() as tx:
            row = tx.one(f"SELECT {_DEVICE_COLUMNS} FROM devices WHERE token_sha256 = ?",
                         (token_digest,))
        return None if row is None else Device.from_row(row)

    def devices(self) -> list[Device]:
        with self._read() as tx:
            rows = tx.all(f"SELECT {_DEVICE_COLUMNS} FROM devices ORDER BY enrolled_at, "
                          "device_id")
        return [Device.from_row(r) for r in rows]

    def touch(self, device_id: str, now: float) -> None:
        with self._write() as tx:
            tx.execute("UPDATE devices SET last_seen = ? WHERE device_id = ?",
                       (iso(now), device_id))

    def revoke(self, device_id: str, now: float) -> str | None:
        """Revoke a device; its revocation time (the first one, if revoked before), or None
        if no such device."""
        with self._write() as tx:
            row = tx.one("SELECT revoked_at FROM devices WHERE device_id = ?", (device_id,))
            if row is None:
                return None
            if row[0] is not None:
                return row[0]
            tx.execute("UPDATE devices SET revoked_at = ? WHERE device_id = ?",
                       (iso(now), device_id))
            return iso(now)

    def put_coordinator(self, device_id: str, name: str, token_digest: str,
                        now: float) -> Device | None:
        """Make `device_id` a coordinator with this token: the admin token holder's word.
        A coordinator seen before gets the new token (the old one stops working) and is
        no longer revoked, so a coordinator who lost their settings can connect again.

        None once the log holds changes and `device_id` is not a coordinator already: the
        organisation key then exists on coordinators' laptops, and a laptop connected with
        the admin token would make a second key whose values nobody else could open."""
        device = Device(device_id, name, protocol.COORDINATOR, (protocol.ALL_TEAMS,), iso(now))
        with self._write() as tx:
            known = tx.one("SELECT role FROM devices WHERE device_id = ?", (device_id,))
            if tx.one("SELECT last_seq FROM org")[0] > 0 and not (
                    known and known[0] == protocol.COORDINATOR):
                return None
            tx.execute("DELETE FROM devices WHERE device_id = ?", (device_id,))
            self._add_device(tx, device, token_digest)
        return device

    @staticmethod
    def _add_device(tx: Tx, device: Device, token_digest: str) -> None:
        tx.execute("INSERT INTO devices (device_id, name, role, teams, token_sha256, "
                   "enrolled_at) VALUES (?, ?, ?, ?, ?, ?)",
                   (device.device_id, device.name, device.role, json.dumps(list(device.teams)),
                    token_digest, device.enrolled_at))

    # ---- enrolment -----------------------------------------------------------------------

    def add_enrolment(self, enrolment: Enrolment) -> bool:
        """Store a new enrolment; False if its id is taken."""
        with self._write() as tx:
            if tx.one("SELECT 1 FROM enrolments WHERE enrolment_id = ?",
                      (enrolment.enrolment_id,)):
                return False
            tx.execute("INSERT INTO enrolments (enrolment_id, proof_sha256, wrapped_key, teams, "
                       "role, label, created_by, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (enrolment.enrolment_id, enrolment.proof_sha256, enrolment.wrapped_key,
                        json.dumps(list(enrolment.teams)), enrolment.role, enrolment.label,
                        enrolment.created_by, enrolment.created_at, enrolment.expires_at))
            return True

    def redeem(self, enrolment_id: str, proof: str, device_id: str, name: str,
               token_digest: str, now: float) -> Redemption:
        """Enrol `device_id` with a one-time code. Wrong proofs are counted (and committed)
        until ENROL_ATTEMPTS burn the code. The laptop that used a code may use it again
        before it expires, for a fresh token, in case the hub's first reply was lost."""
        with self._write() as tx:
            row = tx.one("SELECT proof_sha256, wrapped_key, teams, role, expires_at, attempts, "
                         "used_by FROM enrolments WHERE enrolment_id = ?", (enrolment_id,))
            if row is None:
                return Redemption("unknown")
            proof_sha256, wrapped_key, teams, role, expires_at, attempts, used_by = row
            if attempts >= protocol.ENROL_ATTEMPTS:
                return Redemption("burnt")
            if expires_at <= iso(now):
                return Redemption("expired")
            if not tokens.matches(proof, proof_sha256):
                attempts += 1
                tx.execute("UPDATE enrolments SET attempts = ? WHERE enrolment_id = ?",
                           (attempts, enrolment_id))
                left = protocol.ENROL_ATTEMPTS - attempts
                return Redemption("wrong" if left else "burnt", tries_left=left)
            found = tx.one(f"SELECT {_DEVICE_COLUMNS} FROM devices WHERE device_id = ?",
                           (device_id,))
            existing = None if found is None else Device.from_row(found)
            if used_by is not None:
                if used_by != device_id or existing is None:
                    return Redemption("used")
                if existing.revoked_at is not None:
                    return Redemption("revoked")
                tx.execute("UPDATE devices SET token_sha256 = ? WHERE device_id = ?",
                           (token_digest, device_id))
                return Redemption("enrolled", device=existing, wrapped_key=wrapped_key)
            if existing is not None:
                return Redemption("taken")
            device = Device(device_id, name, role, tuple(json.loads(teams)), iso(now))
            self._add_device(tx, device, token_digest)
            tx.execute("UPDATE enrolments SET used_at = ?, used_by = ? WHERE enrolment_id = ?",
                       (iso(now), device_id, enrolment_id))
            return Redemption("enrolled", device=device, wrapped_key=wrapped_key)

    # ---- the change log ------------------------------------------------------------------

    def push(self, rows: Sequence[tuple[Any, ...]], may_touch: Callable[[str], bool],
             now: float) -> list[dict[str, Any]]:
        """Append a batch in order, in one transaction; a result per change. `rows` are
        checked changes as wire rows (AT_ID and so on above).

        A change_id seen before is a duplicate (same content, its original seq) or a
        mismatch; a change to an erased record is refused as erased. An erase change deletes
        the record's history, leaves a marker and is itself appended, so devices learn of it
        in log order. Raises ProtocolError (nothing stored) if an erasure would reach
        changes in a scope the device may not touch.

        Most batches are all new changes, so they are first simply appended: the log's
        unique change_id refuses a replay, and then (or if a record is erased) that
        transaction is rolled back and the batch goes the careful way, change by change.
        """
        ids = {row[AT_ID] for row in rows}
        if len(ids) == len(rows) and all(row[AT_KIND] != protocol.ERASE_KIND for row in rows):
            try:
                with self._write() as tx:
                    return self._append_new(tx, rows)
            except _NotAllNew:
                pass
        with self._write() as tx:
            return self._push_carefully(tx, rows, may_touch, now)

    def _append_new(self, tx: Tx, rows: Sequence[tuple[Any, ...]]) -> list[dict[str, Any]]:
        last, any_erased = tx.one("SELECT last_seq, EXISTS (SELECT 1 FROM erased) FROM org")
        if any_erased and self._erased(tx, rows):
            raise _NotAllNew()
        try:
            self._append_rows(tx, last + 1, rows)
        except self._unique_violation:
            raise _NotAllNew() from None
        tx.execute("UPDATE org SET last_seq = ?", (last + len(rows),))
        return [{"change_id": row[AT_ID], "status": STORED, "seq": seq}
                for seq, row in enumerate(rows, last + 1)]

    def _push_carefully(self, tx: Tx, rows: Sequence[tuple[Any, ...]],
                        may_touch: Callable[[str], bool], now: float) -> list[dict[str, Any]]:
        last, any_erased = tx.one("SELECT last_seq, EXISTS (SELECT 1 FROM erased) FROM org")
        known = self._stored(tx, [row[AT_ID] for row in rows])
        erased = self._erased(tx, rows) if any_erased else set()
        pending: list[tuple[Any, ...]] = []
        results = []
        for row in rows:
            change_id, record = row[AT_ID], (row[AT_TBL], row[AT_ROW])
            old = known.get(change_id)
            if old is not None:
                status = DUPLICATE if old[1:] == row else MISMATCH  # all but seq
                results.append(_result(change_id, status, old[0]))
                continue
            if record in erased:
                results.append(_result(change_id, ERASED, None))
                continue
            last += 1
            if row[AT_KIND] == protocol.ERASE_KIND:
                self._append_rows(tx, last - len(pending), pending)
                pending = []
                self._erase_record(tx, record, may_touch, now)
                erased.add(record)
                # A replay later in this batch of a change just deleted is refused as
                # erased, as it would be in a later batch.
                known = {k: v for k, v in known.items()
                         if (v[1 + AT_TBL], v[1 + AT_ROW]) != record}
            pending.append(row)
            known[change_id] = (last, *row)
            results.append(_result(change_id, STORED, last))
        self._append_rows(tx, last + 1 - len(pending), pending)
        tx.execute("UPDATE org SET last_seq = ?", (last,))
        return results

    def _in(self, column: str, values: list[Any]) -> tuple[str, list[Any]]:
        """`column IN (values)` as SQL and parameters (PostgreSQL overrides it)."""
        return f"{column} IN ({_marks(len(values))})", values

    def _stored(self, tx: Tx, change_ids: list[str]) -> dict[str, tuple[Any, ...]]:
        """The stored rows of these change ids, by id."""
        found = {}
        for start in range(0, len(change_ids), _CHUNK):
            where, params = self._in("change_id", change_ids[start:start + _CHUNK])
            for row in tx.all(f"{SELECT_CHANGES} WHERE {where}", params):
                found[row[1]] = tuple(row)
        return found

    def _erased(self, tx: Tx, rows: Sequence[tuple[Any, ...]]) -> set[tuple[str, str]]:
        wanted = {(row[AT_TBL], row[AT_ROW]) for row in rows}
        row_ids = sorted({row_id for _, row_id in wanted})
        found = set()
        for start in range(0, len(row_ids), _CHUNK):
            where, params = self._in("row_id", row_ids[start:start + _CHUNK])
            for tbl, row_id in tx.all(f"SELECT tbl, row_id FROM erased WHERE {where}", params):
                if (tbl, row_id) in wanted:
                    found.add((tbl, row_id))
        return found

    @staticmethod
    def _erase_record(tx: Tx, record: tuple[str, str], may_touch: Callable[[str], bool],
                      now: float) -> None:
        scopes = [r[0] for r in tx.all("SELECT DISTINCT scope FROM changes WHERE tbl = ? "
                                       "AND row_id = ?", record)]
        if not all(may_touch(scope) for scope in scopes):
            raise ProtocolError(protocol.FORBIDDEN,
                                "This laptop may not erase a record that another team holds; "
                                "ask the coordinator to erase it.",
                                protocol.STATUS[protocol.FORBIDDEN])
        tx.execute("DELETE FROM changes WHERE tbl = ? AND row_id = ?", record)
        tx.execute("INSERT INTO erased (tbl, row_id, erased_at) VALUES (?, ?, ?)",
                   (*record, iso(now)))

    def pull(self, after: int, limit: int, scopes: frozenset[str] | None) -> Page:
        """Up to `limit` changes after seq `after` in `scopes` (None: all), the cursor to
        store with them, and whether more may follow. The cursor moves past other scopes'
        changes too, and never past a seq not yet committed: the hub's last seq is read
        first, and every change up to it is committed (writes are serialised)."""
        where = "seq > ? AND seq <= ?"
        params: list[Any] = [after]
        if scopes is not None:
            ordered = sorted(scopes)
            where += f" AND scope IN ({_marks(len(ordered))})"
        with self._read() as tx:
            last = tx.one("SELECT last_seq FROM org")[0]
            params.append(last)
            if scopes is not None:
                params += ordered
            changes, count, final = self._page(tx, where, [*params, limit])
        if count == limit:
            assert final is not None, "a full page holds a change: the limit is 1 or more"
            return Page(changes, count, final, final < last)
        return Page(changes, count, max(after, last), False)

    def _page(self, tx: Tx, where: str,
              params: list[Any]) -> tuple[bytes, int, int | None]:
        """The changes `where` says, in seq order, at most the last parameter of them: as a
        JSON array, how many, and the last one's seq. (Measured on PostgreSQL 15: tuples
        and orjson take half the time of the server's json_agg; SQLite's json_object is
        quicker still, so that backend overrides this.)"""
        rows = tx.all(f"{SELECT_CHANGES} WHERE {where} ORDER BY seq LIMIT ?", params)
        return (orjson.dumps([dict(zip(CHANGE_COLUMNS, row)) for row in rows]), len(rows),
                rows[-1][0] if rows else None)

    def dump(self) -> Iterator[tuple[str, tuple[Any, ...]]]:
        """Every row of every table, for tests that look for clear text in the database."""
        with self._read() as tx:
            for table in ("org", "devices", "enrolments", "changes", "erased"):
                for row in tx.all(f"SELECT * FROM {table}"):
                    yield table, tuple(row)


def _result(change_id: str, status: str, seq: int | None) -> dict[str, Any]:
    return {"change_id": change_id, "status": status, "seq": seq}
