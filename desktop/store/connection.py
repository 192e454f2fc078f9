"""The vault's files, its keyed connections and its folder lock: the floor under the vault.

Making a keyed connection, taking the folder's lock and telling a damaged database from a full
disk are needed by the open vault (open_vault.py), its doors (vault.py), backups and restores
(backup.py) and key rotation (access.py). They live here, below all of them, so that none has
to reach into another's private names and no two of them import each other.

sqlcipher3 is the standard library's sqlite3 module built against SQLCipher: the same classes
and methods (and its own copies of the error classes). It ships no type stubs, so mypy sees it
as untyped; connections are annotated as `sqlite3.Connection`, whose methods they have, and
errors are caught as sqlcipher3's, which are the ones it raises.
"""

import errno
from pathlib import Path
import sqlite3

import filelock
import sqlcipher3

from desktop.core.errors import StorageError, VaultDamaged, VaultError, VaultInUse
from desktop.store import selftest
from desktop.store.files import storage_error

DB_FILE = "vault.db"
KEYS_FILE = "vault.keys"
NEXT_KEYS_FILE = "vault.keys.next"  # written during a key rotation, before the re-key
LOCK_FILE = "vault.lock"
BACKUPS_DIR = "backups"

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",  # a committed record survives power loss
    "PRAGMA temp_store = MEMORY",  # sorts and temp tables never touch a plaintext temp file
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",  # deleted records are overwritten, not just unlinked
    "PRAGMA cache_size = -65536",  # 64 MiB: decrypted pages are reused, not decrypted again
)

DAMAGED = ("The vault's database is damaged. Restore the vault from a backup, or ask your "
           "coordinator for help.")

_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 8, 10, 11, 13, 26


def is_damage(error: Exception) -> bool:
    """Is this database error a damaged page or a file that is not a vault?"""
    # Only "corrupt" and "not a database" mean damage. IntegrityError and friends are
    # DatabaseError subclasses too, but a refused constraint is a bug or a conflict, and
    # calling it damage would send someone to restore a healthy vault from a backup.
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return type(error) is sqlcipher3.DatabaseError
    return isinstance(error, sqlcipher3.DatabaseError) and code & 0xFF in (_SQLITE_CORRUPT,
                                                                           _SQLITE_NOTADB)


def is_storage_failure(error: Exception) -> bool:
    """Is this database error the disk refusing (full, read-only, an I/O error)?"""
    # By result code, not by a word in the message: "no such column: full_name" is a bug in
    # the SQL, and calling it a full disk would hide it. EFBIG/EIO arrive as SQLITE_IOERR.
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        text = str(error)
        return any(phrase in text for phrase in ("database or disk is full", "disk I/O error",
                                                 "readonly database"))
    return code & 0xFF in (_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL)


def translate_error(error: Exception) -> VaultError | None:
    """The plain-English error for a database failure, or None if it is a bug to report.

    The CLI and the GUI call this where they catch errors, so a damaged page or a full disk met
    in any read reads as what it is.
    """
    if not isinstance(error, sqlcipher3.DatabaseError):
        return None
    if is_storage_failure(error):
        return StorageError("The disk refused to read or write the vault. Check there is free "
                            "space and the drive is connected, then try again.")
    if is_damage(error):
        return VaultDamaged(DAMAGED)
    return None


def disk_full(where: Path) -> StorageError:
    """The StorageError for a database write that found the disk full in `where`."""
    return storage_error(OSError(errno.ENOSPC, "No space left on device"), where)


def take_lock(directory: Path) -> filelock.BaseFileLock:
    """Hold the vault folder's lock, so two windows or commands never open it at once."""
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


def connect(db_path: Path, data_key: bytes, *, read_only: bool = False) -> sqlite3.Connection:
    """Key a connection and set the pragmas. The only place a vault connection is made.

    `read_only` sets `query_only`: the open vault's second connection, for reads that must not
    wait behind a write (WAL lets one writer and many readers work at once).
    """
    selftest.run()
    conn: sqlite3.Connection = sqlcipher3.connect(str(db_path), check_same_thread=False)
    # A raw key skips SQLCipher's own PBKDF2: the passphrase work was done by Argon2 already.
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma)
        if read_only:
            conn.execute("PRAGMA query_only = ON")
    except sqlcipher3.DatabaseError:
        conn.close()
        raise VaultDamaged(f"The vault's database ({DB_FILE}) is damaged or is not an "
                           "Offerbook vault. Restore the vault from a backup.") from None
    return conn


def is_intact(db_path: Path, data_key: bytes, *, quick_check: bool = True) -> bool:
    """Does every page of the database decrypt under `data_key` (and, with `quick_check`, is
    its structure sound)? Opens and closes a connection of its own."""
    try:
        conn = connect(db_path, data_key)
    except VaultDamaged:
        return False
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchone() is not None:
            return False
        return not quick_check or conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
