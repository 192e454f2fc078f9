"""The sync commands end to end, as a coordinator and a linker would type them: a real hub
process on 127.0.0.1, two vaults, connect, enrol, join, sync, bundles and erasure."""

import json
from pathlib import Path

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.cli.test_cli import offerbook
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.hub.test_hub_serve import admin_token, serving

STDIN = PASSPHRASE + "\n"


def _vault(path: Path, people: dict[str, str] | None = None) -> Path:
    vault, _ = Vault.create(path, "Staff", PASSPHRASE, organisation="Hillside", kdf=FAST_KDF)
    with vault:
        records = Records(vault)
        teams = {name: records.add(models.Team(name=name)).id for name in ("North", "South")}
        for name, team in (people or {}).items():
            records.add(models.Participant(full_name=name, team_id=teams[team]))
    return path


def _names(path: Path) -> set[str]:
    with Vault.unlock(path, PASSPHRASE) as vault:
        return {p.full_name for p in Records(vault).find(models.Participant)}


def _ok(*args: str) -> str:
    result = offerbook(*args, stdin=STDIN)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_coordinator_and_a_linker_sync_through_a_real_hub(tmp_path):
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    token = admin_token(db)
    office = _vault(tmp_path / "office", {"Nadia Ní Bhriain": "North", "Sam Okafor": "South"})
    laptop = _vault(tmp_path / "laptop")
    with serving("--db", db, "--port", "0") as (url, _):
        _ok("connect", "--vault", str(office), "--hub", url, "--admin-token", token)
        assert "Sent" in _ok("sync", "--vault", str(office))
        enrolled = json.loads(_ok("devices", "enrol", "--vault", str(office), "--team", "North",
                                  "--label", "Amira", "--qr", str(tmp_path / "code.png"),
                                  "--json"))
        assert (tmp_path / "code.png").read_bytes().startswith(b"\x89PNG")
        _ok("join", "--vault", str(laptop), "--code", enrolled["code"], "--name", "Amira")
        report = json.loads(_ok("sync", "--vault", str(laptop), "--json"))
        assert report["pulled"] > 0 and report["waiting"] == 0
        assert "Nadia Ní Bhriain" in _names(laptop) and "Sam Okafor" not in _names(laptop)

        # No network on the laptop: a bundle on a USB stick, imported twice at the office.
        with Vault.unlock(laptop, PASSPHRASE) as vault:
            Records(vault).add(models.Participant(
                full_name="Zofia Wiśniewska",
                team_id=Records(vault).find(models.Participant)[0].team_id))
        stick = tmp_path / "stick.obundle"
        _ok("sync", "--vault", str(laptop), "--export-bundle", str(stick))
        assert b"Zofia" not in stick.read_bytes()
        first = _ok("sync", "--vault", str(office), "--import-bundle", str(stick))
        again = _ok("sync", "--vault", str(office), "--import-bundle", str(stick))
        assert "Imported" in first and "Imported 0 new" in again
        assert "Zofia Wiśniewska" in _names(office)

        # Erasure reaches the laptop through the hub and stays erased.
        with Vault.unlock(office, PASSPHRASE) as vault:
            nadia = Records(vault).find(models.Participant, "full_name = ?",
                                        ["Nadia Ní Bhriain"])[0].id
        refused = offerbook("erase", "--vault", str(office), "--participant", nadia,
                            stdin=STDIN)
        assert refused.returncode == 1 and "--yes" in refused.stderr
        _ok("erase", "--vault", str(office), "--participant", nadia, "--yes")
        _ok("sync", "--vault", str(office))
        _ok("sync", "--vault", str(laptop))
        assert "Nadia Ní Bhriain" not in _names(laptop)

        listed = [json.loads(line) for line in
                  _ok("devices", "list", "--vault", str(office), "--json").splitlines()]
        amira = next(d for d in listed if d["name"] == "Amira")
        _ok("devices", "revoke", "--vault", str(office), amira["device_id"])
        revoked = offerbook("sync", "--vault", str(laptop), stdin=STDIN)
        assert revoked.returncode == 1 and "withdrawn" in revoked.stderr
        assert "Traceback" not in revoked.stderr


def test_sync_before_joining_says_how_to_join(tmp_path):
    laptop = _vault(tmp_path / "laptop")
    result = offerbook("sync", "--vault", str(laptop), stdin=STDIN)
    assert result.returncode == 1 and "code from your coordinator" in result.stderr
