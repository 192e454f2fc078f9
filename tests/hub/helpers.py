"""Helpers for the hub's tests: a blocking client over the in-process app, a clock the
tests can move, enrolment and change factories."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
import itertools
import os
import time
from typing import Any

from anyio.from_thread import start_blocking_portal
import httpx

from desktop.core.hlc import Stamp
from desktop.hub import tokens
from desktop.sync import protocol

VERSIONS = protocol.versions()


class Clock:
    """The hub's clock, real time unless a test moves it."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def ms(self) -> int:
        return int(self() * 1000)


class HubClient:
    """Blocking calls to the in-process hub. Each returns the httpx.Response."""

    def __init__(self, portal, client: httpx.AsyncClient):
        self._portal, self._client = portal, client

    def request(self, method: str, path: str, *, token: str | None = None,
                **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return self._portal.call(lambda: self._client.request(method, path, headers=headers,
                                                              **kwargs))

    def post(self, path: str, body: dict | None = None, *, token: str | None = None,
             **kwargs: Any) -> httpx.Response:
        if body is not None:
            kwargs["json"] = {"protocol": VERSIONS, **body}
        return self.request("POST", path, token=token, **kwargs)

    def get(self, path: str, *, token: str | None = None) -> httpx.Response:
        return self.request("GET", path, token=token)

    def push(self, token: str, changes: list[dict], path: str = protocol.PUSH) -> httpx.Response:
        return self.post(path, {"changes": changes}, token=token)

    def pull_all(self, token: str, after: int = 0, limit: int = 100) -> tuple[list[dict], int]:
        """Every change after `after`, page by page; (changes, final cursor)."""
        changes = []
        while True:
            reply = self.post(protocol.PULL, {"after": after, "limit": limit}, token=token)
            assert reply.status_code == 200, reply.text
            page = reply.json()
            changes += page["changes"]
            assert page["next"] >= after
            after = page["next"]
            if not page["more"]:
                return changes, after


@contextmanager
def hub_client(app) -> Iterator[HubClient]:
    """A blocking client for an ASGI app, its event loop in a background thread."""
    with start_blocking_portal() as portal:
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                   base_url="http://hub.test")
        try:
            yield HubClient(portal, client)
        finally:
            portal.call(client.aclose)


_enrolments = itertools.count(1)


def make_enrolment(hub: HubClient, coordinator: str, teams: list[str], *,
                   role: str = protocol.LINKER, expires_in_s: int = 3600
                   ) -> tuple[str, str]:
    """A one-time code made by the coordinator: (enrolment_id, proof)."""
    enrolment_id, proof = f"enr-{next(_enrolments)}", tokens.new_token()
    reply = hub.post(protocol.ENROLMENTS, {
        "enrolment_id": enrolment_id, "proof_sha256": tokens.digest(proof),
        "wrapped_key": base64.b64encode(os.urandom(60)).decode(), "teams": teams,
        "role": role, "label": "field laptop", "expires_in_s": expires_in_s},
        token=coordinator)
    assert reply.status_code == 200, reply.text
    return enrolment_id, proof


def enrol(hub: HubClient, enrolment: tuple[str, str], device_id: str) -> httpx.Response:
    return hub.post(protocol.ENROL, {"enrolment_id": enrolment[0], "proof": enrolment[1],
                                     "device_id": device_id, "name": "Laptop"})


def linker(hub: HubClient, coordinator: str, device_id: str, teams: list[str]) -> str:
    """A linker laptop enrolled in `teams`; its device token."""
    reply = enrol(hub, make_enrolment(hub, coordinator, teams), device_id)
    assert reply.status_code == 200, reply.text
    return reply.json()["device_token"]


_changes = itertools.count(1)


def change(*, scope: str = protocol.SHARED, tbl: str = "offers", row_id: str = "rec-1",
           col: str = "title", wall_ms: int | None = None, device_id: str = "dev-1",
           ciphertext: str | None = None, kind: str = protocol.SET,
           change_id: str | None = None) -> dict:
    """One change in wire form; a random sealed-looking value unless given."""
    wall_ms = int(time.time() * 1000) if wall_ms is None else wall_ms
    erase = kind == protocol.ERASE_KIND
    return {"change_id": change_id or f"ch-{next(_changes)}", "scope": scope, "tbl": tbl,
            "row_id": row_id, "col": "" if erase else col,
            "hlc": str(Stamp(wall_ms, 0)), "base_hlc": None, "device_id": device_id,
            "kind": kind,
            "ciphertext": None if erase else (ciphertext or
                                              base64.b64encode(os.urandom(40)).decode())}


def erasure(**kwargs: Any) -> dict:
    return change(kind=protocol.ERASE_KIND, **kwargs)


def error_of(reply: httpx.Response) -> str:
    body = reply.json()
    assert body["protocol"] == VERSIONS
    return body["error"]["code"]
