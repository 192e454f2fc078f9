"""Backups: ciphertext only, restored only with a key that opens them, never half-restored."""

import hashlib
import io
import os
from pathlib import Path
import stat
import zipfile

import pytest

from desktop.core import models
from desktop.core.errors import VaultDamaged, VaultInUse, WrongPassphrase
from desktop.store import backup
from desktop.store.records import Records
from desktop.store.vault import BACKUPS_DIR, DB_FILE, KEYS_FILE, Vault
from tests.conftest import PASSPHRASE

NAMES = ("Bronwen Ellis-Jones", "Kwame Mensah", "Łucja Wiśniewska", "Thị Hương Phạm")


def add_people(vault: Vault, names=NAMES) -> None:
    Records(vault).add_many(models.Participant(full_name=n, email="x@example.org")
                            for n in names)


def names(directory: Path, secret: str = PASSPHRASE) -> set[str]:
    with Vault.unlock(directory, secret) as vault:
        return {p.full_name for p in Records(vault).find(models.Participant)}


def fingerprint(directory: Path) -> dict[str, str]:
    """Every file of the vault (backups too), by content, to prove nothing changed."""
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file() and p.name != "vault.lock"}


@pytest.fixture
def saved(vault, tmp_path) -> Path:
    """A backup of a vault holding NAMES; the vault is then changed and closed."""
    add_people(vault)
    out = backup.backup(vault, tmp_path / f"saved{backup.SUFFIX}")
    add_people(vault, ["Added After The Backup"])
    vault.close()
    return out


def test_a_backup_holds_no_plaintext(saved):
    raw = saved.read_bytes()
    for text in (*NAMES, "x@example.org", "Test Coordinator", "Test Linkers", PASSPHRASE):
        assert text.encode() not in raw and text.encode("utf-16-le") not in raw
    with zipfile.ZipFile(saved) as archive:
        assert sorted(archive.namelist()) == sorted([DB_FILE, KEYS_FILE])


def test_restore_with_the_right_passphrase_brings_the_data_back(saved, vault_dir):
    assert names(vault_dir) == {*NAMES, "Added After The Backup"}
    backup.restore(vault_dir, saved, PASSPHRASE)
    assert names(vault_dir) == set(NAMES)


def test_restore_keeps_the_replaced_vault_in_backups(saved, vault_dir, tmp_path):
    backup.restore(vault_dir, saved, PASSPHRASE)
    [kept] = (vault_dir / BACKUPS_DIR).glob(f"before-restore-*{backup.SUFFIX}")
    backup.restore(tmp_path / "undo", kept, PASSPHRASE)
    assert names(tmp_path / "undo") == {*NAMES, "Added After The Backup"}


def test_restore_with_the_recovery_key(new_vault, vault_dir, tmp_path):
    vault, recovery_key = new_vault
    add_people(vault)
    out = backup.backup(vault, tmp_path / "b.offerbook-backup")
    vault.close()
    backup.restore(tmp_path / "elsewhere", out, recovery_key)
    assert names(tmp_path / "elsewhere", recovery_key) == set(NAMES)
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "elsewhere").stat().st_mode) == 0o700


def test_restore_with_a_wrong_passphrase_changes_nothing(saved, vault_dir):
    before = fingerprint(vault_dir)
    with pytest.raises(WrongPassphrase) as caught:
        backup.restore(vault_dir, saved, "not the passphrase at all")
    assert "not the passphrase" not in str(caught.value)
    assert fingerprint(vault_dir) == before
    assert names(vault_dir) == {*NAMES, "Added After The Backup"}


def test_restore_refuses_while_the_vault_is_open(saved, vault_dir):
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        before = fingerprint(vault_dir)
        with pytest.raises(VaultInUse):
            backup.restore(vault_dir, saved, PASSPHRASE)
        assert fingerprint(vault_dir) == before
    finally:
        vault.close()


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def garbage(data: bytes) -> bytes:
    return bytes(reversed(data))


def flipped_zip_member(data: bytes) -> bytes:
    """A byte flipped inside the stored database: the ZIP's own checksum catches it."""
    start = data.index(b"PK\x03\x04") + 2000
    return data[:start] + bytes([data[start] ^ 0x01]) + data[start + 1:]


def rezipped(data: bytes, change) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def flipped_page(data: bytes) -> bytes:
    """A byte flipped in the database, in a ZIP that is itself sound."""
    def change(members):
        db = bytearray(members[DB_FILE])
        db[len(db) // 2] ^= 0x01
        members[DB_FILE] = bytes(db)
    return rezipped(data, change)


def truncated_database(data: bytes) -> bytes:
    return rezipped(data, lambda m: m.__setitem__(DB_FILE, m[DB_FILE][:4096 * 2]))


def no_keys(data: bytes) -> bytes:
    return rezipped(data, lambda m: m.pop(KEYS_FILE))


def garbage_keys(data: bytes) -> bytes:
    return rezipped(data, lambda m: m.__setitem__(KEYS_FILE, b"{}"))


@pytest.mark.parametrize("damage", [truncated, garbage, flipped_zip_member, flipped_page,
                                    truncated_database, no_keys, garbage_keys])
def test_a_damaged_backup_is_refused_and_nothing_changes(saved, vault_dir, damage):
    saved.write_bytes(damage(saved.read_bytes()))
    before = fingerprint(vault_dir)
    with pytest.raises(VaultDamaged) as caught:
        backup.restore(vault_dir, saved, PASSPHRASE)
    assert "Choose another" in str(caught.value)  # about the backup, not the vault
    assert fingerprint(vault_dir) == before
    assert names(vault_dir) == {*NAMES, "Added After The Backup"}
    assert not list(vault_dir.glob(".restore-*"))  # no staging left behind
