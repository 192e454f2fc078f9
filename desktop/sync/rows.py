"""What sync needs to know about a record row: its columns, their clocks, who wrote them and
which scope (team or shared directory) the record travels in.

A row's `field_hlc` is JSON {column: stamp} once any column was written on its own; while it is
NULL every column has the row's `updated_hlc` (desktop/store/migrations/0001_records.sql).
Rows that sync creates carry a full `field_hlc`, with the zero stamp for columns not received
yet, so that any real write wins over them.
"""

from __future__ import annotations

from functools import cache
import json
import sqlite3
from typing import Any

from desktop.core import models
from desktop.core.hlc import ZERO
from desktop.sync import protocol

ZERO_STAMP = str(ZERO)

# The directory everyone sees; every other table belongs to a participant's team.
SHARED_TABLES = frozenset({"teams", "staff", "organisations", "opportunities"})
# Tables whose records are about one participant, and the column that names them.
PARTICIPANT_LINK = {
    "consents": "participant_id", "conversations": "participant_id", "gifts": "participant_id",
    "offers": "participant_id", "requests": "participant_id", "follow_ups": "participant_id",
    "wellbeing": "participant_id", "attendance": "participant_id", "notes": "participant_id",
    "exchanges": "giver_id"}
APPEND_ONLY = frozenset({"notes"})
# Records that go when what they point at is erased (erasure.records_about): an introduction
# goes with either side's offer or request.
ERASED_WITH = {"introductions": (("offers", "offer_id"), ("requests", "request_id"))}


@cache
def columns(tbl: str) -> tuple[str, ...]:
    """The columns that travel as changes: created_at, the tombstone and the data fields."""
    return ("created_at", "deleted") + models.RECORD_BY_TABLE[tbl].data_fields()


@cache
def new_record_columns(tbl: str) -> tuple[str, ...]:
    """What a new record's outbox entry ("*") stands for: its data fields and created_at. Its
    tombstone is not sent: a record is born undeleted, which is also the default on arrival."""
    return ("created_at",) + models.RECORD_BY_TABLE[tbl].data_fields()


def clocks(tbl: str, row: dict[str, Any]) -> dict[str, str]:
    """Every synced column's clock stamp."""
    stored = json.loads(row["field_hlc"]) if row["field_hlc"] else {}
    return {col: stored.get(col, row["updated_hlc"]) for col in columns(tbl)}


def fetch(conn: sqlite3.Connection, tbl: str, row_id: str) -> dict[str, Any] | None:
    """A record row as a dict, or None."""
    cursor = conn.execute(f"SELECT * FROM {tbl} WHERE id = ?", (row_id,))
    found = cursor.fetchone()
    if found is None:
        return None
    return dict(zip((d[0] for d in cursor.description), found))


def versions(conn: sqlite3.Connection, tbl: str, row_id: str
             ) -> dict[str, tuple[str, str, str | None]]:
    """The field_versions of a record: {column: (hlc, device_id, base_hlc)}."""
    return {col: (hlc, device, base) for col, hlc, device, base in conn.execute(
        "SELECT col, hlc, device_id, base_hlc FROM field_versions WHERE tbl = ? AND row_id = ?",
        (tbl, row_id))}


def participant_of(conn: sqlite3.Connection, tbl: str, row: dict[str, Any]) -> str | None:
    """The participant a record belongs to, if any. An introduction belongs to the person who
    made the offer, whatever team the other side is in; never to the person who asked, even
    when the offer is not on this laptop (then None: its team cannot be told from here)."""
    if tbl == "participants":
        return row["id"]
    link = PARTICIPANT_LINK.get(tbl)
    if link:
        return row[link] or None
    if tbl == "introductions":
        return _owner(conn, "offers", row["offer_id"])
    return None


def people_of(conn: sqlite3.Connection, tbl: str, row: dict[str, Any]) -> set[str]:
    """Every participant a record is about: who it belongs to, and the person on the other
    side (an introduction's person who asked, an exchange's receiver)."""
    people = {participant_of(conn, tbl, row)}
    if tbl == "introductions":
        people.add(_owner(conn, "requests", row["request_id"]))
    elif tbl == "exchanges":
        people.add(row["receiver_id"])
    return {person for person in people if person}


def _owner(conn: sqlite3.Connection, tbl: str, row_id: str | None) -> str | None:
    if not row_id:
        return None
    found = conn.execute(f"SELECT participant_id FROM {tbl} WHERE id = ?", (row_id,)).fetchone()
    return found[0] if found and found[0] else None


def scope_of(conn: sqlite3.Connection, tbl: str, row: dict[str, Any]) -> str:
    """The scope a record's changes travel in: "shared", or its participant's team."""
    if tbl in SHARED_TABLES:
        return protocol.SHARED
    if tbl == "participants":
        return protocol.scope_of_team(row["team_id"])
    person = participant_of(conn, tbl, row)
    team = None
    if person:
        found = conn.execute("SELECT team_id FROM participants WHERE id = ?",
                             (person,)).fetchone()
        team = found[0] if found else None
    return protocol.scope_of_team(team)
