"""What matching reads out of records: weekly grids, conditions, access needs, tag families.

Everything here turns a record's fields into small, comparable values once, so that scoring a
candidate is a handful of set and bit operations:

- A weekly availability ({"sat": ["morning"]}) becomes a 21-bit mask, one bit per day and part
  of the day, so "free at the same time" is `a & b`.
- An offer's conditions, in the person's own words, become the times they rule out ("not
  mornings", "not on Sundays") plus the words a linker has to check by hand ("women only").
  Only phrasings we are sure of are read; everything else is kept, word for word, to check.
- Access needs ("uses a wheelchair") become need codes, so matching can say when an offer's
  gift meets one (a sign-language gift for a BSL user) and show the rest to check.
- Tags are grouped into families of gifts that can stand in for one another (baking for
  cooking), for the "similar gift" feature.

The parsers are cached: conditions and needs are chosen from a few dozen phrasings in practice,
so a query over thousands of candidates parses each phrasing once.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
import re

from desktop.core.offers import DAYS, PARTS

Slot = tuple[str, str]  # (day, part), e.g. ("sat", "morning")
SLOTS: tuple[Slot, ...] = tuple((day, part) for day in DAYS for part in PARTS)
_BIT = {slot: 1 << n for n, slot in enumerate(SLOTS)}
ALL_SLOTS = (1 << len(SLOTS)) - 1
WEEKDAYS = DAYS[:5]


def day_mask(*days: str) -> int:
    return sum(_BIT[(day, part)] for day in days for part in PARTS)


def part_mask(*parts: str) -> int:
    return sum(_BIT[(day, part)] for day in DAYS for part in parts)


def grid_mask(availability: Mapping[str, Iterable[str]]) -> int:
    """The mask of a weekly availability; unknown days or parts are ignored, not guessed."""
    mask = 0
    for day, parts in availability.items():
        for part in parts:
            mask |= _BIT.get((day, part), 0)
    return mask


def mask_slots(mask: int) -> tuple[Slot, ...]:
    """The slots of a mask, Monday morning first."""
    return tuple(slot for slot in SLOTS if mask & _BIT[slot])


def slot_mask(slots: Iterable[Slot]) -> int:
    return sum(_BIT[slot] for slot in set(slots))


# ---- schedules in words ("Wednesdays 11:30 to 14:00") -> weekly grid ------------------------

_DAY_WORDS = {
    "monday": ("mon",), "tuesday": ("tue",), "wednesday": ("wed",), "thursday": ("thu",),
    "friday": ("fri",), "saturday": ("sat",), "sunday": ("sun",),
    "weekday": WEEKDAYS, "weekend": ("sat", "sun"), "daily": DAYS, "every day": DAYS,
}
_DAY_PATTERN = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                          r"weekday|weekend|daily|every day)s?\b")
_TIME = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b")
_PART_WORDS = {"morning": ("morning",), "afternoon": ("afternoon",),
               "evening": ("evening",), "daytime": ("morning", "afternoon")}
_PART_PATTERN = re.compile(r"\b(morning|afternoon|evening|daytime)s?\b")
# Where one part of the day ends and the next begins, in minutes after midnight.
_NOON, _FIVE_PM = 12 * 60, 17 * 60


def _parts_between(start: int, end: int) -> set[str]:
    found = set()
    if start < _NOON:
        found.add("morning")
    if start < _FIVE_PM and end > _NOON:
        found.add("afternoon")
    if end > _FIVE_PM or start >= _FIVE_PM:
        found.add("evening")
    return found


@lru_cache(maxsize=1024)
def schedule_mask(text: str) -> int:
    """The weekly cells a schedule in words certainly covers; 0 when it does not say both a day
    and a time of day ("Saturdays in spring", "Flexible, daytime", "whenever suits you").

    A range covers every part of the day it overlaps (before noon morning, to 5 pm afternoon,
    then evening); single times ("11:00 and 14:00") cover their own parts. Monthly or term-time
    schedules still name a weekday, and that is what the grid can hold."""
    words = text.casefold()
    days: set[str] = set()
    for match in _DAY_PATTERN.finditer(words):
        days.update(_DAY_WORDS[match.group(1)])
    parts: set[str] = set()
    for match in _PART_PATTERN.finditer(words):
        parts.update(_PART_WORDS[match.group(1)])
    times = [int(h) * 60 + int(m) for h, m in _TIME.findall(words)]
    if len(times) == 2 and re.search(r"\d\s*(to|-|–|until)\s*\d", words):
        parts |= _parts_between(min(times), max(times))
    else:
        for minute in times:
            parts |= _parts_between(minute, minute + 1)
    if not days or not parts:
        return 0
    return sum(_BIT[(day, part)] for day in days for part in parts)


# ---- an offer's conditions -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Conditions:
    """What a person's conditions mean for matching: the weekly cells they rule out, and the
    conditions (their own words) that matching cannot check and a linker must."""

    blocked: int = 0
    to_check: tuple[str, ...] = ()


NO_CONDITIONS = Conditions()

# Phrasings whose whole meaning is a time rule. Each pattern must match the *entire* condition
# (after trimming), so "not mornings, unless it's urgent" is kept to check instead.
_TIME_RULES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"not (in the )?mornings?"), part_mask("morning")),
    (re.compile(r"not (in the )?afternoons?"), part_mask("afternoon")),
    (re.compile(r"not (in the )?evenings?|not after dark"), part_mask("evening")),
    (re.compile(r"not (at )?weekends?"), day_mask("sat", "sun")),
    (re.compile(r"only (in )?(the )?mornings?"), ALL_SLOTS & ~part_mask("morning")),
    (re.compile(r"only (in )?(the )?afternoons?"), ALL_SLOTS & ~part_mask("afternoon")),
    (re.compile(r"only (in )?(the )?evenings?"), ALL_SLOTS & ~part_mask("evening")),
    (re.compile(r"only (on )?weekdays"), day_mask("sat", "sun")),
    (re.compile(r"only (on )?weekends"), day_mask(*WEEKDAYS)),
    # School hours: weekday mornings and afternoons only.
    (re.compile(r"only (in|during) school hours"),
     day_mask("sat", "sun") | part_mask("evening")),
    # In winter daylight ends before the evening part begins; we rule evenings out all year,
    # since the weekly grid has no seasons and a wrong "yes" is worse than a missed match.
    (re.compile(r"only in daylight( in winter)?"), part_mask("evening")),
)
_NOT_DAY = re.compile(r"not (on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
                      r"(,? (that's|that is|it's|because) .*)?")


def _time_rule(condition: str) -> int | None:
    text = condition.casefold().replace("\u2019", "'").strip(" .")
    for pattern, blocked in _TIME_RULES:
        if pattern.fullmatch(text):
            return blocked
    day = _NOT_DAY.fullmatch(text)
    if day:
        return day_mask(*_DAY_WORDS[day.group(2)])
    return None


@lru_cache(maxsize=4096)
def parse_conditions(text: str) -> Conditions:
    """Split conditions (one per line or semicolon) into time rules and words to check."""
    blocked, to_check = 0, []
    for condition in re.split(r"[;\n]+", text or ""):
        condition = condition.strip()
        if not condition:
            continue
        rule = _time_rule(condition)
        if rule is None:
            to_check.append(condition)
        else:
            blocked |= rule
    return Conditions(blocked, tuple(to_check))


# ---- access needs --------------------------------------------------------------------------

# Need code -> words that show it, and the gift tags that meet it. A need is only "met" by a
# gift that directly answers it; a need nothing here answers (step-free access) is shown to
# check, never assumed.
NEEDS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "sign-language": (("bsl", "sign language", "deaf"), frozenset({"sign-language"})),
    "english": (("little english", "help with english", "no english"),
                frozenset({"interpreting", "teaching-english"})),
    "lift": (("a lift", "lift there", "transport", "can't drive", "cannot drive"),
             frozenset({"driving", "accompanying-people"})),
    "calm": (("anxious", "crowds", "quiet", "familiar", "someone i know"),
             frozenset({"patience-and-calm"})),
    "dementia": (("dementia", "memory"), frozenset({"dementia-company"})),
}


@lru_cache(maxsize=4096)
def parse_needs(text: str) -> frozenset[str]:
    """The need codes named in some access needs or conditions, in any wording above."""
    words = (text or "").casefold().replace("\u2019", "'")
    return frozenset(code for code, (phrases, _) in NEEDS.items()
                     if any(phrase in words for phrase in phrases))


def meeting_tags(needs: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each need, the tags that meet it."""
    return {need: NEEDS[need][1] for need in needs if need in NEEDS}


# ---- tag families --------------------------------------------------------------------------

# Gifts close enough that one can often stand in for another: a request for cooking may be
# glad of a baker. Groups are small on purpose: a family relation scores well below a shared
# tag, and a wide family ("hands") would make everything look related. Languages have no
# family: speaking Polish is no stand-in for speaking Urdu. A tag in no family matches only
# itself. (The taxonomy has no family field yet; when it gains one, this table moves there.)
FAMILIES: dict[str, tuple[str, ...]] = {
    "language-help": ("interpreting", "teaching-english"),
    "digital": ("it-help", "phones-and-tablets", "online-safety"),
    "paperwork": ("admin-and-forms", "writing-letters", "benefits-and-entitlements",
                  "budgeting"),
    "advice": ("law-and-advice", "knowing-local-services", "advocacy"),
    "work-and-business": ("small-business", "job-seeking-help", "bookkeeping"),
    "tutoring": ("maths-tutoring", "homework-help", "reading-with-children", "teaching-skills"),
    "history": ("local-history", "family-history", "history"),
    "stories": ("creative-writing", "book-club", "storytelling"),
    "food": ("cooking", "baking", "catering-for-groups", "healthy-eating"),
    "growing": ("gardening", "growing-food", "nature-and-wildlife", "flower-arranging"),
    "green": ("green-living", "litter-picking", "upcycling"),
    "around-the-house": ("diy", "painting-and-decorating", "woodwork", "cleaning-and-tidying",
                         "lifting-and-moving"),
    "repairs": ("fixing-bikes", "fixing-electronics", "car-maintenance"),
    "needlework": ("sewing", "knitting-and-crochet"),
    "arts-and-crafts": ("art-and-drawing", "pottery", "crafts"),
    "hair-and-beauty": ("hairdressing", "henna"),
    "pictures": ("photography", "film-and-video"),
    "music-and-dance": ("music", "singing", "dancing"),
    "keeping-active": ("sport-coaching", "fitness-and-exercise", "yoga-and-relaxation",
                       "swimming", "walking-groups"),
    "getting-about": ("driving", "accompanying-people", "shopping-errands"),
    "company": ("listening", "befriending", "phone-befriending", "tea-and-chat",
                "good-neighbour"),
    "caring": ("caring", "supporting-carers", "supporting-disabled-people", "dementia-company"),
    "welcome": ("welcoming-newcomers", "hosting", "bringing-people-together",
                "celebrations-and-festivals", "sharing-my-culture"),
    "families": ("looking-after-children", "supporting-new-parents", "grandparent-figure"),
    "young-people": ("mentoring-young-people", "youth-work"),
    "support": ("peer-support", "bereavement-support", "mental-wellbeing",
                "encouraging-people"),
    "organising": ("planning-and-organising", "leading-a-group"),
    "faith": ("faith-community-links", "spiritual-care"),
    "fun": ("board-games", "making-people-laugh"),
}


def family_index(families: Mapping[str, Iterable[str]] = FAMILIES) -> dict[str, str]:
    """Tag id -> family id. A tag listed in two families is a mistake in the table."""
    index: dict[str, str] = {}
    for family, tags in families.items():
        for tag in tags:
            if tag in index:
                raise ValueError(f"tag {tag!r} is in families {index[tag]!r} and {family!r}")
            index[tag] = family
    return index
