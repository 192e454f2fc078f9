"""The hub on one SQLite file: the embedded default (`--db sqlite:///hub.db`).

WAL mode, so pulls read a snapshot while a push writes. One writer: every write goes through
one connection under a lock and starts with BEGIN IMMEDIATE, which also keeps a second process
on the same file (`offerbook hub admin-token` beside a running hub) waiting its turn.
synchronous=FULL because a device drops a change from its outbox once the hub says "stored":
a stored change must survive a power cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import os
from pathlib import Path
import queue
import sqlite3
import threading
import time
from typing import Any

from desktop.hub.store_base import CHANGE_COLUMNS, Store, StoreError, Tx

_PRAGMAS = ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON")
_IDLE_READERS = 8
_JSON_PAIRS = ", ".join(f"'{column}', {column}" for column in CHANGE_COLUMNS)


class SqliteStore(Store):
    backend = "sqlite"
    _seq_type = "INTEGER"  # INTEGER PRIMARY KEY: the seq is the row id, no second index
    _unique_violation = sqlite3.IntegrityError

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._readers: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()
        try:
            if not self.path.exists():
                # Owner-only from the start: the file holds token hashes and sealed values.
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            self._writer = self._connect()
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"Could not open the hub database {self.path} "
                             f"({type(error).__name__}): check the path and its "
                             "permissions.") from None
        self._initialise(time.time())

    def _connect(self) -> sqlite3.Connection:
        # Autocommit mode (isolation_level=None): transactions are begun and ended here,
        # explicitly, never implicitly by the sqlite3 module.
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                               timeout=30)
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        return conn

    @contextmanager
    def _write(self) -> Iterator[Tx]:
        with self._lock:
            self._writer.execute("BEGIN IMMEDIATE")
            try:
                yield Tx(self._writer.cursor())
            except BaseException:
                self._writer.execute("ROLLBACK")
                raise
            self._writer.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[Tx]:
        try:
            conn = self._readers.get_nowait()
        except queue.Empty:
            conn = self._connect()
        conn.execute("BEGIN")  # a snapshot from the first read to COMMIT (WAL)
        try:
            yield Tx(conn.cursor())
        finally:
            conn.execute("COMMIT")
            if self._readers.qsize() < _IDLE_READERS:
                self._readers.put(conn)
            else:
                conn.close()

    def _page(self, tx: Tx, where: str, params: list[Any]) -> tuple[bytes, int, int | None]:
        # SQLite writes each change's JSON itself (json_object), faster than Python can.
        rows = tx.all(f"SELECT seq, json_object({_JSON_PAIRS}) FROM changes WHERE {where} "
                      "ORDER BY seq LIMIT ?", params)
        text = "[" + ",".join([row[1] for row in rows]) + "]"
        return text.encode("utf-8"), len(rows), rows[-1][0] if rows else None

    def close(self) -> None:
        with self._lock:
            self._writer.close()
        while True:
            try:
                self._readers.get_nowait().close()
            except queue.Empty:
                break
