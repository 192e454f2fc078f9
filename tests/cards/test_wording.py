"""The card's own words in nine languages: complete, really translated, printable, checked."""

from collections.abc import Iterator, Mapping
from dataclasses import FrozenInstanceError, fields
from datetime import date
from functools import cache
import json
import re

from fontTools.ttLib import TTFont
from fontTools.unicodedata import script
import pytest

from desktop.cards.content import card_content
from desktop.cards.wording import (
    DAYS,
    LANGUAGES,
    MONTHS,
    PARTS,
    DocumentWords,
    UnknownLanguage,
    Wording,
    availability_words,
    card_language,
    default_wording_path,
    load_wording,
    wording,
)
from desktop.core.errors import ResourceError
from desktop.core.models import CONSENT_PURPOSES, Consent, Offer, Participant, Staff
from desktop.core.resources import resources_dir

SCRIPTS = {"en": "Latn", "cy": "Latn", "pl": "Latn", "so": "Latn", "ro": "Latn",
           "ur": "Arab", "ar": "Arab", "bn": "Beng", "pa": "Guru"}
# The font that prints each script (regular, and bold where the family has one); Urdu is
# printed in Nastaliq, the style its readers expect.
FONTS = {"Latn": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
         "Arab": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
         "Beng": ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
         "Guru": ("NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf")}
URDU_FONTS = ("NotoNastaliqUrdu-Regular.ttf",)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
PROPER_NOUNS = ("Offerbook",)
# Texts that may rightly be the same as English in a Latin-script language.
SAME_AS_ENGLISH_ALLOWED = {"day_parts", "list_separator", "group_separator", "date_format"}


def _texts(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    """Every text of a Wording (or a group in it) with a dotted path naming it."""
    if isinstance(value, Wording):
        for item in fields(value):
            if item.name not in ("code", "rtl", "draft"):
                yield from _texts(getattr(value, item.name), item.name)
    elif isinstance(value, DocumentWords):
        yield from _texts(value.entries, path)
    elif isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _texts(inner, f"{path}.{key}")
    else:
        assert isinstance(value, str), path
        yield path, value


@cache
def _cmap(filename: str) -> frozenset[int]:
    return frozenset(TTFont(resources_dir() / "fonts" / filename).getBestCmap())


def _fonts_for(language: str, char_script: str) -> tuple[str, ...]:
    if char_script == "Arab" and language == "ur":
        return URDU_FONTS
    return FONTS[char_script]


def _missing(language: str, text: str) -> set[str]:
    """Characters of `text` the font for their script lacks (they would print as boxes).
    Spaces, digits and punctuation belong to the text around them: they need the
    language's own font or, failing that, Noto Sans, which the text engine falls back to."""
    missing = set()
    for char in PLACEHOLDER.sub("", text):
        char_script = script(char)
        if char_script in ("Zyyy", "Zinh"):
            own, latin = _fonts_for(language, SCRIPTS[language]), FONTS["Latn"]
            for regular_or_bold in range(2):
                candidates = [fonts[min(regular_or_bold, len(fonts) - 1)]
                              for fonts in (own, latin)]
                if not any(ord(char) in _cmap(name) for name in candidates):
                    missing.add(char)
        elif char_script not in FONTS:
            missing.add(char)  # a script no bundled font is meant for
        elif not all(ord(char) in _cmap(name) for name in _fonts_for(language, char_script)):
            missing.add(char)
    return missing


@pytest.fixture
def wording_data() -> dict:
    return json.loads(default_wording_path().read_text(encoding="utf-8"))


def test_the_bundled_file_has_every_language_in_order_each_complete():
    table = load_wording()
    assert tuple(table) == LANGUAGES == ("en", "cy", "pl", "ur", "bn", "pa", "ar", "so", "ro")
    english_paths = [path for path, _ in _texts(table["en"])]
    for code, words in table.items():
        assert words.code == code
        texts = dict(_texts(words))
        assert list(texts) == english_paths, code
        assert all(text.strip() for text in texts.values()), code
        assert set(words.days) == set(DAYS) and set(words.parts) == set(PARTS)
        assert set(words.months) == set(MONTHS)
    # The summary lists every consent purpose there is; a new purpose needs its words.
    for words in table.values():
        assert set(words.documents.group("consent_purposes")) == set(CONSENT_PURPOSES)


def test_names_directions_and_drafts(wording_data):
    names = {code: (wording(code).name, wording(code).english_name) for code in LANGUAGES}
    assert names == {"en": ("English", "English"), "cy": ("Cymraeg", "Welsh"),
                     "pl": ("Polski", "Polish"), "ur": ("اردو", "Urdu"),
                     "bn": ("বাংলা", "Bengali"), "pa": ("ਪੰਜਾਬੀ", "Punjabi"),
                     "ar": ("العربية", "Arabic"), "so": ("Soomaali", "Somali"),
                     "ro": ("Română", "Romanian")}
    assert {code for code in LANGUAGES if wording(code).rtl} == {"ar", "ur"}
    assert [code for code in LANGUAGES if not wording(code).draft] == ["en"]
    note = wording_data["_note"]
    assert "DRAFT" in note and "native speaker" in note


@pytest.mark.parametrize("code", LANGUAGES[1:])
def test_no_language_is_left_in_english(code):
    english = dict(_texts(wording("en")))
    for path, text in _texts(wording(code)):
        if path in ("name", "english_name"):
            continue
        words = PLACEHOLDER.sub("", text)
        for noun in PROPER_NOUNS:
            words = words.replace(noun, "")
        letters = [char for char in words if char.isalpha()]
        wrong = {char for char in letters if script(char) != SCRIPTS[code]}
        assert not wrong, f"{code} {path}: {text!r} has letters of another script: {wrong}"
        if SCRIPTS[code] == "Latn" and path not in SAME_AS_ENGLISH_ALLOWED \
                and not path.startswith("months."):
            assert text.casefold() != english[path].casefold(), \
                f"{code} {path} is still English: {text!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_character_is_in_the_font_that_prints_its_script(code):
    problems = {}
    for path, text in _texts(wording(code)):
        missing = _missing(code, text)
        if missing:
            problems[path] = "".join(sorted(missing))
    assert not problems, f"{code}: no glyph for {problems}"


def test_the_glyph_check_can_fail():
    assert _missing("ur", "کب: {date}") == set()
    # U+0682 is in Noto Sans Arabic but not in Nastaliq: fine in Arabic, a box in Urdu.
    assert _missing("ar", "\u0682") == set() and _missing("ur", "\u0682") == {"\u0682"}
    assert _missing("pa", "\u0e01") == {"\u0e01"}  # Thai: no card font is meant for it


@pytest.mark.parametrize("code", LANGUAGES)
def test_availability_reads_in_each_language(code):
    words = wording(code)
    free = {"mon": ["morning", "evening"], "wed": ["afternoon"],
            "sat": ["evening", "morning", "afternoon"], "sun": ["midnight"]}
    text = availability_words(free, code)
    for day in ("mon", "wed", "sat"):
        assert words.days[day] in text
    for part in PARTS:
        assert words.parts[part] in text
    assert words.days["sun"] not in text and "midnight" not in text
    assert text.index(words.days["mon"]) < text.index(words.days["wed"]) \
        < text.index(words.days["sat"])
    assert availability_words({}, code) == ""
    if code != "en":
        assert words.all_day in text
        assert not re.search(r"Monday|Wednesday|morning|evening|\band\b", text)


def test_availability_phrasing():
    free = {"wed": ["evening", "afternoon"], "mon": ["morning"]}
    assert availability_words(free) == "Monday mornings and Wednesday afternoons and evenings"
    assert availability_words({"sat": PARTS, "sun": ["morning"]}, "en") == \
        "Saturdays and Sunday mornings"
    assert availability_words(free, "cy") == "Dydd Llun: bore; Dydd Mercher: prynhawn, gyda'r nos"
    assert availability_words(free, "ar") == "الاثنين: الصباح؛ الأربعاء: بعد الظهر، المساء"
    assert availability_words({"sat": PARTS}, "pl") == "sobota: cały dzień"


def test_dates_have_the_month_in_words():
    day = date(2026, 11, 22)
    assert wording("en").long_date(day) == "22 November 2026"
    assert wording("pl").long_date(day) == "22 listopada 2026"
    assert wording("cy").long_date(date(2027, 3, 1)) == "1 Mawrth 2027"


def test_an_unknown_language_is_refused_in_plain_words():
    with pytest.raises(UnknownLanguage, match=r"Choose one of: English \(en\), Welsh \(cy\)"):
        wording("xx")
    with pytest.raises(ValueError):
        availability_words({"mon": ["morning"]}, "fr")


def test_card_language_follows_what_the_person_speaks():
    assert card_language(["Sylheti", "Bengali", "English"]) == "bn"
    assert card_language([" polski "]) == "pl"
    assert card_language(["cy"]) == "cy"
    assert card_language(["Farsi"]) == "en"
    assert card_language([]) == "en"


PERSON = Participant(id="p1", full_name="Nasreen Akhtar")
OFFER = Offer(id="o1", participant_id="p1", title="میں سلائی سکھا سکتی ہوں",
              availability={"tue": ["morning"]}, location="Hillside Library")
LINKER = Staff(id="s1", name="Priya Shah", work_phone="01632 960123")


def _consent(**changes):
    values = {"id": "c1", "participant_id": "p1", "purpose": "print-card", "given": True,
              "recorded_on": "2026-11-01", "created_at": "2026-11-01T10:00:00Z"}
    return Consent(**{**values, **changes})


def test_the_card_is_worded_in_the_language_asked_for():
    content = card_content(PERSON, OFFER, [_consent()], LINKER, "Hillside", date(2026, 11, 22),
                           language="ur")
    urdu = wording("ur")
    assert (content.language, content.thank_you, content.next_step) == \
        ("ur", urdu.thank_you, urdu.next_step)
    assert content.when == "منگل: صبح"
    assert (content.first_name, content.offer_words) == ("Nasreen", OFFER.title)
    told = card_content(PERSON, OFFER, [_consent()], LINKER, "Hillside", date(2026, 11, 22),
                        language="ur", next_step=" Meet Priya on Friday ")
    assert told.next_step == "Meet Priya on Friday"
    english = card_content(PERSON, OFFER, [_consent()], LINKER, "Hillside", date(2026, 11, 22))
    assert english.thank_you == "Thank you for sharing what you can do."
    assert english.when == "Tuesday mornings"


def test_consent_is_still_checked_first_and_an_unknown_language_refused():
    with pytest.raises(Exception, match="not agreed to a printed card"):
        card_content(PERSON, OFFER, [_consent(given=False)], LINKER, "Org", date(2026, 11, 22),
                     language="ur")
    with pytest.raises(UnknownLanguage):
        card_content(PERSON, OFFER, [_consent()], LINKER, "Org", date(2026, 11, 22),
                     language="zz")


def _break(data: dict, path: str, value: object = None) -> None:
    *parents, leaf = path.split("/")
    target = data
    for key in parents:
        target = target[key]
    if value is None:
        del target[leaf]
    else:
        target[leaf] = value


@pytest.mark.parametrize("path, value, message", [
    ("languages/pl/strings/labels/when", None,
     r'language "pl", strings, "labels", "when" is missing'),
    ("languages/cy/strings/thank_you", "   ",
     r'language "cy", strings, "thank_you" should be some text'),
    ("languages/ro/strings/documents/page_n_of_m", "Pagina {n}",
     r'"page_n_of_m" should hold exactly these placeholders: \{m\}, \{n\}'),
    ("languages/so/strings/day_parts", "{day} {part}",
     r'"day_parts" should hold exactly these placeholders'),
    ("languages/bn/strings/thank_you", "ধন্যবাদ {name}", r"placeholders: none"),
    ("languages/ar/direction", "right", r'language "ar", "direction" should be "ltr"'),
    ("languages/ur/draft", "yes", r'"draft" should be true'),
    ("languages/pa/strings/documents/gift_kinds/heart", None,
     r'"documents", "gift_kinds", "heart" is missing'),
    ("languages/pa/strings/documents/extra", "ਵਾਧੂ", r'"extra" is not in English'),
    ("languages/cy/strings/labels/whenn", "Pryd:", r'"whenn" is not a word the cards use'),
    ("languages/fr", {"name": "Français"}, r'"fr" is not a language Offerbook can print'),
    ("languages/ro", None, r'"languages", "ro" is missing'),
    ("languages/en/strings/documents/when", "When {", r"does not belong to a"),
    ("languages/en/strings/documents/gift_kinds/head", {"deeper": "Head"},
     r'"gift_kinds", "head" should be some text'),
    ("version", 0, r"the version should be a whole number"),
])
def test_a_broken_file_is_named_with_its_entry(tmp_path, wording_data, path, value, message):
    _break(wording_data, path, value)
    broken = tmp_path / "wording.json"
    broken.write_text(json.dumps(wording_data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ResourceError, match=message) as caught:
        load_wording(broken)
    assert str(broken) in str(caught.value)


def test_a_missing_or_malformed_file_says_so(tmp_path):
    with pytest.raises(ResourceError, match="is missing"):
        load_wording(tmp_path / "nowhere.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ResourceError, match="not valid JSON"):
        load_wording(bad)


def test_texts_are_tidied_and_separators_keep_their_spaces(tmp_path, wording_data):
    strings = wording_data["languages"]["ro"]["strings"]
    strings["thank_you"] = "  Mult\u0326umim!  "  # t + combining comma below, stray spaces
    strings["list_separator"] = " / "
    edited = tmp_path / "wording.json"
    edited.write_text(json.dumps(wording_data, ensure_ascii=False), encoding="utf-8")
    words = load_wording(edited)["ro"]
    assert words.thank_you == "Mul\u021bumim!"  # one character ț, as the fonts expect
    assert words.list_separator == " / "
    with pytest.raises(FrozenInstanceError):
        words.title = "Card"
    with pytest.raises(TypeError):
        words.labels["when"] = "Când?"
