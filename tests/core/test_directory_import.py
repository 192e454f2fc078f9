"""Reading Open Referral UK / HSDS directories (desktop.core.directory_import).

Every directory here is built by tests/core/hsds_builder.py: data packages in the HSDS 3.0 and
1.1 layouts (folder and zip), and the JSON form (HSDS 3 and Open Referral UK 1.0 names).
"""

import json
import os
from pathlib import Path
import tempfile
import time
import zipfile

from hypothesis import given, settings, strategies as st
import pytest

from desktop.core import models
from desktop.core.directory_import import (
    DirectoryError,
    DirectoryImport,
    Schedule,
    TermMapping,
    load_term_mapping,
    read_directory,
    read_schedule,
)
from desktop.core.errors import ResourceError, ValidationError
from desktop.core.hsds_terms import Term, default_mapping_path
from desktop.core.offers import DAYS, PARTS
from desktop.core.taxonomy import load_taxonomy
from tests.core.hsds_builder import (
    DAY_CODES,
    Directory,
    Loc,
    Org,
    Sched,
    Svc,
    append_row,
    drop_column,
    sample,
    set_cell,
    write_big_package,
    write_csv,
    write_json,
    write_package,
)


@pytest.fixture(scope="module")
def mapping() -> TermMapping:
    return load_term_mapping()


def by_id(result: DirectoryImport) -> dict:
    return {opp.source_id: opp for opp in result.opportunities}


def every_form(tmp_path: Path) -> dict[str, Path]:
    d = sample()
    return {
        "3.0": write_package(d, tmp_path / "three"),
        "1.1": write_package(d, tmp_path / "one", "1.1"),
        "3.0 zip": write_package(d, tmp_path / "threezip", as_zip=True),
        "1.1 zip": write_package(d, tmp_path / "onezip", "1.1", as_zip=True),
        "json list": write_json(d, tmp_path / "list.json"),
        "json page": write_json(d, tmp_path / "page.json", "page"),
        "oruk1 json": write_json(d, tmp_path / "oruk.json", "list", "oruk1"),
    }


def fails(path: Path, *parts: str) -> DirectoryError:
    """Reading fails with one plain sentence that names every part given."""
    with pytest.raises(DirectoryError) as caught:
        read_directory(path)
    message = str(caught.value)
    for part in parts:
        assert part in message, message
    assert "\n" not in message and message.endswith("."), message
    assert isinstance(caught.value, ValidationError)
    return caught.value


# --- what a directory becomes ----------------------------------------------------------

def test_hsds_3_package_becomes_organisations_and_opportunities(tmp_path):
    result = read_directory(write_package(sample(), tmp_path / "pkg"))
    assert result.source == "test-directory"
    assert result.layout.startswith("HSDS 3 data package")
    orgs = {org.source_id: org for org in result.organisations}
    assert orgs["org-1"].name == "Hillside Neighbours"
    assert orgs["org-1"].phone == "0113 496 0001"
    assert orgs["org-2"].postcode == "LS11 8BD"  # written "ls118bd" by the directory
    lunch = by_id(result)["svc-1"]
    assert lunch.organisation_source_id == "org-1"
    assert lunch.title == "Lunch helpers"
    assert lunch.status == "open" and lunch.source_status == "active"
    assert lunch.tags == ("tea-and-chat", "catering-for-groups", "hosting")
    assert lunch.other_terms == ("Bring-and-share suppers",)
    assert lunch.availability == {"mon": ["morning", "afternoon"],
                                  "wed": ["evening"], "thu": ["morning", "afternoon"]}
    assert "Every Monday and Thursday, 11:30–14:00" in lunch.schedule
    assert "Every 2 weeks on Wednesday, 18:00–20:00" in lunch.schedule
    assert lunch.location == "Hillside hall, 1 Chapel Street, Leeds, LS11 5AB"
    assert lunch.postcode == "LS11 5AB"
    assert lunch.contact == "Ann Persona (Volunteer lead)"
    assert (lunch.phone, lunch.email) == ("0113 496 0000", "lunch@example.org")
    assert lunch.accessibility == "Step-free entrance (ring the bell)"
    assert lunch.languages == ("Polish",)
    assert lunch.suits == "Adults; ages 18 and over"
    assert lunch.cost == "Free"
    assert lunch.origin == "services.csv, row 2"
    garden = by_id(result)["svc-2"]
    assert garden.availability == {"sun": ["morning"]}
    assert "The second Sunday of each month, 09:00–12:00" in garden.schedule
    assert "Saturdays when it is dry" in garden.schedule  # no times: text, no cell
    phone = by_id(result)["svc-3"]
    assert phone.status == "closed" and phone.source_status == "temporarily closed"
    assert phone.location == "Online: https://meet.example.org"


def test_hsds_1_1_package_reads_its_own_tables(tmp_path):
    result = read_directory(write_package(sample(), tmp_path / "pkg", "1.1"))
    assert result.layout.startswith("HSDS 1.1 data package")
    assert {org.kind for org in result.organisations} == {"charity"}
    lunch = by_id(result)["svc-1"]
    assert lunch.availability == {"mon": ["morning", "afternoon"],
                                  "wed": ["evening"], "thu": ["morning", "afternoon"]}
    assert "Closed 2025-12-24 to 2025-12-26" in lunch.schedule  # holiday_schedule
    assert lunch.languages == ("Polish",)  # the code "pl", named
    assert lunch.suits == "adult"  # eligibility.csv
    assert lunch.other_terms == ("Bring-and-share suppers",)
    assert by_id(result)["svc-2"].availability == {"sun": ["morning"]}


@pytest.mark.parametrize("form", ["3.0", "1.1", "3.0 zip", "1.1 zip", "json list",
                                  "json page", "oruk1 json"])
def test_every_form_gives_the_same_directory(tmp_path, form):
    result = read_directory(every_form(tmp_path)[form])
    assert [org.source_id for org in result.organisations] == ["org-1", "org-2"]
    opps = by_id(result)
    assert list(opps) == ["svc-1", "svc-2", "svc-3"]
    assert opps["svc-1"].availability == {"mon": ["morning", "afternoon"],
                                          "wed": ["evening"],
                                          "thu": ["morning", "afternoon"]}
    assert opps["svc-2"].availability == {"sun": ["morning"]}
    assert opps["svc-1"].tags == ("tea-and-chat", "catering-for-groups", "hosting")
    assert opps["svc-1"].other_terms == ("Bring-and-share suppers",)
    assert opps["svc-2"].tags == ("gardening",)
    assert opps["svc-3"].tags == ("phone-befriending", "listening")
    assert opps["svc-1"].postcode == "LS11 5AB"
    assert opps["svc-1"].accessibility == "Step-free entrance (ring the bell)"
    assert opps["svc-1"].contact == "Ann Persona (Volunteer lead)"


def test_json_form_single_service_and_oruk_names(tmp_path):
    result = read_directory(write_json(sample(), tmp_path / "one.json", "single", "oruk1"))
    (lunch,) = result.opportunities
    assert result.layout == "HSDS 3 / Open Referral UK JSON"
    assert lunch.origin == "one.json, at the service"
    assert lunch.availability["wed"] == ["evening"]


def test_file_names_come_from_datapackage_json(tmp_path):
    """Nothing is assumed about file names: Open Referral UK's profile has attribute.csv,
    publishers put tables in folders or prefix the resource names."""
    folder = write_package(sample(), tmp_path / "pkg", paths={
        "service": "exports/svc-2025.csv", "attribute": "attribute.csv",
        "service_at_location": "service_at_location.csv"})
    descriptor = json.loads((folder / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        if resource["name"] == "organization":
            resource["name"] = "leeds_directory_organizations"
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    result = read_directory(folder / "datapackage.json")
    assert by_id(result)["svc-1"].tags[0] == "tea-and-chat"
    assert by_id(result)["svc-1"].origin == "exports/svc-2025.csv, row 2"


def test_csv_dialect_byte_order_mark_and_blank_lines(tmp_path):
    """Spreadsheets save "CSV UTF-8" with a byte-order mark; some publishers use semicolons
    and say so in the resource's dialect."""
    folder = write_package(sample(), tmp_path / "pkg")
    rows = (folder / "services.csv").read_text(encoding="utf-8").splitlines()
    text = "\r\n".join(line.replace(",", ";") if "," in line and '"' not in line else line
                       for line in rows)
    (folder / "services.csv").write_bytes(b"\xef\xbb\xbf" + (text + "\r\n\r\n").encode())
    descriptor = json.loads((folder / "datapackage.json").read_text())
    next(r for r in descriptor["resources"] if r["name"] == "service")["dialect"] = {
        "delimiter": ";"}
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    result = read_directory(folder)
    assert [opp.title for opp in result.opportunities] == [
        "Lunch helpers", "Sunday gardeners", "Phone friends"]


def test_reading_again_gives_the_same_records(tmp_path):
    """A re-import matches by the directory's ids: the same files give the same records."""
    folder = write_package(sample(), tmp_path / "pkg")
    assert read_directory(folder) == read_directory(folder)


def test_tables_offerbook_does_not_use_are_noted(tmp_path):
    folder = write_package(sample(), tmp_path / "pkg")
    write_csv(folder / "funding.csv", ["id", "service_id", "source"], [["f1", "svc-1", "Lottery"]])
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["resources"].append({"name": "funding", "path": "funding.csv"})
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    assert "funding: not a table Offerbook uses, so left out." in read_directory(folder).notes


def test_attributes_of_other_records_are_counted_not_lost_silently(tmp_path):
    folder = write_package(sample(), tmp_path / "pkg")
    append_row(folder / "attributes.csv", {"id": "att-x", "link_id": "org-1",
                                           "link_entity": "organization",
                                           "taxonomy_term_id": "t-lunch"})
    assert "1 attributes of organization: left out." in read_directory(folder).notes


def test_records_fit_the_models(tmp_path):
    result = read_directory(write_package(sample(), tmp_path / "pkg"))
    org = result.organisations[0].record()
    assert isinstance(org, models.Organisation)
    assert (org.name, org.external_id, org.id) == ("Hillside Neighbours", "org-1", "")
    assert result.organisations[0].record("test-directory").source == "test-directory"
    opp = result.opportunities[0].record(organisation_id="vault-id-of-org-1",
                                         source="test-directory")
    assert isinstance(opp, models.Opportunity)
    assert opp.organisation_id == "vault-id-of-org-1"
    assert (opp.source, opp.external_id) == ("test-directory", "svc-1")
    assert opp.status in models.OPPORTUNITY_STATUSES
    assert opp.tags == ["tea-and-chat", "catering-for-groups", "hosting"]
    # Each contact detail in its own field, not joined into one string.
    assert (opp.contact, opp.phone, opp.email) == (
        "Ann Persona (Volunteer lead)", "0113 496 0000", "lunch@example.org")
    assert opp.website == "https://example.org/lunch"
    assert opp.other_terms == ["Bring-and-share suppers"]
    assert opp.availability and opp.source_status == "active"
    assert opp.languages == ["Polish"] and opp.cost == "Free"


# --- terms -----------------------------------------------------------------------------

def test_unknown_terms_survive_as_text_in_every_form(tmp_path):
    d = sample()
    d.services[1].terms += (("t-new", "Fruit tree pruning"), ("t-new2", "Pond dipping"))
    for form in ("3.0", "1.1"):
        result = read_directory(write_package(d, tmp_path / form, form))
        assert by_id(result)["svc-2"].other_terms == ("Fruit tree pruning", "Pond dipping")
    result = read_directory(write_json(d, tmp_path / "d.json"))
    assert by_id(result)["svc-2"].other_terms == ("Fruit tree pruning", "Pond dipping")


def test_a_term_known_only_by_id_is_kept_as_its_id(tmp_path):
    """With no terms table, a link's id is all there is: kept, not dropped."""
    folder = write_package(sample(), tmp_path / "pkg", "1.1")
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] != "taxonomy"]
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    assert by_id(read_directory(folder))["svc-2"].other_terms == ("t-garden",)


def test_terms_map_by_identifier_then_by_name(mapping):
    dance = "https://openactive.io/activity-list#6ca15167-51da-4d91-a1ae-8a45dc47b0ea"
    assert mapping.tags(Term(id="x", name="Something else", uri=dance)) == ("dancing",)
    assert mapping.tags(Term(id=dance, name="")) == ("dancing",)
    assert mapping.tags(Term(id="t9", name="  WALKING-groups ")) == ("walking-groups",)
    assert mapping.tags(Term(id="t9", name="Arts & Crafts")) == ("crafts", "art-and-drawing")
    assert mapping.tags(Term(id="t9", name="Underwater basket weaving")) == ()


def test_every_mapped_tag_is_a_gift_tag(mapping):
    taxonomy = load_taxonomy()
    tags = {tag for tags in [*mapping.by_id.values(), *mapping.by_name.values()]
            for tag in tags}
    assert tags and all(tag in taxonomy for tag in tags), tags - {t.id for t in taxonomy.tags}


def test_readme_says_where_each_list_comes_from(mapping):
    readme = (default_mapping_path().parent / "README.md").read_text(encoding="utf-8")
    data = json.loads(default_mapping_path().read_text(encoding="utf-8"))
    for key in ("by_id", "by_name", "languages"):
        assert key in data and f"`{key}`" in readme


def test_a_bad_mapping_file_is_a_resource_error(tmp_path):
    path = tmp_path / "map.json"
    path.write_text(json.dumps({"version": 1, "by_id": [], "by_name": {"x": ["Not A Tag"]}}))
    with pytest.raises(ResourceError, match="not a gift tag id"):
        load_term_mapping(path)


# --- schedules -------------------------------------------------------------------------

def no_fail(column: str, problem: str) -> DirectoryError:
    return DirectoryError("test", problem, column=column)


def schedule(**values: object) -> Schedule:
    return read_schedule(values, no_fail)


@pytest.mark.parametrize("weekday, day", [("1", "mon"), ("7", "sun"), (3, "wed"),
                                          ("Friday", "fri"), ("sat", "sat")])
def test_hsds_1_1_weekday_is_iso_monday_first_or_a_name(weekday, day):
    assert schedule(weekday=weekday, opens_at="10:00", closes_at="11:00").days == (day,)


def test_parts_of_the_day_and_sessions_past_midnight():
    assert schedule(byday="TU", opens_at="11:30", closes_at="12:30").cells() == {
        "tue": ["morning", "afternoon"]}
    assert schedule(byday="SA", opens_at="22:00", closes_at="07:00").cells() == {
        "sat": ["evening"], "sun": ["morning"]}
    assert schedule(byday="SU", opens_at="23:00", closes_at="01:00Z").cells() == {
        "mon": ["morning"], "sun": ["evening"]}
    assert schedule(byday="MO", opens_at="17:00:00+01:00", closes_at="24:00").cells() == {
        "mon": ["evening"]}
    assert schedule(byday="MO").cells() == {}  # a day without times: text only
    assert schedule(byday="MO").text() == "Every Monday"


def test_schedule_text_keeps_rhythm_dates_and_words():
    text = schedule(freq="MONTHLY", byday="-1FR,1MO", opens_at="10:00", closes_at="12:00",
                    valid_from="2025-01-01", valid_to="2025-12-31", description="Bring boots",
                    notes="No dogs").text()
    assert text == ("The last Friday and the first Monday of each month, 10:00–12:00 "
                    "(from 2025-01-01 until 2025-12-31). Bring boots No dogs")
    assert schedule(freq="MONTHLY", bymonthday="15,-1", opens_at="09:00").text() == \
        "On day 15 and 1 from the end of each month, from 09:00"


day_sets = st.lists(st.sampled_from(DAY_CODES), min_size=1, max_size=7, unique=True)
times = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23),
                  st.sampled_from([0, 15, 30, 45]))
schedules = st.one_of(
    st.builds(lambda days, o, c, i, desc: Sched(tuple(days), o, c, "WEEKLY", i, description=desc),
              day_sets, times | st.just(""), times | st.just(""), st.integers(1, 4),
              st.sampled_from(["", "Term time only"])),
    st.builds(lambda n, day, o, c: Sched((f"{n}{day}",), o, c, "MONTHLY"),
              st.sampled_from([1, 2, 3, 4, -1]), st.sampled_from(DAY_CODES), times,
              times | st.just("")),
    st.builds(lambda md, o: Sched((), o, "", "MONTHLY", bymonthday=md),
              st.sampled_from(["1", "15", "-1", "2,3"]), times),
)


@settings(max_examples=200, deadline=None)
@given(schedules)
def test_any_schedule_becomes_cells_or_text_never_lost(sched):
    read = schedule(freq=sched.freq, interval=str(sched.interval), byday=",".join(sched.byday),
                    bymonthday=sched.bymonthday, opens_at=sched.opens, closes_at=sched.closes,
                    description=sched.description)
    cells, text = read.cells(), read.text()
    assert text, "every schedule is kept as text"
    for day in read.weekdays:
        assert {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
                "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}[day] in text
    for clock in (sched.opens, sched.closes):
        assert clock in text
    assert set(cells) <= set(DAYS) and all(set(parts) <= set(PARTS) for parts in
                                           cells.values())
    if read.weekdays and (sched.opens or sched.closes):
        first = read.weekdays[0]
        shifted = DAYS[(DAYS.index(first) + 1) % 7]
        assert first in cells or shifted in cells, "a timed day always has a cell"
    else:
        assert cells == {}


@settings(max_examples=25, deadline=None)
@given(st.lists(schedules, min_size=1, max_size=4))
def test_schedules_read_the_same_from_a_package_and_from_json(scheds):
    d = Directory(orgs=[Org("o")], locations=[Loc("l")],
                  services=[Svc("s", "o", locations=("l",), schedules=tuple(scheds))])
    with tempfile.TemporaryDirectory() as folder:
        package = read_directory(write_package(d, Path(folder) / "p"))
        nested = read_directory(write_json(d, Path(folder) / "d.json"))
    (a,), (b,) = package.opportunities, nested.opportunities
    assert a.availability == b.availability
    assert sorted(a.schedule.splitlines()) == sorted(b.schedule.splitlines())
    assert len(a.schedule.splitlines()) == len(set(
        schedule(freq=s.freq, interval=str(s.interval), byday=",".join(s.byday),
                 bymonthday=s.bymonthday, opens_at=s.opens, closes_at=s.closes,
                 description=s.description).text() for s in scheds))


# --- bad input: one sentence naming file, row and column ---------------------------------

@pytest.fixture
def pkg(tmp_path) -> Path:
    return write_package(sample(), tmp_path / "pkg")


def test_missing_required_column(pkg):
    drop_column(pkg / "services.csv", "organization_id")
    fails(pkg, "services.csv", "row 1", "column organization_id")


def test_duplicate_ids(pkg):
    set_cell(pkg / "services.csv", 3, "id", "svc-1")
    fails(pkg, "services.csv", "row 3", "column id", "'svc-1'")


def test_duplicate_ids_in_a_link_table(pkg):
    set_cell(pkg / "schedules.csv", 3, "id", "sch-svc-1-0")
    fails(pkg, "schedules.csv", "row 3", "column id")


def test_wrong_encoding_names_row_and_column(pkg):
    raw = (pkg / "services.csv").read_text(encoding="utf-8")
    (pkg / "services.csv").write_bytes(raw.replace("Weeding", "Caf\xe9 weeding")
                                       .encode("latin-1"))
    fails(pkg, "services.csv", "row 3", "column description", "UTF-8")


def test_datapackage_json_not_utf8(pkg):
    (pkg / "datapackage.json").write_bytes(
        (pkg / "datapackage.json").read_text().replace("Test directory", "Caf\xe9")
        .encode("latin-1"))
    fails(pkg, "datapackage.json", "UTF-8")


@pytest.mark.parametrize("column, value, words", [
    ("freq", "DAILY", "WEEKLY or MONTHLY"),
    ("byday", "MO,XX", "'XX' is not a day"),
    ("byday", "2MO", "only when freq is MONTHLY"),
    ("opens_at", "9am", "not a time"),
    ("closes_at", "25:00", "not a time"),
    ("interval", "0", "whole number"),
    ("valid_to", "2020-13-01", "not a date"),
    ("bymonthday", "15", "only when freq is MONTHLY"),
])
def test_a_schedule_hsds_does_not_allow(pkg, column, value, words):
    set_cell(pkg / "schedules.csv", 2, column, value)
    fails(pkg, "schedules.csv", "row 2", f"column {column}", words)


def test_a_schedule_that_ends_before_it_starts(pkg):
    set_cell(pkg / "schedules.csv", 4, "valid_from", "2025-06-01")
    set_cell(pkg / "schedules.csv", 4, "valid_to", "2025-05-01")
    fails(pkg, "schedules.csv", "row 4", "column valid_to")


def test_hsds_1_1_weekday_out_of_range(tmp_path):
    folder = write_package(sample(), tmp_path / "pkg", "1.1")
    set_cell(folder / "regular_schedules.csv", 2, "weekday", "8")
    fails(folder, "regular_schedules.csv", "row 2", "column weekday", "1 (Monday) to 7")


def test_a_holiday_that_is_neither_open_nor_closed(tmp_path):
    folder = write_package(sample(), tmp_path / "pkg", "1.1")
    set_cell(folder / "holiday_schedules.csv", 2, "closed", "maybe")
    fails(folder, "holiday_schedules.csv", "row 2", "column closed")


def test_service_of_an_unknown_organisation(pkg):
    set_cell(pkg / "services.csv", 4, "organization_id", "org-404")
    fails(pkg, "services.csv", "row 4", "column organization_id", "'org-404'",
          "organizations.csv")


@pytest.mark.parametrize("file, column, value", [
    ("service_at_locations.csv", "location_id", "loc-404"),
    ("schedules.csv", "service_id", "svc-404"),
    ("attributes.csv", "taxonomy_term_id", "t-404"),
    ("addresses.csv", "location_id", "loc-404"),
    ("phones.csv", "service_id", "svc-404"),
])
def test_links_to_unknown_records(pkg, file, column, value):
    set_cell(pkg / file, 2, column, value)
    fails(pkg, file, "row 2", f"column {column}", f"'{value}'")


def test_empty_id_and_empty_name(pkg):
    set_cell(pkg / "organizations.csv", 3, "name", "")
    fails(pkg, "organizations.csv", "row 3", "column name")


def test_status_hsds_does_not_list(pkg):
    set_cell(pkg / "services.csv", 2, "status", "open-ish")
    fails(pkg, "services.csv", "row 2", "column status")


def test_a_row_longer_than_its_header(pkg):
    with (pkg / "phones.csv").open("a", encoding="utf-8") as out:
        out.write("ph-x,svc-1,,0113 000,surprise\n")
    fails(pkg, "phones.csv", "column 5")


def test_no_services_table(pkg):
    descriptor = json.loads((pkg / "datapackage.json").read_text())
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] != "service"]
    (pkg / "datapackage.json").write_text(json.dumps(descriptor))
    fails(pkg, "datapackage.json", "services")


def test_malformed_datapackage_json(pkg):
    (pkg / "datapackage.json").write_text('{"resources": [\n  {"name": "service",}\n]}')
    fails(pkg, "datapackage.json", "line 2", "character", "not valid JSON")


def test_malformed_json_form(tmp_path):
    path = tmp_path / "directory.json"
    path.write_text('[{"id": "s1", "name": "x"\n  "status": "active"}]')
    fails(path, "directory.json", "line 2", "character", "not valid JSON")


def test_json_form_errors_name_the_place_and_field(tmp_path):
    d = sample()
    d.services[1].schedules = (Sched(("MO",), "10:00", "noon"),)
    fails(write_json(d, tmp_path / "d.json"), "d.json", "at services[1].schedules[0]",
          "field closes_at", "not a time")


def test_json_form_service_without_organisation(tmp_path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps([{"id": "s1", "name": "Walks", "status": "active"}]))
    fails(path, "d.json", "at services[0]", "field organization")


def test_zip_with_a_path_outside_itself(tmp_path):
    archive = write_package(sample(), tmp_path / "pkg", as_zip=True)
    with zipfile.ZipFile(archive, "a") as out:
        out.writestr("../../evil.csv", "id\n1\n")
    fails(archive, "pkg.zip", "'../../evil.csv'", "outside the zip")


@pytest.mark.parametrize("path", ["../services.csv", "/etc/passwd",
                                  "https://example.org/services.csv"])
def test_resource_path_outside_the_package(pkg, path):
    descriptor = json.loads((pkg / "datapackage.json").read_text())
    next(r for r in descriptor["resources"] if r["name"] == "service")["path"] = path
    (pkg / "datapackage.json").write_text(json.dumps(descriptor))
    fails(pkg, "datapackage.json", "resource", "'service'")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_link_out_of_the_package_is_refused(pkg, tmp_path):
    outside = tmp_path / "elsewhere.csv"
    outside.write_text((pkg / "phones.csv").read_text())
    (pkg / "phones.csv").unlink()
    (pkg / "phones.csv").symlink_to(outside)
    fails(pkg, "datapackage.json", "outside the data package")


def test_missing_file_and_missing_path(tmp_path):
    fails(tmp_path / "nothing-here", "nothing-here", "no such file")
    fails(tmp_path, tmp_path.name, "datapackage.json")


# --- size --------------------------------------------------------------------------------

def test_fifty_thousand_services_stream_through(tmp_path):
    folder = tmp_path / "big"
    write_csv(folder / "organizations.csv", ["id", "name"], [["o1", "Big council"]])
    with (folder / "services.csv").open("w", encoding="utf-8", newline="") as out:
        out.write("id,organization_id,name,status\n")
        out.writelines(f"s{n},o1,Service {n},active\n" for n in range(50_000))
    (folder / "datapackage.json").write_text(json.dumps({"resources": [
        {"name": "organization", "path": "organizations.csv"},
        {"name": "service", "path": "services.csv"}]}))
    started = time.perf_counter()
    result = read_directory(folder)
    assert len(result.opportunities) == 50_000
    assert result.opportunities[-1].source_id == "s49999"
    assert time.perf_counter() - started < 10


@pytest.mark.bench
def test_bench_parse_ten_thousand_services(tmp_path):
    """python -m pytest -m bench tests/core/test_directory_import.py -s"""
    folder = write_big_package(tmp_path / "big", 10_000)
    started = time.perf_counter()
    result = read_directory(folder)
    elapsed = time.perf_counter() - started
    print(f"\nparsed 10,000 services (locations, addresses, 2 schedules and 2 terms each) "
          f"in {elapsed:.2f} s")
    assert len(result.opportunities) == 10_000
    assert all(opp.availability for opp in result.opportunities)
    assert elapsed < 3
