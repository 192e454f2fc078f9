"""Introductions' steps, the follow-ups each step sets and clears, and refusals with reasons."""

from dataclasses import replace
from datetime import date, timedelta
import itertools

from hypothesis import settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
import pytest

from desktop.core import introductions as rules, models
from desktop.core.errors import OfferbookError, ValidationError
from desktop.core.introductions import (
    IntroductionRefused,
    Parties,
    Step,
    StepNotAllowed,
    check_parties,
    take_step,
)

TODAY = date(2026, 5, 14)


def test_every_status_has_a_row_and_every_step_is_a_known_status():
    assert set(rules.STEPS) == set(models.INTRODUCTION_STATUSES)
    for targets in rules.STEPS.values():
        assert set(targets) <= set(models.INTRODUCTION_STATUSES)
        assert rules.SUGGESTED not in targets  # nothing goes back to a mere idea
    assert set(rules.STATUS_LABELS) == set(models.INTRODUCTION_STATUSES)
    assert set(rules.STEP_LABELS) == {t for ts in rules.STEPS.values() for t in ts}
    assert set(rules.FOLLOW_UP_LABELS) == set(models.FOLLOW_UP_KINDS)


@pytest.mark.parametrize("current, to", [
    ("suggested", "agreed"), ("agreed", "planned"), ("planned", "met"), ("planned", "planned"),
    ("met", "going-well"), ("met", "did-not-work-out"), ("met", "ended"),
    ("going-well", "ended"), ("going-well", "did-not-work-out"),
    ("suggested", "declined"), ("agreed", "declined")])
def test_allowed_steps(current, to):
    assert rules.can_step(current, to)


@pytest.mark.parametrize("current, to", [
    ("suggested", "planned"), ("suggested", "met"), ("agreed", "met"), ("planned", "declined"),
    ("met", "declined"), ("met", "planned"), ("going-well", "met"), ("ended", "going-well"),
    ("declined", "agreed"), ("did-not-work-out", "going-well"), ("agreed", "suggested")])
def test_steps_that_are_not_allowed_say_what_can_come_next(current, to):
    assert not rules.can_step(current, to)
    with pytest.raises(StepNotAllowed) as refused:
        take_step(models.Introduction(status=current), Step(to, day=TODAY), TODAY)
    message = str(refused.value)
    if rules.next_steps(current):
        assert "next it can be:" in message
        for allowed in rules.next_steps(current):
            assert rules.STATUS_LABELS[allowed].lower() in message
    else:
        assert "make a new introduction instead" in message


def test_old_words_are_read_as_the_new_ones():
    assert models.Introduction(status="proposed").status == "agreed"
    assert models.Introduction.from_row({"status": "ongoing"}).status == "going-well"
    assert rules.status_of("ongoing") == "going-well" and rules.status_of("met") == "met"
    assert rules.next_steps("proposed") == rules.STEPS["agreed"]
    assert "proposed" not in models.INTRODUCTION_STATUSES


def test_planning_sets_a_follow_up_the_day_after_the_meeting():
    meeting = TODAY + timedelta(days=6)
    result = take_step(models.Introduction(status="agreed"),
                       Step("planned", day=meeting, place="Hillside Library",
                            linker_goes=True), TODAY, staff_id="staff-1")
    assert result.changes == {"status": "planned", "planned_on": meeting.isoformat(),
                              "place": "Hillside Library", "accompanied_by": "staff-1"}
    assert result.add == rules.NewFollowUp("after-meeting", (meeting + timedelta(days=1))
                                           .isoformat())
    assert set(result.close) == {"after-meeting", "check-in"}
    alone = take_step(models.Introduction(status="agreed"), Step("planned", day=meeting),
                      TODAY, staff_id="staff-1")
    assert alone.changes["accompanied_by"] is None


def test_planning_needs_the_day_and_meeting_cannot_be_in_the_future():
    with pytest.raises(ValidationError) as refused:
        take_step(models.Introduction(status="agreed"), Step("planned"), TODAY)
    assert refused.value.field == "planned_on"
    with pytest.raises(ValidationError) as refused:
        take_step(models.Introduction(status="planned"),
                  Step("met", day=TODAY + timedelta(days=1)), TODAY)
    assert refused.value.field == "met_on"
    with pytest.raises(ValidationError) as refused:
        take_step(models.Introduction(status="met"),
                  Step("ended", day=TODAY + timedelta(days=1)), TODAY)
    assert refused.value.field == "outcome_on"


def test_meeting_sets_a_check_in_four_weeks_on_and_an_outcome_closes_everything():
    met = take_step(models.Introduction(status="planned"), Step("met", day=TODAY), TODAY)
    assert met.add == rules.NewFollowUp("check-in", (TODAY + timedelta(weeks=4)).isoformat())
    assert met.changes["met_on"] == TODAY.isoformat()
    outcome = take_step(models.Introduction(status="met", outcome_notes="First visit fine"),
                        Step("going-well", notes="Weekly now"), TODAY)
    assert outcome.add is None and set(outcome.close) == set(models.FOLLOW_UP_KINDS)
    assert outcome.changes["outcome_notes"] == "First visit fine\n\nWeekly now"
    assert outcome.changes["outcome_on"] == TODAY.isoformat()


def test_reached_meeting():
    assert rules.reached_meeting(models.Introduction(status="met"))
    assert rules.reached_meeting(models.Introduction(status="ongoing"))
    assert rules.reached_meeting(models.Introduction(status="ended", met_on="2026-01-02"))
    assert not rules.reached_meeting(models.Introduction(status="ended"))  # old, never met
    assert not rules.reached_meeting(models.Introduction(status="planned"))


def test_a_new_introduction_is_to_one_request_or_one_opportunity():
    made = rules.new_introduction("offer-1", request_id="request-1", staff_id="s")
    assert (made.status, made.staff_id, made.opportunity_id) == ("suggested", "s", None)
    for bad in ({}, {"request_id": "r", "opportunity_id": "o"}):
        with pytest.raises(ValidationError):
            rules.new_introduction("offer-1", **bad)


# ---- any sequence of steps -------------------------------------------------------------------

class IntroductionSteps(RuleBasedStateMachine):
    """Random steps, allowed or not, on random days, with follow-ups added by hand between
    them. A refused step changes nothing; the status is only ever reached by allowed steps;
    the open follow-ups are always what the status says they should be."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = models.Introduction(id="intro-1", offer_id="offer-1",
                                         request_id="request-1", status="suggested")
        self.follow_ups: list[models.FollowUp] = []
        self.today = TODAY
        self.path = ["suggested"]
        self.manual_after_end: set[str] = set()  # added by hand since the last outcome
        self.ids = itertools.count()

    @rule(to=st.sampled_from(models.INTRODUCTION_STATUSES + ("proposed", "nonsense")),
          offset=st.integers(-40, 40), give_day=st.booleans(), goes=st.booleans(),
          notes=st.sampled_from(["", "Went for tea"]))
    def step(self, to, offset, give_day, goes, notes):
        before = (replace(self.intro), [replace(f) for f in self.follow_ups])
        step = Step(to, day=self.today + timedelta(days=offset) if give_day else None,
                    linker_goes=goes, notes=notes)
        try:
            result = take_step(self.intro, step, self.today, staff_id="staff-1")
        except OfferbookError as error:
            assert isinstance(error, (StepNotAllowed, ValidationError))
            assert (self.intro, self.follow_ups) == before  # nothing changed
            if rules.can_step(self.intro.status, to):  # allowed, but lacking what it needs
                assert isinstance(error, ValidationError)
                assert (to == "planned" and not give_day) or (
                    to != "planned" and give_day and offset > 0)
            return
        assert rules.can_step(self.intro.status, to)
        for name, value in result.changes.items():
            setattr(self.intro, name, value)
        for follow_up in rules.follow_ups_to_close(result, self.follow_ups):
            follow_up.done_on = self.today.isoformat()
        added = rules.new_follow_up(result, self.intro, "person-1", "staff-1")
        if added is not None:
            added.id = f"f{next(self.ids)}"
            self.follow_ups.append(added)
        if to in rules.OUTCOMES or to == "declined":
            self.manual_after_end.clear()
        self.path.append(to)

    @rule(data=st.data(), offset=st.integers(-3, 20))
    def next_step(self, data, offset):
        """A step that may follow, so that runs reach the later steps often."""
        following = rules.next_steps(self.intro.status)
        if following:
            self.step(data.draw(st.sampled_from(following)), min(offset, 0) if
                      data.draw(st.booleans()) else offset, True, False, "")

    @rule(offset=st.integers(0, 30))
    def add_by_hand(self, offset):
        follow_up = models.FollowUp(id=f"f{next(self.ids)}", participant_id="person-1",
                                    introduction_id=self.intro.id,
                                    due_on=(self.today + timedelta(days=offset)).isoformat())
        self.follow_ups.append(follow_up)
        if self.intro.status not in ("suggested", "agreed", "planned", "met"):
            self.manual_after_end.add(follow_up.id)

    @rule(days=st.integers(1, 60))
    def time_passes(self, days):
        self.today += timedelta(days=days)

    @invariant()
    def only_allowed_steps_led_here(self):
        assert self.intro.status in models.INTRODUCTION_STATUSES
        assert self.path[-1] == self.intro.status
        for current, following in itertools.pairwise(self.path):
            assert rules.can_step(current, following)

    @invariant()
    def open_follow_ups_match_the_status(self):
        open_ones = [f for f in self.follow_ups if not f.done_on]
        by_steps = [f for f in open_ones if f.kind != "general"]
        status = self.intro.status
        if status == "planned":
            [after] = by_steps
            assert after.kind == "after-meeting"
            assert after.due_on == (date.fromisoformat(self.intro.planned_on)
                                    + timedelta(days=1)).isoformat()
        elif status == "met":
            [check_in] = by_steps
            assert check_in.kind == "check-in"
            assert check_in.due_on == (date.fromisoformat(self.intro.met_on)
                                       + timedelta(weeks=4)).isoformat()
        else:
            assert by_steps == []
        if status in rules.OUTCOMES or status == "declined":
            assert {f.id for f in open_ones} <= self.manual_after_end
        for follow_up in self.follow_ups:
            assert follow_up.kind in models.FOLLOW_UP_KINDS


TestIntroductionSteps = IntroductionSteps.TestCase
TestIntroductionSteps.settings = settings(max_examples=300, stateful_step_count=30,
                                          deadline=None)


# ---- refusals ---------------------------------------------------------------------------------

def share(person, **changes):
    return models.Consent(participant_id=person.id, purpose="share-with-organisations",
                          **{"given": True, "recorded_on": "2026-01-05", **changes})


@pytest.fixture
def parties():
    offerer = models.Participant(id="p-offer", full_name="Siân Pritchard")
    requester = models.Participant(id="p-request", full_name="Kofi Mensah")
    return Parties(
        offer=models.Offer(id="o", participant_id=offerer.id, title="Bread", status="agreed"),
        offerer=offerer, offerer_consents=[share(offerer)], to_request=True,
        request=models.Request(id="r", participant_id=requester.id, title="Baking"),
        requester=requester, requester_consents=[share(requester)])


def refused(parties):
    with pytest.raises(IntroductionRefused) as caught:
        check_parties(parties, TODAY)
    message = str(caught.value)
    assert message.endswith("Nothing was changed.")
    assert "Siân" not in message and "Kofi" not in message  # no personal data in messages
    return caught.value.reason


def test_both_sides_there_and_agreeing_is_not_refused(parties):
    check_parties(parties, TODAY)


def test_an_erased_or_deleted_side_is_refused_as_gone(parties):
    assert refused(replace(parties, offer=None, offerer=None)) == rules.GONE
    assert refused(replace(parties, request=None, requester=None)) == rules.GONE
    to_opportunity = replace(parties, to_request=False, request=None, requester=None)
    assert refused(to_opportunity) == rules.GONE


def test_a_closed_side_is_refused_as_closed(parties):
    for status in ("draft", "paused", "ended"):
        assert refused(replace(parties, offer=replace(parties.offer, status=status))) == \
            rules.CLOSED
    for status in ("met", "closed"):
        assert refused(replace(parties, request=replace(parties.request, status=status))) == \
            rules.CLOSED
    assert refused(replace(parties, requester=replace(parties.requester, status="closed"))) \
        == rules.CLOSED
    opportunity = models.Opportunity(id="opp", organisation_id="org", title="Sorting")
    organisation = models.Organisation(id="org", name="Food bank")
    to_opportunity = replace(parties, to_request=False, request=None, requester=None,
                             opportunity=opportunity, organisation=organisation)
    check_parties(to_opportunity, TODAY)
    for status in ("full", "closed"):
        assert refused(replace(to_opportunity, opportunity=replace(opportunity,
                                                                   status=status))) == \
            rules.CLOSED
    assert refused(replace(to_opportunity, organisation=replace(organisation,
                                                                status="closed"))) == \
        rules.CLOSED


def test_a_withdrawn_or_missing_agreement_to_share_is_refused(parties):
    withdrawn = share(parties.requester, withdrawn_on="2026-05-01")
    assert refused(replace(parties, requester_consents=[withdrawn])) == rules.NO_CONSENT
    said_no = share(parties.offerer, given=False, recorded_on="2026-04-01")
    assert refused(replace(parties, offerer_consents=[share(parties.offerer), said_no])) == \
        rules.NO_CONSENT
    assert refused(replace(parties, offerer_consents=[])) == rules.NO_CONSENT
    # Someone else's agreement never stands in for theirs.
    assert refused(replace(parties, requester_consents=[share(parties.offerer)])) == \
        rules.NO_CONSENT
