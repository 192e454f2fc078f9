"""Sync end to end with the real hub in process: push, pull, conflicts, erasure, scopes, and
the plain errors a person sees."""

import httpx
import pytest

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync import client as sync_client, erasure, protocol, state
from desktop.sync.errors import (
    ClockAhead,
    DeviceRevoked,
    HubUnreachable,
    NotConnected,
    ProtocolMismatch,
)
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.sync_helpers import conflicts, replica


def sync(hub, vault, **kwargs):
    with hub.client(vault) as client:
        return sync_client.sync(vault, client, **kwargs)


def test_two_laptops_meet_through_the_hub(hub, devices):
    a, b = devices("a"), devices("b")
    person = Records(a).add(models.Participant(full_name="Siân Pritchard"))
    seen = []
    report = sync(hub, a, progress=lambda *args: seen.append(args))
    assert report.pushed > 0 and report.waiting == 0
    assert seen[0][0] == sync_client.SENDING
    report = sync(hub, b)
    assert report.pulled >= report.pushed and report.conflicts == 0
    assert Records(b).get(models.Participant, person.id).full_name == "Siân Pritchard"
    sync(hub, a)
    assert replica(a) == replica(b)
    status = sync_client.status(a)
    assert status.connected and status.waiting == 0 and status.last_sync is not None
    assert status.last_error == ""


def test_the_hub_holds_no_value_in_clear(hub, devices):
    a = devices("a")
    Records(a).add(models.Participant(full_name="Zoë Okafor", phone="07700 900123"))
    Records(a).add(models.Note(participant_id="x", body="Loves the allotment"))
    sync(hub, a)
    raw = b"".join(path.read_bytes() for path in hub.folder.glob("hub.db*"))  # with its WAL
    assert len(raw) > 10_000
    for secret in ("Zoë Okafor", "Zo\\u00eb", "07700 900123", "allotment"):
        assert secret.encode() not in raw


def test_concurrent_edits_through_the_hub_keep_both_values(hub, devices):
    a, b = devices("a"), devices("b")
    person = Records(a).add(models.Participant(full_name="Kofi Mensah"))
    sync(hub, a)
    sync(hub, b)
    Records(a).update(models.Participant, person.id, phone="from a")
    Records(b).update(models.Participant, person.id, phone="from b")
    sync(hub, a)
    assert sync(hub, b).conflicts == 1
    assert sync(hub, a).conflicts == 1
    assert replica(a) == replica(b)
    assert conflicts(a)[0][3:] == conflicts(b)[0][3:] == (
        '"from b"', b.device_id, '"from a"', a.device_id)


def test_an_erasure_reaches_every_laptop_and_an_offline_edit_cannot_undo_it(hub, devices):
    a, b = devices("a"), devices("b")
    records = Records(a)
    person = records.add(models.Participant(full_name="Siân Pritchard"))
    records.add(models.Note(participant_id=person.id, body="Prefers mornings"))
    sync(hub, a)
    sync(hub, b)
    Records(b).update(models.Participant, person.id, phone="0113 496 0000")  # offline
    erasure.erase_participant(a, person.id)
    sync(hub, a)
    report = sync(hub, b)
    assert report.erased >= 2
    sync(hub, a)
    for vault in (a, b):
        assert replica(vault)["participants"].keys() == replica(a)["participants"].keys()
        assert person.id not in replica(vault)["participants"]
        assert replica(vault)["notes"] == {}
        assert sync_client.waiting(vault) == 0
    assert not [c for c in hub.log() if c["row_id"] == person.id and c["kind"] == "set"]


def test_a_linker_gets_only_their_teams_people(hub, devices):
    office = devices("office")
    records = Records(office)
    north, south = records.add(models.Team(name="North")), records.add(models.Team(name="South"))
    ours = records.add(models.Participant(full_name="In the north", team_id=north.id))
    theirs = records.add(models.Participant(full_name="In the south", team_id=south.id))
    records.add(models.Note(participant_id=theirs.id, body="Southern note"))
    sync(hub, office)
    linker = devices("linker", role=protocol.LINKER, teams=[north.id])
    sync(hub, linker)
    people = replica(linker)["participants"]
    assert ours.id in people and theirs.id not in people
    assert replica(linker)["notes"] == {} and set(replica(linker)["teams"]) == {
        north.id, south.id}


def test_a_person_moved_to_another_team_arrives_whole_on_that_teams_laptops(hub, devices):
    office = devices("office")
    records = Records(office)
    north, south = records.add(models.Team(name="North")), records.add(models.Team(name="South"))
    person = records.add(models.Participant(full_name="Siân Pritchard", team_id=north.id,
                                            phone="0113 496 0000"))
    offer = records.add(models.Offer(participant_id=person.id, title="Welsh conversation"))
    note = records.add(models.Note(participant_id=person.id, body="Prefers mornings"))
    sync(hub, office)
    south_laptop = devices("south", role=protocol.LINKER, teams=[south.id])
    sync(hub, south_laptop)
    assert person.id not in replica(south_laptop)["participants"]
    records.update(models.Participant, person.id, team_id=south.id)
    sync(hub, office)
    sync(hub, south_laptop)
    arrived = Records(south_laptop).get(models.Participant, person.id)
    assert (arrived.full_name, arrived.phone, arrived.team_id) == (
        "Siân Pritchard", "0113 496 0000", south.id)
    assert Records(south_laptop).get(models.Offer, offer.id).title == "Welsh conversation"
    assert Records(south_laptop).get(models.Note, note.id).body == "Prefers mornings"
    # The office, which held it all already, finds nothing new in the copies.
    before = replica(office)
    sync(hub, office)
    assert replica(office) == before and conflicts(office) == []


def test_a_linker_moving_someone_to_another_team_does_not_stop_their_sync(hub, devices):
    """The hub refuses a batch holding a change for a team the laptop is not in. That record's
    changes wait; everything else is sent and fetched, sync after sync."""
    office = devices("office")
    records = Records(office)
    north, south = records.add(models.Team(name="North")), records.add(models.Team(name="South"))
    moving = records.add(models.Participant(full_name="Moving south", team_id=north.id))
    staying = records.add(models.Participant(full_name="Staying north", team_id=north.id))
    sync(hub, office)
    linker = devices("linker", role=protocol.LINKER, teams=[north.id])
    sync(hub, linker)
    Records(linker).update(models.Participant, moving.id, team_id=south.id, phone="0113 496 0001")
    Records(linker).update(models.Participant, staying.id, phone="0113 496 0002")
    Records(office).update(models.Participant, staying.id, status="active")
    sync(hub, office)
    report = sync(hub, linker)
    assert report.held > 0 and report.waiting > 0
    assert Records(linker).get(models.Participant, staying.id).status == "active"  # fetched
    sync(hub, office)
    assert Records(office).get(models.Participant, staying.id).phone == "0113 496 0002"
    assert Records(office).get(models.Participant, moving.id).team_id == north.id  # held
    again = sync(hub, linker)
    assert again.held == report.held  # still waiting, still not in the way


def test_a_revoked_laptop_is_told_plainly_and_keeps_its_changes(hub, devices):
    a = devices("a")
    Records(a).add(models.Participant(full_name="Ana Popescu"))
    hub.as_office(protocol.REVOKE, {"device_id": a.device_id})
    with pytest.raises(DeviceRevoked, match="withdrawn this laptop's access"):
        sync(hub, a)
    assert sync_client.waiting(a) > 0
    assert "withdrawn" in sync_client.status(a).last_error


def test_a_clock_far_ahead_is_refused_with_the_reason(hub, devices):
    a = devices("a")
    real = a.clock._wall
    a.clock._wall = lambda: real() + 3 * 60 * 60 * 1000  # three hours fast
    Records(a).add(models.Participant(full_name="Ana Popescu"))
    with pytest.raises(ClockAhead, match="clock is about 3 hours ahead"):
        sync(hub, a)
    assert sync_client.waiting(a) > 0


def test_a_protocol_mismatch_says_who_should_update(hub, devices):
    a = devices("a")

    class NewerHub(httpx.BaseTransport):
        def handle_request(self, request):
            return httpx.Response(400, json={
                "protocol": {"min": 5, "max": 6},
                "error": {"code": "protocol_mismatch", "message": "This sync speaks protocol "
                          "5–6, the other side 1–1. Update Offerbook on the laptop."}})

    with pytest.raises(ProtocolMismatch, match="Update Offerbook"):
        sync_client.sync(a, sync_client.HubClient(hub_url(a), "t", transport=NewerHub()))


def hub_url(vault):
    return state.load(vault).hub_url


def test_no_hub_to_reach_is_a_plain_error(hub, devices):
    a = devices("a")
    Records(a).add(models.Participant(full_name="Ana Popescu"))
    with socket_closed() as port:
        client = sync_client.HubClient(f"http://127.0.0.1:{port}", "t", timeout=5)
        with pytest.raises(HubUnreachable, match="refused the connection"):
            sync_client.sync(a, client)
    assert sync_client.waiting(a) > 0


class socket_closed:
    """A loopback port with nothing listening on it."""

    def __enter__(self):
        import socket
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            return probe.getsockname()[1]

    def __exit__(self, *exc):
        return False


def test_a_vault_that_never_joined_is_told_how(tmp_path):
    vault, _ = Vault.create(tmp_path / "v", "X", PASSPHRASE, kdf=FAST_KDF)
    with vault, pytest.raises(NotConnected, match="has not joined"):
        sync_client.sync(vault)


def test_plain_http_to_another_machine_is_refused():
    with pytest.raises(Exception, match="must start with https"):
        sync_client.HubClient("http://hub.example.org", "t")

