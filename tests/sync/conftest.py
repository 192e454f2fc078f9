"""Fixtures for the sync tests: an organisation key, devices (real vaults) that hold it, and
an in-process hub with laptops joined to it (a module may define its own `hub`).

Plain helpers (connecting a vault, pushing and merging changes, reading replicas) are in
sync_helpers.py.
"""

from collections.abc import Callable, Iterator
from pathlib import Path
import secrets

import pytest

from desktop.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.hub_helpers import LocalHub
from tests.sync.sync_helpers import connect


@pytest.fixture
def org_key() -> bytes:
    return secrets.token_bytes(32)


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


@pytest.fixture
def hub(tmp_path: Path, org_key: bytes) -> Iterator[LocalHub]:
    """The hub app in process, with its own database."""
    hub = LocalHub(tmp_path, org_key)
    yield hub
    hub.close()


@pytest.fixture
def devices(tmp_path: Path, hub: LocalHub) -> Iterator[Callable[..., Vault]]:
    """devices("a", **join options) -> a new vault joined to `hub`, closed after the test."""
    opened: list[Vault] = []

    def make(name: str, **kwargs) -> Vault:
        vault, _ = Vault.create(tmp_path / name, f"Linker {name}", PASSPHRASE, kdf=FAST_KDF)
        opened.append(vault)
        return hub.join(vault, **kwargs)

    yield make
    for vault in opened:
        vault.close()
