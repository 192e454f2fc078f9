"""Migrations: forward only, a backup first, and all or nothing."""

from pathlib import Path
import secrets
import zipfile

import pytest
import sqlcipher3

from desktop.core.hlc import Stamp
from desktop.core.ids import new_id, utc_now
from desktop.store import migrations
from desktop.store.backup import restore
from desktop.store.connection import connect
from desktop.store.keyslots import KEY_BYTES, Header, new_recovery_key
from desktop.store.vault import BACKUPS_DIR, DB_FILE, KEYS_FILE, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ALL = [m.name for m in migrations.all_migrations()]
PEOPLE = {"Siân Pritchard": "baking bread", "Zoë Okafor": "fixing bicycles",
          "Mehmet Yılmaz": "playing the saz"}


def test_a_new_vault_has_every_migration(vault):
    assert ALL[:2] == ["0001_records", "0002_people_search"]
    with vault.reading() as conn:
        assert migrations.applied(conn) == ALL
        assert migrations.pending(conn) == []
    assert not (vault.directory / BACKUPS_DIR).exists()  # nothing to lose, nothing backed up


def old_vault(directory: Path) -> None:
    """A vault as the first release left it: only 0001 applied, with people and their gifts."""
    directory.mkdir(mode=0o700)
    data_key = secrets.token_bytes(KEY_BYTES)
    header = Header(vault_id=new_id())
    header.add_passphrase_slot(data_key, PASSPHRASE, new_id(), FAST_KDF)
    header.add_recovery_slot(data_key, new_recovery_key())
    conn = connect(directory / DB_FILE, data_key)
    try:
        migrations.initialise(conn, header.vault_id, new_id())
        migrations.apply(conn, migrations.pending(conn, until="0001_records"))
        with conn:
            for i, (name, gift) in enumerate(PEOPLE.items()):
                person_id, stamp = new_id(), str(Stamp(1_700_000_000_000 + i))
                conn.execute("INSERT INTO participants (id, created_at, updated_hlc, "
                             "full_name, status) VALUES (?, ?, ?, ?, 'active')",
                             (person_id, utc_now(), stamp, name))
                conn.execute("INSERT INTO gifts (id, created_at, updated_hlc, participant_id, "
                             "kind, own_words) VALUES (?, ?, ?, ?, 'hands', ?)",
                             (new_id(), utc_now(), stamp, person_id, gift))
    finally:
        conn.close()
    header.save(directory / KEYS_FILE)


def search(vault: Vault, query: str) -> set[str]:
    with vault.reading() as conn:
        return {name for (name,) in conn.execute(
            "SELECT p.full_name FROM people_fts JOIN participants p "
            "ON p.rowid = people_fts.rowid WHERE people_fts MATCH ?", (query,))}


def applied(vault: Vault) -> list[str]:
    with vault.reading() as conn:
        return migrations.applied(conn)


def test_unlocking_an_old_vault_backs_it_up_then_migrates(vault_dir, tmp_path):
    old_vault(vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert applied(vault) == ALL
        assert search(vault, "zoe") == {"Zoë Okafor"}  # diacritics folded
        assert search(vault, "sian OR bicycles") == {"Siân Pritchard", "Zoë Okafor"}
        assert search(vault, "gifts:saz") == {"Mehmet Yılmaz"}
        key = vault.data_key

    [backup] = (vault_dir / BACKUPS_DIR).glob("before-migration-0002_people_search-*")
    raw = backup.read_bytes()
    for name, gift in PEOPLE.items():
        assert name.encode() not in raw and gift.encode() not in raw

    # The backup was taken first: it holds the vault as it was, before 0002.
    with zipfile.ZipFile(backup) as archive:
        archive.extract(DB_FILE, tmp_path / "peek")
    conn = connect(tmp_path / "peek" / DB_FILE, key)
    try:
        assert migrations.applied(conn) == ["0001_records"]
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == len(PEOPLE)
    finally:
        conn.close()

    # And it restores, with everyone in it.
    restore(tmp_path / "restored", backup, PASSPHRASE)
    with Vault.unlock(tmp_path / "restored", PASSPHRASE) as restored:
        assert search(restored, "mehmet") == {"Mehmet Yılmaz"}


def test_a_migration_that_fails_midway_leaves_the_previous_version(vault, vault_dir):
    key = vault.data_key
    vault.close()  # migrations run before a vault is handed out: here, on a bare connection
    conn = connect(vault_dir / DB_FILE, key)
    try:
        before = migrations.applied(conn)
        bogus = migrations.Migration("9999_bogus", """
            CREATE TABLE half_done (x TEXT);
            INSERT INTO half_done VALUES ('written');
            CREATE TRIGGER half_done_trigger AFTER INSERT ON half_done
            BEGIN SELECT 1; END;
            INSERT INTO no_such_table VALUES (1);
        """)
        with pytest.raises(sqlcipher3.OperationalError, match="no_such_table"):
            migrations.apply(conn, [bogus])
        assert migrations.applied(conn) == before
        assert not conn.in_transaction
        assert conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'half_done%'"
                            ).fetchall() == []
    finally:
        conn.close()


def test_a_migrated_vault_is_not_migrated_or_backed_up_again(vault_dir):
    old_vault(vault_dir)
    Vault.unlock(vault_dir, PASSPHRASE).close()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        with vault.transaction() as conn:
            assert migrations.pending(conn) == []
            migrations.apply(conn, migrations.pending(conn))  # nothing to do
        assert applied(vault) == ALL
    assert len(list((vault_dir / BACKUPS_DIR).iterdir())) == 1
