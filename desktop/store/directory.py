"""The directory in the vault: importing an Open Referral UK / HSDS directory into organisations
and opportunities, and listing them.

`import_directory(vault, imported)` saves what `desktop.core.directory_import.read_directory`
read, in one transaction: every record is built and validated before anything is written, and
a record the vault refuses is named by where it was read ("In services.csv, row 12: …"), so a
bad directory leaves the vault exactly as it was.

A re-import finds its earlier records by (source, external_id), the directory's own ids, never
by name, so it never makes a second copy. Each field is compared three ways: the vault's value,
the value this vault imported last time (the local table `directory_imports`, migration 0009)
and the directory's value now.
- vault = directory: nothing to do;
- vault = last imported: nobody here changed it, so the directory's new value is taken;
- otherwise a linker edited it (here, or on a laptop it came from through sync): the edit is
  kept and the difference reported. A record this vault has never imported itself (it came
  through sync) has no last imported values, so any difference is kept and reported too: a
  reported difference can be settled by a person, an overwritten edit cannot be got back.
Records no longer in the directory are reported, never deleted; records deleted here are not
brought back. Writes go through `Records`, so each has its audit row and outbox entry.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
import json
import sqlite3
from typing import Any, TypeVar

from desktop.core import models, validation
from desktop.core.directory_import import DirectoryError, DirectoryImport
from desktop.core.errors import ValidationError
from desktop.core.ids import new_id, utc_now
from desktop.core.offers import DAYS, PARTS
from desktop.store.open_vault import OpenVault
from desktop.store.records import Records, decode_row, encode

R = TypeVar("R", bound=models.Record)

# The fields a directory fills, so the ones a re-import compares. An organisation's status
# is not among them: HSDS has none, so closing an organisation here is never "an edit".
ORGANISATION_FIELDS = ("name", "kind", "description", "email", "phone", "website", "address",
                       "postcode")
OPPORTUNITY_FIELDS = ("organisation_id", "title", "description", "tags", "schedule",
                      "location", "postcode", "contact", "status", "availability",
                      "accessibility", "suits", "languages", "cost", "other_terms",
                      "source_status", "email", "phone", "website")
_FIELDS: dict[type[models.Record], tuple[str, ...]] = {
    models.Organisation: ORGANISATION_FIELDS, models.Opportunity: OPPORTUNITY_FIELDS}
_KIND = {models.Organisation: "organisation", models.Opportunity: "opportunity"}
_LABELS = {"organisation_id": "organisation", "availability": "weekly times",
           "schedule": "times", "source_status": "directory status",
           "other_terms": "other terms", "suits": "who it suits", "kind": "kind"}
_SHOWN_MAX = 60
GONE = "no longer in the directory; kept here, not deleted (close it if it has ended)."


@dataclass(frozen=True)
class Entry:
    """A record the import added, updated, skipped, or found gone from the directory."""

    kind: str  # "organisation" or "opportunity"
    name: str
    external_id: str
    row_id: str = ""  # the vault's id, when it has one
    fields: tuple[str, ...] = ()  # updated: the fields that took the directory's value
    why: str = ""  # skipped, gone: the reason, as a sentence's end


@dataclass(frozen=True)
class KeptEdit:
    """A field whose value here differs from the directory's: kept, and reported."""

    kind: str
    name: str
    row_id: str
    field: str
    yours: str  # both values as words, short
    directory: str
    seen_before: bool = True  # False: this vault had not imported the record itself

    @property
    def sentence(self) -> str:
        label = _LABELS.get(self.field, self.field.replace("_", " "))
        if self.seen_before:
            return f"kept your edit of {label} ({self.yours}); the directory now says " \
                   f"{self.directory}."
        return f"kept {label} as this vault has it ({self.yours}), since it came through " \
               f"sync; the directory says {self.directory}."


@dataclass
class ImportReport:
    """What an import did, for the CLI and the GUI to show."""

    source: str
    layout: str
    added: list[Entry] = field(default_factory=list)
    updated: list[Entry] = field(default_factory=list)
    unchanged: int = 0
    kept: list[KeptEdit] = field(default_factory=list)
    skipped: list[Entry] = field(default_factory=list)
    gone: list[Entry] = field(default_factory=list)
    notes: tuple[str, ...] = ()  # what the reader left out, and why


@dataclass
class _Plan:
    """Everything the import will write, worked out (and validated) before any of it is."""

    new: list[models.Record] = field(default_factory=list)
    changes: list[tuple[type[models.Record], str, dict[str, Any]]] = field(default_factory=list)
    baselines: list[tuple[str, str, str]] = field(default_factory=list)  # tbl, row id, json


def import_directory(vault: OpenVault, imported: DirectoryImport) -> ImportReport:
    """Save a directory in one transaction; see the module's docstring for the rules."""
    if not imported.source.strip():
        # Records with no source are the ones typed in here: a re-import would never find
        # its own records among them.
        raise ValidationError("The directory needs a name, so that importing it again "
                              "finds its records.", "source")
    report = ImportReport(imported.source, imported.layout, notes=imported.notes)
    # Built and validated before the write lock is taken: the slow part of a big import, and
    # a refused value is found without keeping anyone else's save waiting.
    organisations = [(org, _checked(org.record(imported.source), org.origin))
                     for org in imported.organisations]
    opportunities = [(opp, _checked(opp.record("", imported.source), opp.origin))
                     for opp in imported.opportunities]
    plan = _Plan()
    with vault.transaction() as conn:
        orgs = _Existing(conn, models.Organisation, imported.source)
        opps = _Existing(conn, models.Opportunity, imported.source)
        names = orgs.names()
        org_ids: dict[str, str] = {}  # the directory's organisation id → the vault's
        for org, organisation in organisations:
            row_id = _plan(plan, report, orgs, organisation, org.source_id, names)
            if row_id is not None:
                org_ids[org.source_id] = row_id
        for opp, opportunity in opportunities:
            if opp.organisation_source_id not in org_ids:
                report.skipped.append(Entry(
                    "opportunity", opp.title, opp.source_id,
                    why="its organisation was deleted in this vault, so it was not brought "
                        "back."))
                continue
            opportunity.organisation_id = org_ids[opp.organisation_source_id]
            _plan(plan, report, opps, opportunity, opp.source_id, names)
        seen_orgs = {org.source_id for org in imported.organisations}
        seen_opps = {opp.source_id for opp in imported.opportunities}
        report.gone = orgs.gone(seen_orgs) + opps.gone(seen_opps)
        _write(vault, conn, plan)
    return report


def _checked(record: R, origin: str) -> R:
    """The record validated (and its text cleaned), or a DirectoryError naming where it was
    read."""
    try:
        validation.validate(record)
    except ValidationError as error:
        problem = error.message[:1].lower() + error.message[1:]
        raise DirectoryError(origin or "the directory", problem) from None
    return record


class _Existing:
    """One table's records from this directory, with what this vault last imported of each."""

    def __init__(self, conn: sqlite3.Connection, cls: type[models.Record], source: str):
        self.cls = cls
        self.kind = _KIND[cls]
        self.fields = _FIELDS[cls]
        cursor = conn.execute(f"SELECT * FROM {cls.TABLE} WHERE source = ? AND source != '' "
                              "ORDER BY deleted, created_at", (source,))
        columns = [column[0] for column in cursor.description]
        self.rows: dict[str, dict[str, Any]] = {}
        for values in cursor:
            row = dict(zip(columns, values))
            # Two copies (two laptops imported before they synced): the oldest live one.
            self.rows.setdefault(row["external_id"], row)
        self.baselines: dict[str, str] = dict(conn.execute(
            "SELECT row_id, imported FROM directory_imports WHERE tbl = ?", (cls.TABLE,)))

    def names(self) -> dict[str, str]:
        """Vault id → name, for organisations (what a report shows for organisation_id)."""
        return {row["id"]: _name(row) for row in self.rows.values()}

    def gone(self, seen: set[str]) -> list[Entry]:
        return [Entry(self.kind, _name(row), key, row["id"], why=GONE)
                for key, row in self.rows.items() if key not in seen and not row["deleted"]]


def _plan(plan: _Plan, report: ImportReport, existing: _Existing, record: models.Record,
          external_id: str, names: dict[str, str]) -> str | None:
    """Add `record` to the plan as new, changed or unchanged; returns its vault id, or None
    when it was deleted here (and so skipped)."""
    cls, kind = type(record), existing.kind
    imported = {name: encode(cls, name, getattr(record, name)) for name in existing.fields}
    baseline_json = json.dumps(imported, ensure_ascii=False, sort_keys=True)
    row = existing.rows.get(external_id)
    if row is None:
        record.id = new_id()
        plan.new.append(record)
        plan.baselines.append((cls.TABLE, record.id, baseline_json))
        report.added.append(Entry(kind, _name(vars(record)), external_id, record.id))
        if isinstance(record, models.Organisation):
            names[record.id] = record.name
        return record.id
    if row["deleted"]:
        report.skipped.append(Entry(kind, _name(row), external_id, row["id"],
                                    why="deleted in this vault, so not brought back."))
        return None
    stored = existing.baselines.get(row["id"])
    last = json.loads(stored) if stored else {}
    changes: dict[str, Any] = {}
    for name, value in imported.items():
        current = row[name]
        if value == current:
            continue
        if name in last and last[name] == current:
            changes[name] = getattr(record, name)
        else:
            report.kept.append(KeptEdit(kind, _name(row), row["id"], name,
                                        _shown(cls, name, current, names),
                                        _shown(cls, name, value, names), bool(stored)))
    if changes:
        plan.changes.append((cls, row["id"], changes))
        report.updated.append(Entry(kind, _name({**row, **changes}), external_id, row["id"],
                                    fields=tuple(changes)))
    else:
        report.unchanged += 1
    if stored != baseline_json:
        plan.baselines.append((cls.TABLE, row["id"], baseline_json))
    return str(row["id"])


def _write(vault: OpenVault, conn: sqlite3.Connection, plan: _Plan) -> None:
    records = Records(vault)
    records.add_many(plan.new, action="import")
    for cls, row_id, changes in plan.changes:
        records.update(cls, row_id, **changes)
    conn.executemany(
        "INSERT INTO directory_imports (tbl, row_id, imported, imported_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (tbl, row_id) DO UPDATE SET imported = excluded.imported, "
        "imported_at = excluded.imported_at",
        [(*baseline, utc_now()) for baseline in plan.baselines])


def _name(values: dict[str, Any]) -> str:
    return str(values.get("name") or values.get("title") or "")


def _shown(cls: type[models.Record], name: str, stored: Any, names: dict[str, str]) -> str:
    """A field's stored value as short words for a report."""
    if name == "organisation_id":
        return f"“{names.get(stored, 'another organisation')}”"
    value = decode_row(cls, {name: stored}).data()[name]
    if isinstance(value, dict):
        words = _grid_words(value)
    elif isinstance(value, list):
        words = ", ".join(str(item) for item in value)
    else:
        words = str(value)
    if not words:
        return "nothing"
    words = " ".join(words.split())
    if len(words) > _SHOWN_MAX:
        words = words[:_SHOWN_MAX - 1] + "…"
    return f"“{words}”"


def _grid_words(grid: dict[str, list[str]]) -> str:
    return ", ".join(f"{day.capitalize()} {part}" for day in DAYS for part in PARTS
                     if part in grid.get(day, ()))


# ---- listing ---------------------------------------------------------------------------

OPPORTUNITY_ORDER = {status: n for n, status in enumerate(models.OPPORTUNITY_STATUSES)}


@dataclass(frozen=True)
class ListedOrganisation:
    """An organisation with its opportunities, open ones first. `organisation` is None for
    opportunities whose organisation is not in this vault (deleted, or not synced yet)."""

    organisation: models.Organisation | None
    opportunities: tuple[models.Opportunity, ...]

    @property
    def name(self) -> str:
        return self.organisation.name if self.organisation else ""

    @property
    def open_count(self) -> int:
        return sum(1 for opp in self.opportunities if opp.status == "open")


def organisations_with_opportunities(vault: OpenVault, *, open_only: bool = False
                                     ) -> list[ListedOrganisation]:
    """Every organisation (by name) with its opportunities; `open_only` leaves out closed
    organisations and opportunities that are not open."""
    with vault.reading() as conn:
        orgs = _records(conn, models.Organisation)
        opps = _records(conn, models.Opportunity)
    by_org: dict[str, list[models.Opportunity]] = {}
    for opp in opps:
        if not open_only or opp.status == "open":
            by_org.setdefault(opp.organisation_id, []).append(opp)
    listed = [ListedOrganisation(org, _ordered(by_org.get(org.id, ())))
              for org in sorted(orgs, key=lambda o: (o.name.casefold(), o.id))
              if not open_only or org.status == "open"]
    known = {org.id for org in orgs}
    orphans = [opp for key, group in by_org.items() if key not in known for opp in group]
    if orphans:
        listed.append(ListedOrganisation(None, _ordered(orphans)))
    return listed


def _ordered(opps: Iterable[models.Opportunity]) -> tuple[models.Opportunity, ...]:
    return tuple(sorted(opps, key=lambda o: (OPPORTUNITY_ORDER.get(o.status, 99),
                                             o.title.casefold(), o.id)))


def _records(conn: sqlite3.Connection, cls: type[R]) -> Sequence[R]:
    cursor = conn.execute(f"SELECT * FROM {cls.TABLE} WHERE deleted = 0")
    columns = [column[0] for column in cursor.description]
    return [decode_row(cls, dict(zip(columns, values))) for values in cursor]
