"""Connecting the coordinator, enrolling and joining laptops, listing and revoking them,
through the real hub app in process."""

from pathlib import Path

import pytest

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync import client, devices, state
from desktop.sync.enrolment import EnrolmentCodeError, JoinCode
from desktop.sync.errors import DeviceRevoked, SyncError
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.hub_helpers import HUB_URL, BridgeTransport, LocalHub


@pytest.fixture
def hub(tmp_path: Path):
    (tmp_path / "hub").mkdir()
    local = LocalHub(tmp_path / "hub", org_key=b"")
    yield local
    local.close()


@pytest.fixture
def vaults(tmp_path: Path):
    opened = []

    def make(name: str) -> Vault:
        vault, _ = Vault.create(tmp_path / name, f"Staff {name}", PASSPHRASE,
                                organisation="Test Linkers", kdf=FAST_KDF)
        opened.append(vault)
        return vault

    yield make
    for vault in opened:
        vault.close()


def test_a_coordinator_enrols_a_linker_who_then_gets_only_their_teams_people(hub, vaults):
    office, laptop = vaults("office"), vaults("laptop")
    bridge = BridgeTransport(hub)
    assert devices.role(office) is None
    devices.connect(office, HUB_URL, hub.admin_token, transport=bridge)
    assert devices.role(office) == "coordinator" and devices.is_connected(office)
    records = Records(office)
    north, south = records.add(models.Team(name="North")), records.add(models.Team(name="South"))
    records.add(models.Participant(full_name="Nadia North", team_id=north.id))
    records.add(models.Participant(full_name="Sam South", team_id=south.id))
    client.sync(office, client.HubClient.for_vault(office, transport=bridge))

    code = devices.enrol_device(office, ["north"], label="Amira's laptop", transport=bridge)
    devices.join(laptop, code.text(), name="Amira's laptop", transport=bridge)
    joined = state.load(laptop)
    assert joined.role == "linker" and joined.teams == [north.id]
    assert joined.org_key == state.load(office).org_key  # unwrapped from the code

    report = client.sync(laptop, client.HubClient.for_vault(laptop, transport=bridge))
    names = {p.full_name for p in Records(laptop).find(models.Participant)}
    assert "Nadia North" in names and "Sam South" not in names and report.pulled > 0

    listed = {d.name: d for d in devices.list_devices(office, transport=bridge)}
    assert listed["Amira's laptop"].teams == (north.id,)
    assert listed["Amira's laptop"].revoked_at is None

    devices.revoke_device(office, laptop.device_id, transport=bridge)
    with pytest.raises(DeviceRevoked):
        client.sync(laptop, client.HubClient.for_vault(laptop, transport=bridge))
    listed = {d.name: d for d in devices.list_devices(office, transport=bridge)}
    assert listed["Amira's laptop"].revoked_at


def test_a_code_works_once_and_a_wrong_code_joins_nothing(hub, vaults):
    office, first, second = vaults("office"), vaults("one"), vaults("two")
    bridge = BridgeTransport(hub)
    devices.connect(office, HUB_URL, hub.admin_token, transport=bridge)
    Records(office).add(models.Team(name="North"))
    code = devices.enrol_device(office, ["North"], transport=bridge)
    with pytest.raises(SyncError):
        devices.join(second, JoinCode.new(HUB_URL).text(), transport=bridge)
    assert not devices.is_connected(second)
    devices.join(first, code.text(), transport=bridge)
    with pytest.raises(SyncError):
        devices.join(second, code.text(), transport=bridge)
    assert not devices.is_connected(second) and state.load(second).org_key == b""
    with pytest.raises(SyncError, match="already connected"):
        devices.join(first, code.text(), transport=bridge)


def test_enrolling_an_unknown_team_names_the_teams_there_are(hub, vaults):
    office = vaults("office")
    devices.connect(office, HUB_URL, hub.admin_token, transport=BridgeTransport(hub))
    Records(office).add(models.Team(name="North"))
    with pytest.raises(SyncError, match="no team called “West”. Teams: North"):
        devices.enrol_device(office, ["West"], transport=BridgeTransport(hub))


def test_a_mistyped_code_is_refused_before_the_hub_is_asked(vaults):
    with pytest.raises(EnrolmentCodeError, match="needs 8"):
        devices.join(vaults("laptop"), HUB_URL + " apple banana")


def test_the_wrong_admin_token_connects_nothing(hub, vaults):
    office = vaults("office")
    with pytest.raises(SyncError):
        devices.connect(office, HUB_URL, "not-the-token", transport=BridgeTransport(hub))
    assert not devices.is_connected(office)


def test_a_second_coordinator_is_sent_to_the_first_for_a_code(hub, vaults):
    """The organisation key exists once: connecting another laptop with the admin token
    after records reached the hub would make a second key nobody else could open."""
    first, second = vaults("first"), vaults("second")
    bridge = BridgeTransport(hub)
    devices.connect(first, HUB_URL, hub.admin_token, transport=bridge)
    Records(first).add(models.Team(name="North"))
    client.sync(first, client.HubClient.for_vault(first, transport=bridge))
    with pytest.raises(SyncError, match="enrol this laptop as a coordinator"):
        devices.connect(second, HUB_URL, hub.admin_token, transport=bridge)
    assert not devices.is_connected(second)
    code = devices.enrol_device(first, [], role="coordinator", transport=bridge)
    devices.join(second, code.text(), name="Second office laptop", transport=bridge)
    assert devices.role(second) == "coordinator"
    assert state.load(second).org_key == state.load(first).org_key
    client.sync(second, client.HubClient.for_vault(second, transport=bridge))
    assert [t.name for t in Records(second).find(models.Team)] == ["North"]
