"""Opening the hub's store: the backend a --db URL names.

The store itself (its tables, the rules that need a transaction, `Store`, `Tx`) is in
`store_base`; `sqlite_store` and `postgres_store` build on it, and this module, which imports
both, picks one. The choice lives here, above both backends and apart from what they build
on, so the hub has no import circle.
"""

from __future__ import annotations

from desktop.hub.store_base import CHANGE_COLUMNS, Store, StoreError

# Store, StoreError and CHANGE_COLUMNS are re-exported: callers that open a store (the CLI,
# test hubs, the benchmark) use them beside open_store.
__all__ = ["CHANGE_COLUMNS", "Store", "StoreError", "open_store"]


def open_store(url: str) -> Store:
    """The store a --db URL names: sqlite:///relative/path, sqlite:////absolute/path or
    postgresql://user@host/dbname (also postgres://)."""
    # Each backend is imported only when named: a hub on SQLite never loads psycopg and
    # libpq (a sixth of a second).
    if url.startswith("sqlite:///"):
        from desktop.hub.sqlite_store import SqliteStore
        path = url[len("sqlite:///"):]
        if not path:
            raise StoreError("The --db URL names no file: write sqlite:///hub.db.")
        return SqliteStore(path)
    if url.startswith(("postgresql://", "postgres://")):
        from desktop.hub.postgres_store import PostgresStore
        return PostgresStore(url)
    raise StoreError("The --db URL must start with sqlite:/// (a file) or postgresql:// "
                     "(a PostgreSQL database).")
