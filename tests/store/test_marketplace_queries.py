"""The marketplace register's queries against a real vault: every filter gives what a plain
reading of the records gives, counts are exact, the index follows every kind of write."""

from itertools import product
import shutil

import pytest

from desktop.core import models
from desktop.core.demo import DemoGenerator
from desktop.core.match_features import FAMILIES, grid_mask
from desktop.core.match_sides import OFFER, OPPORTUNITY, REQUEST
from desktop.core.offers import DAYS, PARTS
from desktop.core.places import outward_code
from desktop.store import marketplace_queries as mq, migrations
from desktop.store.connection import connect
from desktop.store.demo_writer import write_demo
from desktop.store.marketplace_queries import ANY, CURRENT, KINDS, Filters
from desktop.store.records import Records
from desktop.store.vault import DB_FILE, Vault
from desktop.sync.erasure import erase_participant
from tests.conftest import FAST_KDF, PASSPHRASE, query

CLASSES = {OFFER: models.Offer, REQUEST: models.Request, OPPORTUNITY: models.Opportunity}
EVERYTHING = Filters()


def ids(vault, kind: str, filters: Filters = EVERYTHING, limit: int = 10_000) -> list[str]:
    with vault.reading() as conn:
        return [row.id for row in mq.rows(conn, kind, filters, limit)]


def counts(vault, filters: Filters = EVERYTHING) -> dict[str, int]:
    return mq.register(vault, filters, OFFER).counts


def expected(vault, kind: str, filters: Filters) -> set[str]:
    """What the filters mean, worked out from the records in Python (typed words aside)."""
    records = Records(vault)
    people = {p.id: p for p in records.find(models.Participant)}
    found = set()
    for record in records.find(CLASSES[kind]):
        if kind == OPPORTUNITY:
            team = linker = None
            district, languages = outward_code(record.postcode), record.languages
        else:
            person = people.get(record.participant_id)
            team, linker = (person.team_id, person.linker_id) if person else (None, None)
            district = outward_code(person.postcode) if person else ""
            languages = person.languages if person else []
        status = filters.status_of(kind)
        if status == CURRENT and record.status in mq.FINISHED[kind]:
            continue
        if status not in (ANY, CURRENT) and record.status != status:
            continue
        if kind != OPPORTUNITY and filters.team_id and team != filters.team_id:
            continue
        if kind != OPPORTUNITY and filters.linker_id and linker != filters.linker_id:
            continue
        if filters.area and district != filters.area.upper():
            continue
        if filters.tags and not set(filters.tags) & set(record.tags):
            continue
        if filters.languages and not set(filters.languages) & set(languages):
            continue
        grid = grid_mask(record.availability)
        days = [filters.day] if filters.day else list(DAYS)
        parts = [filters.part] if filters.part else list(PARTS)
        if (filters.day or filters.part) and not grid & grid_mask(
                {day: parts for day in days}):
            continue
        found.add(record.id)
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo register of 150 people, shared by the read-only tests of this module."""
    vault, _ = Vault.create(tmp_path_factory.mktemp("market") / "vault", "Coordinator",
                            PASSPHRASE, kdf=FAST_KDF)
    write_demo(vault, DemoGenerator(seed=11), 150)
    records = Records(vault)
    # Opportunities with a weekly grid and languages, as an imported directory gives them.
    first = records.find(models.Opportunity)[:3]
    for opportunity, grid, languages in zip(first, (
            {"sat": ["morning"]}, {"mon": ["evening"], "sat": ["afternoon"]}, {}),
            (["Polish", "English"], ["Welsh"], [])):
        records.update(models.Opportunity, opportunity.id, availability=grid,
                       languages=languages)
    yield vault
    vault.close()


def the_most_common(vault, sql: str) -> str:
    return query(vault, f"{sql} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0][0]


def filter_cases(vault) -> list[Filters]:
    team = the_most_common(vault, "SELECT team_id FROM participants")
    linker = the_most_common(vault, "SELECT linker_id FROM participants")
    tag = the_most_common(vault, "SELECT j.value FROM offers, json_each(offers.tags) j")
    family = next(tags for tags in FAMILIES.values() if tag in tags)
    area = outward_code(the_most_common(vault, "SELECT postcode FROM participants"))
    language = the_most_common(vault, "SELECT j.value FROM participants, "
                                      "json_each(participants.languages) j "
                                      "WHERE j.value != 'English'")
    every = {kind: CURRENT for kind in KINDS}
    return [
        Filters(), Filters(status=every),
        Filters(status={OFFER: "active", REQUEST: "open", OPPORTUNITY: "full"}),
        Filters(team_id=team), Filters(linker_id=linker), Filters(tags=(tag,)),
        Filters(tags=family), Filters(area=area), Filters(area=area.lower()),
        Filters(languages=(language,)), Filters(languages=("Polish",)),
        Filters(day="sat"), Filters(part="evening"), Filters(day="sat", part="morning"),
        Filters(team_id=team, tags=family, day="mon", status=every),
        Filters(area=area, languages=(language,), part="afternoon"),
        Filters(area="ZZ99"),
    ]


def test_each_filter_narrows_to_what_the_records_say(demo):
    for filters, kind in product(filter_cases(demo), KINDS):
        want = expected(demo, kind, filters)
        assert set(ids(demo, kind, filters)) == want, (kind, filters)
        with demo.reading() as conn:
            assert mq.count(conn, kind, filters) == len(want), (kind, filters)


def test_filters_narrow_and_the_demo_has_something_in_each(demo):
    everything = counts(demo)
    assert everything[OFFER] > 100 and everything[REQUEST] > 40
    assert everything[OPPORTUNITY] == len(Records(demo).find(models.Opportunity))
    for filters in filter_cases(demo)[3:-1]:
        narrowed = counts(demo, filters)
        assert all(narrowed[kind] <= everything[kind] for kind in KINDS)
        assert 0 < narrowed[OFFER] < everything[OFFER], filters
    assert counts(demo, Filters(area="ZZ99")) == {OFFER: 0, REQUEST: 0, OPPORTUNITY: 0}


def test_team_and_linker_say_nothing_about_opportunities(demo):
    team = the_most_common(demo, "SELECT team_id FROM participants")
    assert counts(demo, Filters(team_id=team))[OPPORTUNITY] == counts(demo)[OPPORTUNITY]


def test_rows_are_newest_first_and_a_page_stops_at_its_limit(demo):
    register = mq.register(demo, Filters(), OFFER, limit=20)
    assert len(register.rows) == 20 and register.more
    newest = [row[0] for row in query(
        demo, "SELECT id FROM offers WHERE deleted = 0 ORDER BY rowid DESC LIMIT 20")]
    assert [row.id for row in register.rows] == newest
    whole = mq.register(demo, Filters(), REQUEST, limit=10_000)
    assert not whole.more and len(whole.rows) == whole.counts[REQUEST]


def test_a_row_says_who_where_and_when(demo):
    records = Records(demo)
    row = mq.register(demo, Filters(), OFFER, limit=1).rows[0]
    offer = records.get(models.Offer, row.id)
    person = records.get(models.Participant, offer.participant_id)
    assert (row.title, row.tags, row.status) == (offer.title, tuple(offer.tags), offer.status)
    assert row.who_id == person.id and row.who in (person.preferred_name, person.full_name)
    assert row.area == outward_code(person.postcode) and row.linker_id == person.linker_id
    assert row.availability == offer.availability
    opportunity = mq.register(demo, Filters(), OPPORTUNITY, limit=1).rows[0]
    record = records.get(models.Opportunity, opportunity.id)
    organisation = records.get(models.Organisation, record.organisation_id)
    assert (opportunity.who, opportunity.schedule) == (organisation.name, record.schedule)


def test_choices_are_the_districts_and_languages_in_the_register(demo):
    choices = mq.choices(demo)
    districts = {outward_code(p) for (p,) in query(demo, "SELECT postcode FROM participants")}
    districts |= {outward_code(p) for (p,) in query(demo, "SELECT postcode FROM opportunities")}
    assert set(choices.areas) == districts - {""}
    languages = {value for (value,) in query(
        demo, "SELECT j.value FROM participants, json_each(participants.languages) j")}
    assert set(choices.languages) == languages | {"Polish", "English", "Welsh"}


def test_only_real_districts_are_offered(vault):
    records = Records(vault)
    for postcode in ("LS6 2AB", "hello", "LS6", "SW1A 1AA"):
        person = records.add(models.Participant(full_name="Someone"))
        with vault.transaction() as conn:  # as another laptop's change could bring it
            conn.execute("UPDATE participants SET postcode = ? WHERE id = ?",
                         (postcode, person.id))
        records.add(models.Offer(participant_id=person.id, title="Something"))
    assert mq.choices(vault).areas == ["LS6", "SW1A"]


def test_districts_sort_as_people_read_them():
    assert sorted(["LS10", "LS2", "BD1", "SW1A", "SW10", "LS1"], key=mq.district_order) == [
        "BD1", "LS1", "LS2", "LS10", "SW1A", "SW10"]


# ---- typed words ------------------------------------------------------------------------------

@pytest.fixture
def people(vault):
    records = Records(vault)
    team = records.add(models.Team(name="North"))
    zoe = records.add(models.Participant(full_name="Zoë Okafor", preferred_name="Zo",
                                         team_id=team.id, postcode="LS6 2AB",
                                         languages=["English", "Igbo"]))
    sian = records.add(models.Participant(full_name="Siân Pritchard", postcode="CF10 1AA",
                                          languages=["Cymraeg", "english"]))
    bake = records.add(models.Offer(participant_id=sian.id, title="Baking bread with kids",
                                    tags=["baking"], status="agreed",
                                    availability={"sat": ["morning"]}))
    bikes = records.add(models.Offer(participant_id=zoe.id, title="Mending bicycles",
                                     tags=["fixing-bikes"], status="active"))
    lift = records.add(models.Request(participant_id=zoe.id, title="A lift to the shops",
                                      details="Tuesdays, after the clinic",
                                      tags=["driving"]))
    org = records.add(models.Organisation(name="Riverside Food Bank"))
    shelves = records.add(models.Opportunity(organisation_id=org.id, title="Stacking shelves",
                                             postcode="LS6 3AA", tags=["lifting-and-moving"]))
    return {"zoe": zoe, "sian": sian, "bake": bake, "bikes": bikes, "lift": lift, "org": org,
            "shelves": shelves, "team": team}


def typed(vault, text: str) -> dict[str, list[str]]:
    return {kind: ids(vault, kind, Filters(text=text)) for kind in KINDS}


def test_typed_words_find_titles_tags_names_and_organisations(vault, people):
    assert typed(vault, "bak") == {OFFER: [people["bake"].id], REQUEST: [],
                                   OPPORTUNITY: []}
    assert typed(vault, "bikes")[OFFER] == [people["bikes"].id]  # the tag fixing-bikes
    assert typed(vault, "zoe") == {OFFER: [people["bikes"].id],  # diacritics folded
                                   REQUEST: [people["lift"].id], OPPORTUNITY: []}
    assert typed(vault, "clinic")[REQUEST] == [people["lift"].id]  # a request's details
    assert typed(vault, "riverside food")[OPPORTUNITY] == [people["shelves"].id]
    assert typed(vault, "b") == {OFFER: [people["bikes"].id, people["bake"].id],
                                 REQUEST: [], OPPORTUNITY: [people["shelves"].id]}
    assert typed(vault, "bread kids siân")[OFFER] == [people["bake"].id]  # every word
    assert typed(vault, "bread zoe")[OFFER] == []


def test_typed_words_are_never_read_as_query_syntax_or_filters(vault, people):
    for text in ('"', "AND", "bak*", "NEAR(", "{words}", "facets:", "_all", "_current", "*",
                 "-", "(", "zo OR bak"):
        typed(vault, text)  # no error
    assert typed(vault, "_all") == {OFFER: [], REQUEST: [], OPPORTUNITY: []}
    assert typed(vault, "   ") == typed(vault, "")


def test_languages_are_as_written_and_districts_from_postcodes(vault, people):
    english = ids(vault, OFFER, Filters(languages=("English",)))
    assert english == [people["bikes"].id]
    assert set(ids(vault, OFFER, Filters(languages=("English", "english")))) == {
        people["bikes"].id, people["bake"].id}
    assert ids(vault, OFFER, Filters(area="CF10")) == [people["bake"].id]
    assert ids(vault, OPPORTUNITY, Filters(area="LS6")) == [people["shelves"].id]
    assert ids(vault, OFFER, Filters(day="sat", part="morning")) == [people["bake"].id]
    assert ids(vault, OFFER, Filters(day="sat", part="evening")) == []


# ---- the index follows every write -----------------------------------------------------------

def test_the_index_follows_edits_tombstones_and_people(vault, people):
    records = Records(vault)
    bikes, zoe = people["bikes"], people["zoe"]
    records.update(models.Offer, bikes.id, status="ended", tags=["cycling-proficiency"])
    assert ids(vault, OFFER, Filters(status={OFFER: CURRENT})) == [people["bake"].id]
    assert ids(vault, OFFER, Filters(tags=("cycling-proficiency",))) == [bikes.id]
    # A person's move to another team, district and name reaches their offers and requests.
    other = records.add(models.Team(name="South"))
    records.update(models.Participant, zoe.id, team_id=other.id, postcode="BD1 1AA",
                   full_name="Zoë Adeyemi")
    assert ids(vault, REQUEST, Filters(team_id=other.id)) == [people["lift"].id]
    assert ids(vault, REQUEST, Filters(team_id=people["team"].id)) == []
    assert ids(vault, OFFER, Filters(area="BD1")) == [bikes.id]
    assert typed(vault, "adeyemi")[REQUEST] == [people["lift"].id]
    assert typed(vault, "okafor")[REQUEST] == []
    # Tombstones: of a record, and of a person (their records leave with them, and return).
    records.delete(models.Offer, people["bake"].id)
    assert people["bake"].id not in ids(vault, OFFER)
    records.delete(models.Participant, zoe.id)
    assert ids(vault, OFFER) == [] and ids(vault, REQUEST) == []
    with vault.transaction() as conn:  # as a merge would write it
        conn.execute("UPDATE participants SET deleted = 0 WHERE id = ?", (zoe.id,))
    assert ids(vault, REQUEST) == [people["lift"].id]
    # An organisation renamed, then closed down.
    records.update(models.Organisation, people["org"].id, name="Hillside Pantry")
    assert typed(vault, "hillside")[OPPORTUNITY] == [people["shelves"].id]
    records.delete(models.Organisation, people["org"].id)
    assert ids(vault, OPPORTUNITY) == []


def test_erasure_takes_a_persons_records_out(vault, people):
    erase_participant(vault, people["zoe"].id)
    assert typed(vault, "zo") == {OFFER: [], REQUEST: [], OPPORTUNITY: []}
    assert counts(vault) == {OFFER: 1, REQUEST: 0, OPPORTUNITY: 1}


def test_records_before_their_person_arrive_as_sync_delivers_them(vault):
    """Sync may bring an offer before the person it belongs to."""
    records = Records(vault)
    offer = records.add(models.Offer(participant_id="019a0000-0000-7000-8000-000000000001",
                                     title="Knitting circle", tags=["knitting-and-crochet"]))
    assert ids(vault, OFFER, Filters(area="LS6")) == []
    assert ids(vault, OFFER) == [offer.id]
    records.add(models.Participant(id="019a0000-0000-7000-8000-000000000001",
                                   full_name="Hodan Warsame", postcode="LS6 1AA"))
    assert ids(vault, OFFER, Filters(area="LS6")) == [offer.id]
    assert typed(vault, "hodan")[OFFER] == [offer.id]


def test_malformed_json_from_elsewhere_counts_as_empty(vault, people):
    """A change from a newer or broken laptop must not fail the write that brings it."""
    with vault.transaction() as conn:
        conn.execute("UPDATE offers SET tags = 'not json', availability = '[1, 2'"
                     " WHERE id = ?", (people["bake"].id,))
        conn.execute("UPDATE participants SET languages = '{\"a\": 1}' WHERE id = ?",
                     (people["sian"].id,))
        conn.execute("UPDATE offers SET availability = '{\"sat\": \"morning\", "
                     "\"sun\": [\"noon\", 3], \"xyz\": [\"morning\"]}' WHERE id = ?",
                     (people["bikes"].id,))
    assert typed(vault, "bread")[OFFER] == [people["bake"].id]
    assert ids(vault, OFFER, Filters(tags=("baking",))) == []
    assert ids(vault, OFFER, Filters(day="sat")) == []
    assert ids(vault, OFFER, Filters(day="sun")) == []


def test_a_vault_from_before_the_register_is_filled_when_it_migrates(demo, tmp_path):
    """The migration's own fill gives the same index as the triggers kept: take the index
    out of a copy of the demo vault, apply 0010 again, and ask the same questions."""
    demo.checkpoint()
    copy = tmp_path / "copy"
    shutil.copytree(demo.directory, copy, ignore=shutil.ignore_patterns("*.lock"))
    cases = filter_cases(demo) + [Filters(text=text) for text in ("a", "ga", "help")]
    before = [counts(demo, filters) for filters in cases]
    conn = connect(copy / DB_FILE, demo.data_key)
    try:
        names = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'market_%' AND type IN "
            "('view', 'trigger')")]
        with conn:
            for kind in ("offers", "requests", "opportunities"):
                conn.execute(f"DROP TABLE market_{kind}_terms")
                conn.execute(f"DROP TABLE market_{kind}_fts")
            for name in names:
                kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ?",
                                    (name,)).fetchone()
                if kind:
                    conn.execute(f"DROP {kind[0].upper()} {name}")
            conn.execute("DELETE FROM _migrations WHERE name = '0010_marketplace'")
        migrations.apply(conn, migrations.pending(conn))
    finally:
        conn.close()
    with Vault.open_with_key(copy, demo.data_key) as again:
        assert [counts(again, filters) for filters in cases] == before
