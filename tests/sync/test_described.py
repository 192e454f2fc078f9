"""What the sync screens show beside the data: whose record a conflict is, names, roles, teams."""

import json

from desktop.core import models
from desktop.store.records import Records
from desktop.sync import conflicts, devices
from tests.conftest import agreed_to_keep_record


def conflict(vault, tbl: str, row_id: str, col: str, kept: object, other: object) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO conflicts (tbl, row_id, col, kept_value, kept_hlc, kept_device, "
            "other_value, other_hlc, other_device, noticed_at) "
            "VALUES (?, ?, ?, ?, 'h2', 'd1', ?, 'h1', 'd2', 'now')",
            (tbl, row_id, col, json.dumps(kept), json.dumps(other)))


def test_a_conflict_is_described_by_whose_record_it_is_and_the_names_in_it(vault):
    records = Records(vault)
    north, south = (records.add(models.Team(name=name)) for name in ("North", "South"))
    person = agreed_to_keep_record(records, records.add(models.Participant(
        full_name="Siân Pritchard", preferred_name="Sia")))
    offer = records.add(models.Offer(participant_id=person.id, title="Bread"))
    conflict(vault, "participants", person.id, "team_id", north.id, south.id)
    conflict(vault, "offers", offer.id, "title", "Bread", "Cakes")
    conflict(vault, "teams", "gone-from-here", "name", "East", "West")

    on_team, on_offer, not_here = conflicts.open_described(vault)
    assert on_team.conflict.col == "team_id" and on_team.owner == "Siân Pritchard (Sia)"
    assert on_team.names == {north.id: "North", south.id: "South"}
    assert (on_offer.owner, on_offer.names) == ("Siân Pritchard (Sia)", {})
    assert (not_here.owner, not_here.names) == ("", {})


def test_the_staff_role_is_read_from_the_vault(vault):
    assert devices.staff_role(vault) == "coordinator"  # whoever made the vault
    Records(vault).update(models.Staff, vault.staff_id, role="linker")
    assert devices.staff_role(vault) == "linker"
    Records(vault).delete(models.Staff, vault.staff_id)
    assert devices.staff_role(vault) is None


def test_team_names_leave_out_deleted_teams(vault):
    records = Records(vault)
    north, south = (records.add(models.Team(name=name)) for name in ("North", "South"))
    records.delete(models.Team, south.id)
    assert devices.team_names(vault) == {north.id: "North"}
