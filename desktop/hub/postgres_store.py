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

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
import queue
import time
from typing import Any

import psycopg
from psycopg import errors, pq

from desktop.hub.store_base import CHANGE_COLUMNS, Store, StoreError, Tx

# Any fixed number: advisory locks are per database, so this only meets other hub processes
# on the same database.
_APPEND_LOCK = 0x0FFE_B00C
_IDLE_CONNECTIONS = 8
_COPY = f"COPY changes ({', '.join(CHANGE_COLUMNS)}) FROM STDIN"
_NULL = "\\N"
_FIELDS = len(CHANGE_COLUMNS)


def _copy_text(first_seq: int, rows: Sequence[tuple[Any, ...]]) -> str | None:
    """The rows in COPY's text format, without escaping: checked changes hold no tab,
    newline, carriage return or backslash (ids, stamps, base64). Counted afterwards, so
    a row that did hold one gives None and goes through psycopg's escaping instead."""
    nulls = 0
    lines = []
    for seq, (change_id, scope, tbl, row_id, col, hlc, base_hlc, device_id, kind,
              ciphertext) in enumerate(rows, first_seq):
        if base_hlc is None:
            base_hlc, nulls = _NULL, nulls + 1
        if ciphertext is None:
            ciphertext, nulls = _NULL, nulls + 1
        lines.append(f"{seq}\t{change_id}\t{scope}\t{tbl}\t{row_id}\t{col}\t{hlc}\t"
                     f"{base_hlc}\t{device_id}\t{kind}\t{ciphertext}\n")
    text = "".join(lines)
    if (text.count("\t") != len(rows) * (_FIELDS - 1) or text.count("\n") != len(rows)
            or "\r" in text or text.count("\\") != nulls):
        return None
    return text


class PostgresStore(Store):
    backend = "postgresql"
    _seq_type = "BIGINT"
    _unique_violation = errors.UniqueViolation

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

    def _append_rows(self, tx: Tx, first_seq: int,
                     rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        with tx.cursor.copy(_COPY) as copy:
            text = _copy_text(first_seq, rows)
            if text is not None:
                copy.write(text)
            else:
                for seq, row in enumerate(rows, first_seq):
                    copy.write_row((seq, *row))

    def _in(self, column: str, values: list[Any]) -> tuple[str, list[Any]]:
        # One array parameter: PostgreSQL plans it once, whatever the batch's size.
        return f"{column} = ANY(?)", [list(values)]

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                break
