"""The people register's filters, the likely-duplicate check, and one person's whole file.

`search` is `people.search` narrowed by linker, status and follow-up due, so filtered queries
keep its shape and speed: names first, then gifts and offers, stopping at `limit`, never
ranking. With
"follow-up due" and nothing typed, the list is longest overdue first (what a linker works
through), which is also the order an index gives for free.
"""

from dataclasses import dataclass, field, replace
import sqlite3
from typing import Any

from desktop.core import duplicates, models
from desktop.store import people
from desktop.store.people import PersonRow
from desktop.store.records import Records
from desktop.store.vault import Vault

_CANDIDATES = 2000  # names to compare in Python when looking for a likely duplicate


@dataclass(frozen=True)
class Filters:
    team_id: str | None = None
    linker_id: str | None = None
    status: str | None = None
    follow_up_due: bool = False  # has an open follow-up due on or before `today`


def search(vault: Vault, text: str = "", filters: Filters = Filters(), *, today: str = "",
           limit: int = 200) -> list[PersonRow]:
    """People matching `text` and every filter; `today` (ISO date) dates 'follow-up due'."""
    if filters.follow_up_due and not people.fts_query(text):
        with vault.reading() as conn:
            return _due_first(conn, filters, today, limit)
    return people.search(vault, text, limit=limit, team_id=filters.team_id,
                         narrow=_narrow(filters, today))


_OPEN_DUE = "f.done_on = '' AND f.deleted = 0 AND f.due_on != '' AND f.due_on <= ?"


def _due_first(conn: sqlite3.Connection, filters: Filters, today: str, limit: int
               ) -> list[PersonRow]:
    """Everyone with a follow-up due, longest overdue first.

    Driven by the follow_ups_due index in date order, so it stops after `limit` people
    however many follow-ups are open (sorting all of them by name cost 40 ms at 100k).
    """
    condition, params = _narrow(replace(filters, follow_up_due=False), today)
    team = " AND p.team_id = ?" if filters.team_id else ""
    sql = (f"SELECT DISTINCT {people.COLUMNS} FROM follow_ups f JOIN participants p "
           f"ON p.id = f.participant_id WHERE {_OPEN_DUE} AND p.deleted = 0{team}"
           f"{' AND ' + condition if condition else ''} ORDER BY f.due_on LIMIT ?")
    team_params = [filters.team_id] if filters.team_id else []
    return [PersonRow(*row) for row in conn.execute(sql, [today, *team_params, *params, limit])]


def _narrow(filters: Filters, today: str) -> tuple[str, list[Any]]:
    """The filters beyond team (people.search does team) as one SQL condition on `p`."""
    where, params = [], []
    if filters.linker_id:
        where.append("p.linker_id = ?")
        params.append(filters.linker_id)
    if filters.status:
        where.append("p.status = ?")
        params.append(filters.status)
    if filters.follow_up_due:
        # Checked per candidate through follow_ups_participant: text search stops early.
        where.append(f"EXISTS (SELECT 1 FROM follow_ups f WHERE f.participant_id = p.id "
                     f"AND {_OPEN_DUE})")
        params.append(today)
    return " AND ".join(where), params


# ---- likely duplicates ---------------------------------------------------------------------

def likely_duplicates(vault: Vault, person: models.Participant, *,
                      limit: int = 5) -> list[tuple[models.Participant, str]]:
    """Existing people who may be `person`, each with the reason (duplicates.SAME_...)."""
    found: dict[str, tuple[models.Participant, str]] = {}
    for candidate in _name_candidates(vault, person.full_name) + _contact_candidates(
            vault, person):
        if candidate.id == person.id or candidate.id in found:
            continue
        reason = duplicates.match_reason(person, candidate)
        if reason:
            found[candidate.id] = (candidate, reason)
            if len(found) >= limit:
                break
    return list(found.values())


def _name_candidates(vault: Vault, name: str) -> list[models.Participant]:
    words = people.fts_query(name).replace("*", "").split()
    if not words:
        return []
    # Every word first (the FTS index folds most accents itself); if that finds nothing, any
    # word, because letters like Ł and Ø do not fold in the index and "Lucja" must still
    # find "Łucja Wiśniewska" through her family name.
    for match in (" ".join(words), " OR ".join(words)):
        with vault.reading() as conn:
            ids = [row[0] for row in conn.execute(
                "SELECT p.id FROM people_fts JOIN participants p ON p.rowid = people_fts.rowid "
                "WHERE people_fts MATCH ? AND p.deleted = 0 LIMIT ?",
                (f"{{names}} : ({match})", _CANDIDATES))]
        candidates = _participants(vault, ids)
        key = duplicates.name_key(name)
        if any(duplicates.name_key(c.full_name) == key for c in candidates):
            return candidates
    return []


def _contact_candidates(vault: Vault, person: models.Participant) -> list[models.Participant]:
    conditions, params = [], []
    if person.postcode:
        conditions.append("p.postcode = ?")
        params.append(person.postcode)
    phone = duplicates.phone_key(person.phone)
    if len(phone) >= 6:
        # Stored numbers are as typed: strip spaces, dashes, brackets and +, then compare the
        # last ten digits (a UK number without its 0, 44 or 44 (0) in front). Python then
        # checks the whole number.
        compact = "p.phone"
        for char in " -+()":
            compact = f"replace({compact}, '{char}', '')"
        conditions.append(f"substr({compact}, -10) = ?")
        params.append(phone[-10:])
    if not conditions:
        return []
    # One pass over the table (no index on phone: a save, not a keystroke, pays for it).
    with vault.reading() as conn:
        ids = [row[0] for row in conn.execute(
            f"SELECT p.id FROM participants p WHERE p.deleted = 0 AND "
            f"({' OR '.join(conditions)}) LIMIT ?", [*params, _CANDIDATES])]
    return _participants(vault, ids)


def _participants(vault: Vault, ids: list[str]) -> list[models.Participant]:
    out: list[models.Participant] = []
    records = Records(vault)
    for start in range(0, len(ids), 500):  # stay well under SQLite's variable limit
        chunk = ids[start:start + 500]
        out += records.find(models.Participant, f"id IN ({', '.join('?' * len(chunk))})",
                            chunk)
    return out


# ---- one person's file ---------------------------------------------------------------------

@dataclass
class PersonFile:
    """Everything the person screen shows about one participant."""

    person: models.Participant
    consents: list[models.Consent] = field(default_factory=list)
    conversations: list[models.Conversation] = field(default_factory=list)
    offers: list[models.Offer] = field(default_factory=list)
    requests: list[models.Request] = field(default_factory=list)
    introductions: list[models.Introduction] = field(default_factory=list)
    exchanges: list[models.Exchange] = field(default_factory=list)
    wellbeing: list[models.Wellbeing] = field(default_factory=list)
    notes: list[models.Note] = field(default_factory=list)
    follow_ups: list[models.FollowUp] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # id -> name or title, for display


def person_file(vault: Vault, participant_id: str) -> PersonFile:
    """Raises NotFound if the person no longer exists."""
    records = Records(vault)
    mine = ("participant_id = ?", [participant_id])
    file = PersonFile(person=records.get(models.Participant, participant_id))
    file.consents = consents_of(vault, participant_id)
    file.conversations = records.find(models.Conversation, *mine, order="started_on DESC")
    file.offers = records.find(models.Offer, *mine)
    file.requests = records.find(models.Request, *mine)
    # receiver_id has no index: at 100,000 people this is a scan of every exchange (about
    # 0.2 s); giver_id has one. An index on exchanges (receiver_id) would make it instant.
    file.exchanges = records.find(models.Exchange, "giver_id = ? OR receiver_id = ?",
                                  [participant_id, participant_id], order="occurred_on DESC")
    file.wellbeing = records.find(models.Wellbeing, *mine, order="recorded_on DESC")
    file.notes = notes_of(vault, participant_id)
    file.follow_ups = records.find(models.FollowUp, *mine, order="due_on")
    offer_ids = [o.id for o in file.offers]
    request_ids = [r.id for r in file.requests]
    if offer_ids or request_ids:
        marks = lambda ids: ", ".join("?" * len(ids)) or "NULL"  # noqa: E731
        file.introductions = records.find(
            models.Introduction,
            f"offer_id IN ({marks(offer_ids)}) OR request_id IN ({marks(request_ids)})",
            offer_ids + request_ids, order="planned_on DESC")
    file.names = _names(records, file)
    return file


def consents_of(vault: Vault, participant_id: str) -> list[models.Consent]:
    """Every consent answer recorded for a person (core.consent decides which counts)."""
    return Records(vault).find(models.Consent, "participant_id = ?", [participant_id])


def notes_of(vault: Vault, participant_id: str) -> list[models.Note]:
    """A person's notes, newest first."""
    return Records(vault).find(models.Note, "participant_id = ?", [participant_id],
                               order="created_at DESC, rowid DESC")


def _names(records: Records, file: PersonFile) -> dict[str, str]:
    names = {s.id: s.name for s in records.find(models.Staff)}
    names.update({t.id: t.name for t in records.find(models.Team)})
    names.update({o.id: o.title for o in file.offers})
    names.update({r.id: r.title for r in file.requests})
    wanted = {i.opportunity_id for i in file.introductions if i.opportunity_id}
    wanted |= {i.request_id for i in file.introductions if i.request_id} - set(names)
    wanted |= {i.offer_id for i in file.introductions if i.offer_id} - set(names)
    wanted |= {e.organisation_id for e in file.exchanges if e.organisation_id}
    for cls, attr in ((models.Opportunity, "title"), (models.Request, "title"),
                      (models.Offer, "title"), (models.Organisation, "name")):
        ids = sorted(wanted - set(names))
        if ids:
            for record in records.find(cls, f"id IN ({', '.join('?' * len(ids))})", ids):
                names[record.id] = getattr(record, attr)
    return names
