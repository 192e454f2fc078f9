"""The printed words around what a participant said, in every language a card is printed in.

`resources/cards/wording.json` holds, per language, the card's own words (title, labels,
thank-you line, days and times of day, dates) and, under "documents", the headings and
sentences of the event pack and the participant summary. English is the source; the other
languages are drafts until a native speaker has checked them (`Wording.draft`).

The file is data an organisation may edit, so it is checked when first read: a missing,
empty or misspelt entry, or a {placeholder} lost in translation, raises a `ResourceError`
naming the file and the entry, instead of leaving a gap or a stray brace on a printed card.
The card's own words are checked against what this module needs; "documents" is checked
against English, key for key, so its owners can add sentences without touching this file.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from string import Formatter
from types import MappingProxyType
import unicodedata

from desktop.core.errors import ValidationError
from desktop.core.resources import Checker, read_json, resources_dir

WHAT = "card wording"

# The languages a card can be printed in, in the order a chooser lists them. Fixed here, not
# read from the file, because each needs its script's fonts and a check that they cover it.
LANGUAGES = ("en", "cy", "pl", "ur", "bn", "pa", "ar", "so", "ro")

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("morning", "afternoon", "evening")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
LABELS = ("when", "where", "how_often", "next_step", "linker")

# The card's own strings: plain texts, and groups of texts keyed as the code looks them up.
_TEXTS = ("title", "continued", "ask_for_the_rest", "continued_suffix", "thank_you",
          "next_step", "all_day", "day_parts", "list_separator", "group_separator",
          "date_format")
_GROUPS = {"labels": LABELS, "days": DAYS, "parts": PARTS, "months": MONTHS}
# Texts the code fills in with str.format, and the only {names} each may use; every other
# card text must have no braces at all.
_PLACEHOLDERS = {"day_parts": {"day", "parts"}, "date_format": {"day", "month", "year"}}
# Joining punctuation, kept with its spaces ("، " in Arabic script, ", " elsewhere).
_SEPARATORS = {"list_separator", "group_separator"}
_ENTRY_KEYS = {"name", "english_name", "direction", "draft", "strings"}


Entry = str | Mapping[str, str]  # one of "documents": a text, or a group of texts by name


class UnknownLanguage(ValidationError, ValueError):
    """A card, pack or summary was asked for in a language Offerbook has no words for."""


@dataclass(frozen=True)
class DocumentWords:
    """The event pack's and the summary's words, shaped as English's "documents" entry:
    `said[key]` is one text, `said.group(key)[name]` one of a group of texts (a word per
    status, per consent purpose, …)."""

    entries: Mapping[str, Entry]

    def __getitem__(self, key: str) -> str:
        text = self.entries[key]
        if not isinstance(text, str):
            raise TypeError(f"{key!r} is a group of texts: read it with group({key!r})")
        return text

    def group(self, key: str) -> Mapping[str, str]:
        texts = self.entries[key]
        if isinstance(texts, str):
            raise TypeError(f"{key!r} is one text: read it with [{key!r}]")
        return texts


@dataclass(frozen=True)
class Wording:
    """One language's printed words. Groups are read-only mappings keyed as in the file:
    `labels` by LABELS, `days` by DAYS, `parts` by PARTS, `months` by MONTHS; `documents`
    is the event pack's and summary's words, shaped as the English "documents" entry."""

    code: str
    name: str  # in the language itself ("Cymraeg"), for a language chooser
    english_name: str
    rtl: bool
    draft: bool  # not yet checked by a native speaker
    title: str
    continued: str
    ask_for_the_rest: str
    continued_suffix: str
    thank_you: str
    next_step: str
    all_day: str
    day_parts: str
    list_separator: str
    group_separator: str
    date_format: str
    labels: Mapping[str, str]
    days: Mapping[str, str]
    parts: Mapping[str, str]
    months: Mapping[str, str]
    documents: DocumentWords

    def long_date(self, day: date) -> str:
        """The date with the month in words ("22 November 2026", "22 listopada 2026")."""
        return self.date_format.format(day=day.day, month=self.months[MONTHS[day.month - 1]],
                                       year=day.year)


def default_wording_path() -> Path:
    return resources_dir() / "cards" / "wording.json"


def _fields(text: str) -> set[str] | None:
    """The {names} in a text, or None when its braces are unbalanced."""
    try:
        return {name for _, name, _, _ in Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def _text(check: Checker, value: object, where: str, key: str,
          expected_fields: set[str]) -> str:
    text = check.text(value, where)
    # Separators keep their spaces; anything else loses stray ones from hand editing.
    text = unicodedata.normalize("NFC", text if key in _SEPARATORS else text.strip())
    found = _fields(text)
    if found is None:
        raise check.fail(where, "has a { or } that does not belong to a {placeholder}; "
                         "remove it.")
    if found != expected_fields:
        wanted = ", ".join("{" + name + "}" for name in sorted(expected_fields)) or "none"
        raise check.fail(where, f"should hold exactly these placeholders: {wanted}.")
    return text


def _group(check: Checker, value: object, where: str, keys: Iterable[str],
           fields: Mapping[str, set[str]]) -> MappingProxyType[str, str]:
    mapping = check.mapping(value, where)
    keys = tuple(keys)
    for key in mapping:
        if key not in keys:
            raise check.fail(f'{where}, "{key}"', "is not a word the cards use; check its "
                             "spelling against English.")
    texts = {}
    for key in keys:
        if key not in mapping:
            raise check.fail(f'{where}, "{key}"', 'is missing; copy it from "en" and '
                             "translate it.")
        texts[key] = _text(check, mapping[key], f'{where}, "{key}"', key,
                           fields.get(key, set()))
    return MappingProxyType(texts)


def _like(check: Checker, value: object, english: Mapping[str, Entry],
          where: str) -> DocumentWords:
    """`value` checked to have English's shape: the same keys at both levels, and the same
    {placeholders} in every text (the document layouts fill them in by name)."""
    mapping = _only_english_keys(check, value, english, where)
    entries: dict[str, Entry] = {}
    for key, inner in english.items():
        found = _present(check, mapping, key, where)
        inner_where = f'{where}, "{key}"'
        if isinstance(inner, str):
            entries[key] = _text(check, found, inner_where, "", _fields(inner) or set())
            continue
        group = _only_english_keys(check, found, inner, inner_where)
        entries[key] = MappingProxyType({
            name: _text(check, _present(check, group, name, inner_where),
                        f'{inner_where}, "{name}"', "", _fields(text) or set())
            for name, text in inner.items()})
    return DocumentWords(MappingProxyType(entries))


def _only_english_keys(check: Checker, value: object, english: Mapping[str, object],
                       where: str) -> dict:
    mapping = check.mapping(value, where)
    for key in mapping:
        if key not in english:
            raise check.fail(f'{where}, "{key}"', 'is not in English; remove it or add it '
                             'to "en" first.')
    return mapping


def _present(check: Checker, mapping: Mapping[str, object], key: str, where: str) -> object:
    if key not in mapping:
        raise check.fail(f'{where}, "{key}"', 'is missing; copy it from "en" and '
                         "translate it.")
    return mapping[key]


def _language(check: Checker, code: str, raw: object,
              english_documents: Mapping[str, Entry] | None) -> Wording:
    where = f'language "{code}"'
    entry = check.mapping(raw, where)
    for key in entry:
        if key not in _ENTRY_KEYS:
            raise check.fail(f'{where}, "{key}"', "is not something a language entry "
                             "holds; expected name, english_name, direction, draft, "
                             "strings.")
    direction = entry.get("direction")
    if direction not in ("ltr", "rtl"):
        raise check.fail(f'{where}, "direction"', 'should be "ltr" (left to right) or '
                         '"rtl" (right to left, as Arabic and Urdu).')
    draft = entry.get("draft")
    if not isinstance(draft, bool):
        raise check.fail(f'{where}, "draft"', "should be true (not yet checked by a native "
                         "speaker) or false.")
    strings_where = f"{where}, strings"
    strings = check.mapping(entry.get("strings"), strings_where)
    known = set(_TEXTS) | set(_GROUPS) | {"documents"}
    for key in strings:
        if key not in known:
            raise check.fail(f'{strings_where}, "{key}"', "is not a word the cards use; "
                             "check its spelling against English.")
    texts: dict[str, str] = {}
    for key in _TEXTS:
        key_where = f'{strings_where}, "{key}"'
        if key not in strings:
            raise check.fail(key_where, 'is missing; copy it from "en" and translate it.')
        texts[key] = _text(check, strings[key], key_where, key, _PLACEHOLDERS.get(key, set()))
    groups = {key: _group(check, strings.get(key), f'{strings_where}, "{key}"', keys, {})
              for key, keys in _GROUPS.items()}
    documents_where = f'{strings_where}, "documents"'
    if english_documents is None:  # English itself: texts and groups of texts
        english_documents = _source(check, strings.get("documents"), documents_where)
    documents = _like(check, strings.get("documents"), english_documents, documents_where)
    return Wording(code=code,
                   name=_text(check, entry.get("name"), f'{where}, "name"', "", set()),
                   english_name=_text(check, entry.get("english_name"),
                                      f'{where}, "english_name"', "", set()),
                   rtl=direction == "rtl", draft=draft, labels=groups["labels"],
                   days=groups["days"], parts=groups["parts"], months=groups["months"],
                   documents=documents, **texts)


def _source(check: Checker, value: object, where: str) -> dict[str, Entry]:
    """English "documents", the pattern the others follow: texts and objects of texts, each
    text with sound braces."""
    entries: dict[str, Entry] = {}
    for key, inner in check.mapping(value, where).items():
        inner_where = f'{where}, "{key}"'
        if isinstance(inner, dict):
            entries[key] = {name: _source_text(check, text, f'{inner_where}, "{name}"')
                            for name, text in inner.items()}
        else:
            entries[key] = _source_text(check, inner, inner_where)
    return entries


def _source_text(check: Checker, value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise check.fail(where, "should be some text, or an object of texts, but it is "
                         "missing or empty.")
    if _fields(value) is None:
        raise check.fail(where, "has a { or } that does not belong to a {placeholder}; "
                         "remove it.")
    return value


def load_wording(path: Path | str | None = None) -> dict[str, Wording]:
    """Read and check the wording file; returns a `Wording` per code in LANGUAGES order."""
    path = Path(path) if path is not None else default_wording_path()
    check = Checker(path, WHAT)
    data = check.mapping(read_json(path, WHAT), "the whole file")
    check.version(data.get("version"))
    languages = check.mapping(data.get("languages"), '"languages"')
    for code in languages:
        if code not in LANGUAGES:
            raise check.fail(f'"languages", "{code}"', "is not a language Offerbook can "
                             "print cards in yet (" + ", ".join(LANGUAGES) + "); remove it.")
    for code in LANGUAGES:
        if code not in languages:
            raise check.fail(f'"languages", "{code}"', 'is missing; copy the "en" entry '
                             "and translate it.")
    english = _language(check, "en", languages["en"], None)
    result = {"en": english}
    for code in LANGUAGES[1:]:
        result[code] = _language(check, code, languages[code], english.documents.entries)
    return result


@cache
def _bundled() -> dict[str, Wording]:
    return load_wording()


def wording(code: str) -> Wording:
    """The bundled words for a language code from LANGUAGES, read once per process."""
    table = _bundled()
    if code not in table:
        names = ", ".join(f"{w.english_name} ({w.code})" for w in table.values())
        raise UnknownLanguage(f"Cards cannot be printed in the language \"{code}\" yet. "
                              f"Choose one of: {names}.", "language")
    return table[code]


def card_language(spoken: Iterable[str]) -> str:
    """The first of someone's languages that cards can be printed in, else English.

    Matches a code ("pl"), an English name ("Polish") or the language's own name ("Polski"),
    ignoring case, because a person's languages are recorded as free text."""
    table = _bundled()
    for entry in spoken:
        wanted = entry.strip().casefold()
        for words in table.values():
            if wanted in (words.code, words.english_name.casefold(), words.name.casefold()):
                return words.code
    return "en"


def availability_words(availability: Mapping[str, Iterable[str]], language: str = "en") -> str:
    """When someone is free, in words; parts of days nobody recognises are left out.

    English reads as a sentence: {"mon": ["morning"], "wed": ["afternoon", "evening"]} is
    "Monday mornings and Wednesday afternoons and evenings", and a day with every part free
    is just "Mondays". Other languages use a list that needs no grammar of plurals or cases
    (which a translated word list cannot supply): "Dydd Llun: bore; Dydd Mercher: prynhawn,
    gyda'r nos", and a whole free day is "<day>: all day" in that language."""
    words = wording(language)
    free = {day: [part for part in PARTS if part in availability.get(day, ())]
            for day in DAYS}
    free = {day: parts for day, parts in free.items() if parts}
    if language == "en":
        return _english_availability(free, words)
    groups = []
    for day, parts in free.items():
        text = (words.all_day if len(parts) == len(PARTS)
                else words.list_separator.join(words.parts[part] for part in parts))
        groups.append(words.day_parts.format(day=words.days[day], parts=text))
    return words.group_separator.join(groups)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _english_availability(free: dict[str, list[str]], words: Wording) -> str:
    # English plurals here are regular ("Mondays", "mornings"), so "s" is the whole grammar.
    phrases = [words.days[day] + "s" if len(parts) == len(PARTS)
               else f"{words.days[day]} {_and([words.parts[part] + 's' for part in parts])}"
               for day, parts in free.items()]
    return _and(phrases) if phrases else ""


_LRM, _RLM = "\u200e", "\u200f"


def _own_direction_mark(value: str) -> str:
    """The invisible mark that ends `value` in its own direction: left-to-right after a
    Latin name, right-to-left after an Urdu one; nothing if it has no letters at all."""
    for ch in value:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return _LRM
        if kind in ("R", "AL"):
            return _RLM
    return ""


def fill(template: str, **values: object) -> str:
    """`template.format(**values)`, each value keeping its own direction.

    Without this, "Peregrine Ashdown (Perry)" in an Urdu sentence prints as
    "(Peregrine Ashdown (Perry": the closing bracket sits between Latin and Urdu letters,
    so the bidi algorithm gives it the sentence's direction. A direction mark after a value
    that runs the other way from the sentence (what an isolate would do, which
    python-bidi's algorithm lacks) keeps the bracket with the name. The text engine drops
    the marks once it has used them."""
    literal = "".join(part for part, *_ in Formatter().parse(template))
    sentence = _own_direction_mark(literal)

    def marked(value: object) -> object:
        if not isinstance(value, str):
            return value
        own = _own_direction_mark(value)
        return value + own if own and own != sentence else value

    return template.format(**{key: marked(value) for key, value in values.items()})
