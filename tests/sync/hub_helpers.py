"""The real hub in process for device-side tests, and a transport that can misbehave.

`LocalHub` runs desktop.hub.app.create_app over a SQLite store in a temporary folder. Devices
reach it through `BridgeTransport`: a blocking httpx transport that hands each request to
httpx.ASGITransport on an event loop in a background thread (an anyio blocking portal), so the
device code under test uses its ordinary blocking `HubClient`. The bridge can drop a request
before it reaches the hub, or drop the hub's answer after the hub has committed, which is
what a flaky connection does.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
import secrets

from anyio.from_thread import start_blocking_portal
import httpx

from desktop.hub.app import create_app
from desktop.hub.service import RateLimit, create_admin_token
from desktop.hub.storage import open_store
from desktop.store.vault import Vault
from desktop.sync import protocol, state
from desktop.sync.client import HubClient

HUB_URL = "http://127.0.0.1:8470"
KEY_ID = "k1a2b3c4"


class BridgeTransport(httpx.BaseTransport):
    """Blocking requests into the in-process ASGI app. `before(request)` and
    `after(request, response)` may raise to stand for a dropped connection."""

    def __init__(self, hub: LocalHub):
        self.hub = hub
        self.before: Callable[[httpx.Request], None] | None = None
        self.after: Callable[[httpx.Request, httpx.Response], None] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        if self.before:
            self.before(request)

        async def call() -> httpx.Response:
            inner = httpx.Request(request.method, request.url, headers=request.headers,
                                  content=body)
            response = await self.hub.asgi.handle_async_request(inner)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers,
                                  content=content, request=request)

        response = self.hub.portal.call(call)
        if self.after:
            self.after(request, response)
        return response


class LocalHub:
    def __init__(self, folder: Path, org_key: bytes):
        self.folder = folder
        self.org_key = org_key
        self.store = open_store(f"sqlite:///{folder / 'hub.db'}")
        self.admin_token = create_admin_token(self.store)
        self.app = create_app(self.store, enrol_limit=RateLimit(calls=1000, per_s=60))
        self.asgi = httpx.ASGITransport(app=self.app)
        self._stack = ExitStack()
        self.portal = self._stack.enter_context(start_blocking_portal())
        self.tokens: dict[str, str] = {}
        # The organisation's office laptop, connected with the admin token while the log is
        # empty (afterwards the hub sends new coordinators to a coordinator for a code).
        self.office_token = self.admin(protocol.ADMIN_COORDINATOR,
                                       {"device_id": "office-laptop",
                                        "name": "Office"})["device_token"]

    def close(self) -> None:
        self._stack.close()
        self.store.close()

    def admin(self, path: str, body: dict) -> dict:
        with HubClient(HUB_URL, self.admin_token, transport=BridgeTransport(self)) as client:
            return client._call("POST", path, body)

    def as_office(self, path: str, body: dict) -> dict:
        """A call made by the organisation's office laptop (a coordinator)."""
        with HubClient(HUB_URL, self.office_token,
                       transport=BridgeTransport(self)) as client:
            return client._call("POST", path, body)

    def join(self, vault: Vault, *, role: str = protocol.COORDINATOR,
             teams: list[str] | None = None) -> Vault:
        """Enrol a vault's device as a coordinator (admin token) or as a team's linker (an
        enrolment made by a coordinator), and save its sync state as joining would."""
        reply = self._enrol(vault, role, teams or [])
        self.tokens[vault.device_id] = reply["device_token"]
        state.save(vault, state.SyncState(
            hub_url=HUB_URL, org_id=reply["org_id"], device_token=reply["device_token"],
            org_key=self.org_key, key_id=KEY_ID, role=reply["role"], teams=reply["teams"]))
        return vault

    def _enrol(self, vault: Vault, role: str, teams: list[str]) -> dict:
        import hashlib
        enrolment_id, proof = secrets.token_hex(16), secrets.token_hex(32)
        with HubClient(HUB_URL, self.office_token,
                       transport=BridgeTransport(self)) as client:
            client._call("POST", protocol.ENROLMENTS, {
                "enrolment_id": enrolment_id,
                "proof_sha256": hashlib.sha256(proof.encode()).hexdigest(),
                "wrapped_key": "unused", "teams": teams, "role": role,
                "label": "", "expires_in_s": 3600})
            return client._call("POST", protocol.ENROL, {
                "enrolment_id": enrolment_id, "proof": proof,
                "device_id": vault.device_id, "name": "Linker"})

    def client(self, vault: Vault, transport: BridgeTransport | None = None) -> HubClient:
        return HubClient(HUB_URL, self.tokens[vault.device_id],
                         transport=transport or BridgeTransport(self))

    def log(self) -> list[dict]:
        """Every change the hub holds, in order, as a coordinator pulls them."""
        changes, after = [], 0
        with HubClient(HUB_URL, self.office_token,
                       transport=BridgeTransport(self)) as client:
            while True:
                page = client.pull(after, protocol.MAX_PAGE)
                changes += [c.wire() for c in page.changes]
                after = page.next
                if not page.more:
                    return changes
