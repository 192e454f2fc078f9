"""Matching over the vault: the tag posting lists stay right however records change, the
index finds what a full scan finds, and consent holds through the store."""

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
import secrets
import tempfile

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from desktop.core import models
from desktop.core.errors import NotFound
from desktop.core.match_sides import consents_in_force
from desktop.core.matching import KEEP, OFFER, OPPORTUNITY, REQUEST, SHARE, Matcher, Viewer
from desktop.store import match_candidates
from desktop.store.access import add_staff
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync.erasure import erase_participant
from tests.conftest import FAST_KDF, PASSPHRASE, query
from tests.sync.sync_helpers import apply_all, connect, pending_changes

TODAY = date(2026, 5, 4)
MATCHER = Matcher()


def postings(vault: Vault) -> set[tuple]:
    return set(query(vault, "SELECT tbl, tag, id, status FROM tag_postings"))


def expected_postings(vault: Vault) -> set[tuple]:
    """What the posting lists must hold: every tag of every record not deleted."""
    found = set()
    for cls in (models.Offer, models.Request, models.Opportunity):
        for record in Records(vault).find(cls):
            found |= {(cls.TABLE, tag, record.id, record.status) for tag in record.tags}
    return found


def index_tables(vault: Vault) -> tuple[set[tuple], set[tuple]]:
    with vault.reading() as conn:
        return (set(conn.execute("SELECT * FROM tag_postings")),
                set(conn.execute("SELECT * FROM match_people")))


def rebuilt_tables(vault: Vault) -> tuple[set[tuple], set[tuple]]:
    """The index as 0008 first fills it, from the records as they are now."""
    with vault.reading() as conn:
        return (set(conn.execute("SELECT * FROM match_offer_postings UNION ALL "
                                 "SELECT * FROM match_request_postings UNION ALL "
                                 "SELECT * FROM match_opportunity_postings")),
                set(conn.execute("SELECT * FROM match_people_source")))


def assert_index_right(vault: Vault) -> None:
    assert postings(vault) == expected_postings(vault)
    assert index_tables(vault) == rebuilt_tables(vault)


def person(records: Records, *, team: str | None = None, share: bool = True,
           **fields) -> models.Participant:
    p = records.add(models.Participant(full_name=fields.pop("name", "Sam Example"),
                                       team_id=team, postcode=fields.pop("postcode", "LS6 1AB"),
                                       **fields))
    records.add(models.Consent(participant_id=p.id, purpose=KEEP, recorded_on="2026-01-01"))
    if share:
        records.add(models.Consent(participant_id=p.id, purpose=SHARE,
                                   recorded_on="2026-01-01"))
    return p


def offer(records: Records, who: models.Participant, tags: list[str], **fields) -> models.Offer:
    return records.add(models.Offer(participant_id=who.id, title="I can help", tags=tags,
                                    status=fields.pop("status", "agreed"), **fields))


def request(records: Records, who: models.Participant, tags: list[str],
            **fields) -> models.Request:
    return records.add(models.Request(participant_id=who.id, title="Help wanted", tags=tags,
                                      status=fields.pop("status", "open"), **fields))


def matched_ids(vault: Vault, kind: str, record_id: str, **kwargs) -> list[str]:
    found = match_candidates.find_matches(vault, MATCHER, kind, record_id, today=TODAY,
                                          **kwargs)
    return [m.id for m in found.matches.matches]


# ---- the posting lists ---------------------------------------------------------------------

def test_postings_follow_inserts_tag_edits_status_and_tombstones(vault):
    records = Records(vault)
    sam = person(records)
    cooking = offer(records, sam, ["cooking", "baking"])
    wanted = request(records, sam, ["gardening"])
    opp = records.add(models.Opportunity(title="Lunch club", tags=["catering-for-groups"]))
    assert_index_right(vault)
    assert ("offers", "baking", cooking.id, "agreed") in postings(vault)

    records.update(models.Offer, cooking.id, tags=["cooking", "sewing"])
    records.update(models.Request, wanted.id, status="closed")
    records.update(models.Opportunity, opp.id, tags=[])
    assert_index_right(vault)
    assert ("offers", "baking", cooking.id, "agreed") not in postings(vault)
    assert ("requests", "gardening", wanted.id, "closed") in postings(vault)
    assert not [p for p in postings(vault) if p[2] == opp.id]

    records.delete(models.Offer, cooking.id)
    assert not [p for p in postings(vault) if p[2] == cooking.id]
    assert_index_right(vault)


def test_people_rows_follow_consents_introductions_and_their_records(vault):
    records = Records(vault)
    sam, ana = person(records, share=False), person(records, name="Ana")
    cooking = offer(records, sam, ["cooking"])
    wanted = request(records, ana, ["cooking"])
    assert_index_right(vault)
    given = records.add(models.Consent(participant_id=sam.id, purpose=SHARE,
                                       recorded_on="2026-02-01", expires_on="2027-02-01"))
    records.update(models.Consent, given.id, withdrawn_on="2026-04-01")
    records.update(models.Participant, sam.id, postcode="LS7 1AA", status="paused",
                   languages=["Welsh"])
    intro = records.add(models.Introduction(offer_id=cooking.id, request_id=wanted.id))
    assert_index_right(vault)
    records.update(models.Introduction, intro.id, status="agreed")
    records.update(models.Introduction, intro.id, status="planned", planned_on="2026-04-02")
    records.update(models.Introduction, intro.id, status="met", met_on="2026-04-02")
    assert query(vault, "SELECT participant_id FROM match_people WHERE linked") == sorted(
        [(sam.id,), (ana.id,)])
    assert_index_right(vault)
    # An "ended" counts once they met, not before (introductions.reached_meeting).
    records.update(models.Introduction, intro.id, status="ended", met_on="")
    assert query(vault, "SELECT count(*) FROM match_people WHERE linked") == [(0,)]
    records.update(models.Introduction, intro.id, met_on="2026-04-02")
    assert query(vault, "SELECT count(*) FROM match_people WHERE linked") == [(2,)]
    assert_index_right(vault)
    records.delete(models.Introduction, intro.id)
    records.delete(models.Consent, given.id)
    records.delete(models.Participant, ana.id)
    assert query(vault, "SELECT count(*) FROM match_people WHERE linked") == [(0,)]
    assert_index_right(vault)


def test_records_arriving_by_sync_and_erasure_keep_the_index(tmp_path):
    key = secrets.token_bytes(32)
    laptops = [connect(Vault.create(tmp_path / name, name, PASSPHRASE, kdf=FAST_KDF)[0], key)
               for name in ("a", "b")]
    a, b = laptops
    try:
        records = Records(a)
        sam, ana = person(records), person(records, name="Ana")
        cooking = offer(records, sam, ["cooking"], conditions="not mornings",
                        availability={"sat": ["morning", "evening"]})
        wanted = request(records, ana, ["gardening", "growing-food"])
        records.add(models.Introduction(offer_id=cooking.id, request_id=wanted.id,
                                        status="met", met_on="2026-04-02"))
        records.add(models.Opportunity(title="Club", tags=["cooking"], schedule="Sundays",
                                       availability={"sun": ["evening"]}, postcode="LS6 1AB"))
        # The introduction first, then what it names: sync may bring them in any order.
        changes = pending_changes(a)
        apply_all(b, sorted(changes, key=lambda c: c.tbl != "introductions"))
        assert ("offers", "cooking", cooking.id, "agreed") in postings(b)
        assert index_tables(b) == index_tables(a)
        assert_index_right(b)
        assert query(b, "SELECT count(*) FROM match_people WHERE linked") == [(2,)]

        records.update(models.Offer, cooking.id, tags=["baking"], status="active")
        records.delete(models.Request, wanted.id)
        records.add(models.Consent(participant_id=ana.id, purpose=SHARE,
                                   recorded_on="2026-03-01", given=False))
        apply_all(b, pending_changes(a))
        assert_index_right(b)
        assert ("offers", "baking", cooking.id, "active") in postings(b)
        assert not [p for p in postings(b) if p[2] == wanted.id]
        assert index_tables(b) == index_tables(a)

        erase_participant(b, sam.id)
        assert_index_right(b)
        assert not query(b, "SELECT * FROM match_people WHERE participant_id = ?", (sam.id,))
        assert not [p for p in postings(b) if p[2] == cooking.id]
    finally:
        for laptop in laptops:
            laptop.close()


def test_tags_or_grids_that_are_not_json_count_as_none_and_do_not_fail_the_write(vault):
    sam = person(Records(vault))
    with vault.transaction() as conn:  # as a change from a newer version might leave them
        conn.execute("INSERT INTO offers (id, created_at, updated_hlc, participant_id, tags, "
                     "availability, status) VALUES ('x1', '', '0', ?, 'not json', '[1]', "
                     "'agreed')", (sam.id,))
        conn.execute("UPDATE offers SET tags = '[\"cooking\", 3]', availability = "
                     "'{\"mon\": \"morning\", \"sat\": [\"evening\", \"noon\"]}' "
                     "WHERE id = 'x1'")
    assert query(vault, "SELECT tag, grid FROM tag_postings WHERE id = 'x1'") == [
        ("cooking", 1 << 17)]  # Saturday evening: day 5 * 3 + part 2


# ---- matching through the store ------------------------------------------------------------

def test_an_offer_finds_requests_and_opportunities_with_reasons(vault):
    records = Records(vault)
    sam = person(records, languages=["Polish", "English"])
    ana = person(records, name="Ana", languages=["Polish"], postcode="LS6 2AB")
    gardens = offer(records, sam, ["gardening"], availability={"sat": ["morning"]})
    wanted = request(records, ana, ["gardening"], availability={"sat": ["morning"]})
    related = request(records, ana, ["growing-food"])
    request(records, ana, ["sewing"])  # nothing in common
    request(records, ana, ["gardening"], status="closed")  # no longer open
    opp = records.add(models.Opportunity(title="Sunday gardeners", tags=["gardening"],
                                         availability={"sun": ["morning"]}))
    found = match_candidates.find_matches(vault, MATCHER, OFFER, gardens.id, today=TODAY)
    assert [m.id for m in found.matches.matches] == [wanted.id, opp.id, related.id]
    words = MATCHER.words(found.matches.matches[0])
    assert "Both free Saturday mornings" in words and "Both speak Polish" in words
    assert found.candidates == 3  # open and sharing a gift (or its family): nothing else read


def test_nobody_of_another_team_is_shown_without_agreeing_to_share(vault):
    records = Records(vault)
    north, south = (records.add(models.Team(name=n)) for n in ("North", "South"))
    sam = person(records, team=north.id)
    mine = request(records, person(records, team=north.id, share=False), ["cooking"])
    theirs = request(records, person(records, team=south.id, share=False), ["cooking"])
    shared = request(records, person(records, team=south.id), ["cooking"])
    cooking = offer(records, sam, ["cooking"])
    linker = Viewer(frozenset({north.id}))
    found = match_candidates.find_matches(vault, MATCHER, OFFER, cooking.id, today=TODAY,
                                          viewer=linker)
    assert {m.id for m in found.matches.matches} == {mine.id, shared.id}
    assert theirs.id not in {m.id for m in found.matches.matches}
    assert found.matches.withheld == {SHARE: 1}
    assert MATCHER.withheld_words(found.matches) == [
        "1 more would match if they agreed to share with organisations"]
    assert next(m for m in found.matches.matches if m.id == mine.id).consent_needed == (SHARE,)
    # The coordinator sees the whole organisation; an organisation only those who agreed.
    everyone = matched_ids(vault, OFFER, cooking.id, viewer=Viewer(every_team=True))
    assert set(everyone) == {mine.id, theirs.id, shared.id}
    assert matched_ids(vault, OFFER, cooking.id, viewer=Viewer(organisation=True)) == [
        shared.id]


def test_consent_withdrawn_or_expired_counts_from_that_day(vault):
    records = Records(vault)
    sam = person(records)
    ana = person(records, share=False)
    records.add(models.Consent(participant_id=ana.id, purpose=SHARE, recorded_on="2026-02-01",
                               withdrawn_on="2026-05-04"))
    request(records, ana, ["cooking"])
    cooking = offer(records, sam, ["cooking"])
    org = Viewer(organisation=True)
    assert len(matched_ids(vault, OFFER, cooking.id, viewer=org,)) == 0
    before = match_candidates.find_matches(vault, MATCHER, OFFER, cooking.id, viewer=org,
                                           today=TODAY - timedelta(days=1))
    assert len(before.matches.matches) == 1


def test_what_was_already_introduced_is_left_out(vault):
    records = Records(vault)
    sam, ana = person(records), person(records, name="Ana")
    cooking = offer(records, sam, ["cooking"])
    first, second = request(records, ana, ["cooking"]), request(records, ana, ["cooking"])
    opp = records.add(models.Opportunity(title="Lunch club", tags=["cooking"]))
    records.add(models.Introduction(offer_id=cooking.id, request_id=first.id))
    records.add(models.Introduction(offer_id=cooking.id, opportunity_id=opp.id))
    assert matched_ids(vault, OFFER, cooking.id) == [second.id]
    assert matched_ids(vault, REQUEST, first.id) == [opp.id]  # the one offer: introduced
    assert matched_ids(vault, OPPORTUNITY, opp.id) == []


def test_people_linked_by_a_met_introduction_come_after_those_not_yet_linked(vault):
    records = Records(vault)
    sam, ana, bo = person(records), person(records, name="Ana"), person(records, name="Bo")
    cooking = offer(records, sam, ["cooking"])
    anas, bos = request(records, ana, ["cooking"]), request(records, bo, ["cooking"])
    earlier = offer(records, ana, ["sewing"])
    club = records.add(models.Opportunity(title="Repair café", tags=["sewing"]))
    records.add(models.Introduction(offer_id=earlier.id, opportunity_id=club.id,
                                    status="going-well", met_on="2026-03-01"))
    found = match_candidates.find_matches(vault, MATCHER, OFFER, cooking.id, today=TODAY)
    assert [m.id for m in found.matches.matches] == [bos.id, anas.id]
    assert [m.linked for m in found.matches.matches] == [False, True]


def test_an_unknown_or_deleted_id_is_not_found(vault):
    records = Records(vault)
    gone = offer(records, person(records), ["cooking"])
    records.delete(models.Offer, gone.id)
    for record_id in ("no-such-id", gone.id):
        with pytest.raises(NotFound, match="no offer with the id"):
            match_candidates.find_matches(vault, MATCHER, OFFER, record_id)


def test_the_viewer_is_the_unlocked_staff_member(vault_dir, vault):
    assert match_candidates.viewer_for(vault) == Viewer(every_team=True)  # the coordinator
    north = Records(vault).add(models.Team(name="North"))
    add_staff(vault, "Lin Linker", "linker passphrase words", team_id=north.id, kdf=FAST_KDF)
    vault.close()
    with Vault.unlock(vault_dir, "linker passphrase words") as linker:
        assert match_candidates.viewer_for(linker) == Viewer(frozenset({north.id}))


# ---- the index finds what a full scan finds --------------------------------------------------

TAGS = ("cooking", "baking", "gardening", "growing-food", "sewing", "driving", "listening")
DAYS = st.dictionaries(st.sampled_from(("mon", "sat")),
                       st.lists(st.sampled_from(("morning", "evening")), min_size=1,
                                max_size=2, unique=True), max_size=2)
DATES = st.sampled_from(("", "2026-01-01", "2026-05-04", "2026-05-05", "2027-01-01"))


@st.composite
def vault_contents(draw) -> dict:
    people = draw(st.lists(st.fixed_dictionaries({
        "team": st.sampled_from((None, 0, 1)),
        "postcode": st.sampled_from(("LS6 1AB", "LS7 2CD", "BT1 1AA", "", "LS99 1AA")),
        "languages": st.lists(st.sampled_from(("English", "Polish", "Urdu")), max_size=2),
        "needs": st.sampled_from(("", "BSL user", "needs a lift")),
        "status": st.sampled_from(("active", "active", "paused")),
        "deleted": st.booleans(),
        "consents": st.lists(st.fixed_dictionaries({
            "purpose": st.sampled_from((KEEP, KEEP, SHARE, "contact")),
            "given": st.booleans(), "recorded_on": DATES, "withdrawn_on": DATES,
            "expires_on": DATES}), max_size=3),
    }), min_size=1, max_size=6))
    def items(statuses: tuple[str, ...]) -> st.SearchStrategy[list[dict]]:
        return st.lists(st.fixed_dictionaries({
            "who": st.integers(0, len(people) - 1),
            "tags": st.lists(st.sampled_from(TAGS), max_size=2),
            "grid": DAYS, "deleted": st.booleans(), "status": st.sampled_from(statuses),
            "conditions": st.sampled_from(("", "not mornings", "women only"))}), max_size=6)

    return {"people": people,
            "offers": draw(items(models.OFFER_STATUSES)),
            "requests": draw(items(models.REQUEST_STATUSES)),
            "opportunities": draw(st.lists(st.fixed_dictionaries({
                "tags": st.lists(st.sampled_from(TAGS), max_size=2), "grid": DAYS,
                "schedule": st.sampled_from(("", "Saturdays 10:00 to 12:00")),
                "status": st.sampled_from(models.OPPORTUNITY_STATUSES),
                "postcode": st.sampled_from(("LS6 3EF", ""))}), max_size=4)),
            "introductions": draw(st.lists(st.tuples(
                st.integers(0, 5), st.integers(0, 5),
                st.sampled_from(("suggested", "met", "ended", "ongoing", "declined")),
                st.sampled_from(("", "2026-04-01"))), max_size=3)),
            "viewer": draw(st.sampled_from(("team0", "team1", "everyone", "organisation")))}


def fill(vault: Vault, contents: dict) -> dict[str, list]:
    records = Records(vault)
    teams = [records.add(models.Team(name=f"Team {n}")) for n in range(2)]
    people = []
    for spec in contents["people"]:
        p = records.add(models.Participant(
            full_name="Someone", team_id=None if spec["team"] is None else teams[spec["team"]].id,
            postcode=spec["postcode"], languages=spec["languages"],
            accessibility_needs=spec["needs"], status=spec["status"]))
        for c in spec["consents"]:
            records.add(models.Consent(participant_id=p.id, **c))
        if spec["deleted"]:
            records.delete(models.Participant, p.id)
        people.append(p)
    made: dict[str, list] = {"offers": [], "requests": [], "opportunities": [], "gone": []}
    for table, cls in (("offers", models.Offer), ("requests", models.Request)):
        for spec in contents[table]:
            extra = {"conditions": spec["conditions"]} if cls is models.Offer else {}
            record = records.add(cls(participant_id=people[spec["who"]].id, title="Words",
                                     tags=spec["tags"], availability=spec["grid"],
                                     status=spec["status"], **extra))
            if spec["deleted"]:
                records.delete(cls, record.id)
                made["gone"].append(record.id)
            made[table].append(record)
    for spec in contents["opportunities"]:
        made["opportunities"].append(records.add(models.Opportunity(
            title="Club", tags=spec["tags"], availability=spec["grid"],
            schedule=spec["schedule"], status=spec["status"], postcode=spec["postcode"])))
    for n_offer, n_other, status, met_on in contents["introductions"]:
        if made["offers"] and made["requests"]:
            with vault.transaction() as conn:  # as an old laptop may sync it ("ongoing")
                conn.execute(
                    "INSERT OR IGNORE INTO introductions (id, created_at, updated_hlc, offer_id, "
                    "request_id, status, met_on) VALUES (?, '', '0', ?, ?, ?, ?)",
                    (f"i{n_offer}{n_other}{status}{met_on}",
                     made["offers"][n_offer % len(made["offers"])].id,
                     made["requests"][n_other % len(made["requests"])].id, status, met_on))
    made["teams"] = teams
    return made


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(vault_contents())
def test_the_index_finds_exactly_what_a_full_scan_finds(contents):
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(Path(folder) / "v", "C", PASSPHRASE, kdf=FAST_KDF)
        try:
            made = fill(vault, contents)
            assert_index_right(vault)
            teams = made["teams"]
            viewer = {"team0": Viewer(frozenset({teams[0].id})),
                      "team1": Viewer(frozenset({teams[1].id})),
                      "everyone": Viewer(every_team=True),
                      "organisation": Viewer(organisation=True)}[contents["viewer"]]
            check_every_query(vault, made, viewer)
            check_people(vault, made)
        finally:
            vault.close()


def check_every_query(vault: Vault, made: dict[str, list], viewer: Viewer) -> None:
    for kind, table in ((OFFER, "offers"), (REQUEST, "requests"),
                        (OPPORTUNITY, "opportunities")):
        for record in made[table]:
            if record.id in made["gone"]:
                continue
            indexed = match_candidates.find_matches(vault, MATCHER, kind, record.id,
                                                    limit=None, viewer=viewer, today=TODAY)
            scanned = match_candidates.find_matches(vault, MATCHER, kind, record.id,
                                                    limit=None, viewer=viewer, today=TODAY,
                                                    scan=True)
            assert indexed.matches == scanned.matches
            assert indexed.query == scanned.query
            for match in indexed.matches.matches:
                if match.participant_id is not None:
                    check_consent(vault, match.participant_id, viewer)


def check_consent(vault: Vault, participant_id: str, viewer: Viewer) -> None:
    """A person shown agreed to a record being kept and, unless they are the viewer's own
    team's, to sharing: worked out by the core rule from every consent record."""
    records = Records(vault)
    who = records.get(models.Participant, participant_id, include_deleted=True)
    consents = records.find(models.Consent, "participant_id = ?", [participant_id])
    in_force = consents_in_force(consents, TODAY)
    assert KEEP in in_force
    assert SHARE in in_force or viewer.own_team(who.team_id)


def check_people(vault: Vault, made: dict[str, list]) -> None:
    """Every candidate's person, as the index and as the full scan make them, is the person the
    core builders make from the full records (every consent answer)."""
    with vault.reading() as conn:
        for kind in (OFFER, REQUEST, OPPORTUNITY):
            alive = [r for r in made[match_candidates.TABLES[kind]] if r.id not in made["gone"]]
            for record in alive[:1]:
                query_side = match_candidates.load_side(conn, kind, record.id, TODAY)
                tags = MATCHER.index_tags(query_side)
                for side in (match_candidates.scan_candidates(conn, query_side, TODAY)
                             + match_candidates.read_candidates(conn, query_side, TODAY, tags)):
                    if side.person is None:
                        continue
                    core = match_candidates.load_person(conn, side.person.id, TODAY)
                    assert side.person == replace(core, consents=core.consents & {KEEP, SHARE})
