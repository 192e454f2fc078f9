"""Reading an Open Referral UK / HSDS directory into plain records: no Qt, no SQL, no vault.

`read_directory(path)` is what `offerbook import-directory --vault V PATH` starts from. PATH is
a tabular data package (a folder, its `datapackage.json`, or a zip holding them) or a JSON file
of services. The result is a `DirectoryImport`: organisations, and each service as an
opportunity of its organisation, keyed by the directory's own ids for re-imports; the store
saves it in one transaction. Anything wrong raises `DirectoryError`, one sentence naming the
file, the row and the column, before anything is saved.

The field names follow, and were checked against:
- HSDS 3.0 (openreferral/specification, schema/*.json and datapackage.json 3.0.0; the
  `/services` and `/services/{id}` responses of schema/openapi.json for the JSON form), and
  Open Referral UK's 3.0 profile (OpenReferralUK/uk-profile, datapackage.json);
- HSDS 1.1 as Open Referral UK 1.0 extends it (OpenReferralUK/human-services,
  SchemaGenerator/Generator/ExtendedDataPackage.json): `regular_schedule` with `weekday`,
  `holiday_schedule`, `service_taxonomy` + `taxonomy` (`vocabulary`), `physical_address`,
  `accessibility_for_disabilities`, `eligibility`; and its JSON names (`service_taxonomys`,
  `regular_schedules`, `eligibilitys`);
- Frictionless tabular data packages for `datapackage.json` (`resources`, `name`, `path`,
  `dialect`).
"""

from collections.abc import Callable
from pathlib import Path

from desktop.core.hsds_assemble import Assembler
from desktop.core.hsds_json import read_json_form
from desktop.core.hsds_package import DATAPACKAGE, Package, Required, open_package
from desktop.core.hsds_parts import Fail, Values
from desktop.core.hsds_records import (
    DirectoryError,
    DirectoryImport,
    ImportedOpportunity,
    ImportedOrganisation,
)
from desktop.core.hsds_schedules import Schedule, grid, read_schedule
from desktop.core.hsds_terms import Term, TermMapping, load_term_mapping

__all__ = [
    "DirectoryError", "DirectoryImport", "ImportedOpportunity", "ImportedOrganisation",
    "Schedule", "Term", "TermMapping", "grid", "load_term_mapping", "read_directory",
    "read_schedule",
]

Step = Callable[[Assembler, Values, Fail, str], object]
_SCHEDULE_LINKS = ("service_id", "service_at_location_id", "location_id")

# The tables, in the order that lets every row's links be checked as it is read, with the
# columns each cannot do without.
STEPS: tuple[tuple[str, Required, Step], ...] = (
    ("organization", ("id", "name"), lambda a, v, f, o: a.organisation(v, f, o)),
    ("taxonomy", ("id",), lambda a, v, f, _: a.vocabulary(v, f)),
    ("taxonomy_term", ("id", ("name", "term")), lambda a, v, f, _: a.term(v, f)),
    ("location", ("id",), lambda a, v, f, _: a.location(v, f)),
    ("address", ("location_id",), lambda a, v, f, _: a.address(v, f)),
    ("physical_address", ("location_id",), lambda a, v, f, _: a.address(v, f, "physical")),
    ("postal_address", ("location_id",), lambda a, v, f, _: a.address(v, f, "postal")),
    ("accessibility", ("location_id",), lambda a, v, f, _: a.accessibility(v, f)),
    ("service", ("id", "name", "organization_id"), lambda a, v, f, o: a.service(v, f, origin=o)),
    ("service_at_location", ("service_id", "location_id"),
     lambda a, v, f, _: a.service_at_location(v, f)),
    ("contact", ("id",), lambda a, v, f, _: a.contact(v, f)),
    ("phone", ("number",), lambda a, v, f, _: a.phone(v, f)),
    ("language", (("service_id", "location_id", "phone_id"),),
     lambda a, v, f, _: a.language(v, f)),
    ("eligibility", ("service_id", "eligibility"), lambda a, v, f, _: a.eligibility(v, f)),
    ("schedule", (_SCHEDULE_LINKS,), lambda a, v, f, _: a.schedule(v, f)),
    ("regular_schedule", (("weekday", "byday"), _SCHEDULE_LINKS),
     lambda a, v, f, _: a.schedule(v, f)),
    ("holiday_schedule", ("start_date", "end_date", _SCHEDULE_LINKS),
     lambda a, v, f, _: a.schedule(v, f, holiday=True)),
    ("service_taxonomy", ("service_id", "taxonomy_id"),
     lambda a, v, f, _: a.service_term(v, f, "taxonomy_id")),
    ("service_attribute", ("service_id", "taxonomy_term_id"),
     lambda a, v, f, _: a.service_term(v, f, "taxonomy_term_id")),
    ("attribute", ("link_id", "taxonomy_term_id"), lambda a, v, f, _: a.attribute(v, f)),
)
_HSDS_1 = {"regular_schedule", "holiday_schedule", "service_taxonomy", "physical_address",
           "postal_address"}


def read_directory(path: Path | str, mapping: TermMapping | None = None) -> DirectoryImport:
    """Read a directory; `mapping` defaults to resources/directory/term_tags.json."""
    path = Path(path)
    mapping = mapping if mapping is not None else load_term_mapping()
    if not path.exists():
        raise DirectoryError(path.name or str(path), "there is no such file or folder.")
    if path.is_file() and path.suffix.lower() == ".json" and path.name.lower() != DATAPACKAGE:
        return read_json_form(path, mapping)
    with open_package(path) as package:
        return read_tables(package, mapping)


def read_tables(package: Package, mapping: TermMapping) -> DirectoryImport:
    """Every table of an open data package, row by row, into one `DirectoryImport`."""
    files = {kind: table.file for kind, table in package.tables.items()}
    assembler = Assembler(mapping, files)
    for kind, required, step in STEPS:
        table = package.tables.get(kind)
        if table is None:
            continue
        for row, values in table.rows(required):
            step(assembler, values, _fail(table.file, row), f"{table.file}, row {row}")
    kinds = set(package.tables)
    layout = "HSDS 1.1 data package" if kinds & _HSDS_1 else "HSDS 3 data package"
    if package.version:
        layout += f" (version {package.version})"
    return DirectoryImport(source=package.source, layout=layout,
                           organisations=assembler.organisations(),
                           opportunities=assembler.opportunities(),
                           notes=tuple(package.notes + assembler.notes()))


def _fail(file: str, row: int) -> Fail:
    return lambda column, problem: DirectoryError(file, problem, row=row, column=column)
