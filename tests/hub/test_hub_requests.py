"""Every request and reply: versions, JSON, sizes, tokens, unknown addresses; on both backends."""

from concurrent.futures import ThreadPoolExecutor
import json
import logging
import threading

import pytest

from desktop.sync import protocol
from tests.hub.helpers import VERSIONS, change, error_of


def test_health_needs_no_token_and_names_the_organisation(hub, store):
    reply = hub.get(protocol.HEALTH)
    assert reply.status_code == 200
    assert reply.json() == {"protocol": VERSIONS, "ok": True, "org_id": store.org_id()}


def test_the_organisation_id_stays_the_same_when_the_hub_reopens(store_url):
    from desktop.hub.storage import open_store
    first = open_store(store_url)
    second = open_store(store_url)
    try:
        assert first.org_id() == second.org_id()
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("path", [protocol.PUSH, protocol.PULL, protocol.ERASE,
                                  protocol.ENROL, protocol.ENROLMENTS, protocol.REVOKE,
                                  protocol.ADMIN_COORDINATOR])
def test_every_post_needs_the_protocol_versions(hub, coordinator, path):
    reply = hub.request("POST", path, token=coordinator, json={"changes": [], "after": 0})
    assert reply.status_code == 400 and error_of(reply) == protocol.BAD_REQUEST
    assert "protocol versions" in reply.json()["error"]["message"]


def test_a_newer_laptop_is_told_to_update_the_hub_and_an_older_one_itself(hub, coordinator):
    newer = hub.request("POST", protocol.PULL, token=coordinator,
                        json={"protocol": {"min": 2, "max": 3}, "after": 0})
    assert newer.status_code == 400 and error_of(newer) == protocol.PROTOCOL_MISMATCH
    assert "Update the hub" in newer.json()["error"]["message"]
    older = hub.request("POST", protocol.PULL, token=coordinator,
                        json={"protocol": {"min": 0, "max": 0}, "after": 0})
    assert error_of(older) == protocol.PROTOCOL_MISMATCH
    assert "Update Offerbook on the laptop" in older.json()["error"]["message"]
    overlapping = hub.request("POST", protocol.PULL, token=coordinator,
                              json={"protocol": {"min": 1, "max": 5}, "after": 0})
    assert overlapping.status_code == 200 and overlapping.json()["protocol"] == VERSIONS


@pytest.mark.parametrize("raw", [b"{not json", b"", b"\xff\xfe", b"[1, 2]", b'"text"',
                                 b"[" * 100_000])
def test_malformed_json_is_a_bad_request_and_stores_nothing(hub, store, coordinator, raw):
    reply = hub.request("POST", protocol.PUSH, token=coordinator, content=raw,
                        headers={"Content-Type": "application/json"})
    assert reply.status_code == 400 and error_of(reply) == protocol.BAD_REQUEST
    assert hub.pull_all(coordinator)[0] == []


def test_a_body_over_the_limit_is_refused_by_its_declared_length(hub, coordinator):
    body = b'{"protocol": {"min": 1, "max": 1}, "changes": [], "pad": "' \
        + b"x" * protocol.MAX_BODY_BYTES + b'"}'
    reply = hub.request("POST", protocol.PUSH, token=coordinator, content=body)
    assert reply.status_code == 413 and error_of(reply) == protocol.TOO_LARGE
    assert "16 MiB" in reply.json()["error"]["message"]


def test_a_body_over_the_limit_is_refused_while_streaming_without_a_length(hub, coordinator):
    sent, total = [], protocol.MAX_BODY_BYTES // 2**20 + 8

    async def chunks():
        for _ in range(total):
            sent.append(1)
            yield b" " * 2**20

    reply = hub.request("POST", protocol.PUSH, token=coordinator, content=chunks())
    assert "content-length" not in reply.request.headers
    assert reply.status_code == 413 and error_of(reply) == protocol.TOO_LARGE
    assert len(sent) < total  # cut off as the bytes came in, not after reading them all


def test_a_body_just_under_the_limit_is_read(hub, coordinator):
    body = json.dumps({"protocol": VERSIONS, "after": 0}).encode()
    body += b" " * (protocol.MAX_BODY_BYTES - len(body))
    reply = hub.request("POST", protocol.PULL, token=coordinator, content=body)
    assert reply.status_code == 200, reply.text


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer ", "Basic abc",
                                           "Bearer not-a-token", "Bearer " + "x" * 300])
def test_a_missing_or_unknown_token_is_unauthorised(hub, coordinator, authorization):
    headers = {} if authorization is None else {"Authorization": authorization}
    for path, body in ((protocol.PUSH, {"changes": [change()]}), (protocol.PULL, {"after": 0})):
        reply = hub.request("POST", path, headers=headers, json={"protocol": VERSIONS, **body})
        assert reply.status_code == 401 and error_of(reply) == protocol.UNAUTHORISED
        assert "enrolment code" in reply.json()["error"]["message"]
    assert hub.pull_all(coordinator)[0] == []


def test_the_admin_token_is_not_a_device_token_and_a_device_token_is_not_admin(
        hub, admin_token, coordinator):
    assert error_of(hub.post(protocol.PULL, {"after": 0}, token=admin_token)) \
        == protocol.UNAUTHORISED
    reply = hub.post(protocol.ADMIN_COORDINATOR, {"device_id": "x-1", "name": "X"},
                     token=coordinator)
    assert reply.status_code == 401 and error_of(reply) == protocol.UNAUTHORISED


def test_unknown_addresses_and_methods_answer_in_the_protocol(hub):
    missing = hub.get("/v1/nothing-here")
    assert missing.status_code == 404 and error_of(missing) == protocol.NOT_FOUND
    wrong_method = hub.get(protocol.PUSH)
    assert wrong_method.status_code == 405 and error_of(wrong_method) == protocol.BAD_REQUEST


@pytest.mark.parametrize("body", [{"after": -1}, {"after": "0"}, {"after": True},
                                  {"after": 0, "limit": 0}, {"after": 0, "limit": 1.5}])
def test_a_pull_with_a_bad_cursor_or_limit_is_refused(hub, coordinator, body):
    reply = hub.post(protocol.PULL, body, token=coordinator)
    assert reply.status_code == 400 and error_of(reply) == protocol.BAD_REQUEST


def test_a_lost_database_connection_is_unavailable_then_the_hub_recovers(pg_url, caplog):
    """PostgreSQL drops the hub's connections (a restart, a failover): the request in flight
    is answered "unavailable" with nothing stored, and the next one reconnects."""
    import psycopg

    from desktop.hub.app import create_app
    from desktop.hub.service import create_admin_token
    from desktop.hub.storage import open_store
    from tests.hub.helpers import hub_client

    store = open_store(pg_url)
    admin = create_admin_token(store)
    try:
        with hub_client(create_app(store)) as hub:
            token = hub.post(protocol.ADMIN_COORDINATOR, {"device_id": "c-1", "name": "C"},
                             token=admin).json()["device_token"]
            # Several requests at once leave several connections in the hub's pool.
            start = threading.Barrier(4)

            def pull(_):
                start.wait()
                return hub.post(protocol.PULL, {"after": 0}, token=token).status_code

            with ThreadPoolExecutor(4) as pool:
                assert list(pool.map(pull, range(4))) == [200] * 4
            with psycopg.connect(pg_url, autocommit=True) as conn:
                killed = conn.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                ).fetchone()[0]
            assert killed >= 2
            with caplog.at_level(logging.INFO, logger="desktop.hub"):
                lost = hub.push(token, [change(row_id="rec-lost")])
            assert lost.status_code == 503 and error_of(lost) == protocol.UNAVAILABLE
            assert "Try again" in lost.json()["error"]["message"]
            assert "rec-lost" not in caplog.text and "/v1/push failed: AdminShutdown" in caplog.text
            retried = hub.push(token, [change(row_id="rec-next")])
            assert retried.status_code == 200, retried.text
            assert [c["row_id"] for c in hub.pull_all(token)[0]] == ["rec-next"]
    finally:
        store.close()
