"""Who can open the vault: staff passphrases, the recovery key and key rotation."""

import os
from pathlib import Path
import secrets
import shutil
import subprocess
import sys

import pytest

from desktop.core import models
from desktop.core.errors import NotFound, ValidationError, VaultDamaged, WrongPassphrase
from desktop.store import access
from desktop.store.keyslots import KEY_BYTES, Header
from desktop.store.records import Records
from desktop.store.vault import KEYS_FILE, NEXT_KEYS_FILE, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, query

SECOND = "second linker passphrase words"
THIRD = "third person who later leaves"


def add_second(vault: Vault, passphrase: str = SECOND, name: str = "Second Linker"):
    return access.add_staff(vault, name, passphrase, kdf=FAST_KDF)


def staff_id_for(directory: Path, secret: str) -> str | None:
    with Vault.unlock(directory, secret) as vault:
        return vault.staff_id


def refused(directory: Path, secret: str) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.unlock(directory, secret).close()


def add_person(vault: Vault, name: str = "Aisha Rahman") -> str:
    return Records(vault).add(models.Participant(full_name=name)).id


# ---- staff ------------------------------------------------------------------------------------

def test_two_staff_unlock_the_same_vault_as_themselves(vault, vault_dir):
    coordinator = vault.staff_id
    second = add_second(vault)
    vault.close()
    assert staff_id_for(vault_dir, SECOND) == second.id != coordinator
    assert staff_id_for(vault_dir, PASSPHRASE) == coordinator
    with Vault.unlock(vault_dir, SECOND) as again:
        person = add_person(again)
        rows = query(again, "SELECT staff_id FROM audit_log WHERE row_id = ?", (person,))
        assert rows == [(second.id,)]  # the audit names whoever unlocked


def test_a_weak_passphrase_is_refused(vault):
    with pytest.raises(ValidationError):
        access.add_staff(vault, "Short", "abc", kdf=FAST_KDF)
    with pytest.raises(ValidationError):
        access.add_staff(vault, "Repeats", "aaaaaaaaaaaaaa", kdf=FAST_KDF)


def test_a_removed_staff_member_cannot_unlock(vault, vault_dir):
    second = add_second(vault)
    access.remove_staff(vault, second.id)
    assert not Records(vault).get(models.Staff, second.id).active
    vault.close()
    refused(vault_dir, SECOND)
    assert staff_id_for(vault_dir, PASSPHRASE) is not None


def test_the_last_passphrase_cannot_be_removed(vault, vault_dir):
    with pytest.raises(ValidationError):
        access.remove_staff(vault, vault.staff_id)
    with pytest.raises(NotFound):
        access.remove_staff(vault, "no-such-staff")
    vault.close()
    assert staff_id_for(vault_dir, PASSPHRASE) is not None


# ---- the recovery key -----------------------------------------------------------------------

def test_the_recovery_key_unlocks(new_vault, vault_dir):
    vault, recovery_key = new_vault
    person = add_person(vault)
    vault.close()
    with Vault.unlock(vault_dir, recovery_key.lower()) as again:
        assert again.staff_id is None  # the recovery slot belongs to nobody
        assert Records(again).get(models.Participant, person).full_name == "Aisha Rahman"


def test_replacing_the_recovery_key_retires_the_old_one(new_vault, vault_dir):
    vault, old_key = new_vault
    new_key = access.replace_recovery_key(vault)
    assert new_key != old_key
    assert len([s for s in vault.header.slots if s.kind == "recovery"]) == 1
    vault.close()
    refused(vault_dir, old_key)
    Vault.unlock(vault_dir, new_key).close()


# ---- changing a passphrase ----------------------------------------------------------------

def test_change_passphrase(vault, vault_dir):
    new = "a brand new set of words"
    with pytest.raises(WrongPassphrase):
        access.change_passphrase(vault, "not the old one at all", new, kdf=FAST_KDF)
    access.change_passphrase(vault, PASSPHRASE, new, kdf=FAST_KDF)
    staff_id = vault.staff_id
    vault.close()
    refused(vault_dir, PASSPHRASE)
    assert staff_id_for(vault_dir, new) == staff_id


def test_change_passphrase_will_not_change_someone_elses(vault, vault_dir):
    add_second(vault)
    with pytest.raises(WrongPassphrase):
        access.change_passphrase(vault, SECOND, "hijacked passphrase words", kdf=FAST_KDF)
    vault.close()
    assert staff_id_for(vault_dir, SECOND) is not None


# ---- rotating the data key ------------------------------------------------------------------

def test_rotate_key_keeps_every_remaining_way_in_and_retires_old_headers(new_vault, vault_dir,
                                                                          tmp_path):
    vault, recovery_key = new_vault
    second = add_second(vault)
    leaver = add_second(vault, THIRD, "Leaver")
    person = add_person(vault)
    old_keys = tmp_path / "copied-before-rotation.keys"
    shutil.copy(vault_dir / KEYS_FILE, old_keys)  # what a leaver could have copied
    access.remove_staff(vault, leaver.id)
    old_key = vault.data_key

    access.rotate_key(vault)
    assert vault.data_key != old_key
    assert Records(vault).get(models.Participant, person).full_name == "Aisha Rahman"
    assert not (vault_dir / NEXT_KEYS_FILE).exists()
    assert list((vault_dir / "backups").glob("before-key-rotation-*"))
    vault.close()

    assert staff_id_for(vault_dir, SECOND) == second.id
    assert staff_id_for(vault_dir, PASSPHRASE) is not None
    with Vault.unlock(vault_dir, recovery_key) as again:
        assert Records(again).get(models.Participant, person).full_name == "Aisha Rahman"
    refused(vault_dir, THIRD)

    # The leaver's copy of the old header still unwraps the OLD key, which opens nothing now.
    unwrapped = Header.load(old_keys).unwrap(THIRD)
    assert unwrapped is not None and unwrapped[0] == old_key
    with pytest.raises(VaultDamaged):
        Vault.open_with_key(vault_dir, old_key).close()


def rotate_until_the_rename(vault: Vault, *, rekey: bool) -> bytes:
    """The steps of access.rotate_key up to (not including) os.replace: the crash window."""
    new_key = secrets.token_bytes(KEY_BYTES)
    vault.header.reseal_all(new_key)
    vault.header.save(vault.directory / NEXT_KEYS_FILE)
    if rekey:
        vault.rekey(new_key, vault.header)
    vault.close()
    return new_key


def test_an_interrupted_rotation_completes_on_the_next_unlock(new_vault, vault_dir):
    vault, recovery_key = new_vault
    person = add_person(vault)
    old_generation = vault.header.key_generation
    new_key = rotate_until_the_rename(vault, rekey=True)
    assert Header.load(vault_dir / KEYS_FILE).key_generation == old_generation

    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.data_key == new_key
        assert Records(again).get(models.Participant, person).full_name == "Aisha Rahman"
    assert not (vault_dir / NEXT_KEYS_FILE).exists()
    assert Header.load(vault_dir / KEYS_FILE).key_generation == old_generation + 1
    # The promoted header now opens it directly, for every slot.
    with Vault.unlock(vault_dir, recovery_key) as again:
        assert again.data_key == new_key


def test_a_rotation_interrupted_before_the_rekey_keeps_the_old_key(vault, vault_dir):
    person = add_person(vault)
    old_key = vault.data_key
    rotate_until_the_rename(vault, rekey=False)
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.data_key == old_key
        assert Records(again).get(models.Participant, person).full_name == "Aisha Rahman"
    assert not (vault_dir / NEXT_KEYS_FILE).exists()


# Runs in a child process: RLIMIT_FSIZE is process-wide and must not touch the test runner.
_ROTATE_ON_A_FULL_DISK = """
import resource, signal, sys
from desktop.core.errors import OfferbookError
from desktop.store import access
from desktop.store.vault import Vault
vault = Vault.unlock(sys.argv[1], sys.argv[2])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not kills
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
try:
    access.rotate_key(vault)
    print("rotated")
except OfferbookError as error:
    print(type(error).__name__, vault.is_open)
"""


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_rotation_the_disk_refuses_leaves_the_old_key_working(new_vault, vault_dir):
    vault, recovery_key = new_vault
    person = add_person(vault)
    # Many free pages: the backup (VACUUM INTO) stays small, but the re-key rewrites them all.
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE ballast (b BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (randomblob(1000))", [()] * 2000)
    with vault.transaction() as conn:
        conn.execute("DROP TABLE ballast")
    old_key = vault.data_key
    vault.close()

    result = subprocess.run(
        [sys.executable, "-c", _ROTATE_ON_A_FULL_DISK, str(vault_dir), PASSPHRASE, "1000000"],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert result.stdout.split() == ["StorageError", "False"], result.stderr[-2000:]

    for secret in (PASSPHRASE, recovery_key):
        with Vault.unlock(vault_dir, secret) as again:
            assert again.data_key == old_key
            assert Records(again).get(models.Participant, person).full_name == "Aisha Rahman"
    assert not (vault_dir / NEXT_KEYS_FILE).exists()
