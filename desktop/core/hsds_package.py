"""A tabular data package (folder or zip): its `datapackage.json` and its CSV rows, streamed.

Directories publish HSDS as a Frictionless tabular data package: `datapackage.json` lists the
resources, each with a `name`, a `path` and a table schema. File names differ between HSDS 1.1
(`regular_schedules.csv`, `services_taxonomy.csv`), Open Referral UK's profiles (`attribute.csv`)
and HSDS 3.0 (`schedules.csv`, `attributes.csv`), so each resource's kind comes from its `name`,
or from its file's name when the name is the publisher's own, and its file from its `path`.

Rows are read one at a time from the file (never the whole file into memory), decoded as
UTF-8 (a byte-order mark is allowed), with the resource's CSV dialect. Nothing is extracted to
disk, and no path may lead outside the package.
"""

from collections.abc import Callable, Iterator, Sequence
import contextlib
import csv
from dataclasses import dataclass
import io
import json
from pathlib import Path, PurePosixPath
import re
from typing import IO, Any
import zipfile

from desktop.core.hsds_records import DirectoryError, quote

DATAPACKAGE = "datapackage.json"

# Resource kind → the names (resource names or file stems) publishers use for it.
KIND_NAMES: dict[str, tuple[str, ...]] = {
    "organization": ("organization", "organizations", "organisation", "organisations"),
    "service": ("service", "services"),
    "location": ("location", "locations"),
    "service_at_location": ("service_at_location", "service_at_locations",
                            "services_at_location", "services_at_locations"),
    "address": ("address", "addresses"),
    "physical_address": ("physical_address", "physical_addresses"),
    "postal_address": ("postal_address", "postal_addresses"),
    "phone": ("phone", "phones"),
    "contact": ("contact", "contacts"),
    "schedule": ("schedule", "schedules"),
    "regular_schedule": ("regular_schedule", "regular_schedules"),
    "holiday_schedule": ("holiday_schedule", "holiday_schedules"),
    "taxonomy_term": ("taxonomy_term", "taxonomy_terms"),
    "taxonomy": ("taxonomy", "taxonomies"),
    "service_taxonomy": ("service_taxonomy", "services_taxonomy", "service_taxonomies"),
    "attribute": ("attribute", "attributes"),
    "service_attribute": ("service_attribute", "service_attributes"),
    "accessibility": ("accessibility", "accessibility_for_disabilities", "accessibilities"),
    "language": ("language", "languages"),
    "eligibility": ("eligibility", "eligibilities"),
}
# HSDS tables Offerbook has no use for; named so a publisher's prefix rule cannot mistake them.
_UNUSED = {"other_attribute", "other_attributes", "link_taxonomy", "link_eligibility",
           "metadata", "meta_table_description", "meta_table_descriptions", "program",
           "programs", "funding", "service_area", "service_areas", "required_document",
           "required_documents", "payment_accepted", "payments_accepted", "cost_option",
           "cost_options", "review", "reviews", "organization_identifier",
           "organization_identifiers", "unit", "units", "service_capacity", "url", "urls"}
_KIND_BY_NAME = {name: kind for kind, names in KIND_NAMES.items() for name in names}
_STEM_SUFFIX = re.compile(r"(?:^|_)(" + "|".join(sorted(_KIND_BY_NAME, key=len, reverse=True))
                          + r")$")

Required = Sequence[str | tuple[str, ...]]
"""Columns a table must have; a tuple means "at least one of these"."""


@dataclass(frozen=True)
class Table:
    """One CSV resource of the package."""

    kind: str
    file: str
    opener: Callable[[], IO[bytes]]
    delimiter: str = ","
    quotechar: str = '"'

    def fail(self, problem: str, row: int | None = None,
             column: str | None = None) -> DirectoryError:
        return DirectoryError(self.file, problem, row=row, column=column)

    def rows(self, required: Required = ()) -> Iterator[tuple[int, dict[str, str]]]:
        """(spreadsheet row number, {column: value}) for each row after the header. Values
        are as written; readers trim them (hsds_assemble.text)."""
        with self.opener() as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            reader = csv.reader(text, delimiter=self.delimiter, quotechar=self.quotechar,
                                strict=False)
            row = 1
            try:
                header = self._header(next(reader, None), required)
                width = len(header)
                for values in reader:
                    row += 1
                    if not values:
                        continue
                    if len(values) > width:
                        if any(value.strip() for value in values[width:]):
                            raise self.fail(f"this row has {len(values)} values but the header "
                                            f"names {width} columns.", row, str(width + 1))
                        values = values[:width]
                    yield row, dict(zip(header, values))
            except UnicodeDecodeError:
                raise self._encoding_error() from None
            except csv.Error as exc:
                raise self.fail(f"this is not valid CSV ({exc}).", row + 1) from None

    def _header(self, header: list[str] | None, required: Required) -> list[str]:
        if not header:
            raise self.fail("the file is empty; it needs a header row naming its columns.", 1)
        names = [name.strip().lower() for name in header]
        seen: set[str] = set()
        for name in names:
            if name in seen:
                raise self.fail("the header names this column twice.", 1, name)
            seen.add(name)
        for need in required:
            options = (need,) if isinstance(need, str) else need
            if not seen.intersection(options):
                raise self.fail(f"the header has no {' or '.join(options)} column, which this "
                                "table needs.", 1, options[0])
        return names

    def _encoding_error(self) -> DirectoryError:
        # Only on failure: read again, keeping bad bytes as surrogates, to say where they are.
        with self.opener() as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape",
                                    newline="")
            reader = csv.reader(text, delimiter=self.delimiter, quotechar=self.quotechar)
            header: list[str] = []
            for row, values in enumerate(reader, 1):
                header = header or values
                for index, value in enumerate(values):
                    if any("\udc80" <= char <= "\udcff" for char in value):
                        column = header[index].strip() if index < len(header) and row > 1 \
                            else str(index + 1)
                        return self.fail(_NOT_UTF8, row, column)
        return self.fail(_NOT_UTF8)


_NOT_UTF8 = ("the text is not UTF-8; save the file as \"CSV UTF-8\" (or re-export it as "
             "UTF-8) and import it again.")


class Package(contextlib.AbstractContextManager["Package"]):
    """An open data package: its tables by kind, and notes on what it leaves out."""

    def __init__(self, source: str, version: str, tables: dict[str, Table], notes: list[str],
                 closer: Callable[[], None] = lambda: None):
        self.source = source
        self.version = version
        self.tables = tables
        self.notes = notes
        self._closer = closer

    def __exit__(self, *exc_info: object) -> None:
        self._closer()


def open_package(path: Path) -> Package:
    """Open a folder, a `datapackage.json` or a zip file holding one."""
    path = Path(path)
    if path.is_dir():
        return _folder(path, path / DATAPACKAGE)
    if path.name.lower() == DATAPACKAGE:
        return _folder(path.parent, path)
    if zipfile.is_zipfile(path):
        return _zip(path)
    raise DirectoryError(path.name, "this is neither a folder, a zip file nor a "
                         "datapackage.json; give the directory's data package or JSON file.")


def _folder(base: Path, descriptor: Path) -> Package:
    if not descriptor.is_file():
        raise DirectoryError(base.name or str(base), f"there is no {DATAPACKAGE}; a data "
                             "package lists its tables in one.")
    root = base.resolve()

    def locate(relative: PurePosixPath, where: str) -> Callable[[], IO[bytes]]:
        target = (root / Path(*relative.parts)).resolve()
        if not target.is_relative_to(root):
            raise DirectoryError(DATAPACKAGE, f"the path {quote(relative)} leads outside the "
                                 "data package (through a link); keep the files inside it.",
                                 row=where, row_label="")
        if not target.is_file():
            raise DirectoryError(DATAPACKAGE, f"the file {quote(relative)} is not in the data "
                                 "package.", row=where, row_label="")
        return lambda: target.open("rb")

    data = _parse_descriptor(descriptor.read_bytes())
    return _package(data, base.name, locate)


def _zip(path: Path) -> Package:
    archive = zipfile.ZipFile(path)
    try:
        names = archive.namelist()
        for name in names:
            if not _safe(name):
                raise DirectoryError(path.name, f"the zip holds {quote(name)}, a path that "
                                     "leads outside the zip; make the zip again from the data "
                                     "package's folder.")
        descriptors = sorted((n for n in names if PurePosixPath(n).name == DATAPACKAGE),
                             key=lambda n: (n.count("/"), n))
        if not descriptors:
            raise DirectoryError(path.name, f"the zip holds no {DATAPACKAGE}.")
        prefix = str(PurePosixPath(descriptors[0]).parent)
        prefix = "" if prefix == "." else prefix + "/"
        members = set(names)

        def locate(relative: PurePosixPath, where: str) -> Callable[[], IO[bytes]]:
            member = prefix + str(relative)
            if member not in members:
                raise DirectoryError(DATAPACKAGE, f"the file {quote(relative)} is not in the "
                                     "zip.", row=where, row_label="")
            return lambda: archive.open(member)

        data = _parse_descriptor(archive.read(descriptors[0]))
        package = _package(data, path.stem, locate)
    except BaseException:
        archive.close()
        raise
    package._closer = archive.close
    return package


def _safe(name: str) -> bool:
    pure = PurePosixPath(name.replace("\\", "/"))
    return not (pure.is_absolute() or ".." in pure.parts or re.match(r"^[A-Za-z]:", name))


def _parse_descriptor(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DirectoryError(DATAPACKAGE, _NOT_UTF8) from None
    except json.JSONDecodeError as exc:
        raise DirectoryError(DATAPACKAGE, f"this is not valid JSON ({exc.msg}).", row=exc.lineno,
                             column=str(exc.colno), row_label="line",
                             column_label="character") from None
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list):
        raise DirectoryError(DATAPACKAGE, "there is no list of resources; a data package "
                             "lists its tables under \"resources\".")
    return data


def _package(data: dict[str, Any], fallback_name: str,
             locate: Callable[[PurePosixPath, str], Callable[[], IO[bytes]]]) -> Package:
    tables: dict[str, Table] = {}
    notes: list[str] = []
    for number, resource in enumerate(data["resources"], 1):
        if not isinstance(resource, dict):
            raise DirectoryError(DATAPACKAGE, "should be an object with a name and a path.",
                                 row=f"resource {number}", row_label="")
        label = str(resource.get("name") or resource.get("path") or number)
        where = f"resource {number} ({quote(label)})"
        kind = _kind(resource)
        if kind is None:
            notes.append(f"{label}: not a table Offerbook uses, so left out.")
            continue
        relative = _relative_path(resource.get("path"), where)
        if kind in tables:
            raise DirectoryError(DATAPACKAGE, f"a second table of kind {kind} (the first is "
                                 f"{tables[kind].file}); give each kind one table.",
                                 row=where, row_label="")
        dialect = resource.get("dialect") if isinstance(resource.get("dialect"), dict) else {}
        assert isinstance(dialect, dict)
        tables[kind] = Table(kind=kind, file=str(relative), opener=locate(relative, where),
                             delimiter=_char(dialect.get("delimiter"), ","),
                             quotechar=_char(dialect.get("quoteChar"), '"'))
    # In HSDS 1.1 "taxonomy" is the table of terms; in 3.0 it lists the vocabularies and the
    # terms are in "taxonomy_term".
    if "taxonomy" in tables and "taxonomy_term" not in tables:
        old = tables.pop("taxonomy")
        tables["taxonomy_term"] = Table("taxonomy_term", old.file, old.opener, old.delimiter,
                                        old.quotechar)
    for kind, plural in (("organization", "organizations"), ("service", "services")):
        if kind not in tables:
            raise DirectoryError(DATAPACKAGE, f"no table of {plural} is listed; an HSDS data "
                                 f"package needs {plural}.csv (or another file named as the "
                                 f"{kind} resource).")
    name = data.get("name")
    version = data.get("version")
    return Package(source=name if isinstance(name, str) and name else fallback_name,
                   version=str(version) if version else "", tables=tables, notes=notes)


def _kind(resource: dict[str, Any]) -> str | None:
    for candidate in (resource.get("name"), _stem(resource.get("path"))):
        if isinstance(candidate, str):
            key = candidate.strip().lower().replace("-", "_").replace(" ", "_")
            if key in _KIND_BY_NAME:
                return _KIND_BY_NAME[key]
            if key in _UNUSED:
                return None
            # Publishers prefix their own names: "simple_sample_organizations".
            match = _STEM_SUFFIX.search(key)
            if match:
                return _KIND_BY_NAME[match.group(1)]
    return None


def _stem(path: object) -> str | None:
    return PurePosixPath(path).stem if isinstance(path, str) else None


def _relative_path(path: object, where: str) -> PurePosixPath:
    if not isinstance(path, str) or not path.strip():
        raise DirectoryError(DATAPACKAGE, "has no path to a CSV file (Offerbook reads one file "
                             "per table).", row=where, row_label="")
    if "://" in path:
        raise DirectoryError(DATAPACKAGE, f"the path {quote(path)} is a web address; put the "
                             "file in the package and give its path.", row=where, row_label="")
    if not _safe(path):
        raise DirectoryError(DATAPACKAGE, f"the path {quote(path)} leads outside the data "
                             "package; keep the files inside it.", row=where, row_label="")
    return PurePosixPath(path.replace("\\", "/"))


def _char(value: object, default: str) -> str:
    return value if isinstance(value, str) and len(value) == 1 else default
