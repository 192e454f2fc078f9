"""Builds Open Referral (HSDS) directories for tests: data packages in HSDS 3.0 and 1.1
layouts (folder or zip), and the nested JSON form, from one small description.

The field and file names are the standards' own (see desktop/core/directory_import.py for the
sources), so a test reads the same shapes a council's export has. Helpers at the end edit a
written CSV file (a cell, a column, the raw bytes) to make the bad inputs.
"""

import csv
from dataclasses import dataclass, field
import json
from pathlib import Path
import zipfile

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass
class Sched:
    """One schedule: days as MO…SU (with an ordinal such as "2MO" when monthly)."""

    byday: tuple[str, ...] = ("MO",)
    opens: str = "10:00"
    closes: str = "12:00"
    freq: str = "WEEKLY"
    interval: int = 1
    bymonthday: str = ""
    valid_from: str = ""
    valid_to: str = ""
    description: str = ""
    at_location: bool = False  # attach to the service at its first location


@dataclass
class Loc:
    id: str
    name: str = "Hillside hall"
    address: str = "1 Chapel Street"
    city: str = "Leeds"
    postcode: str = "LS11 5AB"
    accessibility: str = "Step-free entrance"
    details: str = "ring the bell"
    languages: tuple[tuple[str, str], ...] = (("Polish", "pl"),)
    virtual_url: str = ""


@dataclass
class Svc:
    id: str
    org: str
    name: str = "Lunch helpers"
    description: str = "Help serve lunch."
    status: str = "active"
    email: str = "lunch@example.org"
    url: str = "https://example.org/lunch"
    phone: str = "0113 496 0000"
    contact: tuple[str, str, str] = ("Ann Persona", "Volunteer lead", "ann@example.org")
    locations: tuple[str, ...] = ()
    schedules: tuple[Sched, ...] = ()
    terms: tuple[tuple[str, str], ...] = ()  # (term id, term name)
    suits: str = "Adults"
    min_age: str = "18"
    fees: str = "Free"


@dataclass
class Org:
    id: str
    name: str = "Hillside Neighbours"
    description: str = "A lunch club."
    email: str = "hello@example.org"
    website: str = "https://example.org"
    phone: str = "0113 496 0001"


@dataclass
class Directory:
    orgs: list[Org] = field(default_factory=list)
    locations: list[Loc] = field(default_factory=list)
    services: list[Svc] = field(default_factory=list)
    vocabulary: str = "Offerbook test terms"

    def terms(self) -> dict[str, str]:
        return {tid: name for svc in self.services for tid, name in svc.terms}


def sample() -> Directory:
    """Two organisations, three services, two places, schedules of every shape, known and
    unknown terms."""
    return Directory(
        orgs=[Org("org-1"), Org("org-2", name="Beeston Growing Together",
                                description="A community garden.", phone="")],
        locations=[Loc("loc-1"), Loc("loc-2", name="The orchard", address="Cross Flatts Park",
                                     postcode="ls118bd", accessibility="",
                                     languages=()),
                   Loc("loc-3", name="Online", virtual_url="https://meet.example.org",
                       accessibility="", languages=())],
        services=[
            Svc("svc-1", "org-1", locations=("loc-1",),
                schedules=(Sched(("MO", "TH"), "11:30", "14:00"),
                           Sched(("WE",), "18:00", "20:00", interval=2, at_location=True)),
                terms=(("t-lunch", "Lunch club"), ("t-odd", "Bring-and-share suppers"))),
            Svc("svc-2", "org-2", name="Sunday gardeners", description="Weeding and planting.",
                locations=("loc-2",), contact=("", "", ""), phone="",
                schedules=(Sched(("2SU",), "09:00", "12:00", freq="MONTHLY"),
                           Sched(("SA",), "", "", description="Saturdays when it is dry")),
                terms=(("t-garden", "Gardening"),), suits="", min_age=""),
            Svc("svc-3", "org-1", name="Phone friends", status="temporarily closed",
                locations=("loc-3",), schedules=(), terms=(("t-phone", "Telephone befriending"),),
                fees=""),
        ])


# -- data packages ----------------------------------------------------------------------

def write_package(directory: Directory, folder: Path, layout: str = "3.0", *,
                  as_zip: bool = False, paths: dict[str, str] | None = None) -> Path:
    """Write the directory as a data package; returns the folder, or the zip made of it.

    `paths` renames files (resource name → path), as publishers do."""
    tables = _tables_3(directory) if layout == "3.0" else _tables_11(directory)
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for name, (header, rows) in tables.items():
        path = (paths or {}).get(name, _PATHS_3.get(name, f"{name}s.csv") if layout == "3.0"
                                 else _PATHS_11[name])
        write_csv(folder / path, header, rows)
        resources.append({"name": name, "path": path, "format": "csv",
                          "mediatype": "text/csv", "profile": "tabular-data-resource",
                          "schema": {"fields": [{"name": h, "type": "string"} for h in header]}})
    descriptor = {"name": "test-directory", "title": "Test directory", "version":
                  "3.0.0" if layout == "3.0" else "1.1", "profile": "tabular-data-package",
                  "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2), "utf-8")
    if not as_zip:
        return folder
    archive = folder.with_suffix(".zip")
    with zipfile.ZipFile(archive, "w") as out:
        for file in sorted(folder.rglob("*")):
            out.write(file, f"{folder.name}/{file.relative_to(folder).as_posix()}")
    return archive


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


Tables = dict[str, tuple[list[str], list[list[str]]]]


def _tables_3(d: Directory) -> Tables:
    sal = {(s.id, loc): f"sal-{s.id}-{loc}" for s in d.services for loc in s.locations}
    schedules = []
    for s in d.services:
        for n, sc in enumerate(s.schedules):
            at = sal[(s.id, s.locations[0])] if sc.at_location else ""
            schedules.append([f"sch-{s.id}-{n}", "" if at else s.id, at, sc.freq,
                              str(sc.interval), ",".join(sc.byday), sc.bymonthday, sc.opens,
                              sc.closes, sc.valid_from, sc.valid_to, sc.description])
    return {
        "organization": (["id", "name", "description", "email", "website"],
                         [[o.id, o.name, o.description, o.email, o.website] for o in d.orgs]),
        "taxonomy": (["id", "name", "description"], [["vocab-1", d.vocabulary, ""]]),
        "taxonomy_term": (["id", "code", "name", "description", "taxonomy_id"],
                          [[tid, tid.upper(), name, "", "vocab-1"]
                           for tid, name in d.terms().items()]),
        "service": (["id", "organization_id", "name", "description", "url", "email", "status",
                     "fees_description", "eligibility_description", "minimum_age"],
                    [[s.id, s.org, s.name, s.description, s.url, s.email, s.status, s.fees,
                      s.suits, s.min_age] for s in d.services]),
        "attribute": (["id", "link_id", "link_type", "link_entity", "taxonomy_term_id"],
                      [[f"att-{s.id}-{tid}", s.id, "service_type", "service", tid]
                       for s in d.services for tid, _ in s.terms]),
        "location": (["id", "location_type", "organization_id", "name", "url"],
                     [[loc.id, "virtual" if loc.virtual_url else "physical", _org_of(d, loc.id),
                       loc.name, loc.virtual_url] for loc in d.locations]),
        "service_at_location": (["id", "service_id", "location_id"],
                                [[key, sid, lid] for (sid, lid), key in sal.items()]),
        "address": (["id", "location_id", "address_1", "city", "state_province",
                     "postal_code", "country", "address_type"],
                    [[f"adr-{loc.id}", loc.id, loc.address, loc.city, "", loc.postcode, "GB",
                      "physical"] for loc in d.locations if not loc.virtual_url]),
        "accessibility": (["id", "location_id", "description", "details"],
                          [[f"acc-{loc.id}", loc.id, loc.accessibility, loc.details]
                           for loc in d.locations if loc.accessibility]),
        "language": (["id", "service_id", "location_id", "name", "code"],
                     [[f"lang-{loc.id}-{code}", "", loc.id, name, code]
                      for loc in d.locations for name, code in loc.languages]),
        "contact": (["id", "service_id", "name", "title", "email"],
                    [[f"con-{s.id}", s.id, *s.contact] for s in d.services if any(s.contact)]),
        "phone": (["id", "service_id", "organization_id", "number"],
                  [[f"ph-{s.id}", s.id, "", s.phone] for s in d.services if s.phone]
                  + [[f"ph-{o.id}", "", o.id, o.phone] for o in d.orgs if o.phone]),
        "schedule": (["id", "service_id", "service_at_location_id", "freq", "interval", "byday",
                      "bymonthday", "opens_at", "closes_at", "valid_from", "valid_to",
                      "description"], schedules),
    }


def _org_of(d: Directory, location_id: str) -> str:
    return next((s.org for s in d.services if location_id in s.locations), "")


# HSDS 3.0's file names (schema/*.json "path"), where "s" is not enough.
_PATHS_3 = {"taxonomy": "taxonomies.csv", "address": "addresses.csv",
            "accessibility": "accessibility.csv"}
_PATHS_11 = {"organization": "organizations.csv", "service": "services.csv",
             "location": "locations.csv", "service_at_location": "services_at_location.csv",
             "physical_address": "physical_addresses.csv", "phone": "phones.csv",
             "contact": "contacts.csv", "regular_schedule": "regular_schedules.csv",
             "holiday_schedule": "holiday_schedules.csv", "taxonomy": "taxonomy.csv",
             "service_taxonomy": "services_taxonomy.csv", "language": "languages.csv",
             "accessibility_for_disabilities": "accessibility_for_disabilities.csv",
             "eligibility": "eligibility.csv"}


def _tables_11(d: Directory) -> Tables:
    sal = {(s.id, loc): f"sal-{s.id}-{loc}" for s in d.services for loc in s.locations}
    regular = []
    for s in d.services:
        for n, sc in enumerate(s.schedules):
            at = sal[(s.id, s.locations[0])] if sc.at_location else ""
            owner = ["" if at else s.id, at]
            plain = sc.freq in ("", "WEEKLY") and sc.interval == 1 and not sc.bymonthday \
                and all(day in DAY_CODES for day in sc.byday)
            if plain:  # HSDS 1.1: one row per weekday, 1 = Monday
                for m, day in enumerate(sc.byday):
                    regular.append([f"rs-{s.id}-{n}-{m}", *owner,
                                    str(DAY_CODES.index(day) + 1), sc.opens, sc.closes, "", "",
                                    "", "", sc.valid_from, sc.valid_to, sc.description])
            else:  # Open Referral UK 1.0's RRULE columns
                regular.append([f"rs-{s.id}-{n}", *owner, "", sc.opens, sc.closes, sc.freq,
                                str(sc.interval), ",".join(sc.byday), sc.bymonthday,
                                sc.valid_from, sc.valid_to, sc.description])
    return {
        "organization": (["id", "name", "description", "email", "url", "legal_status"],
                         [[o.id, o.name, o.description, o.email, o.website, "charity"]
                          for o in d.orgs]),
        "service": (["id", "organization_id", "name", "description", "url", "email", "status",
                     "fees"],
                    [[s.id, s.org, s.name, s.description, s.url, s.email, s.status, s.fees]
                     for s in d.services]),
        "location": (["id", "organization_id", "name", "description"],
                     [[loc.id, _org_of(d, loc.id), loc.name, ""] for loc in d.locations]),
        "service_at_location": (["id", "service_id", "location_id"],
                                [[key, sid, lid] for (sid, lid), key in sal.items()]),
        "physical_address": (["id", "location_id", "address_1", "city", "state_province",
                              "postal_code", "country"],
                             [[f"adr-{loc.id}", loc.id, loc.address, loc.city, "",
                               loc.postcode, "GB"] for loc in d.locations
                              if not loc.virtual_url]),
        "accessibility_for_disabilities": (
            ["id", "location_id", "accessibility", "details"],
            [[f"acc-{loc.id}", loc.id, loc.accessibility, loc.details] for loc in d.locations
             if loc.accessibility]),
        "language": (["id", "service_id", "location_id", "language"],
                     [[f"lang-{loc.id}-{code}", "", loc.id, code]
                      for loc in d.locations for _, code in loc.languages]),
        "contact": (["id", "service_id", "name", "title", "email"],
                    [[f"con-{s.id}", s.id, *s.contact] for s in d.services if any(s.contact)]),
        "phone": (["id", "service_id", "organization_id", "number"],
                  [[f"ph-{s.id}", s.id, "", s.phone] for s in d.services if s.phone]
                  + [[f"ph-{o.id}", "", o.id, o.phone] for o in d.orgs if o.phone]),
        "regular_schedule": (["id", "service_id", "service_at_location_id", "weekday",
                              "opens_at", "closes_at", "freq", "interval", "byday",
                              "bymonthday", "valid_from", "valid_to", "description"], regular),
        "holiday_schedule": (["id", "service_id", "closed", "opens_at", "closes_at",
                              "start_date", "end_date"],
                             [[f"hol-{s.id}", s.id, "true", "", "", "2025-12-24", "2025-12-26"]
                              for s in d.services[:1]]),
        "taxonomy": (["id", "name", "parent_id", "parent_name", "vocabulary"],
                     [[tid, name, "", "", d.vocabulary] for tid, name in d.terms().items()]),
        "service_taxonomy": (["id", "service_id", "taxonomy_id", "taxonomy_detail"],
                             [[f"st-{s.id}-{tid}", s.id, tid, ""]
                              for s in d.services for tid, _ in s.terms]),
        "eligibility": (["id", "service_id", "eligibility"],
                        [[f"el-{s.id}", s.id, "adult"] for s in d.services if s.suits]),
    }


# -- the JSON form ----------------------------------------------------------------------

def service_json(d: Directory, svc: Svc, flavour: str = "3.0") -> dict[str, object]:
    """One service as `/services/{id}` returns it (HSDS 3.0), or as an Open Referral UK 1.0
    API does (flavour "oruk1")."""
    org = next(o for o in d.orgs if o.id == svc.org)
    locs = {loc.id: loc for loc in d.locations}
    schedules = [_schedule_json(sc) for sc in svc.schedules if not sc.at_location]
    at_location = [_schedule_json(sc) for sc in svc.schedules if sc.at_location]
    key = "schedules" if flavour == "3.0" else "regular_schedules"
    sals = []
    for lid in svc.locations:
        loc = locs[lid]
        location: dict[str, object] = {
            "id": loc.id, "name": loc.name,
            "location_type": "virtual" if loc.virtual_url else "physical",
            "url": loc.virtual_url,
            ("addresses" if flavour == "3.0" else "physical_addresses"): [] if loc.virtual_url
            else [{"id": f"adr-{loc.id}", "address_1": loc.address, "city": loc.city,
                   "postal_code": loc.postcode, "country": "GB", "address_type": "physical"}],
            ("accessibility" if flavour == "3.0" else "accessibility_for_disabilities"):
                [{"id": f"acc-{loc.id}",
                  ("description" if flavour == "3.0" else "accessibility"): loc.accessibility,
                  "details": loc.details}] if loc.accessibility else [],
            "languages": [{"id": f"l-{code}", "name": name, "code": code}
                          for name, code in loc.languages],
        }
        sals.append({"id": f"sal-{svc.id}-{lid}", "location": location,
                     key: at_location if lid == svc.locations[0] else []})
    terms: list[dict[str, object]] = [
        {"id": f"att-{svc.id}-{tid}", "link_type": "service_type", "taxonomy_term_id": tid,
         "taxonomy_term": {"id": tid, "code": tid.upper(), "name": name, "description": "",
                           "taxonomy": d.vocabulary}} for tid, name in svc.terms]
    body: dict[str, object] = {
        "id": svc.id, "name": svc.name, "description": svc.description, "url": svc.url,
        "email": svc.email, "status": svc.status, "eligibility_description": svc.suits,
        "minimum_age": int(svc.min_age) if svc.min_age else None,
        ("fees_description" if flavour == "3.0" else "fees"): svc.fees,
        "organization": {"id": org.id, "name": org.name, "description": org.description,
                         "email": org.email, "website": org.website,
                         "phones": [{"id": f"ph-{org.id}", "number": org.phone}]
                         if org.phone else []},
        "service_at_locations": sals, key: schedules,
        "phones": [{"id": f"ph-{svc.id}", "number": svc.phone}] if svc.phone else [],
        "contacts": [{"id": f"con-{svc.id}", "name": svc.contact[0], "title": svc.contact[1],
                      "email": svc.contact[2]}] if any(svc.contact) else [],
    }
    if flavour == "3.0":
        body["attributes"] = terms
    else:
        body["service_taxonomys"] = [{"id": t["id"], "taxonomy": {
            "id": tid, "name": name, "vocabulary": d.vocabulary}}
            for t, (tid, name) in zip(terms, svc.terms)]
    return body


def _schedule_json(sc: Sched) -> dict[str, object]:
    return {"freq": sc.freq, "interval": sc.interval, "byday": ",".join(sc.byday),
            "bymonthday": sc.bymonthday, "opens_at": sc.opens, "closes_at": sc.closes,
            "valid_from": sc.valid_from, "valid_to": sc.valid_to,
            "description": sc.description}


def write_json(d: Directory, path: Path, form: str = "list", flavour: str = "3.0") -> Path:
    """The services as a list, a `{"contents": [...]}` page, or (form "single") the first."""
    services = [service_json(d, svc, flavour) for svc in d.services]
    data: object = services if form == "list" else services[0] if form == "single" else {
        "total_items": len(services), "total_pages": 1, "page_number": 1,
        "size": len(services), "first_page": True, "last_page": True, "empty": False,
        "contents": services}
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
    return path


# -- a big package, streamed to disk --------------------------------------------------------

def write_big_package(folder: Path, services: int) -> Path:
    """`services` services in services/100 organisations, each at its own location with an
    address, two schedules and two terms: the benchmark's directory (HSDS 3.0 layout)."""
    folder.mkdir(parents=True, exist_ok=True)
    orgs = max(1, services // 100)
    files = {
        "organization": ["id", "name", "description", "email", "website"],
        "taxonomy_term": ["id", "name", "description"],
        "location": ["id", "location_type", "organization_id", "name"],
        "address": ["id", "location_id", "address_1", "city", "postal_code", "country",
                    "address_type"],
        "service": ["id", "organization_id", "name", "description", "url", "email", "status"],
        "service_at_location": ["id", "service_id", "location_id"],
        "attribute": ["id", "link_id", "link_type", "link_entity", "taxonomy_term_id"],
        "phone": ["id", "service_id", "number"],
        "schedule": ["id", "service_id", "freq", "interval", "byday", "opens_at", "closes_at",
                     "description"],
    }
    handles = {name: (folder / f"{name}s.csv").open("w", encoding="utf-8", newline="")
               for name in files}
    writers = {name: csv.writer(handle) for name, handle in handles.items()}
    try:
        for name, header in files.items():
            writers[name].writerow(header)
        w = writers
        for n in range(orgs):
            w["organization"].writerow([f"o{n}", f"Organisation {n}", "A group.",
                                        f"o{n}@example.org", "https://example.org"])
        names = ["Gardening", "Befriending", "Lunch club", "Walking", "Repair cafe", "Choirs",
                 "Something local"]
        for n, name in enumerate(names):
            w["taxonomy_term"].writerow([f"t{n}", name, ""])
        for n in range(services):
            org = f"o{n % orgs}"
            w["location"].writerow([f"l{n}", "physical", org, f"Hall {n}"])
            w["address"].writerow([f"a{n}", f"l{n}", f"{n} High Street", "Leeds",
                                   f"LS{n % 30 + 1} {n % 9}AB", "GB", "physical"])
            w["service"].writerow([f"s{n}", org, f"Service {n}", "Something to do.",
                                   "https://example.org", f"s{n}@example.org", "active"])
            w["service_at_location"].writerow([f"sl{n}", f"s{n}", f"l{n}"])
            for k in range(2):
                w["attribute"].writerow([f"at{n}-{k}", f"s{n}", "service_type", "service",
                                         f"t{(n + k) % len(names)}"])
            w["phone"].writerow([f"p{n}", f"s{n}", "0113 496 0000"])
            w["schedule"].writerow([f"sc{n}-0", f"s{n}", "WEEKLY", "1",
                                    DAY_CODES[n % 7], "09:30", "12:00", ""])
            w["schedule"].writerow([f"sc{n}-1", f"s{n}", "WEEKLY", "2",
                                    f"{DAY_CODES[(n + 3) % 7]},{DAY_CODES[(n + 4) % 7]}",
                                    "18:00", "20:30", "Evening session"])
    finally:
        for handle in handles.values():
            handle.close()
    descriptor = {"name": "big", "resources": [
        {"name": name, "path": f"{name}s.csv", "format": "csv"} for name in files]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), "utf-8")
    return folder


# -- edits that make bad input ------------------------------------------------------------

def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def set_cell(path: Path, row: int, column: str, value: str) -> None:
    """Set one cell; `row` counts as a spreadsheet does (the header is row 1)."""
    rows = read_rows(path)
    rows[row - 1][rows[0].index(column)] = value
    write_csv(path, rows[0], rows[1:])


def drop_column(path: Path, column: str) -> None:
    rows = read_rows(path)
    index = rows[0].index(column)
    write_csv(path, [c for i, c in enumerate(rows[0]) if i != index],
              [[c for i, c in enumerate(r) if i != index] for r in rows[1:]])


def append_row(path: Path, values: dict[str, str]) -> int:
    """Add a row (missing columns empty); returns its spreadsheet row number."""
    rows = read_rows(path)
    rows.append([values.get(column, "") for column in rows[0]])
    write_csv(path, rows[0], rows[1:])
    return len(rows)
