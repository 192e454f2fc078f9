"""Fixtures for the GUI tests: prompts recorded instead of shown, English plural forms, and for
the sync screens a real hub on loopback and laptops (real vaults) connected to it.

A fixture costs only the tests that ask for it: GUI tests that never name `live_hub` start no
hub. Plain helpers (the hub server, `join_linker`) stay in sync_gui_helpers.py.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.hub.service import create_admin_token
from desktop.hub.storage import open_store
from desktop.store.vault import Vault
from desktop.gui.common.messages import Messages
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.sync_gui_helpers import LiveHub, serve


@pytest.fixture
def messages(monkeypatch) -> type[Messages]:
    """Every prompt recorded instead of shown, for one test.

    Prompts go to `messages.shown` (and PDFs sent to print to `messages.printed`), both empty
    at the start; `ask`, `print_document` and the erase dialog answer `messages.next_answer`
    (True), `ask_save_path` answers `messages.next_path` (None: cancelled). A test may set
    any of these; all are put back afterwards."""
    monkeypatch.setattr(Messages, "record_only", True)
    monkeypatch.setattr(Messages, "shown", [])
    monkeypatch.setattr(Messages, "printed", [])
    monkeypatch.setattr(Messages, "next_answer", True)
    monkeypatch.setattr(Messages, "next_path", None)
    return Messages


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """English plural forms ("1 change", "3 changes") come from the English translation."""
    from desktop.gui.common import i18n
    assert i18n.install("en")
    yield
    i18n.uninstall()


@pytest.fixture
def live_hub(tmp_path: Path) -> Iterator[LiveHub]:
    """A real hub (SQLite) served by uvicorn on 127.0.0.1 in a thread, stopped afterwards."""
    store = open_store(f"sqlite:///{tmp_path / 'hub.db'}")
    server, thread, sock, url = serve(store)
    token = create_admin_token(store)
    assert token is not None
    hub = LiveHub(url, store, token, server, thread, sock)
    yield hub
    hub.stop()
    store.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Callable[[str], Vault]]:
    """laptop("north") -> a fresh open vault (closed after the test)."""
    opened: list[Vault] = []

    def make(name: str, staff: str = "Test Coordinator") -> Vault:
        vault, _key = Vault.create(tmp_path / f"laptop-{name}", staff, PASSPHRASE,
                                   organisation="Test Linkers", kdf=FAST_KDF)
        opened.append(vault)
        return vault

    yield make
    for vault in opened:
        vault.close()
