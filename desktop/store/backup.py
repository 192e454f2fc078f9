"""Encrypted backups: a single file holding a consistent copy of the database and its keys.

A backup is a ZIP (stored, not compressed: the database is already ciphertext) with
`vault.db` made by `VACUUM INTO` — which SQLCipher writes encrypted under the same key — and the
keys header as it was at that moment. It opens with any passphrase that opened the vault then.
"""

from datetime import UTC, datetime
import logging
import os
from pathlib import Path
import tempfile
import zipfile

from desktop.core.errors import VaultDamaged, WrongPassphrase
from desktop.store.connection import BACKUPS_DIR, DB_FILE, KEYS_FILE, is_intact, take_lock
from desktop.store.files import fsync_dir, storage_error
from desktop.store.keyslots import Header
from desktop.store.open_vault import OpenVault

log = logging.getLogger(__name__)

SUFFIX = ".offerbook-backup"


def backup(vault: OpenVault, out: Path) -> Path:
    """Write an encrypted backup of the open vault to `out` atomically."""
    out = Path(out)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".offerbook-") as work:
        copy = Path(work) / DB_FILE
        try:
            vault.copy_to(copy)
            partial = Path(work) / "backup.zip"
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
                archive.write(copy, DB_FILE)
                archive.writestr(KEYS_FILE, vault.header.to_json())
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, out)
            fsync_dir(out.parent)
        except OSError as error:
            raise storage_error(error, out.parent) from None
    with vault.transaction():
        vault.audit("backup")
    log.info("backup written")
    return out


def backup_before(vault: OpenVault, reason: str) -> Path:
    """A backup in the vault's own `backups/` folder, taken before something risky."""
    folder = vault.directory / BACKUPS_DIR
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise storage_error(error, folder) from None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return backup(vault, folder / f"before-{reason}-{stamp}{SUFFIX}")


def restore(directory: Path, source: Path, secret: str) -> None:
    """Replace the vault in `directory` with the backup `source`, after proving it opens.

    The vault being replaced (if any) is kept first as a backup in `backups/`, so a restore
    from the wrong file can itself be undone.
    """
    directory, source = Path(directory), Path(source)
    try:
        archive = zipfile.ZipFile(source)
        names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile):
        raise VaultDamaged(f"{source.name} is not an Offerbook backup, or it is damaged. "
                           "Choose another backup file.") from None
    if not {DB_FILE, KEYS_FILE} <= names:
        raise VaultDamaged(f"{source.name} is not an Offerbook backup. Choose another file.")
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)  # owner-only, as Vault.create
    with archive, tempfile.TemporaryDirectory(dir=directory, prefix=".restore-") as work:
        staged = Path(work)
        try:
            archive.extract(DB_FILE, staged)
            archive.extract(KEYS_FILE, staged)
        except (OSError, EOFError, zipfile.BadZipFile) as error:
            if isinstance(error, OSError) and error.errno:
                raise storage_error(error, directory) from None
            raise VaultDamaged(f"{source.name} is damaged. Choose another backup.") from None
        try:
            header = Header.load(staged / KEYS_FILE)
            found = header.unwrap(secret)
        except VaultDamaged:
            # Header's own message tells people to restore a backup: this one *is* the backup.
            raise VaultDamaged(f"The keys in {source.name} are damaged, so it was not "
                               "restored. Choose another backup.") from None
        if found is None:
            raise WrongPassphrase("That passphrase does not open this backup. Use a passphrase "
                                  "(or the recovery key) that was valid when it was made.")
        _check_copy(staged / DB_FILE, found[0])
        lock = take_lock(directory)
        try:
            if (directory / DB_FILE).exists():
                _keep_current(directory)
            for name in (f"{DB_FILE}-wal", f"{DB_FILE}-shm"):
                (directory / name).unlink(missing_ok=True)
            os.replace(staged / DB_FILE, directory / DB_FILE)
            os.replace(staged / KEYS_FILE, directory / KEYS_FILE)
            fsync_dir(directory)
        except OSError as error:
            raise storage_error(error, directory) from None
        finally:
            lock.release()
    log.info("vault restored from backup")


def _check_copy(db_path: Path, key: bytes) -> None:
    if not is_intact(db_path, key):
        raise VaultDamaged("The backup is damaged and was not restored. Choose another backup.")


def _keep_current(directory: Path) -> None:
    """Move the current vault's files into backups/ as a backup file of their own."""
    folder = directory / BACKUPS_DIR
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"before-restore-{stamp}{SUFFIX}"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for name in (DB_FILE, f"{DB_FILE}-wal", KEYS_FILE):
            if (directory / name).exists():
                archive.write(directory / name, name)
    try:
        (directory / DB_FILE).unlink()
    except OSError as error:
        raise storage_error(error, directory) from None


