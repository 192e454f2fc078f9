"""An unlocked vault: its connection, its key, and the lock that keeps writes whole.

`Vault` (vault.py) adds the doors that make one of these (create, unlock, open with a key) and
the migrations they run. Records, drafts, backups and sync build on this class, which imports
none of them. The jobs that are neither a read nor an ordinary write (a copy for a backup, a
re-key, a checkpoint) are methods here, so nothing outside needs the lock or the connection.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
import threading
from typing import Self

import filelock
import sqlcipher3
import sqlite_utils

from desktop.core.errors import StorageError, VaultDamaged, VaultError, VaultLocked
from desktop.core.hlc import HybridClock, Stamp
from desktop.core.ids import utc_now
from desktop.store.connection import (
    DAMAGED,
    DB_FILE,
    disk_full,
    is_damage,
    is_intact,
    is_storage_failure,
    translate_error,
)
from desktop.store.keyslots import Header


class OpenVault:
    """An unlocked vault's connection, key and lock. `close` (or `lock`) drops them."""

    def __init__(self, directory: Path, conn: sqlcipher3.Connection, data_key: bytes,
                 header: Header, slot_id: str | None, file_lock: filelock.BaseFileLock):
        self.directory = directory
        self._conn = conn
        self.db = sqlite_utils.Database(conn)
        self._data_key = data_key
        self.header = header
        self.slot_id = slot_id
        self._file_lock = file_lock
        self._write_lock = threading.RLock()
        local = dict(conn.execute("SELECT key, value FROM _local").fetchall())
        self.device_id: str = local["device_id"]
        self.clock = HybridClock(Stamp.parse(local["hlc"]))
        slot = header.slot(slot_id) if slot_id else None
        self.staff_id: str | None = slot.staff_id if slot else None

    # ---- state ---------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultLocked("The vault is locked. Unlock it to carry on.")
        return self._conn

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked("The vault is locked. Unlock it to carry on.")
        return self._data_key

    def close(self) -> None:
        """Lock: close the connection and forget the key. Idempotent.

        Waits for a write in progress on another thread, so it finishes or rolls back whole.
        """
        with self._write_lock:
            self._close()

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
                self._data_key = None
                self._file_lock.release()

    lock = close

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One atomic write: everything inside commits together or not at all."""
        conn = self.conn
        with self._write_lock:
            try:
                with self.db.atomic():
                    yield conn
            except sqlcipher3.OperationalError as error:
                if is_storage_failure(error):
                    raise StorageError("The disk refused the write, so nothing was saved. "
                                       "Check there is free space, then try again.") from None
                raise
            except sqlcipher3.DatabaseError as error:
                if is_damage(error):
                    raise VaultDamaged("The vault's database is damaged. Restore the vault "
                                       "from a backup.") from None
                raise

    @contextmanager
    def reading(self) -> Iterator[sqlcipher3.Connection]:
        """Reads that turn a damaged page into VaultDamaged instead of a raw database error.

        Reads hold the same lock as writes: there is one connection, and sqlite_utils wraps
        each query in a named savepoint, so a background sync reading while the GUI thread
        reads could release the other's savepoint ("no such savepoint")."""
        with self._write_lock:
            try:
                yield self.conn
            except sqlcipher3.DatabaseError as error:
                translated = translate_error(error)
                if translated is None:
                    raise
                raise translated from None

    def verify(self) -> None:
        """Check every page's HMAC and the database structure (seconds on a large vault)."""
        with self._write_lock, self.reading() as conn:
            if conn.execute("PRAGMA cipher_integrity_check").fetchone() is not None:
                raise VaultDamaged(DAMAGED)
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise VaultDamaged(DAMAGED)

    def next_stamp(self) -> Stamp:
        """A clock stamp for a write; persisted in the same transaction as the write."""
        stamp = self.clock.tick()
        self.conn.execute("UPDATE _local SET value = ? WHERE key = 'hlc'", (str(stamp),))
        return stamp

    def audit(self, action: str, table: str = "", row_id: str = "",
              fields: str = "") -> None:
        """Append to the audit log (inside the caller's transaction). Names, never values."""
        self.conn.execute(
            "INSERT INTO audit_log (at, staff_id, device_id, action, tbl, row_id, fields) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (utc_now(), self.staff_id, self.device_id, action, table, row_id, fields))

    # ---- whole-database jobs -------------------------------------------------------------

    def copy_to(self, path: Path) -> None:
        """Write a consistent copy of the database to `path` (VACUUM INTO): encrypted under the
        same key, compacted, with nothing left in a WAL. Writes wait until it is done."""
        with self._write_lock:
            try:
                self.conn.execute("VACUUM INTO ?", (str(path),))
            except sqlcipher3.OperationalError as error:
                if "full" in str(error):
                    raise disk_full(path.parent) from None
                raise

    def checkpoint(self) -> None:
        """Fold the WAL into the database file and empty it."""
        with self._write_lock:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def rekey(self, new_key: bytes, header: Header) -> None:
        """Encrypt the database under `new_key`; `header`, sealed to it, becomes the vault's.

        If the new key cannot be proved on disk, the file is still under the old key while the
        connection holds the new one, so every later read would fail: the vault is locked (the
        next unlock opens it afresh) and StorageError raised.
        """
        with self._write_lock:
            try:
                self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                # SQLCipher's rekey can fail (a full disk, say) without raising: it logs and
                # returns. Only a fresh connection under the new key proves it is on disk.
                if not is_intact(self.directory / DB_FILE, new_key, quick_check=False):
                    raise VaultDamaged("The re-keyed database does not open with its new key.")
            except (sqlcipher3.Error, VaultError):
                self.close()
                raise StorageError("The vault's key could not be changed, so the old one still "
                                   "opens it. The vault has been locked: check there is free "
                                   "space, unlock it and try again.") from None
            self.header, self._data_key = header, new_key
