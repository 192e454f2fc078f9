"""Joining laptops to the organisation: connect the coordinator, enrol, list, revoke, join.

The first coordinator's laptop connects with the hub's admin token and makes the organisation
key, which never leaves a vault unsealed. Every other laptop joins with a one-time code from a
coordinator (desktop/sync/enrolment.py): the hub hands it the organisation key wrapped by a key
only the code opens, a device token, and its teams. A revoked laptop's token stops working at
once; its vault still opens for whoever knows its passphrase, which is why a lost laptop is
revoked and its passphrase changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync import protocol, state
from desktop.sync.client import NOT_CONNECTED, HubClient
from desktop.sync.enrolment import JoinCode, OrgKey, parse_code, unwrap_org_key, wrap_org_key
from desktop.sync.errors import HubError, NotConnected, SyncError

CODE_LIFETIME_S = 48 * 3600


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    name: str
    role: str
    teams: tuple[str, ...]
    enrolled_at: str
    revoked_at: str | None
    last_seen: str | None


class _Hub(HubClient):
    """The hub's organisation calls, beside the change-log calls of HubClient."""

    def __init__(self, hub_url: str, token: str, **kwargs: Any):
        super().__init__(hub_url, token, **kwargs)
        if not token:  # joining: no token yet, and "Bearer " alone is not a valid header
            del self._http.headers["Authorization"]

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._call("POST", path, body)

    def get(self, path: str) -> dict[str, Any]:
        return self._call("GET", path, None)


def _hub(vault: Vault, transport: httpx.BaseTransport | None) -> _Hub:
    saved = state.load(vault)
    if not saved.connected:
        raise NotConnected(NOT_CONNECTED)
    return _Hub(saved.hub_url, saved.device_token, transport=transport)


def _not_yet_connected(vault: Vault) -> None:
    saved = state.load(vault)
    if saved.connected:
        raise SyncError(f"This laptop is already connected to the hub at {saved.hub_url}; "
                        "there is nothing to join.")


def is_connected(vault: Vault) -> bool:
    return state.load(vault).connected


def role(vault: Vault) -> str | None:
    """"coordinator" or "linker" once connected; None before."""
    saved = state.load(vault)
    return saved.role if saved.connected else None


def staff_role(vault: Vault) -> str | None:
    """The unlocked staff member's role in this vault's own records ("coordinator",
    "linker"); None when unlocked with the recovery key or their record has been deleted."""
    if vault.staff_id is None:
        return None
    found = Records(vault).find(models.Staff, "id = ?", [vault.staff_id], limit=1)
    return found[0].role if found else None


def team_names(vault: Vault) -> dict[str, str]:
    """{team id: name} of the teams on this laptop."""
    return {team.id: team.name for team in Records(vault).find(models.Team)}


def connect(vault: Vault, hub_url: str, admin_token: str, *, name: str = "Coordinator's laptop",
            transport: httpx.BaseTransport | None = None) -> None:
    """The first coordinator's laptop: register with the admin token, make the org key.

    Once the hub holds records the key exists already, and the hub refuses: another
    coordinator's laptop joins with a code, like any laptop."""
    _not_yet_connected(vault)
    with _Hub(hub_url, admin_token, transport=transport) as hub:
        reply = hub.post(protocol.ADMIN_COORDINATOR,
                         {"device_id": vault.device_id, "name": name[:80]})
    token, org_id = reply.get("device_token"), reply.get("org_id")
    if not (isinstance(token, str) and isinstance(org_id, str) and token and org_id):
        raise HubError("The hub's answer was incomplete, so this laptop is not connected. "
                       "Try again.")
    org = OrgKey.new(org_id)
    state.save(vault, state.SyncState(
        hub_url=hub_url.rstrip("/"), org_id=org_id, device_token=token, org_key=org.key,
        key_id=org.key_id, role=protocol.COORDINATOR, teams=[protocol.ALL_TEAMS]))


def team_ids(vault: Vault, teams: Iterable[str]) -> list[str]:
    """Team ids for names or ids as a coordinator types them; unknown ones are named."""
    known = Records(vault).find(models.Team)
    by_id = {team.id: team.id for team in known}
    by_name = {team.name.strip().casefold(): team.id for team in known}
    found = []
    for wanted in teams:
        team_id = by_id.get(wanted) or by_name.get(wanted.strip().casefold())
        if team_id is None:
            names = ", ".join(sorted(team.name for team in known)) or "none yet"
            raise SyncError(f"There is no team called “{wanted}”. Teams: {names}.")
        found.append(team_id)
    return found


def enrol_device(vault: Vault, teams: Iterable[str], role: str = protocol.LINKER,
                 label: str = "", *, transport: httpx.BaseTransport | None = None) -> JoinCode:
    """Coordinator: a one-time code for a new laptop of these teams (names or ids)."""
    saved = state.load(vault)
    if saved.connected and saved.role != protocol.COORDINATOR:
        raise SyncError("Only a coordinator's laptop can enrol another laptop.")
    ids = team_ids(vault, teams) if role == protocol.LINKER else [protocol.ALL_TEAMS]
    with _hub(vault, transport) as hub:
        code = JoinCode.new(saved.hub_url)
        derived = code.derive()
        wrapped = wrap_org_key(code, OrgKey(saved.org_id, saved.key_id, saved.org_key))
        hub.post(protocol.ENROLMENTS, {
            "enrolment_id": derived.enrolment_id, "proof_sha256": derived.proof_sha256,
            "wrapped_key": wrapped, "teams": ids, "role": role, "label": label[:80],
            "expires_in_s": CODE_LIFETIME_S})
    return code


def join(vault: Vault, code_text: str, *, name: str = "",
         transport: httpx.BaseTransport | None = None) -> None:
    """A new laptop joins with the code a coordinator gave: token, key and teams."""
    _not_yet_connected(vault)
    code = parse_code(code_text)
    derived = code.derive()
    with _Hub(code.hub_url, "", transport=transport) as hub:
        reply = hub.post(protocol.ENROL, {
            "enrolment_id": derived.enrolment_id, "proof": derived.proof,
            "device_id": vault.device_id, "name": (name or "Linker's laptop")[:80]})
    token, org_id = reply.get("device_token"), reply.get("org_id")
    teams, joined_as = reply.get("teams"), reply.get("role")
    if not (isinstance(token, str) and token and isinstance(org_id, str)
            and isinstance(teams, list) and joined_as in (protocol.COORDINATOR,
                                                          protocol.LINKER)):
        raise HubError("The hub's answer was incomplete, so this laptop has not joined. Ask "
                       "the coordinator for a new code.")
    org = unwrap_org_key(code, reply.get("wrapped_key") or "")
    if org.org_id != org_id:
        raise HubError("The code is for another organisation than this hub's. Ask the "
                       "coordinator for a new code.")
    state.save(vault, state.SyncState(
        hub_url=code.hub_url, org_id=org_id, device_token=token, org_key=org.key,
        key_id=org.key_id, role=joined_as, teams=[str(t) for t in teams]))


def list_devices(vault: Vault, *, transport: httpx.BaseTransport | None = None
                 ) -> list[DeviceInfo]:
    with _hub(vault, transport) as hub:
        reply = hub.get(protocol.DEVICES)
    try:
        return [DeviceInfo(d["device_id"], d["name"], d["role"], tuple(d["teams"]),
                           d["enrolled_at"], d.get("revoked_at"), d.get("last_seen"))
                for d in reply["devices"]]
    except (KeyError, TypeError):
        raise HubError("The hub's list of laptops was garbled; try again.") from None


def revoke_device(vault: Vault, device_id: str, *,
                  transport: httpx.BaseTransport | None = None) -> str:
    """Stop a laptop from syncing; returns when the hub revoked it."""
    if device_id == vault.device_id:
        raise SyncError("This is the laptop you are using; revoke it from another "
                        "coordinator's laptop.")
    with _hub(vault, transport) as hub:
        return hub.post(protocol.REVOKE, {"device_id": device_id}).get("revoked_at", "")
