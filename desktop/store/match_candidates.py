"""Matching over the vault: the query, its candidates through tag posting lists, the viewer.

`find_matches` is what `offerbook match` and the Marketplace call: it reads the query (an
offer, a request or an opportunity, with its person), the candidates that could match it and
what has already been introduced, all in one snapshot, and hands them to the core `Matcher`
(desktop/core/matching.py), which ranks them and keeps consent.

Candidates come from the index of migration 0008, kept by triggers. `match_people` holds one
row per person: team, postcode, languages, access needs, their latest answers to the two
consents matching asks about, whether they have been linked. `tag_postings` holds one row per
record and gift tag, carrying all a score needs: the record's status, weekly grid and tags, an
offer's conditions, an opportunity's schedule and postcode, and a copy of its person's row. A
candidate must share a tag, or a tag of the same family, with the query to match at all
(`Matcher.index_tags`), so only those posting lists are read, and only records that could take
a match now: a few thousand rows of one table instead of every request, person and consent.
That keeps one offer's matches among 100,000 people within 50 ms (tests/bench/matching.py).

`scan_candidates` reads every record from the records themselves instead, each person's
consents worked out from every answer in SQL by the rule of desktop/core/consent.py (the
latest answer not dated after today, a yes, neither withdrawn nor expired): the plain full
scan. tests/store/test_match_candidates.py checks on random vaults that the two give the same
matches, and that the people they make are the ones the core builders make.
"""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
import json
import sqlite3
from typing import Any

from desktop.core import models
from desktop.core.errors import NotFound
from desktop.core.match_features import grid_mask, schedule_mask
from desktop.core.matching import (
    KEEP,
    MATCHABLE,
    OFFER,
    OPPORTUNITY,
    REQUEST,
    SHARE,
    TARGETS,
    Matcher,
    MatchList,
    Person,
    Side,
    Viewer,
    make_person,
    make_side,
    offer_side,
    opportunity_side,
    person_of,
    request_side,
)
from desktop.store.open_vault import OpenVault
from desktop.store.records import decode_row

TABLES = {OFFER: "offers", REQUEST: "requests", OPPORTUNITY: "opportunities"}
COORDINATOR = "coordinator"
_ASKED = (KEEP, SHARE)  # the consents matching asks about

# ---- the index (tag_postings and match_people, migration 0008) ------------------------------
# The consents matching asks about, in force today, as one number: 1 keep-record, 2 sharing.
# Each from the person's latest answer: a yes, on or before today, not yet withdrawn or
# expired. NULL when an answer is dated after today (a clock set wrong on another device):
# then an earlier answer may be the one that counts, and the person's consents are read in
# full instead (`load_person`).
_TODAY = """CASE WHEN t.keep_day > :today OR t.share_day > :today THEN NULL
         ELSE (t.keep_given AND (t.keep_until = '' OR t.keep_until > :today))
              + 2 * (t.share_given AND (t.share_until = '' OR t.share_until > :today)) END"""
_IN_FORCE_SETS: tuple[frozenset[str], ...] = (
    frozenset(), frozenset({KEEP}), frozenset({SHARE}), frozenset({KEEP, SHARE}))
# One table, few columns: a join, or turning a column into a Python value, is most of what a
# row costs, and the largest queries read ten thousand rows.
_INDEXED_PEOPLE = (
    "SELECT t.id, t.tags, t.grid, t.status, t.participant_id, t.team_id, t.postcode, "
    f"t.languages, t.access_needs, {_TODAY}, t.linked{{offer_only}} FROM tag_postings t "
    "WHERE t.tbl = :tbl AND t.tag IN ({tags}) AND t.status IN ({statuses}) "
    # Only people whose records can take a match (which also leaves out records whose person
    # is not here): matching would pass over the rest unseen.
    "AND t.person_status = 'active' AND t.person_deleted = 0")
_INDEXED_OPPORTUNITIES = (
    "SELECT t.id, t.tags, t.grid, t.status, t.schedule, t.postcode FROM tag_postings t "
    "WHERE t.tbl = :tbl AND t.tag IN ({tags}) AND t.status IN ({statuses})")

# ---- the plain full scan, from the records themselves ------------------------------------------
# consent.current_consents in SQL: the latest answer not dated after today (by day, then by
# when it was recorded here), a yes, neither withdrawn nor expired by today.
_IN_FORCE = """coalesce((
    SELECT c.given != 0
           AND (c.withdrawn_on = '' OR substr(c.withdrawn_on, 1, 10) > :today)
           AND (c.expires_on = '' OR substr(c.expires_on, 1, 10) > :today)
    FROM consents c
    WHERE c.participant_id = p.id AND c.purpose = '{purpose}' AND c.deleted = 0
          AND substr(c.recorded_on, 1, 10) <= :today
    ORDER BY substr(c.recorded_on, 1, 10) DESC, c.created_at DESC, c.rowid DESC
    LIMIT 1), 0)"""
# Linked: one of their introductions (as the offer's person or the request's) reached a
# meeting: core.introductions.reached_meeting (an "ended" with no day they met does not
# count), and "ongoing", the old word for going well, which laptops before 0007 sync.
_MET = ("(i.status IN ('met', 'going-well', 'did-not-work-out', 'ongoing') "
        "OR (i.status = 'ended' AND i.met_on != ''))")
_LINKED = f"""(EXISTS (SELECT 1 FROM offers o JOIN introductions i ON i.offer_id = o.id
                       WHERE o.participant_id = p.id AND i.deleted = 0 AND {_MET})
            OR EXISTS (SELECT 1 FROM requests r JOIN introductions i ON i.request_id = r.id
                       WHERE r.participant_id = p.id AND i.deleted = 0 AND {_MET}))"""
_SCANNED_PEOPLE = (
    "SELECT x.id, x.tags, x.availability, x.status, x.deleted, {offer_only}, '', '', "
    "x.participant_id, p.team_id, p.postcode, p.languages, p.accessibility_needs, p.status, "
    f"p.deleted, {_IN_FORCE.format(purpose=KEEP)}, {_IN_FORCE.format(purpose=SHARE)}, "
    f"{_LINKED} FROM {{table}} x JOIN participants p ON p.id = x.participant_id "
    "WHERE x.deleted = 0")
_SCANNED_OPPORTUNITIES = (
    "SELECT id, tags, availability, status, deleted, '', '', schedule, postcode, NULL "
    "FROM opportunities WHERE deleted = 0")


@dataclass(frozen=True)
class Found:
    """A query's matches, and how many candidates were read to find them."""

    query: Side
    matches: MatchList
    candidates: int


def viewer_for(vault: OpenVault) -> Viewer:
    """Who is looking: the unlocked staff member's team, or the whole organisation for a
    coordinator (and for the recovery key, which is the coordinator's)."""
    staff_id = vault.staff_id
    with vault.reading() as conn:
        row = conn.execute("SELECT role, team_id FROM staff WHERE id = ? AND deleted = 0",
                           (staff_id,)).fetchone() if staff_id else None
    if staff_id is None or (row is not None and row[0] == COORDINATOR):
        return Viewer(every_team=True)
    if row is None:  # a staff record not (yet) here: nobody's team
        return Viewer()
    return Viewer(frozenset({row[1]}) if row[1] else frozenset())


def find_matches(vault: OpenVault, matcher: Matcher, kind: str, record_id: str, *,
                 limit: int | None = 20, viewer: Viewer | None = None,
                 today: date | None = None, scan: bool = False) -> Found:
    """The best matches for one offer, request or opportunity, best first, with reasons.

    Raises NotFound for an id that is not a record of that kind (or was deleted). Records
    already introduced to it are left out. `scan=True` reads every candidate from the records
    themselves instead of the index: the same answer, slowly."""
    if kind not in TABLES:
        raise ValueError(f"not a kind that matches: {kind!r}")
    viewer = viewer_for(vault) if viewer is None else viewer
    today = today or date.today()
    with vault.reading() as conn:
        query = load_side(conn, kind, record_id, today)
        if scan:
            candidates = scan_candidates(conn, query, today)
        else:
            candidates = read_candidates(conn, query, today, matcher.index_tags(query))
        exclude = introduced_with(conn, kind, record_id)
    return Found(query, matcher.rank(query, candidates, viewer, limit=limit, exclude=exclude),
                 len(candidates))


@dataclass(frozen=True)
class Label:
    """What a list of matches shows of one: the record's own words, and who. `name` is the
    person's (preferred) name only when they agreed to share with organisations and other
    people: a match waiting for that consent is shown, never named. `organisation` is an
    opportunity's."""

    title: str
    name: str | None = None
    team: str = ""
    organisation: str = ""


def labels(vault: OpenVault, found: Found) -> dict[str, Label]:
    """Labels for the query and each of its matches, by id."""
    query = found.query
    wanted = [(query.kind, query.id, query.person is None or SHARE in query.person.consents)] + [
        (m.kind, m.id, not m.consent_needed) for m in found.matches.matches]
    result: dict[str, Label] = {}
    with vault.reading() as conn:
        for kind, record_id, named in wanted:
            if kind == OPPORTUNITY:
                row = conn.execute(
                    "SELECT o.title, coalesce(g.name, '') FROM opportunities o LEFT JOIN "
                    "organisations g ON g.id = o.organisation_id WHERE o.id = ?",
                    (record_id,)).fetchone()
                result[record_id] = Label(row[0], organisation=row[1]) if row else Label("")
                continue
            row = conn.execute(
                f"SELECT x.title, coalesce(nullif(p.preferred_name, ''), p.full_name), "
                f"coalesce(t.name, '') FROM {TABLES[kind]} x "
                "LEFT JOIN participants p ON p.id = x.participant_id "
                "LEFT JOIN teams t ON t.id = p.team_id WHERE x.id = ?", (record_id,)).fetchone()
            result[record_id] = (Label(row[0], row[1] if named else None, row[2]) if row
                                 else Label(""))
    return result


def load_side(conn: sqlite3.Connection, kind: str, record_id: str, today: date) -> Side:
    """One record as a query, through the core builders: its person with every consent."""
    table = TABLES[kind]
    row = _dicts(conn.execute(f"SELECT * FROM {table} WHERE id = ? AND deleted = 0",
                              (record_id,)))
    if not row:
        raise NotFound(f"There is no {kind} with the id {record_id} in this vault; it may "
                       "have been deleted. `offerbook people --json` lists the ids.")
    if kind == OPPORTUNITY:
        opportunity = decode_row(models.Opportunity, row[0])
        return opportunity_side(opportunity, grid_mask(opportunity.availability) or None)
    if kind == OFFER:
        offer = decode_row(models.Offer, row[0])
        return offer_side(offer, load_person(conn, offer.participant_id, today))
    request = decode_row(models.Request, row[0])
    return request_side(request, load_person(conn, request.participant_id, today))


def load_person(conn: sqlite3.Connection, participant_id: str, today: date) -> Person:
    """A participant as matching sees them, from their record and every consent answer. One
    whose record is not here (sync brought an offer before its person) is not active."""
    rows = _dicts(conn.execute("SELECT * FROM participants WHERE id = ?", (participant_id,)))
    consents = [decode_row(models.Consent, row) for row in _dicts(conn.execute(
        "SELECT * FROM consents WHERE participant_id = ? AND deleted = 0 "
        "ORDER BY created_at, rowid", (participant_id,)))]
    linked = conn.execute(f"SELECT {_LINKED} FROM (SELECT ? AS id) p",
                          (participant_id,)).fetchone()[0]
    if not rows:
        return Person(participant_id, active=False)
    return person_of(decode_row(models.Participant, rows[0]), consents, today,
                     linked=bool(linked))


def read_candidates(conn: sqlite3.Connection, query: Side, today: date,
                    tags: Collection[str]) -> list[Side]:
    """The records of the kinds `query` matches that carry one of `tags` (its own and their
    families': `Matcher.index_tags`) and could take a match now, from the posting lists.

    The loops are plain on purpose: a query reads thousands of rows, and a function call or a
    keyword argument less per row is a few milliseconds less per query."""
    if not tags:
        return []
    params: dict[str, Any] = {f"t{n}": tag for n, tag in enumerate(sorted(tags))}
    params["today"] = today.isoformat()
    marks = ", ".join(f":t{n}" for n in range(len(tags)))
    tag_sets: dict[str, frozenset[str]] = {}
    found: dict[str, Side] = {}  # by id: a record is in the list of each of its tags
    for kind in TARGETS[query.kind]:
        params["tbl"] = TABLES[kind]
        statuses = ", ".join(f"'{status}'" for status in MATCHABLE[kind])
        if kind == OPPORTUNITY:
            sql = _INDEXED_OPPORTUNITIES.format(tags=marks, statuses=statuses)
            for rid, raw, grid, status, schedule, postcode in conn.execute(sql, params):
                if rid not in found:
                    tag_set = tag_sets.get(raw) or tag_sets.setdefault(raw, _tag_set(raw))
                    # The directory's weekly grid when it has one, else the schedule in words.
                    found[rid] = make_side(kind, rid, tag_set, grid or schedule_mask(schedule),
                                           status, postcode=postcode)
            continue
        offer_only = ", t.conditions, t.support_needed" if kind == OFFER else ""
        sql = _INDEXED_PEOPLE.format(offer_only=offer_only, tags=marks, statuses=statuses)
        people: dict[str, Person] = {}
        languages: dict[str, list[str]] = {}
        for row in conn.execute(sql, params):
            rid = row[0]
            if rid in found:
                continue
            pid = row[4]
            person = people.get(pid)
            if person is None:
                consents = row[9]
                in_force = (_IN_FORCE_SETS[consents] if consents is not None else
                            load_person(conn, pid, today).consents & _IN_FORCE_SETS[3])
                spoken = languages.get(row[7])
                if spoken is None:
                    spoken = languages[row[7]] = _json_list(row[7])
                person = people[pid] = make_person(
                    pid, team_id=row[5], postcode=row[6], languages=spoken,
                    access_needs=row[8], status="active", deleted=False, in_force=in_force,
                    linked=bool(row[10]))
            raw = row[1]
            tag_set = tag_sets.get(raw) or tag_sets.setdefault(raw, _tag_set(raw))
            if kind == OFFER:
                found[rid] = make_side(kind, rid, tag_set, row[2], row[3], person=person,
                                       conditions=row[11], support_needed=row[12])
            else:
                found[rid] = make_side(kind, rid, tag_set, row[2], row[3], person=person)
    return list(found.values())


def scan_candidates(conn: sqlite3.Connection, query: Side, today: date) -> list[Side]:
    """Every record of the kinds `query` matches, read from the records themselves, each
    person's consents worked out from every answer: the plain full scan that the index must
    agree with (tests and the benchmark check it)."""
    maker, found = _Maker(conn, today), []
    for kind in TARGETS[query.kind]:
        if kind == OPPORTUNITY:
            sql = _SCANNED_OPPORTUNITIES
        else:
            offer_only = "x.conditions, x.support_needed" if kind == OFFER else "'', ''"
            sql = _SCANNED_PEOPLE.format(offer_only=offer_only, table=TABLES[kind])
        for row in conn.execute(sql, {"today": today.isoformat()}):
            found.append(maker.side(kind, row, maker.grid(row[2])))
    return found


def introduced_with(conn: sqlite3.Connection, kind: str, record_id: str) -> frozenset[str]:
    """The ids of every record an introduction has already paired with this one."""
    column = {OFFER: "offer_id", REQUEST: "request_id", OPPORTUNITY: "opportunity_id"}[kind]
    rows = conn.execute("SELECT offer_id, request_id, opportunity_id FROM introductions "
                        f"WHERE {column} = ? AND deleted = 0", (record_id,))
    return frozenset(other for row in rows for other in row if other and other != record_id)


class _Maker:
    """Rows into Sides, through the core builders (make_side, make_person). Rows of either
    path have one layout: id, tags, grid or availability, status, deleted, conditions,
    support needed, schedule, postcode, participant id, then the person. Tags, grids and people
    repeat across candidates (a few dozen phrasings, a person's several requests), so each raw
    value is decoded once per query."""

    def __init__(self, conn: sqlite3.Connection, today: date):
        self.conn, self.today = conn, today
        self._tags: dict[str, frozenset[str]] = {}
        self._languages: dict[str, list[str]] = {}
        self._grids: dict[str, int] = {}
        self._people: dict[str, Person] = {}

    def side(self, kind: str, row: tuple[Any, ...], grid: int) -> Side:
        tags = self._tags.get(row[1])
        if tags is None:
            tags = self._tags[row[1]] = frozenset(_json_list(row[1]))
        if kind == OPPORTUNITY:
            # The directory's weekly grid when it has one, else the schedule in words.
            return make_side(kind, row[0], tags, grid or schedule_mask(row[7]), row[3],
                             deleted=bool(row[4]), postcode=row[8])
        return make_side(kind, row[0], tags, grid, row[3], person=self.person(row[9:]),
                         deleted=bool(row[4]), conditions=row[5], support_needed=row[6])

    def person(self, row: tuple[Any, ...]) -> Person:
        pid = row[0]
        person = self._people.get(pid)
        if person is None:
            _, team_id, postcode, languages, needs, status, deleted, keep, share, linked = row
            if keep is None or share is None:
                in_force = load_person(self.conn, pid, self.today).consents & frozenset(_ASKED)
            else:
                in_force = frozenset(p for p, given in zip(_ASKED, (keep, share)) if given)
            person = self._people[pid] = make_person(
                pid, team_id=team_id, postcode=postcode, languages=self.languages(languages),
                access_needs=needs, status=status, deleted=bool(deleted), in_force=in_force,
                linked=bool(linked))
        return person

    def languages(self, raw: str) -> list[str]:
        found = self._languages.get(raw)
        if found is None:
            found = self._languages[raw] = _json_list(raw)
        return found

    def grid(self, raw: str) -> int:
        found = self._grids.get(raw)
        if found is None:
            value = _json(raw)
            found = self._grids[raw] = grid_mask(value) if isinstance(value, dict) else 0
        return found


def _json(raw: str) -> Any:
    try:
        return json.loads(raw)
    except (TypeError, ValueError):
        return None


def _tag_set(raw: str) -> frozenset[str]:
    return frozenset(_json_list(raw))


def _json_list(raw: str) -> list[str]:
    value = _json(raw)
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


__all__ = ["TABLES", "Found", "Label", "find_matches", "introduced_with", "labels",
           "load_person", "load_side", "read_candidates", "scan_candidates", "viewer_for"]
