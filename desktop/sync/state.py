"""This device's sync settings and progress, kept in the vault's `sync_state` table.

Everything here lives only inside the encrypted vault: the hub's address, this device's token
and the organisation key, which seals every synced value. Each key's value is stored as JSON.
`cursor` is the hub's sequence number up to which this device has applied changes; it is
written in the same transaction as the page that moved it (desktop/sync/incoming.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
import json
from typing import Any

from desktop.store.vault import Vault

_HEX_KEYS = ("org_key",)


@dataclass
class SyncState:
    hub_url: str = ""
    org_id: str = ""
    device_token: str = ""
    org_key: bytes = b""
    key_id: str = ""
    role: str = ""
    teams: list[str] = field(default_factory=list)
    cursor: int = 0
    last_sync_at: str = ""
    last_error: str = ""

    @property
    def has_key(self) -> bool:
        """The organisation key is here: values can be sealed and opened (bundles work)."""
        return bool(self.org_key and self.key_id)

    @property
    def connected(self) -> bool:
        """Joined a hub: the key, the hub's address and this device's token are all here."""
        return self.has_key and bool(self.hub_url and self.device_token)

    def keys(self) -> dict[str, bytes]:
        """The organisation keys by key id, for opening envelopes."""
        return {self.key_id: self.org_key} if self.has_key else {}

    def __repr__(self) -> str:  # never the key or the token, even in a traceback
        return (f"SyncState(hub_url={self.hub_url!r}, org_id={self.org_id!r}, "
                f"key_id={self.key_id!r}, role={self.role!r}, cursor={self.cursor})")


_NAMES = tuple(f.name for f in fields(SyncState))


def _encode(name: str, value: Any) -> str:
    return json.dumps(value.hex() if name in _HEX_KEYS else value)


def _decode(name: str, text: str) -> Any:
    value = json.loads(text)
    return bytes.fromhex(value) if name in _HEX_KEYS else value


def load(vault: Vault) -> SyncState:
    """The saved state; defaults (not connected, cursor 0) for a vault that never synced."""
    with vault.reading() as conn:
        rows = conn.execute("SELECT key, value FROM sync_state").fetchall()
    values = {key: _decode(key, value) for key, value in rows if key in _NAMES}
    return SyncState(**values)


def save(vault: Vault, state: SyncState) -> None:
    """Save every field at once (joining, connecting)."""
    with vault.transaction():
        put(vault, **{name: getattr(state, name) for name in _NAMES})


def put(vault: Vault, **values: Any) -> None:
    """Set some fields. Inside the caller's transaction if there is one (the cursor must go
    with its page); otherwise a transaction of its own."""
    unknown = set(values) - set(_NAMES)
    if unknown:
        raise ValueError(f"sync state has no field(s) {sorted(unknown)}")
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(name, _encode(name, value)) for name, value in values.items()])
