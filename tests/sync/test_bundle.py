"""Sync bundles: a USB stick between laptops; twice changes nothing; damage is refused whole."""

from pathlib import Path

import pytest

from desktop.core import models
from desktop.store.records import Records
from desktop.sync import bundle, client, erasure, state
from desktop.sync.errors import BundleError
from tests.conftest import query
from tests.sync.hub_helpers import LocalHub
from tests.sync.sync_helpers import replica


def without_staff(vault):
    return {tbl: rows for tbl, rows in replica(vault).items() if tbl != "staff"}


def test_a_bundle_carries_changes_and_importing_twice_changes_nothing(make_device, tmp_path):
    a, b = make_device("a"), make_device("b")
    person = Records(a).add(models.Participant(full_name="Siân Pritchard", languages=["cy"]))
    Records(a).add(models.Note(participant_id=person.id, body="Prefers mornings"))
    stick = tmp_path / "stick.offerbook"
    count = bundle.export_bundle(a, stick)
    assert count > 0
    raw = stick.read_bytes()
    assert raw.startswith(bundle.MAGIC) and b"Pritchard" not in raw and person.id.encode() \
        not in raw
    assert bundle.import_bundle(b, stick) == count
    assert without_staff(b)["participants"] == without_staff(a)["participants"]
    assert Records(b).get(models.Participant, person.id).languages == ["cy"]
    before = (replica(b), query(b, "SELECT * FROM relay"),
              query(b, "SELECT * FROM field_versions"))
    assert bundle.import_bundle(b, stick) == 0
    assert (replica(b), query(b, "SELECT * FROM relay"),
            query(b, "SELECT * FROM field_versions")) == before
    assert client.waiting(a) > 0  # exporting sends nothing: a still pushes its own


def test_bundles_carry_erasures_and_hop_between_laptops(make_device, tmp_path):
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    person = Records(a).add(models.Participant(full_name="Siân Pritchard"))
    bundle.export_bundle(a, tmp_path / "1")
    bundle.import_bundle(b, tmp_path / "1")
    bundle.export_bundle(b, tmp_path / "2")  # b passes on what it got from a
    bundle.import_bundle(c, tmp_path / "2")
    assert person.id in replica(c)["participants"]
    erasure.erase_participant(b, person.id)
    bundle.export_bundle(b, tmp_path / "3")
    bundle.import_bundle(c, tmp_path / "3")
    bundle.import_bundle(c, tmp_path / "2")  # the old bundle again: nothing comes back
    assert person.id not in replica(c)["participants"]
    assert query(c, "SELECT count(*) FROM relay WHERE row_id = ? AND change LIKE "
                    "'%\"set\"%'", (person.id,)) == [(0,)]


def flip(path: Path, position: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[position] ^= 0x01
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("damage", ["flip-header", "flip-body", "flip-tag", "truncate",
                                    "empty", "not-a-bundle", "newer"])
def test_a_damaged_bundle_is_refused_and_nothing_changes(make_device, tmp_path, damage):
    a, b = make_device("a"), make_device("b")
    Records(a).add(models.Participant(full_name="Siân Pritchard"))
    stick = tmp_path / "stick"
    bundle.export_bundle(a, stick)
    raw = stick.read_bytes()
    if damage == "flip-header":
        flip(stick, len(bundle.MAGIC) + 3)
    elif damage == "flip-body":
        flip(stick, len(raw) // 2)
    elif damage == "flip-tag":
        flip(stick, len(raw) - 1)
    elif damage == "truncate":
        stick.write_bytes(raw[:len(raw) - 40])
    elif damage == "empty":
        stick.write_bytes(b"")
    elif damage == "not-a-bundle":
        stick.write_bytes(b"%PDF-1.7\n" + raw)
    else:
        stick.write_bytes(raw[:len(bundle.MAGIC)] + bytes([bundle.VERSION + 1]) +
                          raw[len(bundle.MAGIC) + 1:])
    before = replica(b)
    with pytest.raises(BundleError, match="nothing was imported|Nothing was imported|newer"):
        bundle.import_bundle(b, stick)
    assert replica(b) == before
    assert query(b, "SELECT count(*) FROM relay") == [(0,)]


def test_another_organisations_bundle_is_refused(make_device, tmp_path):
    a, b = make_device("a"), make_device("b")
    Records(a).add(models.Participant(full_name="Siân Pritchard"))
    bundle.export_bundle(a, tmp_path / "stick")
    other = state.load(b)
    other.org_key = bytes(32)
    state.save(b, other)
    with pytest.raises(BundleError, match="another organisation, so nothing was imported"):
        bundle.import_bundle(b, tmp_path / "stick")
    other.key_id = "another"
    state.save(b, other)
    with pytest.raises(BundleError, match="another organisation"):
        bundle.import_bundle(b, tmp_path / "stick")


def test_a_missing_file_is_named(make_device, tmp_path):
    with pytest.raises(BundleError, match="no file at"):
        bundle.import_bundle(make_device("a"), tmp_path / "nowhere")


def test_imported_changes_go_on_to_the_hub(tmp_path, org_key):
    from desktop.store.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    hub = LocalHub(tmp_path, org_key)
    opened = []
    try:
        for name in ("offline", "online", "elsewhere"):
            vault, _ = Vault.create(tmp_path / name, name, PASSPHRASE, kdf=FAST_KDF)
            opened.append(hub.join(vault))
        offline, online, elsewhere = opened
        person = Records(offline).add(models.Participant(full_name="Siân Pritchard"))
        bundle.export_bundle(offline, tmp_path / "stick")
        bundle.import_bundle(online, tmp_path / "stick")
        with hub.client(online) as link:
            client.sync(online, link)
        with hub.client(elsewhere) as link:
            client.sync(elsewhere, link)
        assert person.id in replica(elsewhere)["participants"]
        with hub.client(offline) as link:  # the offline laptop gets online at last
            report = client.sync(offline, link)
        assert report.refused == 0 and report.waiting == 0
        assert without_staff(offline) == without_staff(online) == without_staff(elsewhere)
    finally:
        for vault in opened:
            vault.close()
        hub.close()


def test_a_linkers_laptop_takes_only_its_teams_share_of_a_bundle(make_device, tmp_path):
    office = make_device("office")
    records = Records(office)
    north, south = records.add(models.Team(name="North")), records.add(models.Team(name="South"))
    ours = records.add(models.Participant(full_name="In the north", team_id=north.id))
    theirs = records.add(models.Participant(full_name="In the south", team_id=south.id))
    linker = make_device("linker", role="linker", teams=[north.id])
    bundle.export_bundle(office, tmp_path / "stick")
    bundle.import_bundle(linker, tmp_path / "stick")
    people = replica(linker)["participants"]
    assert ours.id in people and theirs.id not in people
    assert set(replica(linker)["teams"]) == {north.id, south.id}
    assert query(linker, "SELECT count(*) FROM relay WHERE row_id = ?", (theirs.id,)) == [(0,)]
