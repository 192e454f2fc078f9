"""The gifts taxonomy file and its loader."""

import json
from pathlib import Path
import re
import sys

import pytest

from desktop.core.errors import ResourceError
from desktop.core.resources import resources_dir
from desktop.core.taxonomy import GiftTag, Taxonomy, load_taxonomy

ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def minimal(**tag_overrides) -> dict:
    tag = {"id": "cooking", "kind": "hands", "label": "Cooking",
           "synonyms": ["cook", "making meals"], "idea": "Share a recipe?"}
    tag.update(tag_overrides)
    kinds = {k: {"label": k.title(), "description": f"{k} gifts"}
             for k in ("head", "hands", "heart")}
    return {"version": 1, "kinds": kinds, "tags": [tag]}


# --- finding the file --------------------------------------------------------------------

def test_resources_dir_is_the_top_level_folder():
    assert (resources_dir() / "gifts" / "taxonomy.json").is_file()


def test_resources_dir_when_frozen(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


# --- the bundled file ---------------------------------------------------------------------

def test_about_a_hundred_tags(taxonomy):
    assert 90 <= len(taxonomy.tags) <= 120


@pytest.mark.parametrize("kind", ["head", "hands", "heart"])
def test_every_kind_has_at_least_25_tags(taxonomy, kind):
    assert len(taxonomy.of_kind(kind)) >= 25


def test_ids_are_unique_kebab_case(taxonomy):
    ids = [tag.id for tag in taxonomy.tags]
    assert len(ids) == len(set(ids))
    assert all(ID.match(tag_id) and tag_id.isascii() for tag_id in ids)


def test_every_tag_has_3_to_8_lowercase_synonyms_and_an_idea(taxonomy):
    for tag in taxonomy.tags:
        assert 3 <= len(tag.synonyms) <= 8, tag.id
        assert len(set(tag.synonyms)) == len(tag.synonyms), tag.id
        assert all(s == s.lower() and s == s.strip() for s in tag.synonyms), tag.id
        assert tag.idea.strip() and len(tag.idea) <= 120, tag.id


def test_expected_community_gifts_are_covered(taxonomy):
    for tag_id in ("cooking", "gardening", "diy", "sewing", "it-help", "reading-with-children",
                   "befriending", "walking-groups", "music", "crafts", "driving",
                   "admin-and-forms", "budgeting", "local-history", "faith-community-links",
                   "caring", "listening", "hosting", "welcoming-newcomers", "pet-care",
                   "sport-coaching", "speaking-urdu", "speaking-polish", "speaking-welsh"):
        assert tag_id in taxonomy, tag_id


def test_lookup_helpers(taxonomy):
    cooking = taxonomy.by_id("cooking")
    assert isinstance(cooking, GiftTag) and cooking.kind == "hands"
    assert taxonomy.by_id("juggling-chainsaws") is None
    assert all(tag.kind == "heart" for tag in taxonomy.of_kind("heart"))
    assert taxonomy.kind("head").label == "Head"
    with pytest.raises(KeyError):
        taxonomy.of_kind("feet")


# --- matching people's own words ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("I'm good at FIXING BIKES", {"fixing-bikes"}),
    ("I love baking bread", {"baking"}),
    ("I speak Polish and a bit of Welsh", {"speaking-polish", "speaking-welsh"}),
    ("I’m good with numbers", {"maths-tutoring"}),  # curly apostrophe as phones type it
    ("my mum has Alzheimer’s", {"dementia-company"}),
    ("I can help with  filling\nin   forms", {"admin-and-forms"}),  # any whitespace
    ("Tôi nói tiếng Việt", {"speaking-vietnamese"}),  # non-ASCII synonym, case-folded
])
def test_match_words_finds_tags(taxonomy, text, expected):
    assert expected <= {tag.id for tag in taxonomy.match_words(text)}


@pytest.mark.parametrize("text, absent", [
    ("I love cookery books", "cooking"),  # 'cook' must be a whole word
    ("sewingmachine", "sewing"),
    ("", "cooking"),
])
def test_match_words_needs_whole_words(taxonomy, text, absent):
    assert absent not in {tag.id for tag in taxonomy.match_words(text)}


def test_match_words_treats_combining_marks_as_part_of_a_word():
    # A vowel sign or virama continues a Bengali word, and "x" + acute has no precomposed
    # form: neither may be mistaken for the end of a word, as a plain \w check would.
    tag = GiftTag("test", "heart", "Test", ("রান", "tax"), "?")
    tax = Taxonomy(version=1, kinds=(), tags=(tag,))
    assert tax.match_words("আমি রান করি") == [tag]
    assert tax.match_words("আমি রান্না করি") == []
    assert tax.match_words("tax\u0301") == []
    assert tax.match_words("TAX!") == [tag]


def test_match_words_returns_each_tag_once_in_taxonomy_order(taxonomy):
    found = taxonomy.match_words("cooking, cook, cooking and gardening")
    ids = [tag.id for tag in found]
    assert len(ids) == len(set(ids))
    order = [tag.id for tag in taxonomy.tags]
    assert ids == sorted(ids, key=order.index)


# --- broken files -------------------------------------------------------------------------

def test_a_minimal_valid_file_loads(tmp_path):
    tax = load_taxonomy(write(tmp_path, minimal()))
    assert [tag.id for tag in tax.tags] == ["cooking"]
    assert tax.by_id("cooking").synonyms == ("cook", "making meals")


@pytest.mark.parametrize("change, words", [
    (dict(synonyms=[]), "no synonyms"),
    (dict(kind="feet"), "head, hands or heart"),
    (dict(id="Cooking Club"), "lowercase"),
    (dict(label=""), "label"),
    (dict(idea=None), "idea"),
    (dict(synonyms=["cook", 3]), "synonyms"),
])
def test_broken_tags_are_refused_with_a_helpful_message(tmp_path, change, words):
    path = write(tmp_path, minimal(**change))
    with pytest.raises(ResourceError) as caught:
        load_taxonomy(path)
    message = str(caught.value)
    assert words in message
    assert str(path) in message


def test_duplicate_ids_are_refused(tmp_path):
    data = minimal()
    data["tags"].append(dict(data["tags"][0], label="Cooking again"))
    with pytest.raises(ResourceError, match="tag 2 .*'cooking'.* already has"):
        load_taxonomy(write(tmp_path, data))


def test_missing_kind_is_refused(tmp_path):
    data = minimal()
    del data["kinds"]["heart"]
    with pytest.raises(ResourceError, match="missing: heart"):
        load_taxonomy(write(tmp_path, data))


def test_invalid_json_names_line_and_column(tmp_path):
    path = tmp_path / "taxonomy.json"
    path.write_text('{"version": 1,\n "tags": [,]}', encoding="utf-8")
    with pytest.raises(ResourceError, match="not valid JSON.*line 2"):
        load_taxonomy(path)


def test_missing_file_says_so(tmp_path):
    with pytest.raises(ResourceError, match="missing"):
        load_taxonomy(tmp_path / "nowhere.json")
