"""The vault's doors: what opens it, what is refused, and plain failures when files are damaged."""

import json
import os
from pathlib import Path
import shutil
import sqlite3
import stat
import subprocess
import sys

import pytest

from desktop.core import models
from desktop.core.errors import (
    OfferbookError,
    UnlockThrottled,
    ValidationError,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from desktop.store.connection import take_lock
from desktop.store.records import Records
from desktop.store.vault import DB_FILE, FREE_ATTEMPTS, KEYS_FILE, MAX_DELAY_SECONDS, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, query

REPO = Path(__file__).resolve().parents[2]
WRONG = "orchard lantern pebble violeT"
PERSON = "Żaneta Wróblewska-Ó'Brien"  # a participant value that must never reach a message


class Clock:
    """A hand-wound clock for the escalating delay."""

    def __init__(self, start: float = 1_000_000.0):
        self.t = start

    def __call__(self) -> float:
        return self.t


def assert_plain(error: OfferbookError, *values: str) -> None:
    """A message a person can read, with no secret and no personal value in it."""
    text = str(error)
    assert text and text[0].isupper() and "Traceback" not in text
    for value in (PASSPHRASE, WRONG, PERSON, *values):
        assert value not in text


def add_people(vault: Vault, count: int, *, padding: int = 0) -> None:
    Records(vault).add_many(models.Participant(full_name=f"{PERSON} {i}",
                                               accessibility_needs="ą" * padding)
                            for i in range(count))


def names(vault: Vault) -> list[str]:
    return [p.full_name for p in Records(vault).find(models.Participant, order="full_name")]


def unlock_fails(directory: Path, secret: str = PASSPHRASE, **kwargs) -> OfferbookError:
    with pytest.raises(OfferbookError) as caught:
        Vault.unlock(directory, secret, **kwargs).close()
    assert_plain(caught.value)
    return caught.value


# ---- opening --------------------------------------------------------------------------------

def test_create_then_unlock_with_the_passphrase(new_vault, vault_dir):
    vault, _ = new_vault
    add_people(vault, 2)
    staff_id = vault.staff_id
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert names(again) == [f"{PERSON} 0", f"{PERSON} 1"]
        assert again.staff_id == staff_id
        assert Records(again).get(models.Staff, staff_id).name == "Test Coordinator"
        assert Records(again).setting("organisation_name") == "Test Linkers"


def test_create_refuses_a_folder_that_already_holds_a_vault(vault, vault_dir):
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "Someone Else", PASSPHRASE, kdf=FAST_KDF)


def test_open_with_key_uses_the_data_key(vault, vault_dir):
    add_people(vault, 1)
    key = vault.data_key
    vault.close()
    with Vault.open_with_key(vault_dir, key) as again:
        assert names(again) == [f"{PERSON} 0"]


def test_plain_sqlite_cannot_read_the_database(vault, vault_dir):
    add_people(vault, 3)
    vault.close()
    raw = (vault_dir / DB_FILE).read_bytes()
    assert PERSON.encode() not in raw and b"Test Coordinator" not in raw
    conn = sqlite3.connect(vault_dir / DB_FILE)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("way", ["reading", "transaction"])  # the reader and the writer
def test_the_pragmas_are_really_set(vault, way):
    with getattr(vault, way)() as conn:
        def pragma(name):
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("query_only") == (way == "reading")


def test_close_drops_the_key_and_the_connection(vault):
    vault.close()
    assert not vault.is_open
    for way in (vault.reading, vault.transaction):
        with pytest.raises(VaultLocked):
            with way():
                pass
    with pytest.raises(VaultLocked):
        vault.data_key
    with pytest.raises(VaultLocked):
        Records(vault).count(models.Participant)
    vault.close()  # idempotent


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_folder_is_owner_only(vault, vault_dir):
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700


# ---- wrong passphrases ------------------------------------------------------------------------

def test_a_wrong_passphrase_is_refused(vault, vault_dir):
    vault.close()
    assert isinstance(unlock_fails(vault_dir, WRONG), WrongPassphrase)


def test_wrong_passphrases_bring_a_doubling_delay(vault, vault_dir):
    vault.close()
    clock = Clock()
    for _ in range(FREE_ATTEMPTS):
        assert isinstance(unlock_fails(vault_dir, WRONG, now=clock), WrongPassphrase)
    delay = 1.0
    for _ in range(3):
        # While throttled even the right passphrase is not tried.
        throttled = unlock_fails(vault_dir, PASSPHRASE, now=clock)
        assert isinstance(throttled, UnlockThrottled)
        assert throttled.wait_seconds == pytest.approx(delay)
        clock.t += delay / 2
        assert unlock_fails(vault_dir, PASSPHRASE, now=clock).wait_seconds == delay / 2
        clock.t += delay / 2
        assert isinstance(unlock_fails(vault_dir, WRONG, now=clock), WrongPassphrase)
        delay *= 2


def test_success_resets_the_wrong_passphrase_count(vault, vault_dir):
    vault.close()
    clock = Clock()
    for _ in range(FREE_ATTEMPTS):
        unlock_fails(vault_dir, WRONG, now=clock)
    clock.t += 1
    Vault.unlock(vault_dir, PASSPHRASE, now=clock).close()
    for _ in range(FREE_ATTEMPTS - 1):
        assert isinstance(unlock_fails(vault_dir, WRONG, now=clock), WrongPassphrase)
    Vault.unlock(vault_dir, PASSPHRASE, now=clock).close()  # not throttled


def test_the_delay_is_capped_even_after_a_very_long_streak(vault, vault_dir):
    vault.close()
    header = json.loads((vault_dir / KEYS_FILE).read_text())
    header["failures"] = 5000  # weeks of guessing; 2.0 ** 4997 does not fit a float
    (vault_dir / KEYS_FILE).write_text(json.dumps(header))
    clock = Clock()
    assert isinstance(unlock_fails(vault_dir, WRONG, now=clock), WrongPassphrase)
    assert unlock_fails(vault_dir, now=clock).wait_seconds == MAX_DELAY_SECONDS


def test_a_clock_that_went_back_does_not_lock_people_out_for_years(vault, vault_dir):
    vault.close()
    clock = Clock()
    for _ in range(FREE_ATTEMPTS):
        unlock_fails(vault_dir, WRONG, now=clock)
    assert isinstance(unlock_fails(vault_dir, now=clock), UnlockThrottled)
    clock.t -= 365 * 24 * 3600  # the laptop's clock battery died: it thinks it is last year
    Vault.unlock(vault_dir, PASSPHRASE, now=clock).close()


# ---- damaged files ----------------------------------------------------------------------------

def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def flip_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    for offset in range(middle + 200, middle + 216):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def plain_sqlite(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE _local (key TEXT, value TEXT)")
    conn.close()


@pytest.mark.parametrize("damage", [truncate, random_bytes, plain_sqlite])
def test_a_damaged_database_is_reported_as_damaged(vault, vault_dir, damage):
    add_people(vault, 300, padding=300)  # many pages, so "the middle" is a data page
    key = vault.data_key
    vault.close()
    assert (vault_dir / DB_FILE).stat().st_size > 100 * 4096
    damage(vault_dir / DB_FILE)
    assert isinstance(unlock_fails(vault_dir), VaultDamaged)
    with pytest.raises(VaultDamaged):
        Vault.open_with_key(vault_dir, key)
    take_lock(vault_dir).release()  # a failed open let go of the lock


def test_a_flipped_data_page_is_damage_when_read_and_when_verified(vault, vault_dir):
    """Opening checks page 1 only (a full check costs seconds on a large vault); the page's
    HMAC catches the flip on the first read that touches it, as VaultDamaged, not a raw error."""
    add_people(vault, 300, padding=300)
    [(root,)] = query(vault, "SELECT rootpage FROM sqlite_master WHERE name = 'participants'")
    vault.close()
    path = vault_dir / DB_FILE
    data = bytearray(path.read_bytes())
    offset = (root - 1) * 4096 + 300  # inside the participants table's root page
    data[offset:offset + 8] = bytes(b ^ 0xFF for b in data[offset:offset + 8])
    path.write_bytes(bytes(data))
    damaged = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(VaultDamaged):
            Records(damaged).find(models.Participant)
        with pytest.raises(VaultDamaged):
            damaged.verify()
    finally:
        damaged.close()


def test_a_healthy_vault_verifies(vault):
    add_people(vault, 50)
    vault.verify()


@pytest.mark.parametrize("sql", ["DELETE FROM _local WHERE key = 'vault_id'",
                                 "DELETE FROM _local WHERE key = 'device_id'",
                                 "UPDATE _local SET value = 'soon' WHERE key = 'hlc'"])
def test_a_database_that_decrypts_but_lost_its_bookkeeping_is_damaged(vault, vault_dir, sql):
    with vault.transaction() as conn:
        conn.execute(sql)
    vault.close()
    assert isinstance(unlock_fails(vault_dir), VaultDamaged)


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "offerbook-keys"}',
                                     b"[1, 2, 3]", b"\xff\xfe\x00garbage", b'"a string"'])
def test_a_damaged_keys_file_is_reported_as_damaged(vault, vault_dir, content):
    vault.close()
    (vault_dir / KEYS_FILE).write_bytes(content)
    error = unlock_fails(vault_dir)
    assert isinstance(error, VaultDamaged) and "keys file" in str(error)


def test_a_missing_keys_file_is_damage_and_a_missing_vault_is_missing(vault, vault_dir, tmp_path):
    vault.close()
    (vault_dir / KEYS_FILE).unlink()
    error = unlock_fails(vault_dir)
    assert isinstance(error, VaultDamaged) and KEYS_FILE in str(error)
    assert isinstance(unlock_fails(tmp_path / "nowhere"), VaultMissing)


def test_a_missing_database_is_damage(vault, vault_dir):
    vault.close()
    (vault_dir / DB_FILE).unlink()
    error = unlock_fails(vault_dir)
    assert isinstance(error, VaultDamaged) and DB_FILE in str(error)


def test_database_and_keys_from_two_different_vaults(vault, vault_dir, tmp_path):
    other, _ = Vault.create(tmp_path / "other", "Other Coordinator", PASSPHRASE, kdf=FAST_KDF)
    other_key = other.data_key
    other.close()
    key = vault.data_key
    vault.close()
    shutil.copy(tmp_path / "other" / KEYS_FILE, vault_dir / KEYS_FILE)
    assert isinstance(unlock_fails(vault_dir), VaultDamaged)  # the other vault's key
    with pytest.raises(VaultDamaged):
        Vault.open_with_key(vault_dir, other_key)
    with pytest.raises(VaultDamaged, match="different vaults"):
        Vault.open_with_key(vault_dir, key)  # right key, but the header names another vault


# ---- one vault, one user --------------------------------------------------------------------

def test_a_second_open_in_the_same_process_is_refused(vault, vault_dir):
    key = vault.data_key
    assert isinstance(unlock_fails(vault_dir), VaultInUse)
    with pytest.raises(VaultInUse):
        Vault.open_with_key(vault_dir, key)
    vault.close()
    Vault.open_with_key(vault_dir, key).close()


_OTHER_PROCESS = """
import sys
from desktop.core.errors import OfferbookError
from desktop.store.vault import Vault
try:
    Vault.unlock(sys.argv[1], sys.argv[2]).close()
    print("opened")
except OfferbookError as error:
    print(type(error).__name__)
"""


def open_in_another_process(directory: Path) -> str:
    result = subprocess.run([sys.executable, "-c", _OTHER_PROCESS, str(directory), PASSPHRASE],
                            cwd=REPO, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_second_open_in_another_process_is_refused(vault, vault_dir):
    assert open_in_another_process(vault_dir) == "VaultInUse"
    vault.close()
    assert open_in_another_process(vault_dir) == "opened"


# ---- messages ---------------------------------------------------------------------------------

def test_messages_never_carry_the_passphrase_or_what_was_typed(vault, vault_dir):
    records = Records(vault)
    bad_email = f"{PERSON} at home"
    with pytest.raises(ValidationError) as caught:
        records.add(models.Participant(full_name=PERSON, email=bad_email))
    assert_plain(caught.value, bad_email)
    with pytest.raises(ValidationError) as caught:
        records.add(models.Participant(full_name=PERSON, postcode="ZZ99 ZZZ 9"))
    assert_plain(caught.value, "ZZ99")
    with pytest.raises(ValidationError) as caught:
        records.add(models.Participant(full_name=PERSON + "\x07"))
    assert_plain(caught.value)
    vault.close()
    for secret in (WRONG, PERSON, "correct horse battery staple"):
        assert_plain(unlock_fails(vault_dir, secret), secret)


def test_a_creation_that_fails_half_way_leaves_nothing_behind(vault_dir, monkeypatch):
    from desktop.store.records import Records
    def broken(*_args, **_kwargs):
        raise OfferbookError("the disk went away")
    monkeypatch.setattr(Records, "create_first_staff", broken)
    with pytest.raises(OfferbookError):
        Vault.create(vault_dir, "Coordinator", PASSPHRASE, kdf=FAST_KDF)
    assert not (vault_dir / DB_FILE).exists() and not (vault_dir / KEYS_FILE).exists()
    monkeypatch.undo()
    Vault.create(vault_dir, "Coordinator", PASSPHRASE, kdf=FAST_KDF)[0].close()
