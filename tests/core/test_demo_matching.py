"""The demo's introductions are made by matching: each pairs an offer with something matching
ranks for it, between people who agreed to share, and the same seed makes the same ones."""

from collections import Counter
from functools import cache

from desktop.core import models
from desktop.core.demo import TODAY, DemoGenerator
from desktop.core.introductions import REACHED_MEETING
from desktop.core.matching import (
    SHARE,
    Matcher,
    Viewer,
    consents_in_force,
    offer_side,
    opportunity_side,
    person_of,
    request_side,
)

MATCHER = Matcher()


@cache
def demo(seed: int = 4, people: int = 400) -> tuple[models.Record, ...]:
    generator = DemoGenerator(seed=seed)
    return tuple(generator.directory.records()) + tuple(
        record for person in generator.people(people) for record in person)


def of(records, cls):
    return {r.id: r for r in records if isinstance(r, cls)}


def test_every_introduction_is_a_match_between_people_who_agreed_to_share():
    records = demo()
    people, offers = of(records, models.Participant), of(records, models.Offer)
    requests, opportunities = of(records, models.Request), of(records, models.Opportunity)
    consents: dict[str, list[models.Consent]] = {}
    for consent in (r for r in records if isinstance(r, models.Consent)):
        consents.setdefault(consent.participant_id, []).append(consent)

    def person(pid):
        return person_of(people[pid], consents.get(pid, []), TODAY)

    introductions = list(of(records, models.Introduction).values())
    assert len(introductions) > 50
    for intro in introductions:
        offer = offers[intro.offer_id]
        query = offer_side(offer, person(offer.participant_id))
        if intro.request_id:
            request = requests[intro.request_id]
            other = request_side(request, person(request.participant_id))
            assert request.status == "open"
            assert SHARE in consents_in_force(consents[request.participant_id], TODAY)
        else:
            other = opportunity_side(opportunities[intro.opportunity_id])
            assert opportunities[intro.opportunity_id].status == "open"
        assert SHARE in consents_in_force(consents[offer.participant_id], TODAY)
        found = MATCHER.match(query, other, Viewer(every_team=True))
        assert found is not None, "an introduction of two things with no gift in common"
        assert intro.notes.startswith("Suggested by matching: ")
        assert bool(intro.met_on) == (intro.status in REACHED_MEETING)


def test_a_request_is_introduced_once_and_offers_past_agreed_all_were():
    records = demo()
    introductions = list(of(records, models.Introduction).values())
    by_request = Counter(i.request_id for i in introductions if i.request_id)
    assert by_request and max(by_request.values()) == 1
    introduced = {i.offer_id for i in introductions}
    for offer in of(records, models.Offer).values():
        if offer.status in ("matched", "active", "paused", "ended"):
            assert offer.id in introduced
        if offer.status == "draft":
            assert offer.id not in introduced


def test_the_same_seed_makes_the_same_introductions():
    def story(records):
        titles = {r.id: r.title for r in records if hasattr(r, "title")}
        return [(titles[i.offer_id], titles[i.request_id or i.opportunity_id], i.status,
                 i.notes) for i in records if isinstance(i, models.Introduction)]

    generator = DemoGenerator(seed=4)
    again = tuple(generator.directory.records()) + tuple(
        record for person in generator.people(400) for record in person)
    assert story(again) == story(demo())
