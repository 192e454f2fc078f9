"""Finding people: search-as-you-type over names, gifts and offers, and a person's summary."""

from dataclasses import dataclass, field
import re
import unicodedata

from desktop.store.vault import Vault

# A word as the FTS5 unicode61 tokenizer sees one: letters, marks and digits of any script.
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0dff\u0600-\u06ff]+", re.UNICODE)


@dataclass(frozen=True)
class PersonRow:
    id: str
    full_name: str
    preferred_name: str
    postcode: str
    status: str
    offers: tuple[str, ...] = field(default=())
    requests: tuple[str, ...] = field(default=())


def fts_query(text: str) -> str:
    """Turn what someone typed into an FTS5 query: every word, as a prefix, all required.

    Each word is quoted, so nothing a person types (quotes, AND, NEAR, *) is read as syntax.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def search(vault: Vault, text: str = "", *, limit: int = 50, offset: int = 0,
           team_id: str | None = None) -> list[PersonRow]:
    """People matching `text`, or everyone by name when it is empty.

    People whose *names* match come first, then people whose gifts or offers match. Within
    each group the order is the register's own (oldest first). There is deliberately no
    relevance ranking: ranking scores every match, and a two-letter prefix can match a third of
    a 100,000-person register; without it FTS5 stops after `limit` rows, so each keystroke
    costs a few milliseconds at any size. Typing more letters narrows the list.
    """
    with vault.reading() as conn:
        query = fts_query(text)
        if not query:
            where, params = _filters(team_id)
            sql = ("SELECT p.id, p.full_name, p.preferred_name, p.postcode, p.status "
                   f"FROM participants p WHERE {where} ORDER BY p.full_name LIMIT ? OFFSET ?")
            return [PersonRow(*row) for row in conn.execute(sql, [*params, limit, offset])]
        wanted = limit + offset
        rows = _matches(conn, f"{{names}} : ({query})", wanted, team_id, exclude=())
        if len(rows) < wanted and _HAN.search(text):
            rows += _names_containing(conn, text.strip(), wanted - len(rows), team_id,
                                      exclude=tuple(row.id for row in rows))
        if len(rows) < wanted:
            rows += _matches(conn, query, wanted - len(rows), team_id,
                             exclude=tuple(row.id for row in rows))
        return rows[offset:offset + limit]


def _names_containing(conn, text: str, limit: int, team_id: str | None,
                      exclude: tuple[str, ...]) -> list[PersonRow]:
    """Chinese names are written without spaces, so FTS5 sees "王小明" as one word and only
    its start can be searched; a given name ("小明") is found by substring instead. A scan,
    but only for queries with Han characters, and it stops at `limit`."""
    where, params = _filters(team_id)
    if exclude:
        where += f" AND p.id NOT IN ({', '.join('?' * len(exclude))})"
        params += list(exclude)
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sql = ("SELECT p.id, p.full_name, p.preferred_name, p.postcode, p.status FROM participants p "
           f"WHERE {where} AND (p.full_name LIKE ? ESCAPE '\\' OR p.preferred_name LIKE ? "
           "ESCAPE '\\') LIMIT ?")
    return [PersonRow(*row) for row in conn.execute(sql, [*params, pattern, pattern, limit])]


def _filters(team_id: str | None) -> tuple[str, list]:
    where, params = ["p.deleted = 0"], []
    if team_id:
        where.append("p.team_id = ?")
        params.append(team_id)
    return " AND ".join(where), params


def _matches(conn, match: str, limit: int, team_id: str | None,
             exclude: tuple[str, ...]) -> list[PersonRow]:
    where, params = _filters(team_id)
    if exclude:
        where += f" AND p.id NOT IN ({', '.join('?' * len(exclude))})"
        params += list(exclude)
    # The join is driven by the FTS match (rowid order), and stops at `limit` rows.
    sql = ("SELECT p.id, p.full_name, p.preferred_name, p.postcode, p.status "
           "FROM people_fts JOIN participants p ON p.rowid = people_fts.rowid "
           f"WHERE people_fts MATCH ? AND {where} ORDER BY people_fts.rowid LIMIT ?")
    return [PersonRow(*row) for row in conn.execute(sql, [match, *params, limit])]


def with_offers_and_requests(vault: Vault, people: list[PersonRow]) -> list[PersonRow]:
    """The same people, each with the titles of their current offers and requests."""
    if not people:
        return []
    ids = [p.id for p in people]
    offers = _titles(vault, "offers", ids, "status != 'ended'")
    requests = _titles(vault, "requests", ids, "status != 'closed'")
    return [PersonRow(p.id, p.full_name, p.preferred_name, p.postcode, p.status,
                      tuple(offers.get(p.id, ())), tuple(requests.get(p.id, ())))
            for p in people]


def _titles(vault: Vault, table: str, ids: list[str], condition: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):  # stay well under SQLite's variable limit
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for participant_id, title in vault.conn.execute(
                f"SELECT participant_id, title FROM {table} WHERE deleted = 0 AND {condition} "
                f"AND participant_id IN ({marks}) ORDER BY created_at", chunk):
            found.setdefault(participant_id, []).append(title)
    return found


def all_people(vault: Vault, batch: int = 1000):
    """Every person, by name, in batches (for exports of the whole register)."""
    offset = 0
    while True:
        rows = search(vault, "", limit=batch, offset=offset)
        if not rows:
            return
        yield from with_offers_and_requests(vault, rows)
        offset += batch
