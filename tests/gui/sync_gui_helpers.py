"""Helpers for the sync GUI tests: a real hub served by uvicorn on 127.0.0.1 in a thread, and
linkers' laptops joined the way the GUI joins them.

The fixtures built on these (`live_hub`, `laptop`, `english`, `messages`) are in conftest.py.
"""

from collections.abc import Callable
from dataclasses import dataclass
import socket
import threading

import uvicorn

from desktop.hub.app import create_app
from desktop.hub.storage import Store
from desktop.store.vault import Vault


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


def join_linker(make_laptop: Callable[..., Vault], coordinator: Vault, name: str,
                teams: list[str]) -> Vault:
    """A linker's laptop enrolled by `coordinator` for `teams` (names), joined as the CLI
    would: the same desktop.sync.devices calls the GUI makes."""
    from desktop.sync import devices
    code = devices.enrol_device(coordinator, teams, label=name)
    linker = make_laptop(name, staff=f"Linker {name}")
    devices.join(linker, code.text(), name=name)
    return linker

