"""Sync as a Hypothesis state machine: laptops, the real hub, and everything that goes wrong.

Three coordinators' laptops and one linker's (one team only) share the real hub app in
process. Hypothesis makes random edits, deletes, erasures, concurrent edits of the same
fields, bundles on a USB stick, syncs in random order, lost requests and lost replies (the hub
committed, the laptop never heard), laptops dying inside a transaction or restarted between
steps, and wall clocks set wrong.
Then everyone syncs twice, and:

- every replica holds the same records, values and tombstones (the linker: its scope's share);
- every change the hub acknowledged is still on the hub (unless its record was erased), and
  its value either is the final one, was seen and replaced by a later edit, or is kept in a
  conflict record somewhere: nothing was silently dropped;
- an erased record is on no laptop and in no change the hub holds, and nothing about an erased
  person is left anywhere;
- replaying any push changes nothing on the hub, and applying the whole log again changes
  nothing on any laptop.
"""

from __future__ import annotations

import json
from pathlib import Path
import secrets
import shutil
import tempfile
import time

import httpx
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
import pytest

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync import (
    bundle,
    client as sync_client,
    envelope,
    erasure,
    incoming,
    outgoing,
    protocol,
    rows,
    state,
)
from desktop.sync.errors import SyncError
from desktop.sync.protocol import Change
from tests.conftest import FAST_KDF, PASSPHRASE, query
from tests.sync.hub_helpers import BridgeTransport, LocalHub
from tests.sync.sync_helpers import replica

COORDINATORS = 3
NAMES = ("Siân Pritchard", "Zoë Okafor", "Mehmet Yılmaz", "王秀英", "Ayaan Chowdhury",
         "Ana Popescu")
PHONES = ("", "07700 900001", "07700 900002")
LANGUAGES = ([], ["en"], ["cy", "en"], ["pl"])
TITLES = ("Bread", "Bike repairs", "Lifts to the shops")
SKEWS_MS = (0, -30 * 60_000, -60_000, 60_000, 4 * 60_000)  # the hub refuses > 10 min ahead


class Crash(BaseException):
    """The process dying: not an error anything is meant to catch."""


class Device:
    """A laptop: its vault (reopened on restart), its link to the hub, its clock's error."""

    def __init__(self, machine: SyncMachine, name: str, vault: Vault):
        self.machine, self.name, self.vault = machine, name, vault
        self.skew_ms = 0
        self.transport = FaultyTransport(machine)

    def __repr__(self) -> str:
        return self.name

    def set_skew(self, skew_ms: int) -> None:
        self.skew_ms = skew_ms
        self.vault.clock._wall = lambda: time.time_ns() // 1_000_000 + self.skew_ms

    def restart(self) -> None:
        """Close the vault as a crash would leave it between steps, and open it again."""
        key, directory = self.vault.data_key, self.vault.directory
        self.vault.close()
        self.vault = Vault.open_with_key(directory, key)
        self.set_skew(self.skew_ms)

    def sync(self) -> None:
        with sync_client.HubClient(state.load(self.vault).hub_url,
                                   self.machine.hub.tokens[self.vault.device_id],
                                   transport=self.transport) as link:
            sync_client.sync(self.vault, link)


class FaultyTransport(BridgeTransport):
    """The bridge to the hub, recording what was acknowledged, and failing on request: the
    n-th call to a path is dropped before it reaches the hub, or its reply is lost after the
    hub committed."""

    def __init__(self, machine: SyncMachine):
        super().__init__(machine.hub)
        self.machine = machine
        self.fault: tuple[str, str, int] | None = None  # (when, path, countdown)
        self.before, self.after = self._before, self._after

    def _due(self, when: str, request: httpx.Request) -> bool:
        if not self.fault or self.fault[0] != when or self.fault[1] != request.url.path:
            return False
        countdown = self.fault[2] - 1
        self.fault = (when, self.fault[1], countdown) if countdown > 0 else None
        return countdown == 0

    def _before(self, request: httpx.Request) -> None:
        if self._due("before", request):
            raise httpx.ConnectError("connection dropped", request=request)

    def _after(self, request: httpx.Request, response: httpx.Response) -> None:
        if self._due("after", request):
            raise httpx.ReadError("reply lost", request=request)
        if request.url.path in (protocol.PUSH, protocol.ERASE) and response.status_code == 200:
            sent = json.loads(request.content)["changes"]
            token = request.headers["authorization"].split()[1]
            self.machine.batches.append((request.url.path, token, sent))
            by_id = {c["change_id"]: c for c in sent}
            for result in response.json()["results"]:
                if result["status"] in ("stored", "duplicate"):
                    self.machine.acked[result["change_id"]] = by_id[result["change_id"]]


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="offerbook-sync-"))
        self.org_key = secrets.token_bytes(32)
        self.hub = LocalHub(self.folder, self.org_key)
        self.devices: list[Device] = []
        self.acked: dict[str, dict] = {}  # change_id -> wire form, acknowledged by the hub
        self.batches: list[tuple[str, str, list[dict]]] = []  # every push that was answered
        self.bundles = 0
        # Ids in the order they were made: choices are drawn from these, never from the vault's
        # order (ids are partly random, so that would draw differently on every run).
        self.made: dict[str, list[str]] = {"participants": [], "offers": []}

    # ---- set-up --------------------------------------------------------------------------

    def _new_vault(self, name: str) -> Vault:
        vault, _ = Vault.create(self.folder / name, f"Linker {name}", PASSPHRASE, kdf=FAST_KDF)
        return vault

    @initialize()
    def set_up(self) -> None:
        for i in range(COORDINATORS):
            vault = self.hub.join(self._new_vault(f"coordinator-{i}"))
            self.devices.append(Device(self, f"coordinator-{i}", vault))
        office = self.devices[0]
        records = Records(office.vault)
        self.north = records.add(models.Team(name="North")).id
        self.south = records.add(models.Team(name="South")).id
        # Everyone starts with the same few people, so edits can clash from the first step.
        for name, team in zip(NAMES[:3], (self.north, self.north, self.south)):
            person = records.add(models.Participant(full_name=name, team_id=team))
            offer = records.add(models.Offer(participant_id=person.id, title=TITLES[0]))
            self.made["participants"].append(person.id)
            self.made["offers"].append(offer.id)
        office.sync()
        linker = self.hub.join(self._new_vault("linker"), role=protocol.LINKER,
                               teams=[self.north])
        self.devices.append(Device(self, "linker", linker))
        for device in self.devices[1:]:
            device.sync()

    def teardown(self) -> None:
        try:
            if self.devices and len(self.devices) == COORDINATORS + 1:
                self.check_after_everyone_syncs_twice()
        finally:
            for device in self.devices:
                device.vault.close()
            self.hub.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # ---- helpers -------------------------------------------------------------------------

    def device(self, data) -> Device:
        return data.draw(st.sampled_from(self.devices), label="device")

    def is_linker(self, device: Device) -> bool:
        return device is self.devices[-1]

    def people(self, device: Device) -> list[str]:
        here = {row_id for (row_id,) in query(
            device.vault, "SELECT id FROM participants WHERE deleted = 0 AND full_name != ''")}
        return [row_id for row_id in self.made["participants"] if row_id in here]

    def offers(self, device: Device) -> list[str]:
        here = {row_id for (row_id,) in query(
            device.vault, "SELECT o.id FROM offers o JOIN participants p "
            "ON p.id = o.participant_id WHERE o.deleted = 0 AND o.title != '' "
            "AND p.full_name != ''")}
        return [row_id for row_id in self.made["offers"] if row_id in here]

    def pick(self, data, choices: list[str], label: str) -> str | None:
        return data.draw(st.sampled_from(choices), label=label) if choices else None

    # ---- edits ---------------------------------------------------------------------------

    @rule(data=st.data(), name=st.sampled_from(NAMES), phone=st.sampled_from(PHONES))
    def add_person(self, data, name, phone):
        device = self.device(data)
        teams = [self.north] if self.is_linker(device) else [self.north, self.south, None]
        team = data.draw(st.sampled_from(teams), label="team")
        person = Records(device.vault).add(models.Participant(full_name=name, phone=phone,
                                                              team_id=team))
        self.made["participants"].append(person.id)

    @rule(data=st.data(), title=st.sampled_from(TITLES))
    def add_offer_and_note(self, data, title):
        device = self.device(data)
        person = self.pick(data, self.people(device), "person")
        if person:
            records = Records(device.vault)
            offer = records.add(models.Offer(participant_id=person, title=title))
            records.add(models.Note(participant_id=person, body=f"About {title}"))
            self.made["offers"].append(offer.id)

    @rule(data=st.data(), field=st.sampled_from(("phone", "preferred_name", "status",
                                                 "languages")))
    def edit_person(self, data, field):
        device = self.device(data)
        person = self.pick(data, self.people(device), "person")
        if person:
            self._edit(device, person, field, data)

    def _edit(self, device: Device, person: str, field: str, data) -> None:
        value = data.draw({"phone": st.sampled_from(PHONES),
                           "preferred_name": st.sampled_from(NAMES),
                           "status": st.sampled_from(models.PARTICIPANT_STATUSES),
                           "languages": st.sampled_from(LANGUAGES)}[field], label="value")
        Records(device.vault).update(models.Participant, person, **{field: value})

    @rule(data=st.data(), field=st.sampled_from(("phone", "status", "languages")))
    def edit_the_same_field_on_two_laptops(self, data, field):
        first, second = data.draw(st.lists(st.sampled_from(self.devices), min_size=2,
                                           max_size=2, unique_by=id), label="laptops")
        shared = sorted(set(self.people(first)) & set(self.people(second)))
        person = self.pick(data, shared, "person")
        if person:
            self._edit(first, person, field, data)
            self._edit(second, person, field, data)

    @rule(data=st.data(), title=st.sampled_from(TITLES))
    def edit_offer(self, data, title):
        device = self.device(data)
        offer = self.pick(data, self.offers(device), "offer")
        if offer:
            Records(device.vault).update(models.Offer, offer, title=title)

    @rule(data=st.data(), what=st.sampled_from(("person", "offer")))
    def delete(self, data, what):
        device = self.device(data)
        found = self.people(device) if what == "person" else self.offers(device)
        row_id = self.pick(data, found, what)
        if row_id:
            Records(device.vault).delete(
                models.Participant if what == "person" else models.Offer, row_id)

    @rule(data=st.data())
    def erase(self, data):
        device = self.device(data)
        person = self.pick(data, self.people(device), "person")
        if person:
            erasure.erase_participant(device.vault, person)

    # ---- the network, crashes and clocks -------------------------------------------------

    @rule(data=st.data())
    def sync(self, data):
        self.device(data).sync()

    @rule(data=st.data(), when=st.sampled_from(("before", "after")),
          path=st.sampled_from((protocol.PUSH, protocol.PULL, protocol.ERASE)),
          nth=st.integers(1, 3))
    def sync_with_a_fault(self, data, when, path, nth):
        device = self.device(data)
        device.transport.fault = (when, path, nth)
        try:
            device.sync()
        except SyncError as error:
            assert "connection" in error.message or "dropped" in error.message
        finally:
            device.transport.fault = None

    @rule(data=st.data(), where=st.sampled_from(("merging a page", "recording an answer")))
    def crash_mid_sync(self, data, where):
        """The laptop dies inside a transaction (merging a pulled page, or noting what the
        hub took): it rolls back whole, and the laptop starts again."""
        device = self.device(data)
        module, name = (incoming, "apply") if where == "merging a page" else (outgoing, "finish")
        original = getattr(module, name)

        def dying(vault, *args, **kwargs):
            with vault.transaction():
                original(vault, *args, **kwargs)
                raise Crash(where)

        setattr(module, name, dying)
        try:
            device.sync()
        except Crash:
            pass
        finally:
            setattr(module, name, original)
        device.restart()

    @rule(data=st.data())
    def restart(self, data):
        self.device(data).restart()

    @rule(data=st.data(), skew=st.sampled_from(SKEWS_MS))
    def set_clock_wrong(self, data, skew):
        self.device(data).set_skew(skew)

    @rule(data=st.data())
    def carry_a_bundle(self, data):
        source, target = data.draw(st.lists(st.sampled_from(self.devices), min_size=2,
                                            max_size=2, unique_by=id), label="laptops")
        self.bundles += 1
        path = self.folder / f"bundle-{self.bundles}"
        bundle.export_bundle(source.vault, path)
        bundle.import_bundle(target.vault, path)
        assert bundle.import_bundle(target.vault, path) == 0  # twice: nothing new

    @precondition(lambda self: self.batches)
    @rule(data=st.data())
    def replay_a_push(self, data):
        self._replay(data.draw(st.sampled_from(self.batches), label="batch"))

    def _replay(self, batch) -> None:
        path, token, sent = batch
        before = self.hub_log()
        with sync_client.HubClient(self.hub_url, token,
                                   transport=BridgeTransport(self.hub)) as link:
            results = link.push([Change.from_wire(c) for c in sent], path=path)
        assert {r["status"] for r in results} <= {"duplicate", "erased"}, results
        assert self.hub_log() == before

    @property
    def hub_url(self) -> str:
        return state.load(self.devices[0].vault).hub_url

    def hub_log(self) -> list[dict]:
        return self.hub.log()

    # ---- the invariants ------------------------------------------------------------------

    def check_after_everyone_syncs_twice(self) -> None:
        for _ in range(2):
            for device in self.devices:
                device.sync()
        coordinators, linker = self.devices[:COORDINATORS], self.devices[-1]
        reference = replica(coordinators[0].vault)
        for device in coordinators[1:]:
            assert replica(device.vault) == reference, device.name
        assert replica(linker.vault) == self.linker_share(coordinators[0].vault, reference)

        log = self.hub_log()
        erased = set()
        for device in self.devices:
            erased |= set(query(device.vault, "SELECT tbl, row_id FROM erased"))
        erased_people = {row_id for tbl, row_id in erased if tbl == "participants"}
        for device in self.devices:
            held = {(tbl, row_id) for tbl, records in replica(device.vault).items()
                    for row_id in records}
            assert not held & erased, device.name
            for tbl, column in rows.PARTICIPANT_LINK.items():
                assert not {r[column] for r in replica(device.vault)[tbl].values()} & \
                    erased_people, (device.name, tbl)
        assert not [c for c in log if (c["tbl"], c["row_id"]) in erased and c["kind"] == "set"]

        self.check_nothing_acknowledged_was_lost(log, erased, reference)

        for batch in self.batches:
            self._replay(batch)
        for device in self.devices:
            before = self.device_state(device)
            with sync_client.HubClient(self.hub_url, self.hub.tokens[device.vault.device_id],
                                       transport=BridgeTransport(self.hub)) as link:
                page = link.pull(0, protocol.MAX_PAGE)
                changes = page.changes
                while page.more:
                    page = link.pull(page.next, protocol.MAX_PAGE)
                    changes += page.changes
            keys = state.load(device.vault).keys()
            incoming.apply(device.vault, incoming.open_all(keys, changes))
            after = self.device_state(device)
            for part, old, new in zip(("records", "field versions", "conflicts"), before,
                                      after):
                assert new == old, (device.name, part, difference(old, new))

    def linker_share(self, vault: Vault, reference: dict) -> dict:
        allowed = {protocol.SHARED, protocol.scope_of_team(self.north)}
        share = {}
        with vault.reading() as conn:
            for tbl, records in reference.items():
                share[tbl] = {}
                for row_id, record in records.items():
                    row = rows.fetch(conn, tbl, row_id)
                    if rows.scope_of(conn, tbl, row) in allowed:
                        share[tbl][row_id] = record
        return share

    def check_nothing_acknowledged_was_lost(self, log: list[dict], erased: set,
                                            reference: dict) -> None:
        """Each acknowledged value is the final one, or a later edit was made by someone who
        saw that value (their base is a write of that same value, or it is their own older
        write), or a conflict record keeps it. Values, not writes: two laptops that typed
        the same thing at once lose nothing when one of them is replaced."""
        on_hub = {c["change_id"] for c in log}
        keys = {bundle_key(self): self.org_key}
        by_field: dict[tuple, list[tuple[dict, object]]] = {}
        for change in log:
            if change["kind"] == "set":
                by_field.setdefault((change["tbl"], change["row_id"], change["col"]), []).append(
                    (change, envelope.open_value(keys, Change(**change))))
        kept: dict[tuple, set[str]] = {}
        for device in self.devices:
            for tbl, row_id, col, *values in query(
                    device.vault, "SELECT tbl, row_id, col, kept_value, other_value "
                    "FROM conflicts"):
                kept.setdefault((tbl, row_id, col), set()).update(values)
        for change in self.acked.values():
            record = (change["tbl"], change["row_id"])
            if record in erased:
                continue
            assert change["change_id"] in on_hub
            if change["kind"] != "set":
                continue
            field = (*record, change["col"])
            final = reference[change["tbl"]][change["row_id"]][change["col"]]
            value = envelope.open_value(keys, Change(**change))
            history = by_field.get(field, [])
            same_value = {c["hlc"] for c, v in history if v == value}
            seen = any(c["base_hlc"] in same_value or
                       (c["device_id"] == change["device_id"] and c["hlc"] > change["hlc"])
                       for c, _ in history if c["change_id"] != change["change_id"])
            assert value == final or seen or json.dumps(value) in kept.get(field, ()), \
                self.field_story(field, [c for c, _ in history], change, value, final)

    def field_story(self, field: tuple, log: list[dict], lost: dict, value, final) -> str:
        """Everything about one field, for a failure message: who wrote what, when."""
        names = {d.vault.device_id: d.name for d in self.devices}
        keys = {bundle_key(self): self.org_key}
        lines = [f"lost: {lost['hlc']} {names.get(lost['device_id'])} base={lost['base_hlc']} "
                 f"{value!r}; final {final!r}", "on the hub:"]
        for c in log:
            lines.append(f"  {c['seq']} {c['hlc']} {names.get(c['device_id'])} "
                         f"base={c['base_hlc']} {envelope.open_value(keys, Change(**c))!r}")
        tbl, row_id, col = field
        for device in self.devices:
            with device.vault.reading() as conn:
                row = rows.fetch(conn, tbl, row_id)
                known = rows.versions(conn, tbl, row_id).get(col)
            clock = rows.clocks(tbl, row)[col] if row else None
            lines.append(f"{device.name}: {row[col] if row else None!r} at {clock}; "
                         f"known {known}")
        return "\n".join(lines)

    def device_state(self, device: Device) -> tuple:
        return (replica(device.vault),
                query(device.vault, "SELECT * FROM field_versions ORDER BY 1, 2, 3"),
                query(device.vault, "SELECT tbl, row_id, col, kept_value, kept_hlc, "
                      "kept_device, other_value, other_hlc, other_device FROM conflicts "
                      "ORDER BY id"))


def difference(old, new) -> tuple:
    """What a replay added and removed, for the failure message."""
    def flat(value):
        if isinstance(value, dict):
            return {json.dumps([tbl, row_id, record], sort_keys=True, default=str)
                    for tbl, records in value.items() for row_id, record in records.items()}
        return {json.dumps(row, default=str) for row in value}
    return sorted(flat(new) - flat(old)), sorted(flat(old) - flat(new))


def bundle_key(machine: SyncMachine) -> str:
    return state.load(machine.devices[0].vault).key_id


TestSync = SyncMachine.TestCase
TestSync.settings = settings(max_examples=25, stateful_step_count=30, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.soak
class TestSyncSoak(SyncMachine.TestCase):
    settings = settings(max_examples=300, stateful_step_count=60, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow])
