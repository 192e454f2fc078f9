"""An unlocked vault: its connection, its key, and the lock that keeps work whole.

`Vault` (vault.py) adds the doors that make one of these (create, unlock, open with a key) and
the migrations they run. Records, drafts, backups and sync build on this class, which imports
none of them.

Every read goes through `reading()` and every write through `transaction()`. The connection,
and the sqlite_utils Database over it, are private: they are reachable only inside those two,
with the lock that makes them safe held (sqlite_utils wraps queries in named savepoints, and
two threads doing that on one connection release each other's). The few jobs that are neither
a read nor an ordinary write (a copy for a backup, a re-key, a checkpoint) are methods here.
The connection is typed as `sqlite3.Connection`: see connection.py.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
import sqlite3
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

LOCKED = "The vault is locked. Unlock it to carry on."


class OpenVault:
    """An unlocked vault's connection, key and lock. `close` (or `lock`) drops them."""

    def __init__(self, directory: Path, conn: sqlite3.Connection, data_key: bytes,
                 header: Header, slot_id: str | None, file_lock: filelock.BaseFileLock):
        self.directory = directory
        self._conn: sqlite3.Connection | None = conn
        self._db = sqlite_utils.Database(conn)  # atomic(): BEGIN, or a savepoint when nested
        self._data_key: bytes | None = data_key
        self.header = header
        self.slot_id = slot_id
        self._file_lock = file_lock
        self._write_lock = threading.RLock()  # reads and writes take turns on the connection
        self._writer_thread: int | None = None  # the thread holding _write_lock, if any
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
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked(LOCKED)
        return self._data_key

    def close(self) -> None:
        """Lock: close the connection and forget the key. Idempotent.

        Waits for a write in progress on another thread, so it finishes or rolls back whole.
        """
        with self._write_lock:
            self._close()

    lock = close

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
                self._data_key = None
                self._file_lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- reading and writing -------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside commits together or not at all.

        Yields the connection. Nested transactions are savepoints of the outer one.
        """
        with self._writing() as conn:
            try:
                with self._db.atomic():
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
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Reads that turn a damaged page into VaultDamaged instead of a raw database error.

        Reads hold the same lock as writes: there is one connection. Fetch results inside the
        block: a cursor carried out of it would use the connection without its lock.
        """
        with self._writing() as conn, self._translated():
            yield conn

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """Hold the write lock and yield the connection, with no transaction of its own."""
        with self._write_lock:
            if self._conn is None:
                raise VaultLocked(LOCKED)
            outer, self._writer_thread = self._writer_thread, threading.get_ident()
            try:
                yield self._conn
            finally:
                self._writer_thread = outer

    def _writer(self) -> sqlite3.Connection:
        """The connection, for this thread inside `transaction()` (or holding the lock)."""
        if self._writer_thread != threading.get_ident():
            raise RuntimeError("This belongs inside vault.transaction().")
        if self._conn is None:  # closed by this very thread mid-transaction
            raise VaultLocked(LOCKED)
        return self._conn

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except sqlcipher3.DatabaseError as error:
            translated = translate_error(error)
            if translated is None:
                raise
            raise translated from None

    def next_stamp(self) -> Stamp:
        """A clock stamp for a write; persisted in the same transaction as the write."""
        conn = self._writer()
        stamp = self.clock.tick()
        conn.execute("UPDATE _local SET value = ? WHERE key = 'hlc'", (str(stamp),))
        return stamp

    def audit(self, action: str, table: str = "", row_id: str = "",
              fields: str = "") -> None:
        """Append to the audit log (inside the caller's transaction). Names, never values."""
        self._writer().execute(
            "INSERT INTO audit_log (at, staff_id, device_id, action, tbl, row_id, fields) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (utc_now(), self.staff_id, self.device_id, action, table, row_id, fields))

    # ---- whole-database jobs -------------------------------------------------------------

    def verify(self) -> None:
        """Check every page's HMAC and the database structure (seconds on a large vault)."""
        with self._writing() as conn, self._translated():
            if conn.execute("PRAGMA cipher_integrity_check").fetchone() is not None:
                raise VaultDamaged(DAMAGED)
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise VaultDamaged(DAMAGED)

    def copy_to(self, path: Path) -> None:
        """Write a consistent copy of the database to `path` (VACUUM INTO): encrypted under the
        same key, compacted, with nothing left in a WAL. Writes wait until it is done."""
        with self._writing() as conn:
            try:
                conn.execute("VACUUM INTO ?", (str(path),))
            except sqlcipher3.OperationalError as error:
                if "full" in str(error):
                    raise disk_full(path.parent) from None
                raise

    def checkpoint(self) -> None:
        """Fold the WAL into the database file and empty it."""
        with self._writing() as conn, self._translated():
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def rekey(self, new_key: bytes, header: Header) -> None:
        """Encrypt the database under `new_key`; `header`, sealed to it, becomes the vault's.

        If the new key cannot be proved on disk, the file is still under the old key while the
        connection holds the new one, so every later read would fail: the vault is locked (the
        next unlock opens it afresh) and StorageError raised.
        """
        db_path = self.directory / DB_FILE
        with self._writing() as conn:
            try:
                conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                # SQLCipher's rekey can fail (a full disk, say) without raising: it logs and
                # returns. Only a fresh connection under the new key proves it is on disk.
                if not is_intact(db_path, new_key, quick_check=False):
                    raise VaultDamaged("The re-keyed database does not open with its new key.")
            except (sqlcipher3.Error, VaultError):
                self._close()
                raise StorageError("The vault's key could not be changed, so the old one still "
                                   "opens it. The vault has been locked: check there is free "
                                   "space, unlock it and try again.") from None
            self.header, self._data_key = header, new_key
