"""The conversation's pure logic: progress, answers for the record, answers into gifts."""

import pytest

from desktop.core import conversation as flow, models
from desktop.core.taxonomy import Taxonomy, load_taxonomy
from desktop.core.template import ConversationTemplate, load_template

PID, CID = "participant-1", "conversation-1"


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="module")
def template(taxonomy) -> ConversationTemplate:
    return load_template(taxonomy=taxonomy)


def entry(tag: str, words: str = "", gift_id: str = "") -> dict[str, str]:
    return {"tag": tag, "own_words": words, "gift_id": gift_id}


# ---- answered and progress -------------------------------------------------------------------

@pytest.mark.parametrize("value, answered", [
    ("", False), ("   \n", False), ("Gardening", True), ([], False), ([""], False),
    (["Carer"], True), ([entry("cooking")], True), (None, False),
])
def test_is_answered(value, answered):
    assert flow.is_answered(value) is answered


def test_fresh_conversation_has_everything_to_come(template):
    progress = flow.progress(template, {}, "welcome")
    assert progress.position == 1 and progress.total == len(template.sections)
    assert progress.states["welcome"] == flow.CURRENT
    assert {progress.states[s] for s in template.section_ids()[1:]} == {flow.TODO}
    assert (progress.done, progress.skipped) == (0, 0)


def test_sections_passed_with_nothing_written_are_skipped(template):
    values = {"present": ["Participant"], "enjoy": "Cooking for the family",
              "head-gifts": [entry("it-help")]}
    progress = flow.progress(template, values, "hands")
    states = progress.states
    assert states["welcome"] == states["what-you-enjoy"] == states["head"] == flow.DONE
    assert states["hands"] == flow.CURRENT
    assert states["heart"] == flow.TODO
    assert progress.position == 4 and progress.done == 3 and progress.skipped == 0

    # Jumped ahead to "learn" with nothing said for hands, heart and teach.
    states = flow.progress(template, values, "learn").states
    assert [states[s] for s in ("hands", "heart", "teach")] == [flow.SKIPPED] * 3
    # Went back to the start: what was passed over still shows as skipped in this sitting...
    states = flow.progress(template, values, "welcome", reached=6).states
    assert states["teach"] == flow.SKIPPED and states["learn"] == flow.SKIPPED
    assert states["head"] == flow.DONE and states["who-you-know"] == flow.TODO


def test_furthest_reached_comes_from_the_data_after_a_pause(template):
    values = {"teach-who": "Young people at the mosque"}
    assert flow.furthest_reached(template, values, "welcome") == 5
    states = flow.progress(template, values, "welcome").states
    assert states["head"] == flow.SKIPPED and states["teach"] == flow.DONE


def test_neighbours_and_resume(template):
    ids = template.section_ids()
    assert flow.neighbour(template, ids[0], -1) is None
    assert flow.neighbour(template, ids[0], +1) == ids[1]
    assert flow.neighbour(template, ids[-1], +1) is None
    conversation = models.Conversation(current_section="heart", status="paused")
    assert flow.resume_at(template, conversation) == "heart"
    conversation.status = "completed"
    assert flow.resume_at(template, conversation) == "welcome"
    unknown = models.Conversation(current_section="not-in-this-template")
    assert flow.resume_at(template, unknown) == "welcome"


# ---- answers for the record ------------------------------------------------------------------

def test_record_fields_keep_unknown_answers_and_put_present_apart(template):
    saved = {"from-another-template": "kept", "enjoy": "old words", "proud": "cleared later"}
    values = {"present": ["Participant", "Carer"], "enjoy": "Singing in the choir",
              "proud": "  ", "learn-how": ["One to one"], "card": "Not yet",
              "head-gifts": [entry("it-help", "I sort out everyone's phones", "g1")]}
    fields = flow.record_fields(template, saved, values, present=[])
    answers = fields["answers"]
    assert fields["present"] == ["Participant", "Carer"]
    assert "present" not in answers
    assert answers["from-another-template"] == "kept"
    assert answers["enjoy"] == "Singing in the choir"
    assert "proud" not in answers  # cleared boxes leave no empty answer behind
    assert answers["learn-how"] == ["One to one"] and answers["card"] == "Not yet"
    assert answers["head-gifts"] == [entry("it-help", "I sort out everyone's phones", "g1")]


def test_values_from_record_show_who_was_present(template):
    conversation = models.Conversation(answers={"enjoy": "Walking"}, present=["participant"])
    values = flow.values_from_record(template, conversation)
    assert values == {"enjoy": "Walking", "present": ["participant"]}


def test_gift_entries_tolerate_bare_tags_and_duplicates():
    assert flow.gift_entries(["cooking", {"tag": "cooking"}, {"tag": "baking",
                                                               "own_words": None}, 7]) == [
        entry("cooking"), entry("baking")]
    assert flow.gift_entries("not a list") == []


# ---- answers into gifts ----------------------------------------------------------------------

def test_each_ticked_card_becomes_a_gift_of_the_right_kind(template, taxonomy):
    values = {"hands-gifts": [entry("cooking", "Samosas, the proper way")],
              "teach-gifts": [entry("cooking", "Show young people")],
              "learn-gifts": [entry("it-help")],
              "offer-tags": [entry("befriending", "Sit with someone on a Sunday")]}
    plan = flow.plan_gifts(template, taxonomy, values, [], PID, CID, set())
    made = {(g.kind, g.tag, g.own_words) for g in plan.add}
    assert made == {("hands", "cooking", "Samosas, the proper way"),
                    ("teach", "cooking", "Show young people"),
                    ("learn", "it-help", ""),
                    ("heart", "befriending", "Sit with someone on a Sunday")}
    assert all(g.participant_id == PID and g.conversation_id == CID and g.id for g in plan.add)
    assert plan.update == [] and plan.delete == []
    # The answers name the new gifts, so the next save updates rather than duplicates.
    ids = plan.gift_ids()
    assert ids["hands-gifts"]["cooking"] != ids["teach-gifts"]["cooking"]
    assert {g.id for g in plan.add} == {i for tags in ids.values() for i in tags.values()}


def _saved(plan: flow.GiftPlan) -> list[models.Gift]:
    return [models.Gift(**{**g.data(), "id": g.id}) for g in plan.add]


def test_edited_words_update_and_unticked_cards_delete(template, taxonomy):
    first = flow.plan_gifts(template, taxonomy, {
        "hands-gifts": [entry("cooking", "Curries"), entry("sewing")]}, [], PID, CID, set())
    existing = _saved(first)
    values = dict(first.values)
    shown = flow.shown_gift_ids(values)
    assert len(shown) == 2
    cooking, sewing = values["hands-gifts"]
    values["hands-gifts"] = [{**cooking, "own_words": "Curries and dal"}]
    second = flow.plan_gifts(template, taxonomy, values, existing, PID, CID, shown)
    assert second.add == []
    assert second.update == [(cooking["gift_id"], {"own_words": "Curries and dal"})]
    assert second.delete == [sewing["gift_id"]]


def test_an_entry_that_lost_its_id_takes_its_gift_back(template, taxonomy):
    first = flow.plan_gifts(template, taxonomy, {"heart-gifts": [entry("listening", "x")]},
                            [], PID, CID, set())
    existing = _saved(first)
    plan = flow.plan_gifts(template, taxonomy, {"heart-gifts": [entry("listening", "y")]},
                           existing, PID, CID, {existing[0].id})
    assert plan.add == [] and plan.delete == []
    assert plan.update == [(existing[0].id, {"own_words": "y"})]
    assert plan.values["heart-gifts"][0]["gift_id"] == existing[0].id


def test_only_gifts_that_were_shown_can_be_unticked(template, taxonomy):
    strange = models.Gift(id="g-unknown", participant_id=PID, conversation_id=CID,
                          kind="hands", tag="not-a-taxonomy-tag", own_words="kept")
    twin = models.Gift(id="g-twin", participant_id=PID, conversation_id=CID, kind="hands",
                       tag="cooking", own_words="a second cooking gift")
    shown = models.Gift(id="g-shown", participant_id=PID, conversation_id=CID, kind="hands",
                        tag="cooking", own_words="on the card")
    values = flow.reconcile(template, taxonomy, {}, [strange, shown, twin])
    assert values["hands-gifts"] == [entry("cooking", "on the card", "g-shown")]
    assert flow.shown_gift_ids(values) == {"g-shown"}
    values["hands-gifts"] = []  # unticked
    plan = flow.plan_gifts(template, taxonomy, values, [strange, shown, twin], PID, CID,
                           {"g-shown"})
    assert plan.delete == ["g-shown"]


def test_reconcile_adopts_unnamed_gifts_and_drops_deleted_ones(template, taxonomy):
    demo = [
        models.Gift(id="g1", participant_id=PID, conversation_id=CID, kind="hands",
                    tag="gardening", own_words="Grows tomatoes"),
        models.Gift(id="g2", participant_id=PID, conversation_id=CID, kind="teach",
                    tag="cooking", own_words="Could show people chapati"),
        models.Gift(id="g3", participant_id=PID, conversation_id=CID, kind="learn",
                    tag="swimming", own_words="Edited on the person page"),
    ]
    values = {"learn-gifts": [entry("swimming", "old words", "g3")],
              "heart-gifts": [entry("listening", "gift deleted elsewhere", "gone")]}
    result = flow.reconcile(template, taxonomy, values, demo)
    assert result["hands-gifts"] == [entry("gardening", "Grows tomatoes", "g1")]
    assert result["teach-gifts"] == [entry("cooking", "Could show people chapati", "g2")]
    assert result["learn-gifts"] == [entry("swimming", "Edited on the person page", "g3")]
    assert result["heart-gifts"] == []
    # Saving straight away changes nothing: every gift is accounted for.
    plan = flow.plan_gifts(template, taxonomy, result, demo, PID, CID,
                           flow.shown_gift_ids(result))
    assert (plan.add, plan.update, plan.delete) == ([], [], [])


# ---- finding tags ------------------------------------------------------------------------------

def test_find_tags_by_their_words_and_while_typing(taxonomy):
    assert [t.id for t in flow.find_tags(taxonomy, "she fixes bikes for the kids")][:1] == [
        "fixing-bikes"]
    assert "gardening" in [t.id for t in flow.find_tags(taxonomy, "Gard")]
    assert "speaking-vietnamese" in [t.id for t in flow.find_tags(taxonomy, "TIẾNG")]
    assert flow.find_tags(taxonomy, "   ") == []
    assert len(flow.find_tags(taxonomy, "e", limit=5)) == 5


def test_suggested_tags_come_from_their_own_words(template, taxonomy):
    values = {"enjoy": "Gardening, and I love fixing bikes", "head-gifts": "ignored",
              "present": ["Participant"]}
    assert [t.id for t in flow.suggested_tags(taxonomy, template, values, ["hands"])] == [
        t.id for t in taxonomy.match_words(values["enjoy"]) if t.kind == "hands"]
    assert flow.suggested_tags(taxonomy, template, values, ["heart"]) == [
        t for t in taxonomy.match_words(values["enjoy"]) if t.kind == "heart"]
