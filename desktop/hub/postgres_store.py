"""The hub on PostgreSQL (psycopg 3): `--db postgresql://user@host/dbname`.

Why appends are serialised. A cursor is "every change up to seq N"; a device stores it and
never asks for those seqs again. With a plain sequence, two concurrent pushes can take seqs
10 and 11 and commit in the order 11, 10: a pull between the two commits sees 11, stores
cursor 11 and never sees 10. So every write transaction starts with
``pg_advisory_xact_lock``: one append at a time, seqs handed out (from the org row's counter)
only inside the lock, and the lock released only at commit, after the changes are visible.
Seq order is then commit order, and a pull that reads the counter first sees every change up
to it. The same lock makes the replay checks (seen this change_id? erased?) race-free.
Pushes are batches of hundreds, written with COPY, so one writer at a time is plenty.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import queue
import time

import psycopg
from psycopg import pq

from desktop.hub.storage import CHANGE_COLUMNS, Store, StoreError, Tx

# Any fixed number: advisory locks are per database, so this only meets other hub processes
# on the same database.
_APPEND_LOCK = 0x0FFE_B00C
_IDLE_CONNECTIONS = 8


class PostgresStore(Store):
    backend = "postgresql"
    _seq_type = "BIGINT"

    def __init__(self, url: str):
        self._url = url
        self._idle: queue.LifoQueue[psycopg.Connection] = queue.LifoQueue()
        try:
            self._idle.put(self._connect())
            self._initialise(time.time())
        except psycopg.OperationalError as error:
            # psycopg's message names host, port and user but never the password.
            reason = str(error).strip().splitlines()[-1] if str(error).strip() else ""
            raise StoreError("Could not connect to the hub's PostgreSQL database"
                             + (f" ({reason})" if reason else "")
                             + ": check the --db URL and that the server is running.") from None

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._url, autocommit=True, connect_timeout=10)

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection]:
        # A small pool: connections go back only when healthy and idle, and a lost connection
        # empties the pool (the others most likely died with it, in a server restart), so a
        # restart costs one failed request, not one per pooled connection.
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = self._connect()
        try:
            yield conn
        except psycopg.OperationalError:
            self.close()
            raise
        finally:
            if (conn.closed or conn.info.transaction_status != pq.TransactionStatus.IDLE
                    or self._idle.qsize() >= _IDLE_CONNECTIONS):
                conn.close()
            else:
                self._idle.put(conn)

    @contextmanager
    def _write(self) -> Iterator[Tx]:
        with self._connection() as conn, conn.transaction():
            tx = Tx(conn.cursor(), pyformat=True)
            tx.execute("SELECT pg_advisory_xact_lock(?)", (_APPEND_LOCK,))
            yield tx

    @contextmanager
    def _read(self) -> Iterator[Tx]:
        # No transaction: each read is one statement, or (pull) reads the last seq first and
        # then only seqs up to it, all of which are committed, so no snapshot is needed.
        with self._connection() as conn:
            yield Tx(conn.cursor(), pyformat=True)

    def _insert_rows(self, tx: Tx, rows) -> None:
        if not rows:
            return
        with tx.cursor.copy(f"COPY changes ({', '.join(CHANGE_COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _in(self, column: str, values: list) -> tuple[str, list]:
        # One array parameter: PostgreSQL plans it once, whatever the batch's size.
        return f"{column} = ANY(?)", [list(values)]

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                break
