"""Nothing leaked: after demo data and ordinary use, no participant's name, note or postcode
appears in the bytes of any file in the vault's folder or in the log."""

import os
from pathlib import Path
import subprocess
import sys

from desktop.core import models
from desktop.store import people
from desktop.store.access import add_staff
from desktop.store.backup import backup_before
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, query

# Short values could turn up by chance in megabytes of ciphertext (a 3-byte name: about one
# chance in 16 million per offset); eight bytes or more cannot.
MIN_BYTES = 8


def _secrets(vault: Vault) -> set[bytes]:
    values: set[str] = set()
    for row in query(vault, "SELECT full_name, preferred_name, postcode, address, phone "
                     "FROM participants"):
        values.update(v for v in row if v)
    values.update(v for (v,) in query(vault, "SELECT body FROM notes"))
    values.update(v for (v,) in query(vault, "SELECT own_words FROM gifts"))
    encoded = {v.encode("utf-8") for v in values}
    return {v for v in encoded if len(v) >= MIN_BYTES}


def _leaks(folder: Path, secrets: set[bytes]) -> list[tuple[str, str]]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for secret in secrets:
            if secret in data:
                found.append((path.name, f"{len(secret)}-byte value"))
                break
    return found


def test_no_personal_data_on_disk_or_in_logs(tmp_path, _private_log_dir):
    path = tmp_path / "vault"
    Vault.create(path, "Coordinator", PASSPHRASE, kdf=FAST_KDF)[0].close()
    demo = subprocess.run(
        [sys.executable, "-m", "desktop", "--verbose", "demo", "--vault", str(path),
         "--participants", "200", "--quiet"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=300,
        env={**os.environ})
    assert demo.returncode == 0, demo.stderr
    # A wrong passphrase must not log what was typed either.
    subprocess.run([sys.executable, "-m", "desktop", "--verbose", "people", "--vault",
                    str(path)], input="Wiśniewska-passphrase\n", capture_output=True,
                   text=True, timeout=60)

    vault = Vault.unlock(path, PASSPHRASE)
    try:
        records = Records(vault)
        # Ordinary use: add, edit, search, delete, a long note, a new colleague, a backup.
        person = records.add(models.Participant(full_name="Gwenllïan Prosser-Ó Briain",
                                                preferred_name="Gwenllïan", postcode="LS6 2AB"))
        records.update(models.Participant, person.id, postcode="LS7 3CD")
        records.add(models.Note(participant_id=person.id, body="بیٹی کی شادی " * 2000))
        assert people.search(vault, "Gwenll")
        records.delete(models.Participant, records.find(models.Participant, limit=1)[0].id)
        add_staff(vault, "Femi Adeyemi", "another long passphrase", kdf=FAST_KDF)
        backup_before(vault, "test")
        secrets = _secrets(vault)
        assert len(secrets) > 500
        assert (path / "vault.db-wal").exists()  # scanned while the WAL is live
        assert _leaks(path, secrets) == []
    finally:
        vault.close()
    assert _leaks(path, secrets) == []
    assert _leaks(_private_log_dir, secrets | {b"Wi\xc5\x9bniewska-passphrase"}) == []
    assert any(_private_log_dir.iterdir()), "the log was never written, so it proves nothing"


def test_the_scan_would_see_a_leak(tmp_path):
    """The scanner must be able to fail: a planted plaintext copy is found."""
    (tmp_path / "leak.txt").write_bytes("Prosser-Ó Briain".encode())
    assert _leaks(tmp_path, {"Prosser-Ó Briain".encode()}) == [("leak.txt", "17-byte value")]
