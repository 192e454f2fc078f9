"""Scoring one candidate against a query: the weights, and the features that earn them.

A score is a plain weighted sum of features that hold for the pair, each worth a named number
of points (the constants say why). Each feature is worked out once, together with the
`Reason` that says it, so the words shown are exactly what scored: `Match.points` lists every
feature's points, and they add up to `Match.score`.

`QueryScorer` holds one query and what every candidate is compared with, worked out once.
Features that repeat across candidates (a set of tags, a district, a set of languages, some
access needs) are scored once per query and then looked up, and `total` (the score alone)
builds no words, so ranking thousands of candidates stays cheap; `explain` adds the reasons
for the few that are shown.
"""

from dataclasses import dataclass, field

from desktop.core.match_features import mask_slots, meeting_tags, parse_needs
from desktop.core.match_sides import OFFER, OPPORTUNITY, REQUEST, SHARE, Person, Side, Viewer
from desktop.core.match_words import (
    CHECK_CONDITION,
    CHECK_NEED,
    CHECK_NEEDS_PRIVATE,
    CHECK_SUPPORT,
    DISTANCE,
    FAR,
    LANGUAGES,
    NEED_MET,
    NO_SHARED_LANGUAGE,
    NO_SHARED_TIME,
    NOT_YET_LINKED,
    RELATED,
    SAME_AREA,
    SAME_DISTRICT,
    TAGS,
    TIME_BOTH,
    TIME_RUNS,
    Reason,
)
from desktop.core.places import MILES, Places

# ---- weights, in points --------------------------------------------------------------------
# A shared gift is what a match is for. With a shared free time it must beat anything a
# candidate sharing neither could gather (tests/core/test_matching.py checks the sums).
EXACT_TAG = 40
EXTRA_EXACT_TAG, MAX_EXTRA_EXACT = 10, 2  # each further shared tag; more says little new
# A gift of the same family (baking for cooking) may do: worth much less than the real thing.
RELATED_TAG = 12
EXTRA_RELATED_TAG, MAX_EXTRA_RELATED = 4, 1
# A time both are free is the difference between an introduction that can happen and one
# that cannot; more shared times make it easier, a little.
SHARED_TIME = 20
EXTRA_TIME, MAX_EXTRA_TIME = 2, 3
# Close by matters (bus fares, confidence), but a mile or two is not a reason on its own.
SAME_DISTRICT_POINTS = 10
DISTANCE_POINTS = ((1.0, 10), (2.0, 7), (5.0, 4), (10.0, 1))  # (under this many miles, points)
SAME_AREA_POINTS = 3  # same postcode letters, no centroid known: nearer than not, loosely
FAR_MILES = 10.0  # from here distance is a caution, not a reason
# A shared language other than English is often the whole point for people who read little
# English; none at all means an interpreter, so it costs points.
SHARED_LANGUAGE = 8
NO_LANGUAGE_PENALTY = -10
COMMON_LANGUAGES = frozenset({"english"})  # shared by nearly everyone: neither reason nor points
# A gift that answers the asker's access need (sign language for a BSL user).
NEED_MET_POINTS, MAX_NEEDS_MET = 6, 2
SHOWN_SLOTS = 2  # free times named in the reason; the rest are counted ("and at 2 other times")


@dataclass(frozen=True, slots=True)
class Match:
    kind: str
    id: str
    participant_id: str | None
    score: int
    reasons: tuple[Reason, ...]
    cautions: tuple[Reason, ...] = ()  # what a linker should check before introducing
    consent_needed: tuple[str, ...] = ()  # purposes to ask for before an introduction
    linked: bool = False
    points: tuple[tuple[str, int], ...] = ()  # reason kind -> points: the sum is the score


@dataclass(frozen=True, slots=True)
class _Part:
    """One feature's contribution: points, and the words for them."""

    total: int = 0
    points: tuple[tuple[str, int], ...] = ()
    reasons: tuple[Reason, ...] = ()
    cautions: tuple[Reason, ...] = ()


def _part(points: tuple[tuple[str, int], ...] = (), reasons: tuple[Reason, ...] = (),
          cautions: tuple[Reason, ...] = ()) -> _Part:
    return _Part(sum(p for _, p in points), points, reasons, cautions)


_NOTHING = _Part()
_UNSEEN = _Part()  # a cache miss, told apart from a cached "no match" (None)


def time_points(shared_slots: int) -> int:
    return SHARED_TIME + EXTRA_TIME * min(shared_slots - 1, MAX_EXTRA_TIME)


def sees_details(viewer: Viewer, person: Person) -> bool:
    """Access needs are health details: only the person's own team sees them."""
    return viewer.own_team(person.team_id)


def clashes(side: Side, other: Side) -> bool:
    """True when `other` is an opportunity that runs only at times `side`'s conditions rule
    out (every Sunday, for someone who said "not on Sundays"). Times two people agree between
    them are theirs to settle, so this applies only to an opportunity's fixed schedule."""
    return (other.kind == OPPORTUNITY and bool(other.grid) and bool(side.blocked)
            and not other.grid & ~side.blocked)


@dataclass
class QueryScorer:
    side: Side
    viewer: Viewer
    places: Places
    related: dict[str, str]  # a candidate's tag -> the query tag of its family
    languages: dict[str, str] = field(init=False)  # casefolded -> as the query's person wrote
    needs: dict[str, frozenset[str]] = field(init=False)  # the query's own, if a request
    _tags: dict[frozenset[str], _Part | None] = field(default_factory=dict, init=False)
    _places: dict[str, _Part] = field(default_factory=dict, init=False)
    _spoken: dict[tuple[str, ...], _Part] = field(default_factory=dict, init=False)
    _met: dict[object, _Part] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        person = self.side.person
        self.languages = {lang.casefold(): lang for lang in person.languages} if person else {}
        self.needs = (meeting_tags(parse_needs(person.access_needs))
                      if self.side.kind == REQUEST and person is not None else {})

    def total(self, candidate: Side) -> int | None:
        """The score alone; None when the pair is no match (no gift in common, or an
        opportunity that runs only when the person said they cannot)."""
        tags = self._tags.get(candidate.tags, _UNSEEN)
        if tags is _UNSEEN:
            tags = self._tags[candidate.tags] = self.tags(candidate.tags)
        side = self.side
        if tags is None or clashes(side, candidate) or clashes(candidate, side):
            return None
        total = tags.total + self.place(candidate.district).total
        shared = side.grid & candidate.grid & ~(side.blocked | candidate.blocked)
        if shared:
            total += time_points(shared.bit_count())
        person = candidate.person
        if person is not None:
            total += self.spoken(person.languages).total + self.met(candidate, person).total
        return total

    def explain(self, candidate: Side) -> Match:
        """The match with its reasons and cautions, from the same features as `total`."""
        person = candidate.person
        parts = [self.time(candidate), self.place(candidate.district)]
        if person is not None:
            parts.append(self.spoken(person.languages))
        parts.append(self.tags(candidate.tags) or _NOTHING)
        if person is not None:
            parts.append(self.met(candidate, person))
            if not person.linked:
                parts.append(_part(reasons=(Reason(NOT_YET_LINKED),)))
        cautions = [Reason(CHECK_CONDITION, (text,)) for text in candidate.to_check]
        if candidate.support_needed:
            cautions.append(Reason(CHECK_SUPPORT, (candidate.support_needed,)))
        if person is not None and person.access_needs:
            cautions.append(Reason(CHECK_NEED, (person.access_needs,))
                            if sees_details(self.viewer, person)
                            else Reason(CHECK_NEEDS_PRIVATE))
        return Match(
            candidate.kind, candidate.id, person.id if person else None,
            sum(part.total for part in parts),
            tuple(reason for part in parts for reason in part.reasons),
            tuple(reason for part in parts for reason in part.cautions) + tuple(cautions),
            (SHARE,) if person is not None and SHARE not in person.consents else (),
            person.linked if person else False,
            tuple(point for part in parts for point in part.points))

    # ---- one feature each --------------------------------------------------------------------

    def tags(self, tags: frozenset[str]) -> _Part | None:
        exact = tuple(sorted(self.side.tags & tags))
        related = [(tag, self.related[tag]) for tag in sorted(tags) if tag in self.related]
        if not exact and not related:
            return None
        points, reasons = [], []
        if exact:
            points.append((TAGS, EXACT_TAG + EXTRA_EXACT_TAG * min(len(exact) - 1,
                                                                  MAX_EXTRA_EXACT)))
            reasons.append(Reason(TAGS, exact))
        if related:
            points.append((RELATED, RELATED_TAG + EXTRA_RELATED_TAG * min(len(related) - 1,
                                                                        MAX_EXTRA_RELATED)))
            reasons.append(Reason(RELATED, tuple(tag for pair in related for tag in pair)))
        return _part(tuple(points), tuple(reasons))

    def time(self, candidate: Side) -> _Part:
        side = self.side
        shared = side.grid & candidate.grid & ~(side.blocked | candidate.blocked)
        if not shared:
            both_known = side.grid and candidate.grid
            return _part(cautions=(Reason(NO_SHARED_TIME),)) if both_known else _NOTHING
        slots = ["-".join(slot) for slot in mask_slots(shared)]
        kind = TIME_RUNS if OPPORTUNITY in (side.kind, candidate.kind) else TIME_BOTH
        return _part(((kind, time_points(len(slots))),),
                     (Reason(kind, tuple(slots[:SHOWN_SLOTS]), max(0, len(slots) - SHOWN_SLOTS)),))

    def place(self, district: str) -> _Part:
        found = self._places.get(district)
        if found is None:
            found = self._places[district] = self._place(district)
        return found

    def _place(self, district: str) -> _Part:
        proximity = self.places.proximity(self.side.district, district)
        miles, where = proximity.miles, proximity.where
        if proximity.kind == MILES and miles is not None:
            count = 0 if miles < 0.5 else 1 if miles < 1.5 else int(miles + 0.5)
            if miles >= FAR_MILES:
                return _part(cautions=(Reason(FAR, (f"{miles:.1f}",), count),))
            points = next(p for under, p in DISTANCE_POINTS if miles < under)
            return _part(((DISTANCE, points),), (Reason(DISTANCE, (f"{miles:.1f}",), count),))
        if proximity.kind == SAME_DISTRICT:
            return _part(((SAME_DISTRICT, SAME_DISTRICT_POINTS),),
                         (Reason(SAME_DISTRICT, (where,)),))
        if proximity.kind == SAME_AREA:
            return _part(((SAME_AREA, SAME_AREA_POINTS),), (Reason(SAME_AREA, (where,)),))
        return _NOTHING

    def spoken(self, languages: tuple[str, ...]) -> _Part:
        found = self._spoken.get(languages)
        if found is not None:
            return found
        found = _NOTHING
        if self.languages and languages:
            keys = sorted({lang.casefold() for lang in languages} & self.languages.keys())
            special = tuple(self.languages[key] for key in keys if key not in COMMON_LANGUAGES)
            if special:
                found = _part(((LANGUAGES, SHARED_LANGUAGE),), (Reason(LANGUAGES, special),))
            elif not keys:
                found = _part(((NO_SHARED_LANGUAGE, NO_LANGUAGE_PENALTY),),
                              cautions=(Reason(NO_SHARED_LANGUAGE),))
        self._spoken[languages] = found
        return found

    def met(self, candidate: Side, person: Person) -> _Part:
        """The asker's access needs that the offer's gifts meet. An asker in another team (or
        any asker, for an organisation) is not seen in such detail, so their needs neither
        score nor show."""
        side = self.side
        if side.kind == REQUEST and candidate.kind == OFFER and self.needs:
            key: object = candidate.tags
            needs, offer_tags = self.needs, candidate.tags
        elif (side.kind == OFFER and candidate.kind == REQUEST and person.access_needs
              and sees_details(self.viewer, person)):
            key = person.access_needs
            needs, offer_tags = meeting_tags(parse_needs(person.access_needs)), side.tags
        else:
            return _NOTHING
        found = self._met.get(key)
        if found is None:
            met = sorted(need for need, tags in needs.items() if tags & offer_tags)
            met = met[:MAX_NEEDS_MET]
            found = self._met[key] = _part(
                tuple((NEED_MET, NEED_MET_POINTS) for _ in met),
                tuple(Reason(NEED_MET, (need, min(needs[need] & offer_tags))) for need in met))
        return found
