"""A real hub process and a misbehaving TCP proxy in front of it, for fault tests.

`HubProcess` runs `offerbook hub serve` on 127.0.0.1 (its own SQLite file) and can stop it
(SIGTERM), kill it (SIGKILL) and start it again on the same file. `FaultProxy` listens on its
own loopback port and passes each connection to the hub — one request per connection, as the
device's client is told to use no keep-alive — unless a fault is planned for it:

    "drop-before"       close the connection before the request reaches the hub
    "drop-reply"        forward the request, let the hub answer (it has committed), close
                        without a word to the device
    "truncate-reply"    send the device only the first half of the hub's answer
    "truncate-request"  send the hub only the first half of the request, then hang up
    "duplicate"         send the request to the hub twice; the device gets the second answer
    "kill-hub"          forward the request and SIGKILL the hub before it can answer
    "restart-hub"       restart the hub, then forward the request

Each request's raw bytes are kept (`requests`), so a test can send an old one again later,
out of order.
"""

from __future__ import annotations

from collections.abc import Callable
import os
from pathlib import Path
import signal
import socket
import subprocess
import sys
import threading

import httpx

from desktop.hub.service import create_admin_token
from desktop.hub.storage import open_store

ANNOUNCE = "offerbook hub: serving on "


class HubProcess:
    def __init__(self, folder: Path):
        self.db = f"sqlite:///{folder / 'hub.db'}"
        store = open_store(self.db)
        try:
            self.admin_token = create_admin_token(store)
        finally:
            store.close()
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.start()

    def start(self) -> None:
        # The same port each time, so a restart looks like one to the proxy and devices.
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "hub", "serve", "--db", self.db,
             "--port", str(self.port)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env=os.environ.copy())
        line = self.process.stdout.readline()  # announced once it accepts connections
        assert line.startswith(ANNOUNCE), line
        self.url = line[len(ANNOUNCE):].split()[0]
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=60)
        if self.process:
            self.process.stdout.close()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()


def _read_message(sock: socket.socket) -> bytes:
    """One HTTP/1.1 message (headers and a Content-Length body) from a socket, or what
    arrived before it closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class FaultProxy:
    def __init__(self, hub: HubProcess):
        self.hub = hub
        self.plan: dict[int, str] = {}  # request number (from 1) -> fault
        self.requests: list[bytes] = []
        self.when: Callable[[bytes], bool] = lambda request: True  # which requests count
        self.counted = 0
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(16)
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.close()

    def faults(self, plan: dict[int, str], when: Callable[[bytes], bool]) -> None:
        """Plan faults for the n-th request that `when` picks (counting from 1)."""
        self.plan, self.when, self.counted = dict(plan), when, 0

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            with client:
                self._one(client)

    def _upstream(self, request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.hub.port), timeout=120) as hub:
            hub.sendall(request)
            return _read_message(hub)

    def _one(self, client: socket.socket) -> None:
        request = _read_message(client)
        if not request:
            return
        self.requests.append(request)
        fault = None
        if self.when(request):
            self.counted += 1
            fault = self.plan.pop(self.counted, None)
        try:
            if fault == "drop-before":
                return
            if fault == "truncate-request":
                with socket.create_connection(("127.0.0.1", self.hub.port)) as hub:
                    hub.sendall(request[:len(request) // 2])
                return
            if fault == "restart-hub":
                self.hub.restart()
            if fault == "kill-hub":
                with socket.create_connection(("127.0.0.1", self.hub.port)) as hub:
                    hub.sendall(request)
                    self.hub.stop(signal.SIGKILL)
                return
            reply = self._upstream(request)
            if fault == "duplicate":
                reply = self._upstream(request)
            if fault == "drop-reply":
                return
            if fault == "truncate-reply":
                reply = reply[:len(reply) // 2]
            client.sendall(reply)
        except OSError:
            return  # the hub is down: the device sees its connection close

    def resend(self, request: bytes) -> httpx.Response:
        """Send raw request bytes again, straight to the hub (a late, reordered duplicate)."""
        reply = self._upstream(request)
        head, _, body = reply.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        return httpx.Response(status, content=body)


def is_path(path: str) -> Callable[[bytes], bool]:
    return lambda request: request.split(b" ", 2)[1] == path.encode()
