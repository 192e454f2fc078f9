"""The hub in process, on both backends: a fresh store per test, a client and tokens.

`hub` talks to the real Starlette app through httpx.ASGITransport; its event loop runs in a
background thread (an anyio blocking portal), so tests stay plain functions and several
threads can make requests at once. Every test that uses `store` runs on SQLite and on
PostgreSQL (a cluster the session starts with initdb/pg_ctl, a fresh database per test).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.hub.app import create_app
from desktop.hub.service import RateLimit, create_admin_token
from desktop.hub.storage import Store, open_store
from desktop.sync import protocol
from tests.hub.helpers import Clock, HubClient, hub_client
from tests.pg import Cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One PostgreSQL cluster for the whole run (started only if a test needs it)."""
    cluster = Cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """The URL of a fresh, empty database on the session's cluster."""
    return pg_cluster.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    store = open_store(store_url)
    yield store
    store.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def enrol_limit() -> RateLimit:
    return RateLimit(calls=1000, per_s=60)


@pytest.fixture
def hub(store: Store, clock: Clock, enrol_limit: RateLimit) -> Iterator[HubClient]:
    with hub_client(create_app(store, clock=clock, enrol_limit=enrol_limit)) as client:
        yield client


@pytest.fixture
def admin_token(store: Store) -> str:
    token = create_admin_token(store)
    assert token is not None
    return token


@pytest.fixture
def coordinator(hub: HubClient, admin_token: str) -> str:
    """A coordinator laptop's device token."""
    reply = hub.post(protocol.ADMIN_COORDINATOR, {"device_id": "coord-1", "name": "Office"},
                     token=admin_token)
    assert reply.status_code == 200, reply.text
    return reply.json()["device_token"]
