"""Forward-only schema migrations, recorded by name in `_migrations`.

Each migration is a numbered SQL file beside this module, applied once, in its own transaction
(SQLite's DDL is transactional, so a migration is all or nothing). There is no "down": a vault
is never rolled back in place; the vault takes an encrypted backup before migrating instead.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
import sqlite3

from desktop.core.hlc import ZERO
from desktop.core.ids import utc_now

_HERE = Path(__file__).parent


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str


@cache
def all_migrations() -> tuple[Migration, ...]:
    return tuple(Migration(path.stem, path.read_text(encoding="utf-8"))
                 for path in sorted(_HERE.glob("[0-9][0-9][0-9][0-9]_*.sql")))


def initialise(conn: sqlite3.Connection, vault_id: str, device_id: str) -> None:
    """Create the bookkeeping tables of a brand-new vault."""
    with conn:
        conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        conn.execute("CREATE TABLE _local (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany("INSERT INTO _local (key, value) VALUES (?, ?)",
                         [("vault_id", vault_id), ("device_id", device_id), ("hlc", str(ZERO))])


def vault_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM _local WHERE key = 'vault_id'").fetchone()
    if row is None:
        # Not sqlite3.DatabaseError: the vault's connection is sqlcipher3's, whose errors are
        # different classes, so that one escaped Vault._open as a raw error.
        raise LookupError("no vault id")
    return row[0]


def applied(conn: sqlite3.Connection) -> list[str]:
    return [name for (name,) in conn.execute("SELECT name FROM _migrations ORDER BY name")]


def pending(conn: sqlite3.Connection, until: str | None = None) -> list[Migration]:
    done = set(applied(conn))
    return [m for m in all_migrations()
            if m.name not in done and (until is None or m.name <= until)]


def apply(conn: sqlite3.Connection, migrations: list[Migration]) -> None:
    for migration in migrations:
        conn.execute("BEGIN")
        try:
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                         (migration.name, utc_now()))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _statements(sql: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies (BEGIN … END;) whole."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
