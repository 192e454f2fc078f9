"""The vault's doors: one encrypted SQLCipher database per install, opened in exactly one place.

A vault is a folder holding `vault.db` (SQLCipher 4, raw 256-bit key), `vault.keys` (keyslots,
no personal data), `vault.lock` (held while open, so two windows or commands never write at
once) and `backups/` (encrypted copies). `Vault.create`, `Vault.unlock` and
`Vault.open_with_key` are the only doors; all end in `_open` or `create`, which key the
connections (connection.py), check them, set the pragmas and migrate.

A `Vault` is an `OpenVault` (open_vault.py: its connections, reading and writing) with these
doors. They sit on the store's top floor: they write the first staff member's record
(records.py) and back up before a migration (backup.py), and both of those build on
`OpenVault`, never on this module, so nothing imports in a circle.
"""

from collections.abc import Callable
import logging
import os
from pathlib import Path
import secrets
import sqlite3
import time

import filelock
import sqlcipher3

from desktop.core.errors import (
    StorageError,
    UnlockThrottled,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
    WrongPassphrase,
)
from desktop.core.ids import new_id
from desktop.store import migrations
from desktop.store.backup import backup_before
from desktop.store.connection import (
    BACKUPS_DIR,
    DAMAGED,
    DB_FILE,
    KEYS_FILE,
    LOCK_FILE,
    NEXT_KEYS_FILE,
    PRAGMAS,
    connect,
    is_storage_failure,
    take_lock,
    translate_error,
)
from desktop.store.files import storage_error
from desktop.store.keyslots import DEFAULT_KDF, KEY_BYTES, Header, KdfPolicy, new_recovery_key
from desktop.store.open_vault import OpenVault
from desktop.store.records import Records

# Where the rest of the app has always found them (the GUI, the CLI, the tests).
__all__ = ["BACKUPS_DIR", "DAMAGED", "DB_FILE", "FREE_ATTEMPTS", "KEYS_FILE", "LOCK_FILE",
           "MAX_DELAY_SECONDS", "NEXT_KEYS_FILE", "PRAGMAS", "Vault", "translate_error"]

log = logging.getLogger(__name__)

# Escalating delay after wrong passphrases: free tries first, then doubling waits, capped.
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300.0


class Vault(OpenVault):
    """An unlocked vault. Use `create` or `unlock`; `close` (or `lock`) drops the key."""

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
        lock = take_lock(directory)
        conn: sqlite3.Connection | None = None
        reader: sqlite3.Connection | None = None
        try:
            data_key = secrets.token_bytes(KEY_BYTES)
            staff_id = new_id()
            header = Header(vault_id=new_id())
            slot = header.add_passphrase_slot(data_key, passphrase, staff_id, kdf)
            recovery_key = new_recovery_key()
            header.add_recovery_slot(data_key, recovery_key)
            conn = connect(db_path, data_key)
            migrations.initialise(conn, header.vault_id, new_id())
            header.save(keys_path)
            reader = connect(db_path, data_key, read_only=True)
            vault = cls(directory, conn, reader, data_key, header, slot.id, lock)
            vault._migrate()
            Records(vault).create_first_staff(staff_id, staff_name, organisation)
            return vault, recovery_key
        except BaseException:
            # A half-made vault would block the next try ("already a vault here") and its
            # recovery key was never shown: remove what this attempt wrote, so trying again works.
            for opened in (reader, conn):
                if opened is not None:
                    opened.close()
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
        lock = take_lock(directory)
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
                finished = cls._finish_rotation(directory, secret, lock)
                if finished is None:
                    raise
                return finished
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
        lock = take_lock(directory)
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
        conn = connect(db_path, data_key)
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
            if is_storage_failure(error):
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
            reader = connect(db_path, data_key, read_only=True)
        except BaseException:
            conn.close()
            raise
        try:
            vault = cls(directory, conn, reader, data_key, header, slot_id, lock)
        except BaseException as error:
            reader.close()
            conn.close()
            if isinstance(error, (KeyError, ValueError)):  # _local lost the device id or clock
                raise VaultDamaged(f"The vault's database ({DB_FILE}) is damaged. Restore the "
                                   "vault from a backup.") from None
            raise
        try:
            vault._migrate()
        except BaseException:
            vault._close_connections()  # the caller lets go of the folder's lock
            raise
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

    def _migrate(self) -> None:
        with self._writing() as conn:
            pending = migrations.pending(conn)
            if not pending:
                return
            if migrations.applied(conn):
                # Only an existing vault gets a backup: a new one has nothing to lose.
                backup_before(self, f"migration-{pending[0].name}")
            try:
                migrations.apply(conn, pending)
            except sqlcipher3.DatabaseError as error:
                # Each migration is one transaction, so the vault is still at its old version.
                log.error("migration failed: %s", type(error).__name__)
                raise translate_error(error) or VaultError(
                    "This vault could not be updated for this version of Offerbook; it is "
                    "unchanged, and a backup was taken first. Tell your IT support.") from None

