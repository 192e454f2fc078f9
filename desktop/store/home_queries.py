"""What the home screen and drop-in mode list: short, bounded reads.

Every list stops at a limit, so the home screen opens as fast with 100,000 people as with 50.
Names come back as stored; the GUI decides how to show them.
"""

from dataclasses import dataclass

from desktop.core.home_items import parse_draft_key
from desktop.store import drafts
from desktop.store.vault import Vault


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    participant_id: str
    full_name: str
    preferred_name: str
    due_on: str
    note: str


@dataclass(frozen=True)
class ConversationRow:
    id: str
    participant_id: str
    full_name: str
    preferred_name: str
    status: str
    started_on: str


@dataclass(frozen=True)
class SeenRow:
    participant_id: str
    full_name: str
    preferred_name: str
    seen_on: str
    how: str  # "drop-in", "conversation" or "note"


@dataclass(frozen=True)
class DraftRow:
    form: str
    kind: str  # see desktop.core.home_items.DRAFT_KINDS, or "other"
    updated_at: str  # UTC, ISO 8601
    target: tuple[str, dict[str, str]] | None  # where to carry on: (screen, ids)
    full_name: str  # whose record it is, when that is known
    preferred_name: str


@dataclass(frozen=True)
class CheckInRow:
    id: str
    participant_id: str
    full_name: str
    preferred_name: str
    site: str
    checked_in_at: str
    checked_out_at: str


# Written so the partial index follow_ups_due (done_on = '' AND deleted = 0) serves it.
_DUE = "f.done_on = '' AND f.deleted = 0 AND f.due_on != '' AND f.due_on <= ?"


def follow_ups_due(vault: Vault, today: str, limit: int = 100) -> tuple[list[FollowUpRow], int]:
    """Follow-ups not yet done and due on or before `today`, oldest first, and how many."""
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT f.id, f.participant_id, p.full_name, p.preferred_name, f.due_on, f.note "
            "FROM follow_ups f JOIN participants p ON p.id = f.participant_id AND p.deleted = 0 "
            f"WHERE {_DUE} ORDER BY f.due_on, f.id LIMIT ?", (today, limit)).fetchall()
        # Counted from the index alone (1 ms, not 50, at 100,000 people): a follow-up of a
        # deleted person would count, but deleting a person deletes their follow-ups too.
        total = conn.execute(f"SELECT count(*) FROM follow_ups f WHERE {_DUE}",
                             (today,)).fetchone()[0]
    return [FollowUpRow(*row) for row in rows], total


def open_conversations(vault: Vault, limit: int = 50) -> list[ConversationRow]:
    """Conversations in progress or paused, the most recently started first."""
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT c.id, c.participant_id, p.full_name, p.preferred_name, c.status, "
            "c.started_on FROM conversations c "
            "JOIN participants p ON p.id = c.participant_id AND p.deleted = 0 "
            "WHERE c.deleted = 0 AND c.status IN ('in-progress', 'paused') "
            "ORDER BY c.started_on DESC LIMIT ?", (limit,)).fetchall()
    return [ConversationRow(*row) for row in rows]


def recently_seen(vault: Vault, today: str, limit: int = 12) -> list[SeenRow]:
    """People by the latest day they were seen: at a drop-in, in a conversation, or in a note.

    Each source is cut to its own newest rows first, so nothing groups a whole large table;
    notes come by primary key (UUIDv7 ids sort by time). The WHERE and ORDER BY clauses match
    the indexes conversations_seen and attendance_checked_in word for word, which is what lets
    SQLite read just the newest few entries instead of every row.
    """
    wanted = limit * 4  # one person may fill several of a source's newest rows
    sql = f"""
        WITH seen (participant_id, seen_on, how) AS (
            SELECT * FROM (SELECT participant_id, substr(checked_in_at, 1, 10), 'drop-in'
                           FROM attendance WHERE deleted = 0 AND checked_in_at != ''
                           AND checked_in_at <= :today_end
                           ORDER BY checked_in_at DESC LIMIT {wanted})
            UNION ALL
            SELECT * FROM (SELECT participant_id, max(started_on, completed_on), 'conversation'
                           FROM conversations WHERE deleted = 0 AND started_on != ''
                           AND max(started_on, completed_on) <= :today
                           ORDER BY max(started_on, completed_on) DESC LIMIT {wanted})
            UNION ALL
            SELECT * FROM (SELECT participant_id, substr(created_at, 1, 10), 'note'
                           FROM notes WHERE deleted = 0 ORDER BY id DESC LIMIT {wanted})
        ), latest AS (
            SELECT participant_id, max(seen_on) AS seen_on FROM seen GROUP BY participant_id
        )
        SELECT l.participant_id, p.full_name, p.preferred_name, l.seen_on,
               (SELECT how FROM seen s WHERE s.participant_id = l.participant_id
                AND s.seen_on = l.seen_on LIMIT 1)
        FROM latest l JOIN participants p ON p.id = l.participant_id AND p.deleted = 0
        ORDER BY l.seen_on DESC, p.full_name LIMIT :limit"""
    with vault.reading() as conn:
        rows = conn.execute(sql, {"today": today, "today_end": today + "\uffff",
                                  "limit": limit}).fetchall()
    return [SeenRow(*row) for row in rows]


def check_ins_on(vault: Vault, day: str) -> list[CheckInRow]:
    """Everyone checked in on `day` (YYYY-MM-DD, local), the latest first."""
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT a.id, a.participant_id, p.full_name, p.preferred_name, a.site, "
            "a.checked_in_at, a.checked_out_at FROM attendance a "
            "JOIN participants p ON p.id = a.participant_id AND p.deleted = 0 "
            "WHERE a.deleted = 0 AND a.checked_in_at >= ? AND a.checked_in_at < ? "
            "ORDER BY a.checked_in_at DESC, a.id DESC", (day, day + "\uffff")).fetchall()
    return [CheckInRow(*row) for row in rows]


def recent_sites(vault: Vault, limit: int = 200) -> list[str]:
    """Drop-in sites used lately, most recent first, each once."""
    with vault.reading() as conn:
        rows = conn.execute("SELECT site FROM attendance WHERE deleted = 0 AND site != '' "
                            "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return list(dict.fromkeys(site for (site,) in rows))


_SCREEN_OF = {"offer": ("offer", "offers", "offer_id"),
              "request": ("request", "requests", "request_id"),
              "conversation": ("conversation", "conversations", "conversation_id")}


def draft_target(vault: Vault, form: str) -> tuple[str, dict[str, str]] | None:
    """Where to go to carry on with a draft: (screen name, ids), or None if nowhere fits."""
    kind, record_id, participant_id = parse_draft_key(form)
    if kind == "participant":
        return ("person", {"participant_id": record_id}) if record_id else ("people", {})
    if kind == "hours":
        return "dropin", {}
    if kind not in _SCREEN_OF:
        return None
    screen, table, id_arg = _SCREEN_OF[kind]
    if record_id:
        with vault.reading() as conn:
            row = conn.execute(f"SELECT participant_id FROM {table} WHERE id = ? AND deleted = 0",
                               (record_id,)).fetchone()
        if row is None:
            return None
        return screen, {"participant_id": row[0], id_arg: record_id}
    return (screen, {"participant_id": participant_id}) if participant_id else None


def drafts_waiting(vault: Vault) -> list[DraftRow]:
    """Every unsaved draft, newest first, with where to carry on and whose it is."""
    found = []
    for form, updated_at in drafts.pending(vault):
        kind, _record_id, participant_id = parse_draft_key(form)
        target = draft_target(vault, form)
        if target is not None:
            participant_id = target[1].get("participant_id", participant_id)
        names = ("", "")
        if participant_id:
            with vault.reading() as conn:
                names = conn.execute("SELECT full_name, preferred_name FROM participants "
                                     "WHERE id = ? AND deleted = 0",
                                     (participant_id,)).fetchone() or ("", "")
        found.append(DraftRow(form, kind, updated_at, target, *names))
    return found
