"""Reading and writing records.

Every write goes through `Records`, and every write is one transaction holding three things:
the row itself, its audit-log row and its per-field change record in the sync outbox. That is
what lets sync ship every edit and lets a coordinator see who changed what — no write path can
skip either, because there is no other write path.
"""

from collections.abc import Iterable, Sequence
from dataclasses import fields
import json
import sqlite3
import typing
from typing import Any, TypeVar

from desktop.core import models, validation
from desktop.core.errors import NotFound, ValidationError
from desktop.core.ids import new_id, utc_now
from desktop.store.open_vault import OpenVault

R = TypeVar("R", bound=models.Record)

_NOTES_APPEND_ONLY = ("notes",)
NEW_RECORD = "*"  # in an outbox entry: every field of a newly created record


_CODECS: dict[type[models.Record], tuple[frozenset[str], frozenset[str]]] = {}


def _codec(cls: type[models.Record]) -> tuple[frozenset[str], frozenset[str]]:
    """The JSON columns and the boolean columns of a record class (worked out once a class).

    A dict, not functools.cache: mypy takes a class for unhashable when its instances are
    (dataclasses with eq), and would refuse it as the cache's key."""
    codec = _CODECS.get(cls)
    if codec is None:
        hints = typing.get_type_hints(cls)
        json_cols = {f.name for f in fields(cls)
                     if typing.get_origin(hints[f.name]) in (list, dict)}
        bool_cols = {f.name for f in fields(cls) if hints[f.name] is bool}
        codec = _CODECS[cls] = frozenset(json_cols), frozenset(bool_cols)
    return codec


def encode(cls: type[models.Record], name: str, value: Any) -> Any:
    json_cols, bool_cols = _codec(cls)
    if name in json_cols:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if name in bool_cols:
        return int(bool(value))
    return value


def decode_row(cls: type[R], row: dict[str, Any]) -> R:
    json_cols, bool_cols = _codec(cls)
    values = dict(row)
    for name in json_cols:
        if isinstance(values.get(name), str):
            values[name] = json.loads(values[name])
    for name in bool_cols:
        if name in values:
            values[name] = bool(values[name])
    return cls.from_row(values)


class Records:
    """The one write path for synced records, plus simple reads."""

    def __init__(self, vault: OpenVault):
        self.vault = vault

    # ---- reads ---------------------------------------------------------------------------

    def get(self, cls: type[R], row_id: str, *, include_deleted: bool = False) -> R:
        row = self._row(cls, row_id)
        if row is None or (row["deleted"] and not include_deleted):
            raise NotFound(f"That {cls.TABLE[:-1].replace('_', ' ')} no longer exists; it may "
                           "have been deleted on another device.")
        return decode_row(cls, row)

    def find(self, cls: type[R], where: str = "", params: Sequence[Any] = (), *,
             order: str = "created_at", limit: int | None = None) -> list[R]:
        sql = f"SELECT * FROM {cls.TABLE} WHERE deleted = 0"
        if where:
            sql += f" AND ({where})"
        sql += f" ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self.vault.reading() as conn:
            return [decode_row(cls, row) for row in _dicts(conn.execute(sql, list(params)))]

    def count(self, cls: type[models.Record]) -> int:
        with self.vault.reading() as conn:
            return conn.execute(f"SELECT count(*) FROM {cls.TABLE} WHERE deleted = 0").fetchone()[0]

    def _row(self, cls: type[models.Record], row_id: str) -> dict[str, Any] | None:
        with self.vault.reading() as conn:
            rows = _dicts(conn.execute(f"SELECT * FROM {cls.TABLE} WHERE id = ?", [row_id]))
        return rows[0] if rows else None

    # ---- writes --------------------------------------------------------------------------

    def add(self, record: R) -> R:
        """Validate and insert a new record; returns it with its id and clock filled in."""
        self.add_many([record])
        return record

    def add_many(self, records: Iterable[models.Record], *, action: str = "create") -> int:
        """Insert many new records in one transaction (demo data, imports). Returns the count."""
        by_table: dict[type[models.Record], list[models.Record]] = {}
        for record in records:
            validation.validate(record)
            by_table.setdefault(type(record), []).append(record)
        count = 0
        with self.vault.transaction() as conn:
            for cls, batch in by_table.items():
                columns = models.Record.BOOKKEEPING + cls.data_fields()
                rows, audits, changes = [], [], []
                for record in batch:
                    stamp = str(self.vault.next_stamp())
                    record.id = record.id or new_id()
                    record.created_at = record.created_at or utc_now()
                    record.updated_hlc, record.deleted = stamp, False
                    encoded = {name: encode(cls, name, getattr(record, name)) for name in columns}
                    rows.append(tuple(encoded[name] for name in columns))
                    audits.append((action, cls.TABLE, record.id, "*"))  # "*": every field
                    changes.append(self._change(cls, record.id, stamp, {NEW_RECORD: None}))
                placeholders = ", ".join("?" * len(columns))
                conn.executemany(f"INSERT INTO {cls.TABLE} ({', '.join(columns)}) "
                                 f"VALUES ({placeholders})", rows)
                self._write_bookkeeping(conn, audits, changes)
                count += len(batch)
        return count

    def update(self, cls: type[R], row_id: str, **changes: Any) -> R:
        """Change some fields of a record. Only fields that really change are written."""
        if cls.TABLE in _NOTES_APPEND_ONLY:
            raise ValidationError("Notes cannot be edited once saved; add a new note instead.")
        unknown = set(changes) - set(cls.data_fields())
        if unknown:
            raise ValueError(f"{cls.__name__} has no field(s) {sorted(unknown)}")
        with self.vault.transaction() as conn:
            current = self.get(cls, row_id)
            for name, value in changes.items():
                setattr(current, name, value)
            validation.validate(current)
            row = self._row(cls, row_id)
            assert row is not None
            changed = {name: encode(cls, name, getattr(current, name))
                       for name in changes
                       if encode(cls, name, getattr(current, name)) != row[name]}
            if changed:
                self._write_changes(conn, cls, row, changed, action="update")
            return self.get(cls, row_id)

    def delete(self, cls: type[models.Record], row_id: str) -> None:
        """Delete as a tombstone: the row stays, marked deleted, so the delete can sync."""
        with self.vault.transaction() as conn:
            row = self._row(cls, row_id)
            if row is None or row["deleted"]:
                return
            self._write_changes(conn, cls, row, {"deleted": 1}, action="delete")

    def _write_changes(self, conn: sqlite3.Connection, cls: type[models.Record],
                       row: dict[str, Any], changed: dict[str, Any], action: str) -> None:
        stamp = str(self.vault.next_stamp())
        clocks = json.loads(row["field_hlc"]) if row["field_hlc"] else {}
        bases = {name: clocks.get(name, row["updated_hlc"]) for name in changed}
        # Once one column moves on, every column needs its own clock: fill them all in.
        for name in cls.data_fields() + ("deleted",):
            clocks.setdefault(name, row["updated_hlc"])
        clocks.update({name: stamp for name in changed})
        assignments = ", ".join(f"{name} = ?" for name in changed)
        conn.execute(
            f"UPDATE {cls.TABLE} SET {assignments}, updated_hlc = ?, field_hlc = ? WHERE id = ?",
            (*changed.values(), stamp, json.dumps(clocks, sort_keys=True), row["id"]))
        self._write_bookkeeping(
            conn, [(action, cls.TABLE, row["id"], ",".join(changed))],
            [self._change(cls, row["id"], stamp, bases)])

    @staticmethod
    def _change(cls: type[models.Record], row_id: str, stamp: str,
                bases: dict[str, str | None]) -> tuple:
        """An outbox entry: which fields this write changed, each with the clock it replaced.

        Values are not copied: the push reads them from the row, where the field's own clock
        says whether this entry's value is still current. That keeps the outbox small (a
        50,000-character note is not stored twice) and lets several offline edits of one field
        travel as one change whose base is what other devices last saw.
        """
        return (new_id(), cls.TABLE, row_id, stamp, json.dumps(bases, sort_keys=True))

    def _write_bookkeeping(self, conn: sqlite3.Connection, audits: list[tuple],
                           changes: list[tuple]) -> None:
        at = utc_now()
        conn.executemany(
            "INSERT INTO audit_log (at, staff_id, device_id, action, tbl, row_id, fields) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(at, self.vault.staff_id, self.vault.device_id, *audit) for audit in audits])
        conn.executemany(
            "INSERT INTO outbox (change_id, tbl, row_id, hlc, fields) VALUES (?, ?, ?, ?, ?)",
            changes)

    # ---- first run -----------------------------------------------------------------------

    def create_first_staff(self, staff_id: str, name: str, organisation: str) -> models.Staff:
        """The vault's creator: a coordinator, whose staff id their keyslot already names."""
        staff = models.Staff(id=staff_id, name=name, role="coordinator")
        with self.vault.transaction():
            self.vault.staff_id = staff_id
            self.add(staff)
            if organisation:
                self.set_setting("organisation_name", organisation)
        return staff

    def set_setting(self, key: str, value: Any) -> None:
        """Organisation-wide settings kept inside the vault (they may name the organisation)."""
        with self.vault.transaction() as conn:
            conn.execute("INSERT INTO vault_settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (key, json.dumps(value, ensure_ascii=False)))
            self.vault.audit("setting", "vault_settings", key)

    def setting(self, key: str, default: Any = None) -> Any:
        with self.vault.reading() as conn:
            row = conn.execute("SELECT value FROM vault_settings WHERE key = ?",
                               (key,)).fetchone()
        return json.loads(row[0]) if row else default


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """A query's rows as {column: value}."""
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor]
