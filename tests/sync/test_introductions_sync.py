"""Introductions and their follow-ups in sync: they belong to the team of the person who made
the offer, travel between laptops through the real hub step by step, an older laptop's words
are read as the new ones, and one made offline to an erased person's request goes on arrival."""

from datetime import date, timedelta

from desktop.core import models
from desktop.core.introductions import Step
from desktop.store import follow_ups, introductions
from desktop.store.records import Records
from desktop.sync import client as sync_client, erasure, protocol, rows
from tests.sync.sync_helpers import apply_all, pending_changes, push_all, replica

TODAY = date.today()


def two_teams(records):
    """Siân (North) offers bread; Kofi (South) asked to learn baking; both agreed to share."""
    north, south = records.add(models.Team(name="North")), records.add(models.Team(name="South"))
    people = {}
    for name, team in (("Siân Pritchard", north), ("Kofi Mensah", south)):
        person = records.add(models.Participant(full_name=name, team_id=team.id))
        records.add(models.Consent(participant_id=person.id, purpose="share-with-organisations",
                                   given=True, recorded_on=TODAY.isoformat()))
        people[name.split()[0]] = person
    offer = records.add(models.Offer(participant_id=people["Siân"].id, title="I bake bread",
                                     status="agreed"))
    request = records.add(models.Request(participant_id=people["Kofi"].id,
                                         title="Learn to bake"))
    return north, south, people, offer, request


def test_an_introduction_is_the_offer_makers_teams_never_the_askers(make_device):
    a = make_device("a")
    north, south, _, offer, request = two_teams(Records(a))
    intro = introductions.introduce(a, offer.id, request_id=request.id)
    introductions.advance(a, intro.id, Step("agreed"))
    introductions.advance(a, intro.id, Step("planned", day=TODAY + timedelta(days=3)))
    scope = {(c.tbl, c.row_id): c.scope for c in pending_changes(a)}
    assert scope[("introductions", intro.id)] == f"team:{north.id}"
    [after] = follow_ups.for_introduction(a, intro.id)
    assert scope[("follow_ups", after.id)] == f"team:{north.id}"

    # A laptop holding the request but not the offer cannot tell the team: it never guesses
    # the asker's.
    with a.transaction() as conn:
        conn.execute("DELETE FROM offers WHERE id = ?", [offer.id])
        row = rows.fetch(conn, "introductions", intro.id)
        assert rows.participant_of(conn, "introductions", row) is None
        assert rows.scope_of(conn, "introductions", row) == "team:"
        assert rows.people_of(conn, "introductions", row) == {request.participant_id}
        assert south.id  # the asker's team, which the introduction is not in


def test_one_made_offline_to_an_erased_persons_request_goes_on_arrival(make_device):
    a, b = make_device("a"), make_device("b")
    _, _, people, offer, request = two_teams(Records(a))
    log: list = []
    push_all(a, log)
    apply_all(b, log)
    intro = introductions.introduce(b, offer.id, request_id=request.id)  # b is offline
    erasure.erase_participant(a, people["Kofi"].id)
    outcome = apply_all(a, push_all(b, log))
    assert outcome.erased >= 1
    assert intro.id not in replica(a)["introductions"]
    assert offer.id in replica(a)["offers"]  # Siân's offer stays


def sync(hub, vault):
    with hub.client(vault) as client:
        return sync_client.sync(vault, client)


def open_kinds(vault, person_id):
    return [(f.kind, f.due_on) for f in follow_ups.open_for_person(vault, person_id)]


def test_introductions_move_on_across_laptops_through_the_hub(hub, devices):
    office = devices("office")
    north, south, people, offer, request = two_teams(Records(office))
    sync(hub, office)
    sian = people["Siân"].id
    north_laptop = devices("north", role=protocol.LINKER, teams=[north.id])
    south_laptop = devices("south", role=protocol.LINKER, teams=[south.id])
    sync(hub, north_laptop)

    # The office introduces Siân's offer to Kofi's request (a coordinator sees both teams).
    intro = introductions.introduce(office, offer.id, request_id=request.id)
    introductions.advance(office, intro.id, Step("agreed"))
    meeting = TODAY + timedelta(days=4)
    introductions.advance(office, intro.id, Step("planned", day=meeting, place="Library",
                                                 linker_goes=True))
    sync(hub, office)
    sync(hub, north_laptop)
    arrived = Records(north_laptop).get(models.Introduction, intro.id)
    assert (arrived.status, arrived.planned_on, arrived.place) == (
        "planned", meeting.isoformat(), "Library")
    assert open_kinds(north_laptop, sian) == [("after-meeting",
                                               (meeting + timedelta(days=1)).isoformat())]

    # They met: recorded on the North laptop, the check-in replaces the after-meeting one.
    introductions.advance(north_laptop, intro.id, Step("met", day=TODAY))
    sync(hub, north_laptop)
    sync(hub, office)
    assert Records(office).get(models.Introduction, intro.id).status == "met"
    assert open_kinds(office, sian) == [("check-in", (TODAY + timedelta(weeks=4)).isoformat())]
    assert introductions.seed_measure(office, TODAY).linked == 0  # Siân had no conversation

    # An older laptop still writes the old words: "ongoing" arrives, "going well" is read.
    with north_laptop.transaction() as conn:
        row = rows.fetch(conn, "introductions", intro.id)
        Records(north_laptop)._write_changes(conn, models.Introduction, row,
                                             {"status": "ongoing"}, action="update")
    sync(hub, north_laptop)
    sync(hub, office)
    [listed] = introductions.for_person(office, sian)
    assert (listed.status, listed.next_steps) == ("going-well", ("did-not-work-out", "ended"))
    assert Records(office).get(models.Introduction, intro.id).status == "going-well"
    introductions.advance(office, intro.id, Step("ended"))
    sync(hub, office)
    sync(hub, north_laptop)
    assert Records(north_laptop).get(models.Introduction, intro.id).status == "ended"
    assert replica(north_laptop)["introductions"] == replica(office)["introductions"]

    # The asker's team's laptop has Kofi and his request, but not the introduction.
    sync(hub, south_laptop)
    assert request.id in replica(south_laptop)["requests"]
    assert replica(south_laptop)["introductions"] == {}
    assert replica(south_laptop)["follow_ups"] == {}
