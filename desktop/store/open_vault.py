"""An unlocked vault: its two connections, its key, and the locks that keep work whole.

`Vault` (vault.py) adds the doors that make one of these (create, unlock, open with a key) and
the migrations they run. Records, drafts, backups and sync build on this class, which imports
none of them.

There are two connections, both keyed, both private:
- the *writer*, through which every write goes, one transaction at a time (`transaction()`);
- the *reader* (`query_only`), through which every other read goes (`reading()`). The
  database is in WAL mode, where readers never wait for the writer, so a search typed while
  sync applies a page of changes does not wait for the page. Each `reading()` block on it is
  one read transaction: one snapshot of what was committed when it began, so the queries in a
  block agree with each other.

Reads see your own writes: a read inside a transaction (Records.update reading the row it
changes) runs on the writer, so it sees what the transaction wrote so far, and a read after a
transaction has committed sees it on either connection. A write inside a `reading()` block is
refused: the block's snapshot would not show it, and a thread holding the reader while it
waits for the writer is half of a deadlock.

Neither connection, nor the sqlite_utils Database over the writer, is reachable except inside
`reading()` and `transaction()`, with the lock that makes it safe held: sqlite_utils wraps
queries in named savepoints, and two threads doing that on one connection release each other's.
The few jobs that are neither a read nor an ordinary write (a copy for a backup, a re-key, a
checkpoint) are methods here. Connections are typed as `sqlite3.Connection`: see connection.py.
"""

from collections import deque
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
    connect,
    disk_full,
    is_damage,
    is_intact,
    is_storage_failure,
    translate_error,
)
from desktop.store.keyslots import Header

LOCKED = "The vault is locked. Unlock it to carry on."


class TakingTurns:
    """A reentrant lock that goes to threads in the order they asked for it.

    threading.RLock does not promise an order, and in practice a thread that lets go and asks
    again at once (sync applying page after page) gets it back before a waiting thread has
    woken: a keystroke's draft save waited for several pages instead of the end of one.
    """

    def __init__(self) -> None:
        self._turns = threading.Condition(threading.Lock())
        self._queue: deque[int] = deque()  # threads waiting, first come first
        self._owner: int | None = None
        self._depth = 0

    def is_mine(self) -> bool:
        return self._owner == threading.get_ident()

    def is_wanted(self) -> bool:
        """Is a thread waiting for it? (A hint: it may change at once.)"""
        return bool(self._queue)

    def __enter__(self) -> None:
        me = threading.get_ident()
        with self._turns:
            if self._owner == me:
                self._depth += 1
                return
            self._queue.append(me)
            try:
                self._turns.wait_for(lambda: self._owner is None and self._queue[0] == me)
            except BaseException:  # interrupted while waiting: give up the place in the queue
                self._queue.remove(me)
                self._turns.notify_all()
                raise
            self._queue.popleft()
            self._owner, self._depth = me, 1

    def __exit__(self, *exc: object) -> None:
        with self._turns:
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._turns.notify_all()


class OpenVault:
    """An unlocked vault's connections, key and locks. `close` (or `lock`) drops them."""

    def __init__(self, directory: Path, conn: sqlite3.Connection, reader: sqlite3.Connection,
                 data_key: bytes, header: Header, slot_id: str | None,
                 file_lock: filelock.BaseFileLock):
        self.directory = directory
        self._conn: sqlite3.Connection | None = conn
        self._reader: sqlite3.Connection | None = reader
        self._db = sqlite_utils.Database(conn)  # atomic(): BEGIN, or a savepoint when nested
        self._data_key: bytes | None = data_key
        self.header = header
        self.slot_id = slot_id
        self._file_lock = file_lock
        # Writes take turns on the writer, reads on the reader. A thread that needs both takes
        # the write lock first, and a thread inside a transaction reads on the writer.
        self._write_lock = TakingTurns()
        self._read_lock = threading.RLock()
        self._reader_thread: int | None = None  # the thread in a reading() block, if any
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
        """Lock: close both connections and forget the key. Idempotent.

        Waits for a write in progress on another thread, so it finishes or rolls back whole,
        and for a read in progress, so no query loses its connection halfway.
        """
        with self._write_lock, self._read_lock:
            self._close()

    lock = close

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._close_connections()
            finally:
                self._data_key = None
                self._file_lock.release()

    def _close_connections(self) -> None:
        """Close both connections, keeping the folder's lock (a door that failed half way
        lets go of the lock itself)."""
        reader, writer = self._reader, self._conn
        self._reader = self._conn = None
        try:
            if reader is not None:
                reader.close()
        finally:
            if writer is not None:
                writer.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- reading and writing -------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside commits together or not at all.

        Yields the writer; reads inside, through `reading()` too, see the transaction's own
        writes. Nested transactions are savepoints of the outer one.
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
        """Reads on one snapshot; a damaged page met on the way raises VaultDamaged.

        Inside a transaction on this thread, the writer (to see the transaction's writes);
        otherwise the reader, which never waits for a write. Fetch results inside the block: a
        cursor carried out of it would use the connection without its lock.
        """
        me = threading.get_ident()
        if self._write_lock.is_mine():
            with self._translated():
                yield self._writer()
            return
        with self._read_lock:
            reader = self._reader
            if reader is None:
                raise VaultLocked(LOCKED)
            if self._reader_thread == me:  # nested: the outer block's snapshot
                with self._translated():
                    yield reader
                return
            self._reader_thread = me
            try:
                with self._translated():
                    reader.execute("BEGIN")
                    try:
                        yield reader
                    finally:
                        if reader.in_transaction:
                            reader.execute("ROLLBACK")  # a read transaction: nothing to keep
            finally:
                self._reader_thread = None

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """Hold the write lock and yield the writer, with no transaction of its own."""
        if self._reader_thread == threading.get_ident():
            raise RuntimeError("A write inside vault.reading(): finish the read first (its "
                               "snapshot would not show the write).")
        with self._write_lock:
            if self._conn is None:
                raise VaultLocked(LOCKED)
            yield self._conn

    def writers_waiting(self) -> bool:
        """Is another thread waiting to write? A long write (sync merging a page) commits at
        its next safe point and lets it go first: a draft is saved on every keystroke."""
        return self._write_lock.is_wanted()

    def _writer(self) -> sqlite3.Connection:
        """The writer, for this thread inside `transaction()` (or holding the write lock)."""
        if not self._write_lock.is_mine():
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
        with self._writing() as conn, self._read_lock, self._translated():
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def rekey(self, new_key: bytes, header: Header) -> None:
        """Encrypt the database under `new_key`; `header`, sealed to it, becomes the vault's.

        If the new key cannot be proved on disk, the file is still under the old key while the
        writer holds the new one, so every later read would fail: the vault is locked (the next
        unlock opens it afresh) and StorageError raised.
        """
        db_path = self.directory / DB_FILE
        with self._writing() as conn, self._read_lock:
            try:
                reader, self._reader = self._reader, None
                if reader is not None:  # it holds the old key: a new one is opened below
                    reader.close()
                conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                # SQLCipher's rekey can fail (a full disk, say) without raising: it logs and
                # returns. Only a fresh connection under the new key proves it is on disk.
                if not is_intact(db_path, new_key, quick_check=False):
                    raise VaultDamaged("The re-keyed database does not open with its new key.")
                self._reader = connect(db_path, new_key, read_only=True)
            except (sqlcipher3.Error, VaultError):
                self._close()
                raise StorageError("The vault's key could not be changed, so the old one still "
                                   "opens it. The vault has been locked: check there is free "
                                   "space, unlock it and try again.") from None
            self.header, self._data_key = header, new_key
