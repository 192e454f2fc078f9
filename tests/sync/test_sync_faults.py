"""Faults between laptops and a real hub (`offerbook hub serve`, uvicorn on 127.0.0.1): requests
dropped, answers lost after the hub committed, duplicated and reordered requests, truncated
bodies, the hub restarted in the middle of a pull and SIGKILLed in the middle of a push. After
each, syncing again converges and the hub holds every change exactly once."""

from __future__ import annotations

import json

import httpx
import pytest

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync import client as sync_client, protocol, state
from desktop.sync.errors import HubUnreachable
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.fault_proxy import FaultProxy, HubProcess, is_path
from tests.sync.sync_helpers import replica

KEY_ID = "k1a2b3c4"


@pytest.fixture
def hub(tmp_path):
    process = HubProcess(tmp_path)
    yield process
    process.stop()


@pytest.fixture
def proxy(hub):
    proxy = FaultProxy(hub)
    yield proxy
    proxy.close()


@pytest.fixture
def laptops(tmp_path, hub, proxy, org_key):
    """Two coordinators' laptops whose hub address is the proxy's."""
    opened = []
    for name in ("a", "b"):
        vault, _ = Vault.create(tmp_path / name, name, PASSPHRASE, kdf=FAST_KDF)
        opened.append(vault)
        with httpx.Client(base_url=hub.url, timeout=30) as admin:
            reply = admin.post(protocol.ADMIN_COORDINATOR,
                               headers={"Authorization": f"Bearer {hub.admin_token}"},
                               json={"protocol": protocol.versions(),
                                     "device_id": vault.device_id, "name": name}).json()
        state.save(vault, state.SyncState(
            hub_url=proxy.url, org_id=reply["org_id"], device_token=reply["device_token"],
            org_key=org_key, key_id=KEY_ID, role=reply["role"], teams=reply["teams"]))
    yield opened
    for vault in opened:
        vault.close()


def sync(vault):
    """One sync over a fresh connection per request (so the proxy sees one per connection)."""
    saved = state.load(vault)
    transport = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    with sync_client.HubClient(saved.hub_url, saved.device_token, timeout=60,
                               transport=transport) as link:
        return sync_client.sync(vault, link)


def hub_log(hub, vault) -> list[dict]:
    saved = state.load(vault)
    with sync_client.HubClient(hub.url, saved.device_token) as link:
        changes, after = [], 0
        while True:
            page = link.pull(after, protocol.MAX_PAGE)
            changes += [c.wire() for c in page.changes]
            after = page.next
            if not page.more:
                return changes


def people(vault, count, prefix="Person"):
    Records(vault).add_many(models.Participant(full_name=f"{prefix} {n}", phone=f"0{n:010d}")
                            for n in range(count))


def converge(hub, a, b):
    """Everyone syncs twice; the replicas agree, nothing waits, the hub holds each change
    once and every change either laptop made."""
    for _ in range(2):
        sync(a)
        sync(b)
    assert replica(a) == replica(b)
    assert sync_client.waiting(a) == sync_client.waiting(b) == 0
    log = hub_log(hub, a)
    ids = [c["change_id"] for c in log]
    assert len(ids) == len(set(ids))
    return log


def test_a_request_dropped_before_the_hub_loses_nothing(hub, proxy, laptops):
    a, b = laptops
    people(a, 5)
    proxy.faults({1: "drop-before"}, is_path(protocol.PUSH))
    with pytest.raises(HubUnreachable, match="dropped before its answer"):
        sync(a)
    assert hub_log(hub, a) == [] and sync_client.waiting(a) > 0
    converge(hub, a, b)
    assert len(replica(b)["participants"]) == 5


def test_an_answer_lost_after_the_hub_committed_is_a_duplicate_next_time(hub, proxy, laptops):
    a, b = laptops
    people(a, 5)
    proxy.faults({1: "drop-reply"}, is_path(protocol.PUSH))
    with pytest.raises(HubUnreachable):
        sync(a)
    stored = hub_log(hub, a)
    assert stored and sync_client.waiting(a) > 0  # the hub has it; a does not know yet
    report = sync(a)
    assert report.pushed >= len(stored) and report.waiting == 0
    log = converge(hub, a, b)
    assert [c["change_id"] for c in log][:len(stored)] == [c["change_id"] for c in stored]


def test_duplicated_and_reordered_requests_change_nothing(hub, proxy, laptops):
    a, b = laptops
    people(a, 3)
    proxy.faults({1: "duplicate"}, is_path(protocol.PUSH))
    sync(a)  # the hub saw the batch twice; a got the second answer, all duplicates
    first_push = next(r for r in proxy.requests if b" /v1/push " in r)
    person = Records(a).find(models.Participant)[0]
    Records(a).update(models.Participant, person.id, phone="07700 900123")
    sync(a)
    before = hub_log(hub, a)
    late = proxy.resend(first_push)  # the first push again, after a later one
    assert late.status_code == 200
    assert {r["status"] for r in late.json()["results"]} == {"duplicate"}
    assert hub_log(hub, a) == before
    converge(hub, a, b)
    assert Records(b).get(models.Participant, person.id).phone == "07700 900123"


def test_a_truncated_answer_applies_nothing_and_the_next_sync_carries_on(hub, proxy, laptops):
    a, b = laptops
    people(a, 5)
    sync(a)
    proxy.faults({1: "truncate-reply"}, is_path(protocol.PULL))
    with pytest.raises(HubUnreachable):
        sync(b)
    assert state.load(b).cursor == 0 and replica(b)["participants"] == {}
    converge(hub, a, b)


def test_a_truncated_request_stores_nothing(hub, proxy, laptops):
    a, b = laptops
    people(a, 5)
    proxy.faults({1: "truncate-request"}, is_path(protocol.PUSH))
    with pytest.raises(HubUnreachable):
        sync(a)
    assert hub_log(hub, a) == []
    converge(hub, a, b)


def test_the_hub_restarted_mid_pull(hub, proxy, laptops):
    a, b = laptops
    people(a, 120)  # 120 people × 13 fields: four pages
    sync(a)
    proxy.faults({2: "restart-hub"}, is_path(protocol.PULL))
    sync(b)  # the restart fell between two pages: the second went to the new hub
    people(a, 40, prefix="Later")
    sync(a)
    proxy.faults({2: "kill-hub"}, is_path(protocol.PULL))
    with pytest.raises(HubUnreachable):
        sync(b)  # killed while answering the second page: the first one is kept
    assert 0 < state.load(b).cursor < len(hub_log_after_restart(hub, a))
    converge(hub, a, b)
    assert len(replica(b)["participants"]) == 160


def test_the_hub_killed_mid_push(hub, proxy, laptops):
    a, b = laptops
    count = 3 * protocol.MAX_BATCH // 13 + 1  # 13 changes a person: over three pushes
    people(a, count)
    proxy.faults({2: "kill-hub"}, is_path(protocol.PUSH))
    with pytest.raises(HubUnreachable):
        sync(a)
    hub.start()
    log = converge(hub, a, b)
    assert len(replica(b)["participants"]) == count
    per_person = {}
    for change in log:
        if change["tbl"] == "participants":
            per_person.setdefault(change["row_id"], set()).add(change["col"])
    assert all(len(cols) == 13 for cols in per_person.values())
    assert json.loads(hub_health(hub))["ok"] is True


def hub_log_after_restart(hub, vault) -> list[dict]:
    hub.start()
    return hub_log(hub, vault)


def hub_health(hub) -> str:
    return httpx.get(hub.url + protocol.HEALTH, timeout=30).text
