"""The demo-data seeds: real scripts for every community, and only tags that exist."""

import json
from pathlib import Path
import re
import unicodedata

import pytest

from desktop.core.demo_seeds import DemoSeeds, load_seeds
from desktop.core.errors import ResourceError
from desktop.core.resources import resources_dir
from desktop.core.taxonomy import Taxonomy, load_taxonomy

# Unicode blocks each script's letters must come from (letters and marks; spaces are skipped).
SCRIPTS = {
    "Arabic": [(0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
    "Bengali": [(0x0980, 0x09FF)],
    "Gurmukhi": [(0x0A00, 0x0A7F)],
    "Han": [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF)],
    "Latin": [(0x0041, 0x024F), (0x0300, 0x036F), (0x1E00, 0x1EFF)],
}
LANGUAGE_SCRIPT = {"ar": "Arabic", "ur": "Arabic", "bn": "Bengali", "pa-Guru": "Gurmukhi",
                   "zh": "Han", "pl": "Latin", "cy": "Latin", "ga": "Latin", "vi": "Latin",
                   "so": "Latin", "en": "Latin"}
# Letters only found in native spelling: proof the names were not flattened to ASCII.
NATIVE_LETTERS = {"pl": "ąćęłńóśźż", "cy": "âêîôûŵŷï", "ga": "áéíóú",
                  "vi": "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộ"
                        "ớờởỡợụủứừửữựỳỵỷỹ"}
URDU_ONLY = "ٹڈڑںھہیےۓپچژگک"  # letters Urdu has and Arabic does not


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="module")
def seeds(taxonomy) -> DemoSeeds:
    return load_seeds(taxonomy=taxonomy)


def in_script(name: str, script: str) -> bool:
    letters = [c for c in name if unicodedata.category(c)[0] in "LM"]
    return bool(letters) and all(
        any(lo <= ord(c) <= hi for lo, hi in SCRIPTS[script]) for c in letters)


# --- communities and names ----------------------------------------------------------------

def test_the_communities_are_there(seeds):
    languages = {c.language for c in seeds.communities}
    assert {"pl", "cy", "ga", "vi", "ar", "ur", "bn", "pa-Guru", "so", "zh", "en"} <= languages


def test_community_names_are_languages_people_speak(seeds):
    assert all(c.name in seeds.languages_spoken for c in seeds.communities)


def test_enough_names(seeds):
    for community in seeds.communities:
        assert len(community.given_names) >= 20, community.id
        assert len(community.family_names) >= 15, community.id
        assert len(set(community.given_names)) == len(community.given_names), community.id


@pytest.mark.parametrize("field", ["given_names", "family_names"])
def test_names_are_written_in_the_community_script(seeds, field):
    for community in seeds.communities:
        script = LANGUAGE_SCRIPT[community.language]
        for name in getattr(community, field):
            assert in_script(name, script), (community.id, name)


def test_latin_script_communities_keep_their_diacritics(seeds):
    for community in seeds.communities:
        letters = NATIVE_LETTERS.get(community.language)
        if letters:
            names = "".join(community.given_names + community.family_names).lower()
            assert sum(c in letters for c in names) >= 5, community.id


def test_urdu_names_use_urdu_letters_not_just_arabic(seeds):
    urdu = next(c for c in seeds.communities if c.language == "ur")
    assert sum(any(ch in URDU_ONLY for ch in name) for name in urdu.given_names) >= 10


def test_non_latin_communities_have_parallel_romanised_names(seeds):
    for community in seeds.communities:
        if LANGUAGE_SCRIPT[community.language] == "Latin":
            continue
        assert len(community.romanised) == len(community.given_names), community.id
        assert all(in_script(name, "Latin") for name in community.romanised), community.id
        if community.romanised_family_names:
            assert len(community.romanised_family_names) == len(community.family_names)


def test_names_are_nfc(seeds):
    for community in seeds.communities:
        for name in community.given_names + community.family_names:
            assert unicodedata.normalize("NFC", name) == name, (community.id, name)


# --- phrasings, places, organisations -----------------------------------------------------

def test_counts(seeds):
    assert 20 <= len(seeds.postcode_districts) <= 30
    assert len(seeds.streets) >= 25
    assert len(seeds.offer_phrasings) >= 80
    assert len(seeds.request_phrasings) >= 40
    assert len(seeds.own_words_gifts) >= 80
    assert len(seeds.conditions) >= 20
    assert len(seeds.places) >= 20
    assert len(seeds.organisations) == 12
    assert len(seeds.follow_up_notes) >= 30
    assert len(seeds.accessibility_needs) >= 10
    assert len(seeds.languages_spoken) >= 10


def test_postcode_districts_look_like_uk_districts(seeds):
    assert all(re.fullmatch(r"[A-Z]{1,2}[0-9][0-9A-Z]?", d) for d in seeds.postcode_districts)
    assert len(set(seeds.postcode_districts)) == len(seeds.postcode_districts)


def test_organisations_have_two_to_four_opportunities(seeds):
    for org in seeds.organisations:
        assert 2 <= len(org.opportunities) <= 4, org.name


def test_every_referenced_tag_exists(seeds, taxonomy):
    phrasings = seeds.offer_phrasings + seeds.request_phrasings + seeds.own_words_gifts
    opportunities = [op for org in seeds.organisations for op in org.opportunities]
    for item in [*phrasings, *opportunities]:
        assert item.tags
        assert all(tag in taxonomy for tag in item.tags), item


def test_some_phrasings_are_in_community_languages(seeds):
    languages = {p.language for p in seeds.offer_phrasings}
    assert {"pl", "cy", "ur"} <= languages
    urdu = [p for p in seeds.offer_phrasings if p.language == "ur"]
    assert all(in_script(p.text.replace(" ", ""), "Arabic") for p in urdu)


def test_seeds_cover_many_gift_tags(seeds, taxonomy):
    used = {tag for p in seeds.offer_phrasings + seeds.own_words_gifts for tag in p.tags}
    assert len(used) >= 0.8 * len(taxonomy.tags)


# --- broken files -------------------------------------------------------------------------

@pytest.fixture
def raw_seeds() -> dict:
    path = resources_dir() / "demo" / "seeds.json"
    return json.loads(path.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "seeds.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_unknown_tag_in_an_offer_is_refused(tmp_path, taxonomy, raw_seeds):
    raw_seeds["offer_phrasings"][3]["tags"] = ["cooking", "underwater-basket-weaving"]
    path = write(tmp_path, raw_seeds)
    with pytest.raises(ResourceError) as caught:
        load_seeds(path, taxonomy)
    message = str(caught.value)
    assert "offer_phrasings entry 4" in message
    assert "'underwater-basket-weaving', which is not in the gifts taxonomy" in message
    assert str(path) in message


def test_unknown_tag_in_an_opportunity_is_refused(tmp_path, taxonomy, raw_seeds):
    raw_seeds["organisations"][0]["opportunities"][1]["tags"] = ["nope"]
    with pytest.raises(ResourceError, match="opportunity 2 of .*'nope'"):
        load_seeds(write(tmp_path, raw_seeds), taxonomy)


def test_romanised_names_must_line_up(tmp_path, taxonomy, raw_seeds):
    community = next(c for c in raw_seeds["communities"] if c.get("romanised"))
    community["romanised"].pop()
    with pytest.raises(ResourceError, match="line up one to one"):
        load_seeds(write(tmp_path, raw_seeds), taxonomy)


def test_bad_language_tag_is_refused(tmp_path, taxonomy, raw_seeds):
    raw_seeds["communities"][0]["language"] = "Polish"
    with pytest.raises(ResourceError, match="BCP 47"):
        load_seeds(write(tmp_path, raw_seeds), taxonomy)


def test_community_name_must_be_a_spoken_language(tmp_path, taxonomy, raw_seeds):
    raw_seeds["communities"][0]["name"] = "Klingon"
    with pytest.raises(ResourceError, match="'Klingon', which is not in languages_spoken"):
        load_seeds(write(tmp_path, raw_seeds), taxonomy)


def test_missing_section_is_refused(tmp_path, taxonomy, raw_seeds):
    del raw_seeds["streets"]
    with pytest.raises(ResourceError, match="streets"):
        load_seeds(write(tmp_path, raw_seeds), taxonomy)
