"""Why a match was suggested, as structured reasons and as plain words.

Matching returns `Reason`s: a kind and its values (tag ids, slot codes, district codes, the
person's own words), never finished sentences, so each screen can word them in its language.
`describe` words one reason in English; give it Qt's translator and it words it in the user's:

    describe(reason, tag_label, QCoreApplication.translate)

Every English text below is marked with `QT_TRANSLATE_NOOP` (context "Matching") for Qt
Linguist; core never imports Qt. Placeholders are `{names}`, filled after translation, and
`%n` where a number changes the words (Qt's plural forms).
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

CONTEXT = "Matching"
Translate = Callable[[str, str, str | None, int], str]

# Reason kinds: why it fits ...
TIME_BOTH, TIME_RUNS = "time-both", "time-runs"
SAME_DISTRICT, DISTANCE, SAME_AREA = "same-district", "distance", "same-area"
LANGUAGES, TAGS, RELATED, NEED_MET, NOT_YET_LINKED = (
    "languages", "tags", "related", "need-met", "not-yet-linked")
# ... and what a linker should check before an introduction.
CHECK_CONDITION, CHECK_NEED, CHECK_NEEDS_PRIVATE, CHECK_SUPPORT = (
    "check-condition", "check-need", "check-needs-with-linker", "check-support")
NO_SHARED_LANGUAGE, NO_SHARED_TIME, FAR = "no-shared-language", "no-shared-time", "far"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The identity translator, with Qt's `%n` filled in."""
    return text.replace("%n", str(n)) if n >= 0 else text


@dataclass(frozen=True, slots=True)
class Reason:
    """One fact about a pair. `values` are codes or the person's words; `count` a number the
    words need (miles, further free times)."""

    kind: str
    values: tuple[str, ...] = ()
    count: int = 0


_SLOT_WORDS = {
    "mon-morning": QT_TRANSLATE_NOOP("Matching", "Monday mornings"),
    "mon-afternoon": QT_TRANSLATE_NOOP("Matching", "Monday afternoons"),
    "mon-evening": QT_TRANSLATE_NOOP("Matching", "Monday evenings"),
    "tue-morning": QT_TRANSLATE_NOOP("Matching", "Tuesday mornings"),
    "tue-afternoon": QT_TRANSLATE_NOOP("Matching", "Tuesday afternoons"),
    "tue-evening": QT_TRANSLATE_NOOP("Matching", "Tuesday evenings"),
    "wed-morning": QT_TRANSLATE_NOOP("Matching", "Wednesday mornings"),
    "wed-afternoon": QT_TRANSLATE_NOOP("Matching", "Wednesday afternoons"),
    "wed-evening": QT_TRANSLATE_NOOP("Matching", "Wednesday evenings"),
    "thu-morning": QT_TRANSLATE_NOOP("Matching", "Thursday mornings"),
    "thu-afternoon": QT_TRANSLATE_NOOP("Matching", "Thursday afternoons"),
    "thu-evening": QT_TRANSLATE_NOOP("Matching", "Thursday evenings"),
    "fri-morning": QT_TRANSLATE_NOOP("Matching", "Friday mornings"),
    "fri-afternoon": QT_TRANSLATE_NOOP("Matching", "Friday afternoons"),
    "fri-evening": QT_TRANSLATE_NOOP("Matching", "Friday evenings"),
    "sat-morning": QT_TRANSLATE_NOOP("Matching", "Saturday mornings"),
    "sat-afternoon": QT_TRANSLATE_NOOP("Matching", "Saturday afternoons"),
    "sat-evening": QT_TRANSLATE_NOOP("Matching", "Saturday evenings"),
    "sun-morning": QT_TRANSLATE_NOOP("Matching", "Sunday mornings"),
    "sun-afternoon": QT_TRANSLATE_NOOP("Matching", "Sunday afternoons"),
    "sun-evening": QT_TRANSLATE_NOOP("Matching", "Sunday evenings"),
}

_FIXED = {
    SAME_DISTRICT: QT_TRANSLATE_NOOP("Matching", "Both in {district}"),
    SAME_AREA: QT_TRANSLATE_NOOP("Matching", "Both in the {area} postcode area"),
    LANGUAGES: QT_TRANSLATE_NOOP("Matching", "Both speak {languages}"),
    NOT_YET_LINKED: QT_TRANSLATE_NOOP("Matching", "Not linked with anyone yet"),
    CHECK_CONDITION: QT_TRANSLATE_NOOP("Matching", "Their condition: {text}"),
    CHECK_NEED: QT_TRANSLATE_NOOP("Matching", "Their access needs: {text}"),
    CHECK_NEEDS_PRIVATE: QT_TRANSLATE_NOOP("Matching", "Ask their linker about access needs"),
    CHECK_SUPPORT: QT_TRANSLATE_NOOP("Matching", "Support they need: {text}"),
    NO_SHARED_LANGUAGE: QT_TRANSLATE_NOOP(
        "Matching", "No language in common: an interpreter may help"),
    NO_SHARED_TIME: QT_TRANSLATE_NOOP("Matching", "No free time in common yet"),
}

_NEED_WORDS = {  # a need of the person asking, met by a gift of the person offering
    "sign-language": QT_TRANSLATE_NOOP("Matching", "Knows sign language, which they use"),
    "english": QT_TRANSLATE_NOOP("Matching", "Can help with English, which they find hard"),
    "lift": QT_TRANSLATE_NOOP("Matching", "Can help them get there"),
    "calm": QT_TRANSLATE_NOOP("Matching", "Patient and calm, which suits them"),
    "dementia": QT_TRANSLATE_NOOP("Matching", "Good company for someone with dementia"),
}

CONSENT_NEEDED = {  # shown on a match: this person may be seen, but not yet introduced
    "share-with-organisations": QT_TRANSLATE_NOOP(
        "Matching", "Consent needed: to share with organisations and other people"),
    "keep-record": QT_TRANSLATE_NOOP("Matching", "Consent needed: to keep their record"),
}
WITHHELD = {  # said of matches that cannot be shown at all, never naming anyone
    "share-with-organisations": QT_TRANSLATE_NOOP(
        "Matching", "%n more would match if they agreed to share with organisations"),
    "keep-record": QT_TRANSLATE_NOOP(
        "Matching", "%n more would match if they agreed to us keeping their record"),
}
_TEXT = {
    "and": QT_TRANSLATE_NOOP("Matching", "{first} and {last}"),
    "both-free": QT_TRANSLATE_NOOP("Matching", "Both free {when}"),
    "both-free-more": QT_TRANSLATE_NOOP("Matching", "Both free {when}, and at %n other times"),
    "runs": QT_TRANSLATE_NOOP("Matching", "Free when it runs: {when}"),
    "runs-more": QT_TRANSLATE_NOOP("Matching", "Free when it runs: {when}, and %n other times"),
    "under-half": QT_TRANSLATE_NOOP("Matching", "Under half a mile apart"),
    "one-mile": QT_TRANSLATE_NOOP("Matching", "About 1 mile apart"),
    "miles": QT_TRANSLATE_NOOP("Matching", "About %n miles apart"),
    "close-to": QT_TRANSLATE_NOOP("Matching", "{theirs}, close to {yours}"),
}
SEPARATOR = " · "


def _fill(template: str, **values: str) -> str:
    """Fill `{name}` placeholders. A translation that drops or misspells one loses that word
    rather than failing the whole screen, as `str.format` would."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


def _join(items: Sequence[str], translate: Translate) -> str:
    """"a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    last = translate(CONTEXT, _TEXT["and"], None, -1)
    return _fill(last, first=", ".join(items[:-1]), last=items[-1])


def describe(reason: Reason, tag_label: Callable[[str], str] = str,
             translate: Translate = english) -> str:
    """One reason in words. `tag_label` gives a tag id's label (the taxonomy's, or Qt's
    translation of it)."""
    kind, values, t = reason.kind, reason.values, translate
    if kind in (TIME_BOTH, TIME_RUNS):
        when = _join([t(CONTEXT, _SLOT_WORDS[v], None, -1) for v in values], t)
        key = "both-free" if kind == TIME_BOTH else "runs"
        if reason.count:
            return _fill(t(CONTEXT, _TEXT[key + "-more"], None, reason.count), when=when)
        return _fill(t(CONTEXT, _TEXT[key], None, -1), when=when)
    if kind in (DISTANCE, FAR):
        if reason.count <= 1:
            return t(CONTEXT, _TEXT["one-mile" if reason.count else "under-half"], None, -1)
        return t(CONTEXT, _TEXT["miles"], None, reason.count)
    if kind == TAGS:
        return ", ".join(tag_label(tag) for tag in values)
    if kind == RELATED:
        pair = t(CONTEXT, _TEXT["close-to"], None, -1)
        return "; ".join(_fill(pair, theirs=tag_label(values[n]), yours=tag_label(values[n + 1]))
                         for n in range(0, len(values) - 1, 2))
    if kind == NEED_MET:
        return t(CONTEXT, _NEED_WORDS[values[0]], None, -1)
    if kind in _FIXED:
        text = t(CONTEXT, _FIXED[kind], None, -1)
        first = values[0] if values else ""
        return _fill(text, district=first, area=first, languages=_join(list(values), t),
                     text="; ".join(values))
    raise ValueError(f"unknown reason kind {kind!r}")


def describe_all(reasons: Sequence[Reason], tag_label: Callable[[str], str] = str,
                 translate: Translate = english) -> str:
    """Reasons on one line: "Both free Saturday mornings · About 1 mile apart · Gardening"."""
    return SEPARATOR.join(describe(reason, tag_label, translate) for reason in reasons)


def consent_needed(purpose: str, translate: Translate = english) -> str:
    return translate(CONTEXT, CONSENT_NEEDED[purpose], None, -1)


def withheld(counts: Mapping[str, int], translate: Translate = english) -> list[str]:
    """"2 more would match if they agreed to share with organisations", one line a purpose."""
    return [translate(CONTEXT, WITHHELD[purpose], None, n)
            for purpose, n in counts.items() if n]
