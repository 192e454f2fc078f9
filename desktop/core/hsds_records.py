"""What reading an Open Referral (HSDS) directory gives: plain records, and the error it raises.

`desktop.core.directory_import` reads a directory into a `DirectoryImport`; these are its parts.
The store turns them into `organisations` and `opportunities` rows, matching a re-import to
earlier rows by the directory's own ids (`source_id`), never by name.
"""

from dataclasses import dataclass, field

from desktop.core import models
from desktop.core.errors import ValidationError

_QUOTE_MAX = 40


class DirectoryError(ValidationError):
    """A directory file that cannot be read as it is: one sentence naming file, row, column.

    In a CSV file `row` is the row a spreadsheet shows (the header is row 1); in a JSON file it
    is a place such as "services[3].schedules[0]", and the column is the field's name.
    """

    def __init__(self, file: str, problem: str, *, row: int | str | None = None,
                 column: str | None = None, row_label: str = "row",
                 column_label: str = "column"):
        where = [f"In {file}"]
        if row is not None:
            where.append(f"{row_label} {row}" if row_label else str(row))
        if column is not None:
            where.append(f"{column_label} {column}")
        super().__init__(f"{', '.join(where)}: {problem}", column)
        self.file = file
        self.row = row
        self.column = column


def quote(value: object) -> str:
    """A short value for an error message: ids, codes and times, never long free text."""
    text = str(value)
    if len(text) > _QUOTE_MAX:
        text = text[:_QUOTE_MAX - 1] + "…"
    return f"'{text}'"


@dataclass(frozen=True)
class ImportedOrganisation:
    """An HSDS organization, in the words of `models.Organisation`; `origin` says where it
    was read."""

    source_id: str
    name: str
    kind: str = ""
    description: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    postcode: str = ""
    origin: str = ""

    def record(self, source: str = "") -> models.Organisation:
        """A new (unsaved) record; `source` (the directory's name) and `external_id` (its id
        there) are what a re-import finds it by."""
        return models.Organisation(
            name=self.name, kind=self.kind, description=self.description, email=self.email,
            phone=self.phone, website=self.website, address=self.address,
            postcode=self.postcode, external_id=self.source_id, source=source)


@dataclass(frozen=True)
class ImportedOpportunity:
    """An HSDS service, as an opportunity of its organisation.

    `availability` is the weekly grid (days × parts of day, as offers use); `schedule` keeps
    every schedule as text too, with its exact times, so nothing the grid cannot show is lost.
    `tags` are gift tags from the term mapping; `other_terms` are the directory's terms that
    no mapping knows, kept as they were written. `origin` says where the service was read
    ("services.csv, row 12"), for messages about a value the vault then refuses.
    """

    source_id: str
    organisation_source_id: str
    title: str
    description: str = ""
    status: str = "open"
    source_status: str = ""
    tags: tuple[str, ...] = ()
    other_terms: tuple[str, ...] = ()
    availability: dict[str, list[str]] = field(default_factory=dict)
    schedule: str = ""
    location: str = ""
    postcode: str = ""
    contact: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    accessibility: str = ""
    suits: str = ""
    languages: tuple[str, ...] = ()
    cost: str = ""
    origin: str = ""

    def record(self, organisation_id: str, source: str = "") -> models.Opportunity:
        """A new (unsaved) record of the organisation saved as `organisation_id`; `source` and
        `external_id` are what a re-import finds it by."""
        return models.Opportunity(
            organisation_id=organisation_id, title=self.title, description=self.description,
            tags=list(self.tags), schedule=self.schedule, location=self.location,
            postcode=self.postcode, contact=self.contact, status=self.status,
            external_id=self.source_id, source=source,
            availability={day: list(parts) for day, parts in self.availability.items()},
            accessibility=self.accessibility, suits=self.suits, languages=list(self.languages),
            cost=self.cost, other_terms=list(self.other_terms),
            source_status=self.source_status, email=self.email, phone=self.phone,
            website=self.website)


@dataclass(frozen=True)
class DirectoryImport:
    """Everything read from one directory, ready for the store to save in one transaction.

    `source` names the directory (the data package's name, or the file's), so ids from two
    directories never meet; `notes` say what was left out and why, for the import's report.
    """

    source: str
    layout: str
    organisations: tuple[ImportedOrganisation, ...]
    opportunities: tuple[ImportedOpportunity, ...]
    notes: tuple[str, ...] = ()
