"""The Community Marketplace register: offers, requests and opportunities, filtered and counted.

Every query is one full-text MATCH on the register's index (migration 0010): a table per kind
whose rows hold a record's words to search and, as tokens, everything it can be filtered by.
FTS5 intersects the posting lists, so counting a tab and listing its newest rows cost a few
milliseconds at any size of register, whatever mix of filters and words is asked. Triggers
keep the index beside the records.

The lists are newest first (the index's own order, so a page stops at `limit` without
sorting); the counts on the tabs are exact. Filters apply to every tab alike, except that team
and linker say nothing about opportunities (the directory belongs to the whole organisation),
and each tab has its own status choice, since the three kinds have different statuses.
"""

from dataclasses import dataclass, field
import json
import re
import sqlite3

from desktop.core import models
from desktop.core.match_sides import OFFER, OPPORTUNITY, REQUEST
from desktop.core.offers import DAYS, PARTS
from desktop.core.places import outward_code, postcode_area
from desktop.store.people import fts_query
from desktop.store.vault import Vault

KINDS = (OFFER, REQUEST, OPPORTUNITY)
_INDEX = {OFFER: "market_offers", REQUEST: "market_requests",
          OPPORTUNITY: "market_opportunities"}  # <name>_fts, <name>_terms (migration 0010)

ANY, CURRENT = "", "current"  # status choices besides a status of the kind
# What "current" leaves out, as the people register's lists count current offers and requests.
FINISHED = {OFFER: ("ended",), REQUEST: ("closed",), OPPORTUNITY: ("closed",)}
STATUSES = {OFFER: models.OFFER_STATUSES, REQUEST: models.REQUEST_STATUSES,
            OPPORTUNITY: models.OPPORTUNITY_STATUSES}
LIMIT = 200


@dataclass(frozen=True)
class Filters:
    """What the register is narrowed to. Empty means "any"."""

    text: str = ""  # every word, as a prefix: the record's words and tags, its person's name
    tags: tuple[str, ...] = ()  # any of these gift tags: one tag, or every tag of a family
    day: str = ""  # "mon" … "sun"
    part: str = ""  # "morning", "afternoon" or "evening"
    area: str = ""  # a postcode district (outward code): "LS6"
    languages: tuple[str, ...] = ()  # one language, as each record happens to spell it
    team_id: str = ""  # offers and requests only
    linker_id: str = ""  # offers and requests only
    status: dict[str, str] = field(default_factory=dict)  # kind -> ANY, CURRENT or a status

    def status_of(self, kind: str) -> str:
        return self.status.get(kind, ANY)


@dataclass(frozen=True)
class Row:
    """One line of the register."""

    kind: str
    id: str
    title: str
    who_id: str  # the person (offers, requests) or the organisation (opportunities)
    who: str  # their name: a person's preferred name, else their full name
    tags: tuple[str, ...]
    availability: dict[str, list[str]]
    schedule: str  # an opportunity's times in words, when its grid cannot hold them
    area: str
    status: str
    linker_id: str


@dataclass(frozen=True)
class Register:
    """One snapshot: the count on every tab and the first rows of one."""

    filters: Filters
    kind: str
    counts: dict[str, int]
    rows: list[Row]

    @property
    def more(self) -> bool:
        """Whether the tab holds more than its rows (type more, or filter, to narrow it)."""
        return self.counts[self.kind] > len(self.rows)


@dataclass(frozen=True)
class Choices:
    """What the filters can offer: districts and languages found in the register."""

    areas: list[str]
    languages: list[str]  # as written; the GUI groups spellings that differ only in case


def register(vault: Vault, filters: Filters, kind: str, *, limit: int = LIMIT) -> Register:
    """The counts of every tab and the first `limit` rows of `kind`, newest first."""
    with vault.reading() as conn:  # one snapshot: the counts and the rows agree
        counts = {k: count(conn, k, filters) for k in KINDS}
        found = rows(conn, kind, filters, limit)
    return Register(filters, kind, counts, found)


def count(conn: sqlite3.Connection, kind: str, filters: Filters) -> int:
    table = _INDEX[kind] + "_fts"
    return conn.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?",
                        (match_expression(kind, filters),)).fetchone()[0]


_ROWS = {
    OFFER: "SELECT r.id, r.title, p.id, p.preferred_name, p.full_name, r.tags, r.availability, "
           "'', p.postcode, r.status, p.linker_id FROM {page} f JOIN offers r ON r.rowid = f.item "
           "LEFT JOIN participants p ON p.id = r.participant_id",
    REQUEST: "SELECT r.id, r.title, p.id, p.preferred_name, p.full_name, r.tags, "
             "r.availability, '', p.postcode, r.status, p.linker_id FROM {page} f "
             "JOIN requests r ON r.rowid = f.item "
             "LEFT JOIN participants p ON p.id = r.participant_id",
    OPPORTUNITY: "SELECT r.id, r.title, g.id, '', g.name, r.tags, r.availability, r.schedule, "
                 "r.postcode, r.status, '' FROM {page} f "
                 "JOIN opportunities r ON r.rowid = f.item "
                 "LEFT JOIN organisations g ON g.id = r.organisation_id",
}


def rows(conn: sqlite3.Connection, kind: str, filters: Filters, limit: int = LIMIT
         ) -> list[Row]:
    table = _INDEX[kind] + "_fts"
    # The page is chosen inside the index, newest (highest rowid) first, and only its rows
    # are read from the records.
    page = (f"(SELECT rowid AS item FROM {table} WHERE {table} MATCH ? "
            f"ORDER BY rowid DESC LIMIT ?)")
    sql = _ROWS[kind].format(page=page) + " ORDER BY f.item DESC"
    return [Row(kind, id_, title, who_id or "", preferred or full or "", tuple(_list(tags)),
                _grid(availability), schedule, outward_code(postcode or ""), status,
                linker_id or "")
            for (id_, title, who_id, preferred, full, tags, availability, schedule, postcode,
                 status, linker_id) in conn.execute(sql, (match_expression(kind, filters),
                                                           limit))]


def match_expression(kind: str, filters: Filters) -> str:
    """The filters and the typed words as one FTS5 query on a kind's index (its tokens are
    described in migration 0010)."""
    status = filters.status_of(kind)
    facets = ["_current" if status == CURRENT else _token("_status", status) if status
              else "_all"]
    if kind != OPPORTUNITY:
        facets += [_token(prefix, value) for prefix, value in
                   (("_team", filters.team_id), ("_linker", filters.linker_id)) if value]
    if filters.area:
        facets.append(_token("_area", filters.area.strip().upper()))
    day = DAYS.index(filters.day) if filters.day in DAYS else None
    part = PARTS.index(filters.part) if filters.part in PARTS else None
    if day is not None and part is not None:
        facets.append(f"_slot{day * 3 + part}")
    elif day is not None:
        facets.append(f"_day{day}")
    elif part is not None:
        facets.append(f"_part{part}")
    for prefix, values in (("_tag", filters.tags), ("_lang", filters.languages)):
        if values:
            facets.append("(" + " OR ".join(_token(prefix, v) for v in sorted(set(values)))
                          + ")")
    expression = "facets : (" + " AND ".join(facets) + ")"
    words = fts_query(filters.text)
    return f"{expression} AND {{words names}} : ({words})" if words else expression


def _token(prefix: str, value: str) -> str:
    return prefix + value.encode("utf-8").hex()


def choices(vault: Vault) -> Choices:
    """Every district and language in the register, sorted."""
    areas: set[str] = set()
    languages: set[str] = set()
    with vault.reading() as conn:
        for name in _INDEX.values():
            areas.update(_values(conn, name, "_area"))
            languages.update(_values(conn, name, "_lang"))
    # Only real districts: a postcode typed wrongly makes a "district" nobody would choose.
    areas = {area for area in areas if postcode_area(area)}
    return Choices(sorted(areas, key=district_order), sorted(languages, key=str.casefold))


def _values(conn: sqlite3.Connection, name: str, prefix: str) -> list[str]:
    """The values of one kind of filter token, read back from the index's list of terms (a
    range of it: a register has a few dozen districts and languages)."""
    found = []
    for (term,) in conn.execute(f"SELECT term FROM {name}_terms WHERE term > ? AND term < ?",
                                (prefix, prefix + "~")):
        try:
            found.append(bytes.fromhex(term[len(prefix):]).decode("utf-8"))
        except ValueError:
            continue  # not one of ours (a token can only be hex here); never guessed at
    return found


_DISTRICT = re.compile(r"([A-Z]*)(\d*)(.*)")


def district_order(district: str) -> tuple[str, int, str]:
    """LS2 before LS10: the letters, then the number, then what follows (SW1A)."""
    match = _DISTRICT.match(district)
    assert match is not None  # every part of the pattern may be empty
    letters, number, rest = match.groups()
    return letters, int(number or 0), rest


def _list(text: str) -> list[str]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return []
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _grid(text: str) -> dict[str, list[str]]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    if not isinstance(value, dict):
        return {}
    return {day: [part for part in parts if isinstance(part, str)]
            for day, parts in value.items() if isinstance(parts, list)}
