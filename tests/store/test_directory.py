"""The directory in the vault (desktop.store.directory): import, re-import, local edits kept,
records gone from the directory, refusals that leave the vault as it was, and the listing.

Directories are built by tests/core/hsds_builder.py.
"""

import dataclasses
from pathlib import Path

import pytest

from desktop.core import models
from desktop.core.directory_import import DirectoryError, read_directory
from desktop.core.errors import ValidationError
from desktop.store.directory import (
    GONE,
    ImportReport,
    import_directory,
    organisations_with_opportunities,
)
from desktop.store.records import Records
from tests.conftest import query
from tests.core.hsds_builder import Directory, sample, set_cell, write_json, write_package

TABLES = ("organisations", "opportunities", "outbox", "audit_log", "directory_imports")


def counts(vault) -> dict[str, int]:
    return {table: query(vault, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}


def imported(vault, path: Path) -> ImportReport:
    return import_directory(vault, read_directory(path))


def opportunity(vault, external_id: str) -> models.Opportunity:
    [found] = Records(vault).find(models.Opportunity, "external_id = ?", [external_id])
    return found


def organisation(vault, external_id: str) -> models.Organisation:
    [found] = Records(vault).find(models.Organisation, "external_id = ?", [external_id])
    return found


@pytest.fixture
def pkg(tmp_path) -> Path:
    return write_package(sample(), tmp_path / "pkg")


def rewrite(directory: Directory, tmp_path: Path, name: str = "pkg") -> Path:
    """The directory written again, over the first package (a publisher's next export)."""
    return write_package(directory, tmp_path / name)


# --- the first import ----------------------------------------------------------------------

def test_import_saves_organisations_and_their_opportunities(vault, pkg):
    report = imported(vault, pkg)
    assert [(e.kind, e.external_id) for e in report.added] == [
        ("organisation", "org-1"), ("organisation", "org-2"), ("opportunity", "svc-1"),
        ("opportunity", "svc-2"), ("opportunity", "svc-3")]
    assert (report.updated, report.unchanged, report.kept, report.skipped, report.gone) == \
        ([], 0, [], [], [])
    hillside = organisation(vault, "org-1")
    assert (hillside.name, hillside.source, hillside.phone) == (
        "Hillside Neighbours", "test-directory", "0113 496 0001")
    lunch = opportunity(vault, "svc-1")
    assert lunch.organisation_id == hillside.id and lunch.source == "test-directory"
    assert (lunch.contact, lunch.phone, lunch.email, lunch.website) == (
        "Ann Persona (Volunteer lead)", "0113 496 0000", "lunch@example.org",
        "https://example.org/lunch")
    assert lunch.availability and lunch.languages == ["Polish"]
    assert lunch.other_terms == ["Bring-and-share suppers"]
    assert lunch.accessibility.startswith("Step-free entrance") and lunch.cost == "Free"
    assert opportunity(vault, "svc-3").status == "closed"  # "temporarily closed" there
    assert opportunity(vault, "svc-3").source_status == "temporarily closed"


def test_every_record_has_its_audit_row_and_outbox_entry(vault, pkg):
    before = counts(vault)
    imported(vault, pkg)
    after = counts(vault)
    assert after["outbox"] - before["outbox"] == 5
    assert query(vault, "SELECT DISTINCT action FROM audit_log WHERE tbl = 'opportunities'") \
        == [("import",)]


@pytest.mark.parametrize("form", ["1.1", "json"])
def test_other_forms_import_the_same_records(vault, tmp_path, form):
    path = write_package(sample(), tmp_path / "one", "1.1") if form == "1.1" else \
        write_json(sample(), tmp_path / "services.json")
    report = imported(vault, path)
    assert len(report.added) == 5
    assert opportunity(vault, "svc-2").organisation_id == organisation(vault, "org-2").id


def test_two_directories_ids_never_meet(vault, tmp_path, pkg):
    imported(vault, pkg)
    report = imported(vault, write_json(sample(), tmp_path / "other.json"))
    assert len(report.added) == 5 and report.unchanged == 0
    assert query(vault, "SELECT count(DISTINCT source) FROM opportunities") == [(2,)]


# --- re-imports ----------------------------------------------------------------------------

def test_importing_again_changes_nothing_and_sends_nothing(vault, pkg):
    imported(vault, pkg)
    before = counts(vault)
    report = imported(vault, pkg)
    assert (report.added, report.updated, report.kept, report.gone) == ([], [], [], [])
    assert report.unchanged == 5
    assert counts(vault) == before  # not one row more: no outbox entry, no audit row


def test_a_changed_directory_updates_records_by_their_ids(vault, tmp_path):
    d = sample()
    imported(vault, rewrite(d, tmp_path))
    lunch_id = opportunity(vault, "svc-1").id
    outbox = counts(vault)["outbox"]
    d.services[0].name = "Lunch club helpers"
    d.services[0].description = "Help serve lunch on Mondays and Thursdays."
    d.orgs[1].description = "A community garden and orchard."
    report = imported(vault, rewrite(d, tmp_path))
    assert {(e.external_id, e.fields) for e in report.updated} == {
        ("org-2", ("description",)), ("svc-1", ("title", "description"))}
    assert report.updated[-1].name == "Lunch club helpers" and report.unchanged == 3
    lunch = opportunity(vault, "svc-1")
    assert (lunch.id, lunch.title) == (lunch_id, "Lunch club helpers")
    assert counts(vault)["outbox"] == outbox + 2
    assert query(vault, "SELECT count(*) FROM opportunities") == [(3,)]


def test_a_linkers_edit_is_kept_and_the_difference_reported(vault, tmp_path):
    d = sample()
    imported(vault, rewrite(d, tmp_path))
    records = Records(vault)
    lunch = opportunity(vault, "svc-1")
    records.update(models.Opportunity, lunch.id, title="Lunch club (ask for Ann)",
                   tags=["tea-and-chat"])
    d.services[0].name = "Lunch helpers wanted"
    d.services[0].description = "Help serve lunch, and wash up."
    report = imported(vault, rewrite(d, tmp_path))

    lunch = opportunity(vault, "svc-1")
    assert lunch.title == "Lunch club (ask for Ann)"  # the edit stays
    assert lunch.tags == ["tea-and-chat"]
    assert lunch.description == "Help serve lunch, and wash up."  # untouched fields follow
    assert [e.fields for e in report.updated] == [("description",)]
    kept = {k.field: k for k in report.kept}
    assert set(kept) == {"title", "tags"}
    assert kept["title"].sentence == (
        "kept your edit of title (“Lunch club (ask for Ann)”); the directory now says "
        "“Lunch helpers wanted”.")
    assert kept["tags"].directory == "“tea-and-chat, catering-for-groups, hosting”"

    # Next time, with nothing new in the directory: still kept, still reported, no writes.
    before = counts(vault)
    again = imported(vault, rewrite(d, tmp_path))
    assert {k.field for k in again.kept} == {"title", "tags"} and again.updated == []
    assert counts(vault) == before


def test_an_edit_back_to_the_directorys_value_follows_it_again(vault, tmp_path):
    d = sample()
    imported(vault, rewrite(d, tmp_path))
    lunch = opportunity(vault, "svc-1")
    Records(vault).update(models.Opportunity, lunch.id, title="Lunch club")
    d.services[0].name = "Lunch club"  # the directory caught up with the edit
    assert imported(vault, rewrite(d, tmp_path)).kept == []
    d.services[0].name = "Lunch club and suppers"
    report = imported(vault, rewrite(d, tmp_path))
    assert report.kept == [] and opportunity(vault, "svc-1").title == "Lunch club and suppers"


def test_closing_an_organisation_here_is_not_an_edit_the_directory_undoes(vault, pkg):
    imported(vault, pkg)
    Records(vault).update(models.Organisation, organisation(vault, "org-2").id,
                          status="closed")
    report = imported(vault, pkg)
    assert report.kept == [] and organisation(vault, "org-2").status == "closed"


def test_records_gone_from_the_directory_are_reported_not_deleted(vault, tmp_path):
    d = sample()
    imported(vault, rewrite(d, tmp_path))
    d.services.pop(2)
    report = imported(vault, rewrite(d, tmp_path))
    assert [(e.kind, e.name, e.external_id) for e in report.gone] == [
        ("opportunity", "Phone friends", "svc-3")]
    assert report.gone[0].why == GONE and "not deleted" in GONE
    assert not opportunity(vault, "svc-3").deleted


def test_records_deleted_here_are_not_brought_back(vault, tmp_path, pkg):
    imported(vault, pkg)
    records = Records(vault)
    records.delete(models.Opportunity, opportunity(vault, "svc-1").id)
    records.delete(models.Organisation, organisation(vault, "org-2").id)
    before = counts(vault)
    report = imported(vault, pkg)
    assert {(e.external_id, e.why) for e in report.skipped} == {
        ("svc-1", "deleted in this vault, so not brought back."),
        ("org-2", "deleted in this vault, so not brought back."),
        ("svc-2", "its organisation was deleted in this vault, so it was not brought back.")}
    assert counts(vault) == before and report.added == []


# --- refusals: one sentence naming where, and the vault as it was -----------------------------

def test_a_value_the_vault_refuses_names_the_file_and_row(vault, pkg):
    imported(vault, pkg)
    set_cell(pkg / "services.csv", 2, "description", "A new description.")
    set_cell(pkg / "services.csv", 4, "name", "x" * 2_001)
    before = counts(vault)
    with pytest.raises(DirectoryError) as caught:
        imported(vault, pkg)
    assert str(caught.value) == ("In services.csv, row 4: the title is too long: at most "
                                 "2,000 characters (it has 2,001).")
    assert counts(vault) == before
    assert opportunity(vault, "svc-1").description == "Help serve lunch."


def test_an_organisation_the_vault_refuses_names_its_row(vault, pkg):
    set_cell(pkg / "organizations.csv", 3, "name", "Beeston\x07 Growing")
    with pytest.raises(DirectoryError, match=r"^In organizations.csv, row 3: the name "
                                             r"contains invisible control characters"):
        imported(vault, pkg)
    assert counts(vault)["organisations"] == 0


def test_a_directory_with_no_name_is_refused(vault, pkg):
    nameless = dataclasses.replace(read_directory(pkg), source=" ")
    with pytest.raises(ValidationError, match="needs a name"):
        import_directory(vault, nameless)
    assert counts(vault)["organisations"] == 0


# --- the listing ---------------------------------------------------------------------------

def test_listing_gives_organisations_by_name_with_open_opportunities_first(vault, pkg):
    imported(vault, pkg)
    records = Records(vault)
    records.add(models.Opportunity(title="Loose opportunity"))
    listed = organisations_with_opportunities(vault)
    assert [(item.name, [o.title for o in item.opportunities], item.open_count)
            for item in listed] == [
        ("Beeston Growing Together", ["Sunday gardeners"], 1),
        ("Hillside Neighbours", ["Lunch helpers", "Phone friends"], 1),
        ("", ["Loose opportunity"], 1)]
    assert listed[-1].organisation is None

    records.update(models.Organisation, organisation(vault, "org-2").id, status="closed")
    open_only = organisations_with_opportunities(vault, open_only=True)
    assert [(item.name, [o.title for o in item.opportunities]) for item in open_only] == [
        ("Hillside Neighbours", ["Lunch helpers"]), ("", ["Loose opportunity"])]
