"""Helpers for sync tests: several devices (real vaults) of one organisation.

Not a conftest.py, so the fixtures are imported where used:
`from tests.sync.sync_helpers import make_device, org_key`.
"""

from collections.abc import Callable, Iterator
from pathlib import Path
import secrets

import pytest

from desktop.store.vault import Vault
from desktop.sync import protocol, state

from tests.conftest import FAST_KDF, PASSPHRASE

KEY_ID = "k1a2b3c4"


@pytest.fixture
def org_key() -> bytes:
    return secrets.token_bytes(32)


def connect(vault: Vault, org_key: bytes, *, hub_url: str = "http://hub.test",
            token: str = "", teams: list[str] | None = None,
            role: str = protocol.COORDINATOR) -> Vault:
    """Give a vault the organisation key and a hub, as joining would."""
    state.save(vault, state.SyncState(
        hub_url=hub_url, org_id="org-test", device_token=token or secrets.token_hex(16),
        org_key=org_key, key_id=KEY_ID, role=role,
        teams=teams if teams is not None else [protocol.ALL_TEAMS]))
    return vault


@pytest.fixture
def make_device(tmp_path: Path, org_key: bytes) -> Iterator[Callable[..., Vault]]:
    """make_device("a") -> an open vault of the organisation, closed after the test."""
    opened: list[Vault] = []

    def make(name: str, **kwargs) -> Vault:
        vault, _ = Vault.create(tmp_path / name, f"Linker {name}", PASSPHRASE,
                                organisation="Test Linkers", kdf=FAST_KDF)
        opened.append(vault)
        return connect(vault, org_key, **kwargs)

    yield make
    for vault in opened:
        vault.close()


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
    for tbl in sorted(protocol.SYNCED_TABLES):
        cols = ("id",) + rows.columns(tbl)
        found[tbl] = {row[0]: dict(zip(cols, row)) for row in vault.conn.execute(
            f"SELECT {', '.join(cols)} FROM {tbl}")}
    return found


def conflicts(vault: Vault) -> list[tuple]:
    return vault.conn.execute(
        "SELECT tbl, row_id, col, kept_value, kept_device, other_value, other_device "
        "FROM conflicts ORDER BY id").fetchall()
