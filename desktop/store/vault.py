"""The vault: one encrypted SQLCipher database per install, opened in exactly one place.

A vault is a folder holding `vault.db` (SQLCipher 4, raw 256-bit key), `vault.keys` (keyslots,
no personal data), `vault.lock` (held while open, so two windows or commands never write at
once) and `backups/` (encrypted copies). `Vault.create` and `Vault.unlock` are the only doors;
both end in `_open`, which keys the connection, checks it, sets the pragmas and migrates.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
import logging
import os
from pathlib import Path
import secrets
import threading
import time

import filelock
import sqlcipher3
import sqlite_utils

from desktop.core.errors import (StorageError, UnlockThrottled, VaultDamaged, VaultError,
                                 VaultExists, VaultInUse, VaultLocked, VaultMissing,
                                 WrongPassphrase)
from desktop.core.hlc import HybridClock, Stamp
from desktop.core.ids import new_id, utc_now
from desktop.store import migrations, selftest
from desktop.store.files import storage_error
from desktop.store.keyslots import DEFAULT_KDF, KEY_BYTES, Header, KdfPolicy, new_recovery_key

log = logging.getLogger(__name__)

DB_FILE = "vault.db"
KEYS_FILE = "vault.keys"
NEXT_KEYS_FILE = "vault.keys.next"  # written during a key rotation, before the re-key
LOCK_FILE = "vault.lock"
BACKUPS_DIR = "backups"

# Escalating delay after wrong passphrases: free tries first, then doubling waits, capped.
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300.0

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",  # a committed record survives power loss
    "PRAGMA temp_store = MEMORY",  # sorts and temp tables never touch a plaintext temp file
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",  # deleted records are overwritten, not just unlinked
    "PRAGMA cache_size = -65536",  # 64 MiB: decrypted pages are reused, not decrypted again
)


_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def _is_damage(error: Exception) -> bool:
    # Only "corrupt" and "not a database" mean damage. IntegrityError and friends are
    # DatabaseError subclasses too, but a refused constraint is a bug or a conflict, and
    # calling it damage would send someone to restore a healthy vault from a backup.
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return type(error) is sqlcipher3.DatabaseError
    return isinstance(error, sqlcipher3.DatabaseError) and code & 0xFF in (_SQLITE_CORRUPT,
                                                                           _SQLITE_NOTADB)


_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 8, 10, 13
DAMAGED = ("The vault's database is damaged. Restore the vault from a backup, or ask your "
           "coordinator for help.")


def translate_error(error: Exception) -> VaultError | None:
    """The plain-English error for a database failure, or None if it is a bug to report.

    The CLI and the GUI call this where they catch errors, so a damaged page or a full disk met
    in any read reads as what it is.
    """
    if not isinstance(error, sqlcipher3.DatabaseError):
        return None
    if _is_storage_failure(error):
        return StorageError("The disk refused to read or write the vault. Check there is free "
                            "space and the drive is connected, then try again.")
    if _is_damage(error):
        return VaultDamaged(DAMAGED)
    return None


def _is_storage_failure(error: Exception) -> bool:
    # By result code, not by a word in the message: "no such column: full_name" is a bug in
    # the SQL, and calling it a full disk would hide it. EFBIG/EIO arrive as SQLITE_IOERR.
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        text = str(error)
        return any(phrase in text for phrase in ("database or disk is full", "disk I/O error",
                                                 "readonly database"))
    return code & 0xFF in (_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL)


class Vault:
    """An unlocked vault. Use `create` or `unlock`; `close` (or `lock`) drops the key."""

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

    # ---- doors ---------------------------------------------------------------------------

    @classmethod
    def create(cls, directory: Path, staff_name: str, passphrase: str, *,
               organisation: str = "", kdf: KdfPolicy = DEFAULT_KDF) -> tuple["Vault", str]:
        """Create a vault with its first staff member (a coordinator) and a recovery key.

        Returns the open vault and the recovery key, which is shown once and never stored.
        """
        directory = Path(directory)
        db_path, keys_path = directory / DB_FILE, directory / KEYS_FILE
        if db_path.exists() or keys_path.exists():
            raise VaultExists(f"There is already a vault in {directory}. Unlock it, or choose "
                              "an empty folder for a new one.")
        try:
            # Owner-only: the files are ciphertext, but who uses Offerbook is nobody else's
            # business. chmod too: mkdir's mode does not apply to a folder that already exists.
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            directory.chmod(0o700)
        except OSError as error:
            raise storage_error(error, directory) from None
        lock = _take_lock(directory)
        conn = None
        try:
            data_key = secrets.token_bytes(KEY_BYTES)
            staff_id = new_id()
            header = Header(vault_id=new_id())
            slot = header.add_passphrase_slot(data_key, passphrase, staff_id, kdf)
            recovery_key = new_recovery_key()
            header.add_recovery_slot(data_key, recovery_key)
            conn = _connect(db_path, data_key)
            migrations.initialise(conn, header.vault_id, new_id())
            header.save(keys_path)
            vault = cls(directory, conn, data_key, header, slot.id, lock)
            vault._migrate()
            from desktop.store.records import Records  # records builds on the open vault
            Records(vault).create_first_staff(staff_id, staff_name, organisation)
            return vault, recovery_key
        except BaseException:
            # A half-made vault would block the next try ("already a vault here") and its
            # recovery key was never shown: remove what this attempt wrote, so trying again works.
            if conn is not None:
                conn.close()
            for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", KEYS_FILE):
                (directory / name).unlink(missing_ok=True)
            lock.release()
            raise

    @classmethod
    def unlock(cls, directory: Path, secret: str, *,
               now: Callable[[], float] = time.time) -> "Vault":
        """Open the vault with a staff member's passphrase or the recovery key."""
        directory = Path(directory)
        header = cls.read_header(directory)
        wait = header.retry_after - now()
        # A wait longer than the longest delay means the clock went back since it was set (a
        # flat CMOS battery on an old laptop): let the attempt through rather than lock people
        # out for years. A failure then sets a fresh delay from the clock as it is now.
        if 0 < wait <= MAX_DELAY_SECONDS:
            raise UnlockThrottled(f"Too many wrong passphrases. Wait {wait:.0f} seconds, then "
                                  "try again.", wait)
        lock = _take_lock(directory)
        try:
            found = header.unwrap(secret)
            if found is None:
                header.failures += 1
                if header.failures >= FREE_ATTEMPTS:
                    # The exponent is capped too: 2.0 ** 1100 raises OverflowError.
                    doublings = min(header.failures - FREE_ATTEMPTS, 32)
                    delay = min(2.0 ** doublings, MAX_DELAY_SECONDS)
                    header.retry_after = now() + delay
                header.save(directory / KEYS_FILE)
                log.info("unlock refused: wrong passphrase (%d in a row)", header.failures)
                raise WrongPassphrase("That passphrase does not open this vault. Check Caps "
                                      "Lock and the keyboard language, then try again.")
            data_key, slot = found
            header.failures, header.retry_after = 0, 0.0
            slot.last_used = now()
            try:
                vault = cls._open(directory, data_key, header, slot.id, lock)
            except VaultDamaged:
                vault = cls._finish_rotation(directory, secret, lock)
                if vault is None:
                    raise
                return vault
            header.save(directory / KEYS_FILE)
            (directory / NEXT_KEYS_FILE).unlink(missing_ok=True)  # a rotation that never began
            return vault
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _finish_rotation(cls, directory: Path, secret: str,
                         lock: filelock.BaseFileLock) -> "Vault | None":
        """A key rotation was cut short after the re-key: the waiting header has the new key."""
        next_path = directory / NEXT_KEYS_FILE
        if not next_path.exists():
            return None
        header = Header.load(next_path)
        found = header.unwrap(secret)
        if found is None:
            return None
        vault = cls._open(directory, found[0], header, found[1].id, lock)
        os.replace(next_path, directory / KEYS_FILE)
        log.info("completed an interrupted key rotation")
        return vault

    @classmethod
    def open_with_key(cls, directory: Path, data_key: bytes, slot_id: str | None = None
                      ) -> "Vault":
        """Open with an already unwrapped data key: no KDF, so it takes milliseconds."""
        directory = Path(directory)
        header = cls.read_header(directory)
        lock = _take_lock(directory)
        try:
            return cls._open(directory, data_key, header, slot_id, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open(cls, directory: Path, data_key: bytes, header: Header, slot_id: str | None,
              lock: filelock.BaseFileLock) -> "Vault":
        db_path = directory / DB_FILE
        if not db_path.exists():
            raise VaultDamaged(f"The vault's database ({DB_FILE}) is missing from {directory}. "
                               "Restore the vault from a backup.")
        conn = _connect(db_path, data_key)
        try:
            vault_id = migrations.vault_id(conn)
            # A write cut short (a full disk, a power cut mid-checkpoint) can leave a torn page
            # in vault.db whose good copy is still in the WAL: fold the WAL in before checking.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # Keying proves only that page 1 decrypts. Every other page carries its own HMAC,
            # checked whenever it is read: a damaged page surfaces as VaultDamaged from the
            # read that touches it (see `reading`), and `verify` checks them all. Checking all
            # pages here would make every open cost seconds on a large register.
        except sqlcipher3.DatabaseError as error:
            conn.close()
            if _is_storage_failure(error):
                raise StorageError("The disk refused to read or write the vault, so it was not "
                                   "opened. Check there is free space and the drive is "
                                   "connected, then try again.") from None
            raise VaultDamaged(f"The vault's database ({DB_FILE}) is damaged or is not an "
                               "Offerbook vault. Restore the vault from a backup.") from None
        except LookupError:  # it decrypts, but holds no vault id
            conn.close()
            raise VaultDamaged(f"The vault's database ({DB_FILE}) is damaged or is not an "
                               "Offerbook vault. Restore the vault from a backup.") from None
        if vault_id != header.vault_id:
            conn.close()
            raise VaultDamaged("The vault's database and keys file belong to different vaults. "
                               "Put back the files that were copied together, or restore a "
                               "backup.")
        try:
            vault = cls(directory, conn, data_key, header, slot_id, lock)
        except (KeyError, ValueError):  # _local has lost the device id or holds no clock
            conn.close()
            raise VaultDamaged(f"The vault's database ({DB_FILE}) is damaged. Restore the "
                               "vault from a backup.") from None
        vault._migrate()
        return vault

    @staticmethod
    def read_header(directory: Path) -> Header:
        directory = Path(directory)
        keys_path, db_path = directory / KEYS_FILE, directory / DB_FILE
        if not keys_path.exists():
            if db_path.exists():
                raise VaultDamaged(f"The vault's keys file ({KEYS_FILE}) is missing from "
                                   f"{directory}. Restore it from a backup.")
            raise VaultMissing(f"There is no vault in {directory}. Create one with "
                               "`offerbook init`, or choose the folder that holds it.")
        return Header.load(keys_path)

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

    def __enter__(self) -> "Vault":
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
                if _is_storage_failure(error):
                    raise StorageError("The disk refused the write, so nothing was saved. "
                                       "Check there is free space, then try again.") from None
                raise
            except sqlcipher3.DatabaseError as error:
                if _is_damage(error):
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

    def _migrate(self) -> None:
        pending = migrations.pending(self.conn)
        if not pending:
            return
        if migrations.applied(self.conn):
            # Only an existing vault gets a backup: a new one has nothing to lose.
            from desktop.store.backup import backup_before
            backup_before(self, f"migration-{pending[0].name}")
        try:
            migrations.apply(self.conn, pending)
        except sqlcipher3.DatabaseError as error:
            # Each migration is one transaction, so the vault is still at its old version.
            log.error("migration failed: %s", type(error).__name__)
            raise translate_error(error) or VaultError(
                "This vault could not be updated for this version of Offerbook; it is "
                "unchanged, and a backup was taken first. Tell your IT support.") from None


def _take_lock(directory: Path) -> filelock.BaseFileLock:
    # Not thread-local: the GUI unlocks on a worker thread and locks again on the GUI thread.
    lock = filelock.FileLock(directory / LOCK_FILE, timeout=0, thread_local=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise VaultInUse("This vault is already open in another Offerbook window or command. "
                         "Close that first, then try again.") from None
    except OSError as error:
        raise storage_error(error, directory) from None
    return lock


def _connect(db_path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """Key a connection and set the pragmas. The only place a vault connection is made."""
    selftest.run()
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False)
    # A raw key skips SQLCipher's own PBKDF2: the passphrase work was done by Argon2 already.
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.DatabaseError:
        conn.close()
        raise VaultDamaged(f"The vault's database ({DB_FILE}) is damaged or is not an "
                           "Offerbook vault. Restore the vault from a backup.") from None
    return conn
