"""The open vault's public face: reads, writes and whole-database jobs, never its connections."""

import secrets
import sqlite3
import threading
import time

import pytest
import sqlcipher3

from desktop.core import models
from desktop.core.errors import VaultLocked
from desktop.store import backup
from desktop.store.connection import DB_FILE, is_intact
from desktop.store.keyslots import KEY_BYTES
from desktop.store.open_vault import OpenVault, TakingTurns
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, query


def add_person(vault: OpenVault, name: str = "Aisha Rahman") -> str:
    return Records(vault).add(models.Participant(full_name=name)).id


def names(vault: OpenVault) -> list[str]:
    return [name for (name,) in query(vault, "SELECT full_name FROM participants ORDER BY 1")]


def test_no_connection_is_public(vault):
    assert not hasattr(vault, "conn") and not hasattr(vault, "db")
    for name in dir(vault):
        if not name.startswith("_") and name not in ("data_key", "is_open"):
            value = getattr(vault, name)
            assert not isinstance(value, (sqlite3.Connection, sqlcipher3.Connection)), name


def test_copy_to_writes_an_encrypted_copy_that_opens_with_the_key(vault, tmp_path):
    add_person(vault)
    vault.copy_to(tmp_path / "copy.db")
    raw = (tmp_path / "copy.db").read_bytes()
    assert b"Aisha" not in raw and not (tmp_path / "copy.db-wal").exists()
    assert is_intact(tmp_path / "copy.db", vault.data_key)
    assert not is_intact(tmp_path / "copy.db", secrets.token_bytes(KEY_BYTES))


def test_checkpoint_empties_the_wal(vault, vault_dir):
    for n in range(20):
        add_person(vault, f"Person {n}")
    assert (vault_dir / f"{DB_FILE}-wal").stat().st_size > 0
    vault.checkpoint()
    assert (vault_dir / f"{DB_FILE}-wal").stat().st_size == 0
    assert len(names(vault)) == 20


def test_rekey_moves_both_connections_to_the_new_key(vault, vault_dir):
    add_person(vault)
    old_key, new_key = vault.data_key, secrets.token_bytes(KEY_BYTES)
    vault.header.reseal_all(new_key)
    vault.rekey(new_key, vault.header)
    assert vault.data_key == new_key
    add_person(vault, "Zoë Okafor")  # the writer
    assert names(vault) == ["Aisha Rahman", "Zoë Okafor"]  # the reader
    assert is_intact(vault_dir / DB_FILE, new_key)
    assert not is_intact(vault_dir / DB_FILE, old_key)
    vault.close()
    with Vault.open_with_key(vault_dir, new_key) as again:
        assert names(again) == ["Aisha Rahman", "Zoë Okafor"]


def test_backup_goes_through_copy_to_and_restores(vault, vault_dir, tmp_path):
    add_person(vault)
    made = backup.backup(vault, tmp_path / "saved.offerbook-backup")
    vault.close()
    backup.restore(tmp_path / "restored", made, PASSPHRASE)
    with Vault.unlock(tmp_path / "restored", PASSPHRASE) as restored:
        assert names(restored) == ["Aisha Rahman"]


# ---- two connections --------------------------------------------------------------------------

def test_a_read_does_not_wait_for_a_long_write_and_sees_what_was_committed(vault):
    add_person(vault, "Committed Before")
    writing, may_commit = threading.Event(), threading.Event()

    def long_write() -> None:
        with vault.transaction() as conn:
            conn.execute("UPDATE participants SET full_name = 'Not Yet Committed'")
            writing.set()
            may_commit.wait(10)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert writing.wait(10)
        seen: list[list[str]] = []
        reader = threading.Thread(target=lambda: seen.append(names(vault)))
        reader.start()
        reader.join(5)  # were reads behind the write lock, this would time out
        assert not reader.is_alive() and seen == [["Committed Before"]]
    finally:
        may_commit.set()
        writer.join(10)
    assert names(vault) == ["Not Yet Committed"]  # once committed, the next read sees it


def test_a_read_inside_a_transaction_sees_the_transaction_s_own_writes(vault):
    records = Records(vault)
    with vault.transaction():
        person = add_person(vault)
        assert records.get(models.Participant, person).full_name == "Aisha Rahman"
        assert names(vault) == ["Aisha Rahman"]
    assert names(vault) == ["Aisha Rahman"]


def test_a_read_right_after_a_write_sees_it(vault):
    for n in range(30):
        person = add_person(vault, f"Person {n}")
        Records(vault).update(models.Participant, person, phone=f"07700 9000{n:02d}")
        assert query(vault, "SELECT phone FROM participants WHERE id = ?",
                     (person,)) == [(f"07700 9000{n:02d}",)]


def test_a_reading_block_is_one_snapshot(vault):
    add_person(vault, "First")
    with vault.reading() as conn:
        before = conn.execute("SELECT count(*) FROM participants").fetchone()
        done = threading.Thread(target=add_person, args=(vault, "Second"))
        done.start()
        done.join(10)  # the write does not wait for the read
        assert not done.is_alive()
        assert conn.execute("SELECT count(*) FROM participants").fetchone() == before
    assert names(vault) == ["First", "Second"]


def test_a_write_inside_a_reading_block_is_refused(vault):
    with vault.reading():
        with pytest.raises(RuntimeError, match="inside vault.reading"):
            add_person(vault)
    add_person(vault)  # and the vault carries on


def test_stamps_and_audit_rows_belong_inside_a_transaction(vault):
    with pytest.raises(RuntimeError, match="inside vault.transaction"):
        vault.next_stamp()
    with pytest.raises(RuntimeError, match="inside vault.transaction"):
        vault.audit("nothing")


def test_closing_closes_both_connections(vault):
    vault.close()
    for way in (vault.reading, vault.transaction):
        with pytest.raises(VaultLocked):
            with way():
                pass
    with pytest.raises(VaultLocked):
        vault.checkpoint()


def test_close_waits_for_a_read_in_progress(vault):
    add_person(vault)
    reading, may_finish = threading.Event(), threading.Event()
    seen: list[int] = []

    def slow_read() -> None:
        with vault.reading() as conn:
            reading.set()
            may_finish.wait(10)
            seen.append(conn.execute("SELECT count(*) FROM participants").fetchone()[0])

    reader = threading.Thread(target=slow_read)
    reader.start()
    assert reading.wait(10)
    closer = threading.Thread(target=vault.close)
    closer.start()
    closer.join(0.2)
    assert closer.is_alive()  # waiting for the read
    may_finish.set()
    reader.join(10)
    closer.join(10)
    assert seen == [1] and not vault.is_open


# ---- taking turns to write -----------------------------------------------------------------

def test_writers_waiting_says_when_another_thread_waits_to_write(vault):
    assert not vault.writers_waiting()
    started = threading.Event()
    with vault.transaction():
        waiter = threading.Thread(target=lambda: (started.set(), add_person(vault)))
        waiter.start()
        started.wait(10)
        for _ in range(500):
            if vault.writers_waiting():
                break
            time.sleep(0.01)
        assert vault.writers_waiting()
    waiter.join(10)
    assert not vault.writers_waiting() and names(vault) == ["Aisha Rahman"]


def test_the_write_lock_goes_to_waiting_threads_in_turn():
    lock, order = TakingTurns(), []

    def take(name: str) -> None:
        with lock:
            order.append(name)

    with lock:
        with lock:  # reentrant
            pass
        threads = []
        for name in ("first", "second", "third"):
            threads.append(threading.Thread(target=take, args=(name,)))
            threads[-1].start()
            while len(lock._queue) < len(threads):  # until it waits in the queue
                time.sleep(0.001)
    for thread in threads:
        thread.join(10)
    assert order == ["first", "second", "third"]
