"""Faults a laptop in a community centre really meets: a second window, a full disk, a folder
it may not write to, a very long note. Each must end in a plain message that names no one,
and must leave what was already saved intact.

The writers run as subprocesses (crash_writer.py) so that a process-wide limit (RLIMIT_FSIZE),
dropped privileges or a SIGKILL never touch the test process itself.
"""

import json
import os
from pathlib import Path
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import unicodedata

import pytest

from desktop.core import models
from desktop.core.errors import NotFound, StorageError, ValidationError, VaultInUse
from desktop.core.validation import LONG_TEXT_MAX
from desktop.store.records import NEW_RECORD, Records
from desktop.store.vault import LOCK_FILE, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, query

WRITER = Path(__file__).with_name("crash_writer.py")

# Values that must never appear in an error message, whatever goes wrong.
NAME = "Zoë Ólafsdóttir-Ωmega"
POSTCODE = "BD7 1DP"
PHONE = "07700 900461"
LANGUAGE = "Kurmanji"
_TECHNICAL = re.compile(r"Traceback|sqlite|sqlcipher|Errno|OSError|I/O error|\bat 0x|\.py\b",
                        re.IGNORECASE)


def assert_plain(message: str, *values: str) -> None:
    """One or two plain sentences a person can act on, naming nobody."""
    assert message and message == message.strip() and "\n" not in message, message
    assert message[0].isupper() and message.endswith("."), message
    assert not _TECHNICAL.search(message), message
    for value in (NAME, POSTCODE, PHONE, LANGUAGE, *values):
        for part in {value, *value.split()}:
            if len(part) >= 4:
                assert part not in message, "an error message repeats a participant's value"


def _make_vault(directory: Path) -> tuple[bytes, str]:
    """A closed vault holding one participant; returns (data key, participant id)."""
    vault, _ = Vault.create(directory, "Fault Coordinator", PASSPHRASE, kdf=FAST_KDF)
    with vault:
        person = Records(vault).add(models.Participant(
            full_name=NAME, postcode=POSTCODE, phone=PHONE, languages=[LANGUAGE]))
        return vault.data_key, person.id


def _intact(vault: Vault) -> None:
    assert query(vault, "PRAGMA quick_check") == [("ok",)]
    assert query(vault, "PRAGMA cipher_integrity_check") == []


def _first_person_intact(vault: Vault, person_id: str) -> None:
    person = Records(vault).get(models.Participant, person_id)
    assert (person.full_name, person.postcode, person.phone, person.languages) == (
        NAME, POSTCODE, PHONE, [LANGUAGE])


def _start(mode: str, *args: str, stdin_line: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(WRITER), mode, *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdin.write(stdin_line.encode() + b"\n")
    proc.stdin.flush()
    return proc


def _lines(output: bytes) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


# ---- two processes -------------------------------------------------------------------------

def test_second_process_is_refused_until_the_first_is_killed(tmp_path):
    vault_dir = tmp_path / "vault"
    key, person_id = _make_vault(vault_dir)
    holder = _start("hold", str(vault_dir), stdin_line=key.hex())
    try:
        line = json.loads(holder.stdout.readline() or b'{"phase": "died"}')
        assert line["phase"] == "open", holder.stderr.read().decode()[-2000:]

        # This test process is the second one: both doors are refused, plainly.
        with pytest.raises(VaultInUse) as by_key:
            Vault.open_with_key(vault_dir, key)
        with pytest.raises(VaultInUse) as by_passphrase:
            Vault.unlock(vault_dir, PASSPHRASE)
        for error in (by_key.value, by_passphrase.value):
            assert_plain(str(error))
            assert "already open" in str(error)
        # Being refused is not a wrong passphrase: no strike against the next unlock.
        assert Vault.read_header(vault_dir).failures == 0

        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        assert holder.returncode == -signal.SIGKILL
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        for stream in (holder.stdin, holder.stdout, holder.stderr):
            stream.close()

    # The kernel dropped the dead process's lock: the vault opens, by key and by passphrase.
    assert (vault_dir / LOCK_FILE).exists()
    with Vault.open_with_key(vault_dir, key) as vault:
        _intact(vault)
        _first_person_intact(vault, person_id)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        _first_person_intact(vault, person_id)


# ---- disk full -----------------------------------------------------------------------------

@pytest.mark.parametrize("torn", [0, 1000], ids=["page-aligned", "torn-page"])
def test_disk_full_refuses_plainly_and_keeps_what_was_saved(tmp_path, torn):
    vault_dir = tmp_path / "vault"
    key, person_id = _make_vault(vault_dir)
    # Any file the writer touches may grow to the vault's current size plus 192 KiB: a few
    # ~40 KB records fit in the WAL, then write() fails with EFBIG, as on a full disk. With
    # `torn`, the limit falls inside a page, so the last page written is cut short, as when a
    # disk fills (or the power fails) mid-write.
    biggest = max(path.stat().st_size for path in vault_dir.iterdir() if path.is_file())
    limit = biggest + 192 * 1024 + torn
    proc = _start("fill", str(vault_dir), str(limit), stdin_line=key.hex())
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()[-3000:]
    assert err == b"", err.decode()[-3000:]  # no traceback, not even a warning
    lines = _lines(out)
    phases = [line["phase"] for line in lines]
    assert "never-refused" not in phases, "the file-size limit never made a write fail"
    assert phases[-2] == "closed"
    reopened = lines[-1]
    assert reopened["phase"] == "reopened-while-full"
    assert reopened["outcome"] in ("opened", "StorageError"), reopened  # never "VaultDamaged"
    if reopened["outcome"] != "opened":
        assert_plain(reopened["message"])
    refused = [line for line in lines if line["phase"] == "refused"]
    committed = [line for line in lines if line["phase"] == "commit"]
    assert refused, phases
    for line in refused:
        assert line["error"] == "StorageError"
        assert_plain(line["message"], "Ffion Ωmega-Llewellyn", "Bryn Ωmega-Small", "SA1 1AA",
                     "Heol y Castell")
        assert "disk" in line["message"].lower()

    with Vault.open_with_key(vault_dir, key) as vault:
        _intact(vault)
        records = Records(vault)
        _first_person_intact(vault, person_id)
        for line in committed:  # everything acknowledged before and after the refusal
            person = records.get(models.Participant, line["id"])
            assert (person.full_name, person.address) == (line["full_name"], line["address"])
        for line in refused:  # "nothing was saved" means nothing: no row, audit or outbox
            with pytest.raises(NotFound):
                records.get(models.Participant, line["id"], include_deleted=True)
            for table in ("outbox", "audit_log"):
                assert query(vault, f"SELECT count(*) FROM {table} WHERE row_id = ?",
                             (line["id"],)) == [(0,)]
        assert records.count(models.Participant) == 1 + len(committed)
        # And the vault still takes writes once there is room again.
        records.add(models.Participant(full_name="After The Clear-Out"))


def test_a_failing_sql_statement_is_not_reported_as_a_full_disk(vault):
    """The mapping to StorageError is for storage failures, not any message containing 'full'."""
    with pytest.raises(Exception) as caught:
        with vault.transaction() as conn:
            conn.execute("SELECT full_name_typo FROM participants")
    assert not isinstance(caught.value, StorageError)


# ---- a folder it may not write to ----------------------------------------------------------

def test_folder_it_may_not_write_to_is_refused_plainly():
    """Run as an unprivileged user; as root, the writer drops to 'nobody' (uid 65534).

    pytest's tmp_path lives under a root-only (0700) folder 'nobody' cannot even enter, so this
    test makes its own world-readable folder in the system temp directory.
    """
    if os.geteuid() == 0:
        try:
            import pwd
            pwd.getpwuid(65534)
        except (ImportError, KeyError):
            pytest.skip("no 'nobody' user to drop privileges to")
    base = Path(tempfile.mkdtemp(prefix="offerbook-readonly-"))
    try:
        base.chmod(0o755)
        readonly = base / "readonly"
        readonly.mkdir(mode=0o555)
        readonly.chmod(0o555)
        existing = base / "vault"
        _, person_id = _make_vault(existing)
        # An existing vault in a folder that became read-only (say, a shared drive).
        for path in existing.iterdir():
            path.chmod(0o444)
        existing.chmod(0o555)

        proc = _start("create-as-nobody", str(base), stdin_line=PASSPHRASE)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err.decode()[-3000:]
        assert err == b"", err.decode()[-3000:]
        lines = _lines(out)
        assert lines[0]["phase"] == "dropped"
        if os.geteuid() == 0:
            assert lines[0]["euid"] == 65534
        results = {line["case"]: line for line in lines if line["phase"] == "result"}
        assert set(results) == {"new-subfolder", "existing-folder", "existing-vault"}
        for case, line in results.items():
            assert (line["outcome"], line["error"]) == ("refused", "StorageError"), (case, line)
            assert_plain(line["message"], "Nia Nobody")
            assert "write" in line["message"]
        assert list(readonly.iterdir()) == []  # not even a stray lock or temp file

        existing.chmod(0o700)
        for path in existing.iterdir():
            path.chmod(0o600)
        with Vault.unlock(existing, PASSPHRASE) as vault:
            _intact(vault)
            _first_person_intact(vault, person_id)
    finally:
        for path in (base, *base.rglob("*")):
            if path.is_dir():
                path.chmod(0o700)
        shutil.rmtree(base, ignore_errors=True)


# ---- long notes ----------------------------------------------------------------------------

def _long_text(length: int) -> str:
    chunk = "Zoë said: 你好, مرحبا, привіт — she would teach sewing on Tuesdays.\n"
    text = (chunk * (length // len(chunk) + 1))[:length - 1] + "!"
    assert len(text) == length and unicodedata.normalize("NFC", text) == text
    return text


def test_a_50000_character_note_round_trips_and_one_more_is_refused(vault_dir, new_vault):
    vault = new_vault[0]
    records = Records(vault)
    person = records.add(models.Participant(full_name=NAME, postcode=POSTCODE))
    longest = _long_text(LONG_TEXT_MAX)
    assert LONG_TEXT_MAX == 50_000
    note = records.add(models.Note(participant_id=person.id, body=longest))

    too_long = _long_text(LONG_TEXT_MAX + 1)
    with pytest.raises(ValidationError) as caught:
        records.add(models.Note(participant_id=person.id, body=too_long))
    assert caught.value.field == "body"
    assert_plain(str(caught.value), "Zoë said", "sewing on Tuesdays")
    assert "50,000" in str(caught.value)

    # The refusal wrote nothing, and the vault carries on as normal.
    assert records.count(models.Note) == 1
    records.add(models.Note(participant_id=person.id, body="Short one."))
    key = vault.data_key
    vault.close()

    with Vault.open_with_key(vault_dir, key) as reopened:
        _intact(reopened)
        saved = Records(reopened).get(models.Note, note.id)
        assert saved.body == longest
        # Its outbox entry names the new record; the push reads the body from the row.
        changes = query(reopened, "SELECT fields FROM outbox WHERE row_id = ?", (note.id,))
        assert [json.loads(fields) for (fields,) in changes] == [{NEW_RECORD: None}]


@pytest.mark.parametrize("field, value", [
    ("postcode", "NOT A POSTCODE 12"),
    ("email", "zoe.olafsdottir-at-example"),
    ("full_name", "Zoë " + "Ólafsdóttir" * 30),
    ("phone", "07700\x07900461"),
])
def test_validation_messages_never_repeat_what_was_typed(vault, field, value):
    person = models.Participant(full_name=NAME, postcode=POSTCODE, phone=PHONE)
    setattr(person, field, value)
    with pytest.raises(ValidationError) as caught:
        Records(vault).add(person)
    assert caught.value.field == field
    assert_plain(str(caught.value), value, "Ólafsdóttir", "zoe.olafsdottir")
