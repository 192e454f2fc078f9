"""The default capabilities-conversation template and its loader."""

import json
from pathlib import Path

import pytest

from desktop.core.errors import ResourceError
from desktop.core.taxonomy import Taxonomy, load_taxonomy
from desktop.core.template import ConversationTemplate, load_template

EXPECTED_ORDER = ["welcome", "what-you-enjoy", "head", "hands", "heart", "teach", "learn",
                  "who-you-know", "seeking-help", "shaping-an-offer", "next-steps"]


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="module")
def template(taxonomy) -> ConversationTemplate:
    return load_template(taxonomy=taxonomy)


def minimal() -> dict:
    return {"id": "mini", "version": 1, "title": "Mini", "sections": [
        {"id": "welcome", "title": "Welcome", "intro": "Hello.", "idea_cards": ["cooking"],
         "prompts": [
             {"id": "present", "text": "Who is here?", "kind": "choice",
              "choices": ["Participant", "Carer"], "multiple": True},
             {"id": "gifts", "text": "What do you know?", "kind": "gifts",
              "gift_kinds": ["head"]},
         ]},
    ]}


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "template.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- the bundled template -----------------------------------------------------------------

def test_sections_run_in_the_agreed_order(template):
    assert list(template.section_ids()) == EXPECTED_ORDER


def test_strengths_come_before_needs(template):
    ids = list(template.section_ids())
    assert ids[:2] == ["welcome", "what-you-enjoy"]
    for strength in ("head", "hands", "heart", "teach", "learn"):
        assert ids.index(strength) < ids.index("seeking-help")
    assert ids.index("seeking-help") < ids.index("shaping-an-offer")


def test_welcome_asks_who_is_present_and_reminds_about_consent(template):
    present = template.prompt("present")
    assert present.kind == "choice" and present.multiple
    for person in ("Participant", "Carer", "Family member", "Personal assistant",
                   "Interpreter"):
        assert person in present.choices
    welcome_text = " ".join(p.text + " " + p.help for p in template.section("welcome").prompts)
    assert "consent" in welcome_text.lower()


def test_gift_sections_ask_for_their_own_kind(template):
    for kind in ("head", "hands", "heart"):
        gift_prompts = [p for p in template.section(kind).prompts if p.kind == "gifts"]
        assert gift_prompts and all(p.gift_kinds == (kind,) for p in gift_prompts)


def test_shaping_an_offer_covers_what_who_when_where_how_often_conditions_support(template):
    ids = {p.id for p in template.section("shaping-an-offer").prompts}
    assert {"offer-what", "offer-for-whom", "offer-when", "offer-where", "offer-how-often",
            "offer-conditions", "offer-support"} <= ids


def test_every_idea_card_is_a_taxonomy_tag(template, taxonomy):
    cards = [card for section in template.sections for card in section.idea_cards]
    assert cards
    assert all(card in taxonomy for card in cards)


def test_prompts_are_well_formed(template):
    ids = [p.id for p in template.prompts()]
    assert len(ids) == len(set(ids))
    for prompt in template.prompts():
        assert prompt.kind in ("text", "gifts", "choice")
        assert bool(prompt.choices) == (prompt.kind == "choice"), prompt.id
        assert bool(prompt.gift_kinds) == (prompt.kind == "gifts"), prompt.id


def test_sections_have_warm_titles_and_intros(template):
    for section in template.sections:
        assert section.title and section.intro and section.prompts, section.id


# --- broken files -------------------------------------------------------------------------

def test_minimal_template_loads(tmp_path, taxonomy):
    loaded = load_template(write(tmp_path, minimal()), taxonomy)
    assert loaded.id == "mini"
    assert loaded.section("welcome").idea_cards == ("cooking",)
    assert loaded.prompt("gifts").gift_kinds == ("head",)


def test_unknown_idea_card_is_refused(tmp_path, taxonomy):
    data = minimal()
    data["sections"][0]["idea_cards"] = ["cooking", "juggling"]
    with pytest.raises(ResourceError, match="'juggling', which is not a tag"):
        load_template(write(tmp_path, data), taxonomy)


def test_duplicate_section_id_is_refused(tmp_path, taxonomy):
    data = minimal()
    second = json.loads(json.dumps(data["sections"][0]))
    for prompt in second["prompts"]:
        prompt["id"] += "-2"
    data["sections"].append(second)
    with pytest.raises(ResourceError, match="section 2 .*already has"):
        load_template(write(tmp_path, data), taxonomy)


def test_duplicate_prompt_id_is_refused(tmp_path, taxonomy):
    data = minimal()
    data["sections"][0]["prompts"][1]["id"] = "present"
    with pytest.raises(ResourceError, match="prompt 'present'.*another prompt"):
        load_template(write(tmp_path, data), taxonomy)


@pytest.mark.parametrize("index, change, words", [
    (0, {"kind": "slider"}, "text, gifts or choice"),
    (0, {"choices": []}, "empty"),
    (1, {"gift_kinds": ["feet"]}, "feet"),
    (1, {"gift_kinds": []}, "empty"),
    (0, {"text": ""}, "the text of prompt 'present'"),
    (0, {"multiple": "yes"}, "true or false"),
])
def test_broken_prompts_are_refused_with_a_helpful_message(tmp_path, taxonomy, index, change,
                                                           words):
    data = minimal()
    data["sections"][0]["prompts"][index].update(change)
    path = write(tmp_path, data)
    with pytest.raises(ResourceError) as caught:
        load_template(path, taxonomy)
    assert words in str(caught.value)
    assert str(path) in str(caught.value)


def test_no_sections_is_refused(tmp_path, taxonomy):
    data = minimal()
    data["sections"] = []
    with pytest.raises(ResourceError, match="sections is empty"):
        load_template(write(tmp_path, data), taxonomy)
