"""Offer and request status pipelines, availability, and shaping an offer from gifts."""

import pytest

from desktop.core import models
from desktop.core.errors import ValidationError
from desktop.core.offers import (
    OFFER_TRANSITIONS,
    REQUEST_TRANSITIONS,
    can_move,
    can_reach,
    check_availability,
    check_status_change,
    next_statuses,
    offer_from_gifts,
    suggest_title,
    tags_from_gifts,
)
from desktop.core.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def test_every_status_has_a_row_and_every_step_is_a_known_status():
    assert set(OFFER_TRANSITIONS) == set(models.OFFER_STATUSES)
    assert set(REQUEST_TRANSITIONS) == set(models.REQUEST_STATUSES)
    for table, known in ((OFFER_TRANSITIONS, models.OFFER_STATUSES),
                         (REQUEST_TRANSITIONS, models.REQUEST_STATUSES)):
        for current, targets in table.items():
            assert current not in targets
            assert set(targets) <= set(known)


@pytest.mark.parametrize("current, target", [
    ("draft", "agreed"), ("agreed", "matched"), ("matched", "active"), ("active", "paused"),
    ("active", "ended"), ("paused", "active"), ("paused", "ended"), ("agreed", "active"),
    ("matched", "agreed"), ("agreed", "draft"),
])
def test_offer_steps_allowed(current, target):
    assert can_move(models.Offer, current, target)


@pytest.mark.parametrize("current, target", [
    ("draft", "matched"), ("draft", "active"), ("draft", "paused"), ("agreed", "paused"),
    ("active", "draft"), ("active", "agreed"), ("active", "matched"), ("ended", "active"),
    ("ended", "draft"), ("paused", "draft"), ("draft", "draft"), ("draft", "nonsense"),
])
def test_offer_steps_refused(current, target):
    assert not can_move(models.Offer, current, target)


def test_request_pipeline():
    assert next_statuses(models.Request, "open") == ("matched", "closed")
    assert can_move(models.Request, "matched", "met")
    assert can_move(models.Request, "met", "closed")
    assert not can_move(models.Request, "open", "met")
    assert next_statuses(models.Request, "closed") == ()
    assert next_statuses(models.Request, "unknown") == ()


def test_a_save_may_take_several_steps_but_never_skip_one():
    check_status_change(models.Offer, "draft", "draft")
    check_status_change(models.Offer, "draft", "active")  # via agreed
    assert can_reach(models.Offer, "draft", "ended")
    with pytest.raises(ValidationError) as caught:
        check_status_change(models.Offer, "ended", "active")
    assert caught.value.field == "status"
    assert "one step at a time" in caught.value.message
    with pytest.raises(ValidationError):
        check_status_change(models.Request, "closed", "open")


def test_availability_is_cleaned_into_time_order():
    assert check_availability({"wed": ["evening", "morning"], "mon": [], "sat": ["afternoon"]}
                              ) == {"wed": ["morning", "evening"], "sat": ["afternoon"]}
    assert list(check_availability({"sun": ["morning"], "mon": ["morning"]})) == ["mon", "sun"]
    with pytest.raises(ValidationError) as caught:
        check_availability({"someday": ["morning"]})
    assert caught.value.field == "availability"
    with pytest.raises(ValidationError):
        check_availability({"mon": ["midnight"]})


def _gift(words: str, tag: str = "", kind: str = "hands", pid: str = "p1") -> models.Gift:
    return models.Gift(participant_id=pid, kind=kind, tag=tag, own_words=words)


def test_title_keeps_their_words_one_per_line():
    gifts = [_gift("I fix everyone’s bikes", "fixing-bikes"),
             _gift("  Rwy'n hoffi pobi bara  ", "baking"),
             _gift("", "listening", "heart"),
             _gift("I fix everyone’s bikes", "fixing-bikes")]
    assert suggest_title(gifts) == "I fix everyone’s bikes\nRwy'n hoffi pobi bara"
    assert suggest_title([]) == ""


def test_tags_come_from_the_gifts_then_from_their_words(taxonomy):
    gifts = [_gift("I love baking bread for the neighbours", "baking"),
             _gift("People say I'm a good listener", "listening", "heart"),
             _gift("Something else entirely", "baking")]
    assert tags_from_gifts(gifts) == ["baking", "listening"]
    tags = tags_from_gifts(gifts, taxonomy)
    assert tags[:2] == ["baking", "listening"]
    assert len(tags) == len(set(tags))
    # Words alone can suggest a tag the gift itself was not filed under.
    assert "fixing-bikes" in tags_from_gifts([_gift("I fix bikes", "")], taxonomy)


def test_offer_from_gifts_is_a_draft_for_that_person(taxonomy):
    gifts = [_gift("Ik kan fietsen repareren", "fixing-bikes"),
             _gift("Cook a curry for twenty", "cooking")]
    offer = offer_from_gifts("p1", gifts, taxonomy)
    assert offer.participant_id == "p1"
    assert offer.status == "draft"
    assert offer.title == "Ik kan fietsen repareren\nCook a curry for twenty"
    assert offer.tags[:2] == ["fixing-bikes", "cooking"]
    assert offer.id == ""  # not saved
    with pytest.raises(ValueError):
        offer_from_gifts("p1", [_gift("mine", "baking", pid="p2")])
