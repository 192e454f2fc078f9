"""The `offerbook` command, run as a real subprocess, as a coordinator's script would."""

import json
import os
from pathlib import Path
import subprocess
import sys

import pytest

from desktop import __version__
from desktop.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def offerbook(*args: str, stdin: str = "", env: dict | None = None
              ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], input=stdin,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def demo_vault(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    Vault.create(path, "Coordinator", PASSPHRASE, kdf=FAST_KDF)[0].close()
    result = offerbook("demo", "--vault", str(path), "--participants", "120", "--quiet",
                       stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    return path


def test_version():
    result = offerbook("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"offerbook {__version__}"


def test_init_prints_the_recovery_key_once_and_it_opens_the_vault(tmp_path):
    path = tmp_path / "vault"
    result = offerbook("init", "--vault", str(path), "--user", "Siân Llŷr",
                       "--organisation", "Hillside Linkers", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip().splitlines()[-1].strip()
    Vault.unlock(path, key).close()
    Vault.unlock(path, PASSPHRASE).close()
    again = offerbook("init", "--vault", str(path), "--user", "X", stdin=PASSPHRASE + "\n")
    assert again.returncode == 1 and "already a vault" in again.stderr


def test_init_refuses_a_weak_passphrase(tmp_path):
    result = offerbook("init", "--vault", str(tmp_path / "v"), "--user", "A", stdin="abc\n")
    assert result.returncode == 1
    assert "at least" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "v").exists()


def test_people_json_lists_everyone_with_offers_and_requests(demo_vault):
    result = offerbook("people", "--vault", str(demo_vault), "--json", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    people = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(people) == 120
    assert {"id", "name", "preferred_name", "postcode", "offers", "requests"} <= set(people[0])
    assert any(p["offers"] for p in people) and any(p["requests"] for p in people)
    # Names in other scripts come through as themselves, not escaped.
    assert any(any(ord(ch) > 0x5FF for ch in p["name"]) for p in people)


def test_people_search_finds_by_name_prefix(demo_vault):
    listing = offerbook("people", "--vault", str(demo_vault), "--json", stdin=PASSPHRASE + "\n")
    someone = json.loads(listing.stdout.splitlines()[7])
    prefix = someone["name"].split()[0][:3]
    result = offerbook("people", "--vault", str(demo_vault), "--search", prefix, "--json",
                       "--limit", "200", stdin=PASSPHRASE + "\n")
    assert someone["id"] in [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_expected_errors_are_one_sentence_and_exit_1(tmp_path, demo_vault):
    wrong = offerbook("people", "--vault", str(demo_vault), stdin="not it at all\n")
    missing = offerbook("people", "--vault", str(tmp_path / "nowhere"), stdin=PASSPHRASE + "\n")
    for result in (wrong, missing):
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert "does not open" in wrong.stderr
    assert "no vault" in missing.stderr


def test_usage_errors_exit_2():
    assert offerbook("people").returncode == 2
    assert offerbook("demo", "--vault", "x", "--participants", "0").returncode == 2
    assert offerbook("no-such-command").returncode == 2


def test_backup_and_restore_round_trip(tmp_path, demo_vault):
    backup = tmp_path / "vault.offerbook-backup"
    result = offerbook("backup", "--vault", str(demo_vault), "--out", str(backup),
                       stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    before = offerbook("people", "--vault", str(demo_vault), "--json", stdin=PASSPHRASE + "\n")
    target = tmp_path / "restored"
    result = offerbook("restore", "--vault", str(target), "--from", str(backup),
                       stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    after = offerbook("people", "--vault", str(target), "--json", stdin=PASSPHRASE + "\n")
    assert after.stdout == before.stdout
    bad = offerbook("restore", "--vault", str(target), "--from", str(tmp_path / "missing.zip"),
                    stdin=PASSPHRASE + "\n")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
