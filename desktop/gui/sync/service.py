"""What the sync screens need from desktop.sync, in one place and free of widgets.

Every function here may be slow (the vault, the network), so the GUI calls them through
`desktop.gui.common.operations` only. They return plain values the widgets can show; the
words are chosen by the widgets (with tr()), never here.

Who counts as a coordinator: a laptop connected to a hub has the role the hub gave it
(`devices.role`). A laptop not connected to any hub is the organisation as far as it knows, so
its coordinators are the staff members with that role in the vault: they can erase a person
(the erasure goes to the hub later, if the laptop is ever connected) and connect it to a hub.

There is no SQL here: the queries live in desktop.sync (and the store) beside their tables.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
import threading

from desktop.core.errors import OfferbookError
from desktop.store.vault import Vault

COORDINATOR = "coordinator"


class SyncCancelled(OfferbookError):
    """The person stopped a sync. What was sent or fetched so far is kept."""


@dataclass(frozen=True)
class SyncView:
    """What the status line says: read from the vault, never from the network."""

    connected: bool
    role: str | None  # "coordinator", "linker", or None when not connected
    waiting: int  # changes made here and not yet on the hub
    last_sync: datetime | None  # aware; the end of the last sync that worked
    conflicts: int  # open conflicts waiting for a person to choose


def read_view(vault: Vault) -> SyncView:
    from desktop.sync import client, conflicts, devices
    status = client.status(vault)
    return SyncView(connected=bool(status.connected),
                    role=devices.role(vault) if status.connected else None,
                    waiting=int(status.waiting), last_sync=status.last_sync,
                    conflicts=conflicts.open_count(vault))


def is_coordinator(vault: Vault) -> bool:
    """May this unlocked staff member on this laptop do a coordinator's work?"""
    from desktop.sync import devices
    if devices.is_connected(vault):
        return devices.role(vault) == COORDINATOR
    if vault.staff_id is None:  # opened with the recovery key: the safe's holder
        return True
    return devices.staff_role(vault) == COORDINATOR


def run_sync(vault: Vault, progress: Callable[[str, int, int], None],
             cancel: threading.Event):
    """One sync with the hub. `progress(stage, done, total)` is called on the worker thread
    between batches; setting `cancel` stops at the next batch with SyncCancelled. The client
    keeps what was sent and applied so far (the cursor moves with each page), so a stopped
    sync loses nothing and the next one carries on."""
    from desktop.sync import client

    def report(stage: str, done: int, total: int) -> None:
        if cancel.is_set():
            raise SyncCancelled("Sync stopped. What was sent or fetched so far is kept; "
                                "the rest goes at the next sync.")
        progress(stage, done, total)

    return client.sync(vault, progress=report)


# ---- conflicts ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Side:
    """One of the two edits of a field: its value as stored, and who made it when."""

    value: object
    hlc: str
    device_id: str


@dataclass(frozen=True)
class ConflictView:
    conflict_id: int
    table: str
    row_id: str
    column: str
    owner: str  # whose record: the person's name, or the organisation's, team's, …
    current: Side  # the value the record holds now (the later clock won)
    other: Side  # the value it replaced, kept for a person to choose
    noticed_at: str
    names: dict[str, str]  # ids in either value -> names, for showing them


def list_conflicts(vault: Vault) -> list[ConflictView]:
    from desktop.sync import conflicts
    return [_view(described) for described in conflicts.open_described(vault)]


def _view(described) -> ConflictView:
    item = described.conflict
    return ConflictView(
        conflict_id=item.id, table=item.tbl, row_id=item.row_id, column=item.col,
        owner=described.owner,
        current=Side(item.kept_value, item.kept_hlc, item.kept_device),
        other=Side(item.other_value, item.other_hlc, item.other_device),
        noticed_at=item.noticed_at, names=described.names)


def resolve_conflict(vault: Vault, conflict_id: int, take_other: bool) -> None:
    from desktop.sync import conflicts
    conflicts.resolve(vault, conflict_id, take_other=take_other)


# ---- devices ------------------------------------------------------------------------------

def team_names(vault: Vault) -> dict[str, str]:
    from desktop.sync import devices
    return devices.team_names(vault)


def devices_and_teams(vault: Vault) -> tuple[list, dict[str, str]]:
    """The organisation's laptops (from the hub) and the team names to show with them."""
    from desktop.sync import devices
    return devices.list_devices(vault), team_names(vault)


def enrol(vault: Vault, team_ids: list[str], role: str, label: str):
    from desktop.sync import devices
    return devices.enrol_device(vault, team_ids, role=role, label=label)


def revoke_device(vault: Vault, device_id: str) -> None:
    from desktop.sync import devices
    devices.revoke_device(vault, device_id)


# ---- erasure ------------------------------------------------------------------------------

def erase_participant(vault: Vault, participant_id: str) -> int:
    from desktop.sync import erasure
    return erasure.erase_participant(vault, participant_id)
