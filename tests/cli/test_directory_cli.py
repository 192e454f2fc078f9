"""`offerbook import-directory` and `offerbook directory`, run as real subprocesses: reports,
re-imports, bad input that leaves the vault as it was, and the directory reaching a second
laptop through a real hub."""

import json
from pathlib import Path

import pytest

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.cli.test_cli import offerbook
from tests.conftest import FAST_KDF, PASSPHRASE, query
from tests.core.hsds_builder import (
    drop_column,
    read_rows,
    sample,
    set_cell,
    write_csv,
    write_json,
    write_package,
)
from tests.hub.test_hub_serve import admin_token, serving

STDIN = PASSPHRASE + "\n"
TABLES = ("organisations", "opportunities", "outbox", "audit_log", "directory_imports")


def make_vault(path: Path) -> Path:
    vault, _ = Vault.create(path, "Coordinator", PASSPHRASE, organisation="Hillside",
                            kdf=FAST_KDF)
    with vault:
        Records(vault).add(models.Team(name="North"))
    return path


def ok(*args: str) -> str:
    result = offerbook(*args, stdin=STDIN)
    assert result.returncode == 0, result.stderr
    return result.stdout


def counts(path: Path) -> dict[str, int]:
    with Vault.unlock(path, PASSPHRASE) as vault:
        return {table: query(vault, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}


def listing(path: Path) -> list[dict]:
    return [json.loads(line) for line in
            ok("directory", "--vault", str(path), "--json").splitlines()]


def edit(path: Path, external_id: str, **changes: object) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault:
        records = Records(vault)
        [found] = records.find(models.Opportunity, "external_id = ?", [external_id])
        records.update(models.Opportunity, found.id, **changes)


@pytest.fixture
def vault(tmp_path) -> Path:
    return make_vault(tmp_path / "vault")


def test_import_says_what_it_added_updated_kept_and_skipped(vault, tmp_path):
    d = sample()
    pkg = write_package(d, tmp_path / "pkg")
    first = ok("import-directory", "--vault", str(vault), str(pkg))
    assert first.splitlines()[0] == (
        "From test-directory, an HSDS 3 data package (version 3.0.0): added 2 organisations "
        "and 3 opportunities, updated 0, 0 unchanged, kept 0 edits, skipped 0.")
    assert "  opportunity   Lunch helpers [svc-1]" in first

    again = json.loads(ok("import-directory", "--vault", str(vault), str(pkg), "--json"))
    assert (again["added"], again["updated"], again["unchanged"]) == ([], [], 5)

    edit(vault, "svc-1", title="Lunch club")
    d.services[0].name = "Lunch helpers wanted"
    d.services[1].description = "Weeding, planting and picking."
    d.services.pop(2)
    write_package(d, pkg)
    third = ok("import-directory", "--vault", str(vault), str(pkg))
    assert "updated 1, 3 unchanged, kept 1 edit, skipped 0." in third
    assert "  opportunity   Sunday gardeners [svc-2]: description" in third
    assert ("  opportunity   Lunch club: kept your edit of title (“Lunch club”); the "
            "directory now says “Lunch helpers wanted”.") in third
    assert "No longer in the directory (kept here, not deleted):\n" \
           "  opportunity   Phone friends [svc-3]" in third


def test_downloads_with_new_file_names_are_one_directory_with_source(vault, tmp_path):
    january = write_json(sample(), tmp_path / "services-2026-01.json")
    february = write_json(sample(), tmp_path / "services-2026-02.json")
    ok("import-directory", "--vault", str(vault), str(january), "--source", "Leeds")
    report = json.loads(ok("import-directory", "--vault", str(vault), str(february),
                           "--source", "Leeds", "--json"))
    assert (report["source"], report["added"], report["unchanged"]) == ("Leeds", [], 5)
    empty = offerbook("import-directory", "--vault", str(vault), str(february),
                      "--source", " ", stdin=STDIN)
    assert empty.returncode == 2 and "--source: must not be empty" in empty.stderr


def test_directory_lists_organisations_and_their_opportunities(vault, tmp_path):
    empty = ok("directory", "--vault", str(vault))
    assert "import-directory" in empty and listing(vault) == []
    ok("import-directory", "--vault", str(vault), str(write_package(sample(), tmp_path / "p")))
    listed = listing(vault)
    assert [(o["name"], [(x["title"], x["status"]) for x in o["opportunities"]])
            for o in listed] == [
        ("Beeston Growing Together", [("Sunday gardeners", "open")]),
        ("Hillside Neighbours", [("Lunch helpers", "open"), ("Phone friends", "closed")])]
    assert listed[1]["opportunities"][0]["availability"]
    text = ok("directory", "--vault", str(vault))
    assert "Hillside Neighbours (open)  2 opportunities, 1 open" in text
    assert "closed  Phone friends" in text
    assert "Phone friends" not in ok("directory", "--vault", str(vault), "--open")


# --- bad input: one sentence naming where, exit 1, the vault as it was -----------------------

def _missing_column(pkg: Path) -> None:
    drop_column(pkg / "services.csv", "organization_id")


def _latin_1(pkg: Path) -> None:
    raw = (pkg / "services.csv").read_text(encoding="utf-8")
    (pkg / "services.csv").write_bytes(raw.replace("Weeding", "Caf\xe9 weeding")
                                       .encode("latin-1"))


def _duplicate_id(pkg: Path) -> None:
    set_cell(pkg / "services.csv", 3, "id", "svc-1")


def _bad_schedule(pkg: Path) -> None:
    set_cell(pkg / "schedules.csv", 2, "byday", "MO,XX")


def _too_long_for_the_vault(pkg: Path) -> None:
    set_cell(pkg / "services.csv", 3, "name", "Sunday gardeners " * 120)


def _huge_with_a_bad_last_row(pkg: Path) -> None:
    """50,000 services, the last one's name longer than the vault takes: found only when the
    records are built, after 49,999 good ones (row 50,001: the header is row 1)."""
    header, *rows = read_rows(pkg / "services.csv")
    new = [{"id": f"big-{n}", "organization_id": "org-1", "name": f"Service {n}"}
           for n in range(50_000 - len(rows) - 1)]
    new.append({"id": "big-last", "organization_id": "org-1", "name": "x" * 2_001})
    rows += [[values.get(column, "") for column in header] for values in new]
    write_csv(pkg / "services.csv", header, rows)


@pytest.mark.parametrize("spoil, where", [
    (_missing_column, ["services.csv", "row 1", "column organization_id"]),
    (_latin_1, ["services.csv", "row 3", "column description", "UTF-8"]),
    (_duplicate_id, ["services.csv", "row 3", "column id", "'svc-1'"]),
    (_bad_schedule, ["schedules.csv", "row 2", "column byday", "'XX' is not a day"]),
    (_too_long_for_the_vault, ["In services.csv, row 3: the title is too long"]),
    (_huge_with_a_bad_last_row, ["In services.csv, row 50001: the title is too long"]),
])
def test_bad_input_is_one_sentence_and_changes_nothing(vault, tmp_path, spoil, where):
    d = sample()
    pkg = write_package(d, tmp_path / "pkg")
    ok("import-directory", "--vault", str(vault), str(pkg))
    d.services[0].description = "Changed, but never saved: the file below is refused."
    write_package(d, pkg)
    spoil(pkg)
    before = counts(vault)
    result = offerbook("import-directory", "--vault", str(vault), str(pkg), stdin=STDIN)
    assert result.returncode == 1, result.stdout
    message = result.stderr.strip()
    assert message.startswith("offerbook: ") and "\n" not in message, result.stderr
    assert message.endswith("."), message
    for part in where:
        assert part in message, message
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert counts(vault) == before
    assert all(opp["title"] != d.services[0].description
               for org in listing(vault) for opp in org["opportunities"])


def test_a_path_that_is_not_there(vault, tmp_path):
    result = offerbook("import-directory", "--vault", str(vault), str(tmp_path / "nowhere"),
                       stdin=STDIN)
    assert result.returncode == 1 and "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr


# --- the directory is shared: it syncs to every laptop ---------------------------------------

def test_the_directory_reaches_a_second_laptop_through_a_real_hub(tmp_path):
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    token = admin_token(db)
    office, laptop = make_vault(tmp_path / "office"), make_vault(tmp_path / "laptop")
    d = sample()
    pkg = write_package(d, tmp_path / "pkg")
    ok("import-directory", "--vault", str(office), str(pkg))
    with serving("--db", db, "--port", "0") as (url, _):
        ok("connect", "--vault", str(office), "--hub", url, "--admin-token", token)
        ok("sync", "--vault", str(office))
        code = json.loads(ok("devices", "enrol", "--vault", str(office), "--team", "North",
                             "--json"))["code"]
        ok("join", "--vault", str(laptop), "--code", code, "--name", "Amira")
        ok("sync", "--vault", str(laptop))
        assert listing(laptop) == listing(office)  # same ids, fields, grid, statuses

        # A linker's edit on the laptop reaches the office; the office's next import keeps it.
        edit(laptop, "svc-2", title="Sunday gardeners (bring gloves)")
        ok("sync", "--vault", str(laptop))
        ok("sync", "--vault", str(office))
        d.services[1].name = "Sunday gardening club"
        write_package(d, pkg)
        report = json.loads(ok("import-directory", "--vault", str(office), str(pkg),
                               "--json"))
        assert [(k["field"], k["yours"], k["directory"]) for k in report["kept"]] == [
            ("title", "“Sunday gardeners (bring gloves)”", "“Sunday gardening club”")]

        # Closing an opportunity at the office reaches the laptop.
        edit(office, "svc-1", status="closed")
        ok("sync", "--vault", str(office))
        ok("sync", "--vault", str(laptop))
        assert listing(laptop) == listing(office)

        # The laptop importing the same directory finds the synced records: no copies, and
        # what it cannot tell from an edit is kept and reported, not overwritten.
        laptop_report = json.loads(ok("import-directory", "--vault", str(laptop), str(pkg),
                                      "--json"))
        assert laptop_report["added"] == [] and laptop_report["updated"] == []
        assert {k["field"] for k in laptop_report["kept"]} == {"title", "status"}
        assert all("came through sync" in k["why"] for k in laptop_report["kept"])
        assert counts(laptop)["opportunities"] == 3
