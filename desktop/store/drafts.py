"""Drafts: what a form holds before it is saved, kept in the vault as it is typed.

A draft is written on every change (about a millisecond), so killing the app between two key
presses loses at most the last one. Drafts are per device and per staff member; saving the form
for real deletes its draft.
"""

import json
from typing import Any

from desktop.core.ids import utc_now
from desktop.store.vault import Vault


def _owner(vault: Vault) -> str:
    return vault.staff_id or ""  # "" when unlocked with the recovery key


def save(vault: Vault, form: str, payload: dict[str, Any]) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO drafts (form, staff_id, payload, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (form, staff_id) DO UPDATE SET "
            "payload = excluded.payload, updated_at = excluded.updated_at",
            (form, _owner(vault), json.dumps(payload, ensure_ascii=False), utc_now()))


def load(vault: Vault, form: str) -> dict[str, Any] | None:
    with vault.reading() as conn:
        row = conn.execute("SELECT payload FROM drafts WHERE form = ? AND staff_id = ?",
                           (form, _owner(vault))).fetchone()
    return json.loads(row[0]) if row else None


def discard(vault: Vault, form: str) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM drafts WHERE form = ? AND staff_id = ?", (form, _owner(vault)))


def pending(vault: Vault) -> list[tuple[str, str]]:
    """(form, updated_at) of this staff member's drafts, newest first: home lists them."""
    with vault.reading() as conn:
        return conn.execute(
            "SELECT form, updated_at FROM drafts WHERE staff_id = ? ORDER BY updated_at DESC",
            (_owner(vault),)).fetchall()


def save_place(vault: Vault, state: dict[str, Any]) -> None:
    """Where the signed-in user is in the app (screen and record ids, never typed text)."""
    if vault.staff_id is None:
        return
    with vault.transaction() as conn:
        conn.execute("INSERT INTO ui_state (staff_id, state) VALUES (?, ?) ON CONFLICT "
                     "(staff_id) DO UPDATE SET state = excluded.state",
                     (vault.staff_id, json.dumps(state)))


def load_place(vault: Vault) -> dict[str, Any] | None:
    with vault.reading() as conn:
        row = conn.execute("SELECT state FROM ui_state WHERE staff_id = ?",
                           (vault.staff_id,)).fetchone()
    return json.loads(row[0]) if row else None
