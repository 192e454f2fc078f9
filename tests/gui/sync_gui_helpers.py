"""Fixtures for the sync GUI tests: a real hub served by uvicorn on 127.0.0.1 in a thread, and
laptops (real vaults) connected to it the way the GUI connects them.

Not a conftest.py (other GUI tests must not pay for a hub); test modules import the fixtures
they use from here.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
import socket
import threading

import pytest
import uvicorn

from desktop.hub.app import create_app
from desktop.hub.service import create_admin_token
from desktop.hub.storage import Store, open_store
from desktop.store.vault import Vault
from desktop.gui.common.messages import Messages
from tests.conftest import FAST_KDF, PASSPHRASE


@dataclass
class LiveHub:
    url: str
    store: Store
    admin_token: str
    server: uvicorn.Server
    thread: threading.Thread
    sock: socket.socket

    def stop(self) -> None:
        """Shut the hub down and close its port: laptops then find no one there."""
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


def serve(store: Store) -> tuple[uvicorn.Server, threading.Thread, socket.socket, str]:
    """Start the hub's app on a free loopback port. The socket listens before the thread
    starts, so a client connecting at once waits in the backlog instead of being refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning",
                                           lifespan="off", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    return server, thread, sock, f"http://127.0.0.1:{port}"


@pytest.fixture
def live_hub(tmp_path: Path) -> Iterator[LiveHub]:
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


@pytest.fixture
def messages() -> Iterator[type[Messages]]:
    """Prompts recorded instead of shown; `Messages.next_answer` answers them."""
    saved = (Messages.record_only, Messages.shown, Messages.next_answer)
    Messages.record_only, Messages.shown, Messages.next_answer = True, [], True
    yield Messages
    Messages.record_only, Messages.shown, Messages.next_answer = saved


def join_linker(make_laptop: Callable[..., Vault], coordinator: Vault, name: str,
                teams: list[str]) -> Vault:
    """A linker's laptop enrolled by `coordinator` for `teams` (names), joined as the CLI
    would: the same desktop.sync.devices calls the GUI makes."""
    from desktop.sync import devices
    code = devices.enrol_device(coordinator, teams, label=name)
    linker = make_laptop(name, staff=f"Linker {name}")
    devices.join(linker, code.text(), name=name)
    return linker


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """English plural forms ("1 change", "3 changes") come from the English translation."""
    from desktop.gui.common import i18n
    assert i18n.install("en")
    yield
    i18n.uninstall()
