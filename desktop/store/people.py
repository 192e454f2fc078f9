"""Finding people: search-as-you-type over names, gifts and offers, and a person's summary."""

from collections.abc import Iterator
from dataclasses import dataclass, field
import re
import sqlite3
from typing import Any
import unicodedata

from desktop.store.vault import Vault

# A word as the FTS5 unicode61 tokenizer sees one: letters, marks and digits of any script.
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0dff\u0600-\u06ff]+", re.UNICODE)


@dataclass(frozen=True)
class Item:
    """One of a person's offers or requests, as a list of people shows it."""

    id: str
    title: str
    status: str


@dataclass(frozen=True)
class PersonRow:
    id: str
    full_name: str
    preferred_name: str
    postcode: str
    status: str
    offers: tuple[Item, ...] = field(default=())
    requests: tuple[Item, ...] = field(default=())
    team: str = ""  # the names of their team and linker, "" when none (or not synced here)
    linker: str = ""


def fts_query(text: str) -> str:
    """Turn what someone typed into an FTS5 query: every word, as a prefix, all required.

    Each word is quoted, so nothing a person types (quotes, AND, NEAR, *) is read as syntax.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def search(vault: Vault, text: str = "", *, limit: int = 50, offset: int = 0,
           team_id: str | None = None, narrow: tuple[str, list[Any]] = ("", [])
           ) -> list[PersonRow]:
    """People matching `text`, or everyone by name when it is empty.

    People whose *names* match come first, then people whose gifts or offers match. Within
    each group the order is the register's own (oldest first). There is deliberately no
    relevance ranking: ranking scores every match, and a two-letter prefix can match a third of
    a 100,000-person register; without it FTS5 stops after `limit` rows, so each keystroke
    costs a few milliseconds at any size. Typing more letters narrows the list.

    `narrow` is an extra SQL condition on `p` (participants) with its parameters: the
    register's filters (people_filters) use it, so every filtered search keeps this shape.
    """
    where, params = _where(team_id, narrow)
    select = f"SELECT {COLUMNS} FROM participants p"
    with vault.reading() as conn:
        query = fts_query(text)
        if not query:
            sql = f"{select} WHERE {where} ORDER BY p.full_name LIMIT ? OFFSET ?"
            return [PersonRow(*row) for row in conn.execute(sql, [*params, limit, offset])]
        wanted = limit + offset
        # The FTS join is driven by the match (rowid order) and stops at the limit.
        fts = (f"SELECT {COLUMNS} FROM people_fts JOIN participants p "
               "ON p.rowid = people_fts.rowid WHERE people_fts MATCH ? AND ")
        by_rowid = " ORDER BY people_fts.rowid"
        rows = _more(conn, fts, [f"{{names}} : ({query})"], where, params, wanted, [], by_rowid)
        if len(rows) < wanted and _HAN.search(text):
            # Chinese names are written without spaces, so FTS5 sees "王小明" as one word
            # and only its start can be searched; a given name ("小明") is found by substring.
            pattern = "%" + text.strip().replace("\\", "\\\\").replace(
                "%", "\\%").replace("_", "\\_") + "%"
            rows += _more(conn, f"{select} WHERE (p.full_name LIKE ? ESCAPE '\\' OR "
                          "p.preferred_name LIKE ? ESCAPE '\\') AND ", [pattern, pattern],
                          where, params, wanted - len(rows), rows)
        if len(rows) < wanted:
            rows += _more(conn, fts, [query], where, params, wanted - len(rows), rows, by_rowid)
        return rows[offset:offset + limit]


COLUMNS = "p.id, p.full_name, p.preferred_name, p.postcode, p.status"


def _where(team_id: str | None, narrow: tuple[str, list[Any]]) -> tuple[str, list[Any]]:
    where, params = ["p.deleted = 0"], []
    if team_id:
        where.append("p.team_id = ?")
        params.append(team_id)
    if narrow[0]:
        where.append(narrow[0])
        params += list(narrow[1])
    return " AND ".join(where), params


def _more(conn: sqlite3.Connection, head: str, head_params: list[Any], where: str,
          params: list[Any], limit: int, found: list[PersonRow], order: str = ""
          ) -> list[PersonRow]:
    """Up to `limit` more rows of `head … AND where`, leaving out people already found."""
    if found:
        where += f" AND p.id NOT IN ({', '.join('?' * len(found))})"
        params = params + [row.id for row in found]
    sql = f"{head}{where}{order} LIMIT ?"
    return [PersonRow(*row) for row in conn.execute(sql, [*head_params, *params, limit])]


def with_offers_and_requests(vault: Vault, people: list[PersonRow]) -> list[PersonRow]:
    """The same people, each with their current offers and requests (id, title, status) and
    the names of their team and linker."""
    if not people:
        return []
    ids = [p.id for p in people]
    offers = _items(vault, "offers", ids, "status != 'ended'")
    requests = _items(vault, "requests", ids, "status != 'closed'")
    names = _team_and_linker(vault, ids)
    return [PersonRow(p.id, p.full_name, p.preferred_name, p.postcode, p.status,
                      tuple(offers.get(p.id, ())), tuple(requests.get(p.id, ())),
                      *names.get(p.id, ("", "")))
            for p in people]


def _chunks(ids: list[str]) -> Iterator[tuple[list[str], str]]:
    for start in range(0, len(ids), 500):  # stay well under SQLite's variable limit
        chunk = ids[start:start + 500]
        yield chunk, ", ".join("?" * len(chunk))


def _items(vault: Vault, table: str, ids: list[str], condition: str) -> dict[str, list[Item]]:
    found: dict[str, list[Item]] = {}
    with vault.reading() as conn:
        for chunk, marks in _chunks(ids):
            for participant_id, *item in conn.execute(
                    f"SELECT participant_id, id, title, status FROM {table} WHERE deleted = 0 "
                    f"AND {condition} AND participant_id IN ({marks}) ORDER BY created_at",
                    chunk):
                found.setdefault(participant_id, []).append(Item(*item))
    return found


def _team_and_linker(vault: Vault, ids: list[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    with vault.reading() as conn:
        for chunk, marks in _chunks(ids):
            for participant_id, team, linker in conn.execute(
                    "SELECT p.id, coalesce(t.name, ''), coalesce(s.name, '') FROM participants p "
                    "LEFT JOIN teams t ON t.id = p.team_id AND t.deleted = 0 "
                    "LEFT JOIN staff s ON s.id = p.linker_id AND s.deleted = 0 "
                    f"WHERE p.id IN ({marks})", chunk):
                found[participant_id] = (team, linker)
    return found


def all_people(vault: Vault, batch: int = 1000) -> Iterator[PersonRow]:
    """Every person, by name, in batches (for exports of the whole register)."""
    offset = 0
    while True:
        rows = search(vault, "", limit=batch, offset=offset)
        if not rows:
            return
        yield from with_offers_and_requests(vault, rows)
        offset += batch
