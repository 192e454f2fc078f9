"""Helpers for sync tests: several devices (real vaults) of one organisation.

The fixtures built on these (`org_key`, `make_device`) are in conftest.py.
"""

import secrets

from desktop.store.vault import Vault
from desktop.sync import protocol, state

KEY_ID = "k1a2b3c4"


def connect(vault: Vault, org_key: bytes, *, hub_url: str = "http://hub.test",
            token: str = "", teams: list[str] | None = None,
            role: str = protocol.COORDINATOR) -> Vault:
    """Give a vault the organisation key and a hub, as joining would."""
    state.save(vault, state.SyncState(
        hub_url=hub_url, org_id="org-test", device_token=token or secrets.token_hex(16),
        org_key=org_key, key_id=KEY_ID, role=role,
        teams=teams if teams is not None else [protocol.ALL_TEAMS]))
    return vault


def pending_changes(vault: Vault) -> list[protocol.Change]:
    """Every change the vault's outbox would push now (nothing is removed)."""
    from desktop.sync import outgoing
    st = state.load(vault)
    return [change for batch in outgoing.batches(vault, st) for change in batch.changes]


def push_all(vault: Vault, log: list[protocol.Change]) -> list[protocol.Change]:
    """Push the outbox into `log` (a list standing in for the hub), as if the hub stored
    everything; returns what was sent."""
    from desktop.sync import outgoing
    st, sent = state.load(vault), []
    while (batch := outgoing.build_batch(vault, st)):
        known = {change.change_id for change in log}
        log += [change for change in batch.changes if change.change_id not in known]
        outgoing.finish(vault, batch, {c.change_id: "stored" for c in batch.changes})
        sent += batch.changes
    return sent


def apply_all(vault: Vault, changes: list[protocol.Change]):
    """Merge changes into a vault as a pulled page."""
    from desktop.sync import incoming
    opened = incoming.open_all(state.load(vault).keys(), changes)
    return incoming.apply(vault, opened)


def replica(vault: Vault) -> dict[str, dict[str, dict]]:
    """Every synced table's records as {table: {id: {column: value}}}: values and tombstones,
    without the clocks (which legitimately differ between replicas)."""
    from desktop.sync import rows
    found: dict[str, dict[str, dict]] = {}
    with vault.reading() as conn:
        for tbl in sorted(protocol.SYNCED_TABLES):
            cols = ("id",) + rows.columns(tbl)
            found[tbl] = {row[0]: dict(zip(cols, row)) for row in conn.execute(
                f"SELECT {', '.join(cols)} FROM {tbl}")}
    return found


def conflicts(vault: Vault) -> list[tuple]:
    with vault.reading() as conn:
        return conn.execute(
            "SELECT tbl, row_id, col, kept_value, kept_device, other_value, other_device "
            "FROM conflicts ORDER BY id").fetchall()
