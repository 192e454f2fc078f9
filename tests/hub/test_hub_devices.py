"""The organisation's laptops: the admin token, enrolment codes, the device list, revocation."""

import pytest

from desktop.hub import tokens
from desktop.hub.service import RateLimit
from desktop.sync import protocol
from tests.hub.helpers import change, enrol, error_of, linker, make_enrolment


def test_the_admin_token_makes_a_coordinator_who_sees_every_team(hub, store, admin_token):
    reply = hub.post(protocol.ADMIN_COORDINATOR, {"device_id": "coord-9", "name": "Office PC"},
                     token=admin_token)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["org_id"] == store.org_id()
    assert body["role"] == protocol.COORDINATOR and body["teams"] == [protocol.ALL_TEAMS]
    listed = hub.get(protocol.DEVICES, token=body["device_token"]).json()["devices"]
    assert [(d["device_id"], d["role"]) for d in listed] == [("coord-9", "coordinator")]
    # Only the hash is kept.
    assert body["device_token"] not in repr(list(store.dump()))


def test_a_wrong_admin_token_and_a_hub_without_one_are_refused(hub, store):
    reply = hub.post(protocol.ADMIN_COORDINATOR, {"device_id": "c-1", "name": "C"},
                     token="anything")
    assert reply.status_code == 401 and "no admin token yet" in reply.json()["error"]["message"]
    tokens_ = tokens.new_token()
    store.set_admin_digest(tokens.digest(tokens_), replace_old=False)
    wrong = hub.post(protocol.ADMIN_COORDINATOR, {"device_id": "c-1", "name": "C"},
                     token=tokens_[:-1] + ("A" if tokens_[-1] != "A" else "B"))
    assert wrong.status_code == 401 and "admin token is wrong" in wrong.json()["error"]["message"]


def test_connecting_the_coordinator_again_replaces_its_token(hub, admin_token, coordinator):
    again = hub.post(protocol.ADMIN_COORDINATOR, {"device_id": "coord-1", "name": "Office"},
                     token=admin_token).json()["device_token"]
    assert error_of(hub.post(protocol.PULL, {"after": 0}, token=coordinator)) \
        == protocol.UNAUTHORISED
    assert hub.post(protocol.PULL, {"after": 0}, token=again).status_code == 200


def test_a_linker_enrols_once_with_a_code_and_gets_its_teams_and_the_wrapped_key(
        hub, coordinator, store):
    enrolment = make_enrolment(hub, coordinator, ["north", "south"])
    reply = enrol(hub, enrolment, "lap-1")
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["role"] == protocol.LINKER and body["teams"] == ["north", "south"]
    assert body["org_id"] == store.org_id() and body["wrapped_key"]
    assert hub.post(protocol.PULL, {"after": 0}, token=body["device_token"]).status_code == 200
    # The proof itself never reaches the database, only its hash did, before enrolment.
    assert enrolment[1] not in repr(list(store.dump()))
    # Another laptop cannot use the same code.
    other = enrol(hub, enrolment, "lap-2")
    assert other.status_code == 410 and error_of(other) == protocol.GONE
    assert "used already" in other.json()["error"]["message"]


def test_the_same_laptop_may_use_its_code_again_when_the_first_reply_was_lost(
        hub, coordinator):
    enrolment = make_enrolment(hub, coordinator, ["north"])
    first = enrol(hub, enrolment, "lap-1").json()["device_token"]
    second = enrol(hub, enrolment, "lap-1")
    assert second.status_code == 200
    assert hub.post(protocol.PULL, {"after": 0}, token=second.json()["device_token"]) \
        .status_code == 200
    assert error_of(hub.post(protocol.PULL, {"after": 0}, token=first)) == protocol.UNAUTHORISED


def test_wrong_proofs_are_counted_and_burn_the_code(hub, coordinator):
    enrolment_id, proof = make_enrolment(hub, coordinator, ["north"])
    for left in range(protocol.ENROL_ATTEMPTS - 1, 0, -1):
        reply = enrol(hub, (enrolment_id, proof + "x"), "lap-1")
        assert reply.status_code == 401 and error_of(reply) == protocol.UNAUTHORISED
        assert f"{left} more tr" in reply.json()["error"]["message"]
    last = enrol(hub, (enrolment_id, "wrong"), "lap-1")
    assert last.status_code == 410 and error_of(last) == protocol.GONE
    right = enrol(hub, (enrolment_id, proof), "lap-1")
    assert right.status_code == 410 and "too many times" in right.json()["error"]["message"]


def test_an_expired_code_is_gone_and_an_unknown_one_not_found(hub, coordinator, clock):
    enrolment = make_enrolment(hub, coordinator, ["north"], expires_in_s=600)
    clock.offset = 601
    reply = enrol(hub, enrolment, "lap-1")
    assert reply.status_code == 410 and "expired" in reply.json()["error"]["message"]
    unknown = enrol(hub, ("enr-nope", "proof"), "lap-1")
    assert unknown.status_code == 404 and error_of(unknown) == protocol.NOT_FOUND


def test_a_device_id_already_enrolled_cannot_take_a_second_code(hub, coordinator):
    linker(hub, coordinator, "lap-1", ["north"])
    reply = enrol(hub, make_enrolment(hub, coordinator, ["south"]), "lap-1")
    assert reply.status_code == 400 and error_of(reply) == protocol.BAD_REQUEST


@pytest.mark.parametrize("field,value", [
    ("enrolment_id", "has spaces"), ("proof_sha256", "ABC"), ("wrapped_key", ""),
    ("teams", []), ("teams", ["ok", "not ok"]), ("role", "admin"), ("expires_in_s", 5),
    ("expires_in_s", True), ("label", "x" * 101)])
def test_a_malformed_enrolment_is_refused(hub, coordinator, field, value):
    body = {"enrolment_id": "enr-x", "proof_sha256": "0" * 64, "wrapped_key": "a2V5",
            "teams": ["north"], "role": "linker", "label": "", "expires_in_s": 600}
    reply = hub.post(protocol.ENROLMENTS, {**body, field: value}, token=coordinator)
    assert reply.status_code == 400 and error_of(reply) == protocol.BAD_REQUEST


def test_only_a_coordinator_makes_codes_lists_and_revokes(hub, coordinator):
    token = linker(hub, coordinator, "lap-1", ["north"])
    body = {"enrolment_id": "enr-y", "proof_sha256": "0" * 64, "wrapped_key": "a2V5",
            "teams": ["north"], "role": "linker", "label": "", "expires_in_s": 600}
    for reply in (hub.post(protocol.ENROLMENTS, body, token=token),
                  hub.get(protocol.DEVICES, token=token),
                  hub.post(protocol.REVOKE, {"device_id": "coord-1"}, token=token)):
        assert reply.status_code == 403 and error_of(reply) == protocol.FORBIDDEN


def test_a_coordinator_code_enrols_a_coordinator_of_every_team(hub, coordinator):
    enrolment = make_enrolment(hub, coordinator, ["north"], role=protocol.COORDINATOR)
    body = enrol(hub, enrolment, "coord-2").json()
    assert body["role"] == protocol.COORDINATOR and body["teams"] == [protocol.ALL_TEAMS]


def test_revoked_laptops_are_refused_and_listed_as_revoked(hub, coordinator):
    token = linker(hub, coordinator, "lap-1", ["north"])
    assert hub.push(token, [change(scope="team:north")]).status_code == 200
    reply = hub.post(protocol.REVOKE, {"device_id": "lap-1"}, token=coordinator)
    assert reply.status_code == 200
    revoked_at = reply.json()["revoked_at"]
    for refused in (hub.push(token, [change(scope="team:north")]),
                    hub.post(protocol.PULL, {"after": 0}, token=token),
                    hub.push(token, [], path=protocol.ERASE)):
        assert refused.status_code == 401 and error_of(refused) == protocol.REVOKED
        assert "withdrawn" in refused.json()["error"]["message"]
    again = hub.post(protocol.REVOKE, {"device_id": "lap-1"}, token=coordinator)
    assert again.json()["revoked_at"] == revoked_at
    devices = {d["device_id"]: d for d in hub.get(protocol.DEVICES, token=coordinator)
               .json()["devices"]}
    assert devices["lap-1"]["revoked_at"] == revoked_at
    assert devices["lap-1"]["teams"] == ["north"] and devices["lap-1"]["last_seen"]
    assert devices["coord-1"]["revoked_at"] is None
    unknown = hub.post(protocol.REVOKE, {"device_id": "lap-404"}, token=coordinator)
    assert unknown.status_code == 404 and error_of(unknown) == protocol.NOT_FOUND


def test_a_revoked_laptop_cannot_enrol_again_with_its_old_code(hub, coordinator):
    enrolment = make_enrolment(hub, coordinator, ["north"])
    enrol(hub, enrolment, "lap-1")
    hub.post(protocol.REVOKE, {"device_id": "lap-1"}, token=coordinator)
    reply = enrol(hub, enrolment, "lap-1")
    assert reply.status_code == 401 and error_of(reply) == protocol.REVOKED


def test_enrolment_attempts_from_one_address_are_rate_limited(hub, coordinator, enrol_limit):
    enrol_limit.calls = 3
    enrolment = make_enrolment(hub, coordinator, ["north"])
    codes = [enrol(hub, ("enr-nope", "x"), f"lap-{n}").status_code for n in range(3)]
    assert codes == [404, 404, 404]
    limited = enrol(hub, enrolment, "lap-9")
    assert limited.status_code == 429 and error_of(limited) == protocol.TOO_MANY
    assert "wait a minute" in limited.json()["error"]["message"]


def test_the_rate_limit_forgets_after_its_window():
    now = [0.0]
    limit = RateLimit(calls=2, per_s=60, clock=lambda: now[0])
    assert limit.allow("a") and limit.allow("a") and not limit.allow("a")
    assert limit.allow("b")
    now[0] = 60.5
    assert limit.allow("a")


def test_once_records_are_in_the_log_a_new_coordinator_needs_a_code(hub, admin_token,
                                                                     coordinator):
    """The organisation key lives on coordinators' laptops: a laptop connected with the admin
    token after records arrived would make a second key. The first coordinator may still
    reconnect (a lost reply, lost settings)."""
    assert hub.post(protocol.PUSH, {"changes": [change()]}, token=coordinator).status_code == 200
    refused = hub.post(protocol.ADMIN_COORDINATOR, {"device_id": "coord-2", "name": "Second"},
                       token=admin_token)
    assert refused.status_code == 403
    assert "one-time code" in refused.json()["error"]["message"]
    listed = hub.get(protocol.DEVICES, token=coordinator).json()["devices"]
    assert "coord-2" not in {d["device_id"] for d in listed}
    again = hub.post(protocol.ADMIN_COORDINATOR, {"device_id": "coord-1", "name": "Office"},
                     token=admin_token)
    assert again.status_code == 200
