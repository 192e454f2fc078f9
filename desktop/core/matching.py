"""Matching offers, requests and opportunities, with reasons a person can read.

For an offer: requests and opportunities; for a request: offers and opportunities; for an
opportunity: people's offers (`TARGETS`). The store finds candidates (tag posting lists:
`Matcher.index_tags` says which tags to read), turns each into a `Side` (match_sides) and
calls `Matcher.rank`. Nothing here reads the vault.

Scores are transparent weighted sums (match_score, where the weights are). A candidate must
share a gift tag, or a gift of the same family, to be a match at all: a neighbour who speaks
Polish is no match for gardening. Every match carries its reasons (match_words puts them into
words, in English or through Qt's translator) and what a linker should check first.

Fairness: among equal scores, people not yet linked to anyone (no introduction met) come
first, then ids settle the order. It is a tie-break, not points, so it never lifts a weaker
fit over a better one, and the same inputs always give the same list.

Consent: a person in another team, or anyone at all when the list is for an organisation, is
shown only if they agreed to "share-with-organisations"; nobody is matched without
"keep-record". Those who cannot be shown are counted by what is missing ("2 more would match
if they agreed to share with organisations"), never named or ranked. A person of the viewer's
own team is shown without the sharing consent but marked `consent_needed`, because an
introduction would share their details.
"""

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
import heapq
from typing import Any

from desktop.core.match_features import FAMILIES, family_index
from desktop.core.match_score import Match, QueryScorer
from desktop.core.match_sides import (
    KEEP,
    MATCHABLE,
    OFFER,
    OPPORTUNITY,
    REQUEST,
    SHARE,
    TARGETS,
    Person,
    Side,
    Viewer,
    consents_in_force,
    make_person,
    make_side,
    offer_side,
    opportunity_side,
    person_of,
    request_side,
)
from desktop.core.match_words import (
    Translate,
    consent_needed,
    describe,
    describe_all,
    english,
    withheld as withheld_words,
)
from desktop.core.places import Places, load_places
from desktop.core.taxonomy import Taxonomy

__all__ = [
    "KEEP", "MATCHABLE", "OFFER", "OPPORTUNITY", "REQUEST", "SHARE", "TARGETS", "Match",
    "MatchList", "Matcher", "Person", "Side", "Viewer", "consents_in_force", "make_person",
    "make_side", "offer_side", "opportunity_side", "person_of", "request_side",
]


@dataclass(frozen=True)
class MatchList:
    matches: tuple[Match, ...]
    more: int = 0  # further matches that could be shown, past the limit
    withheld: dict[str, int] = field(default_factory=dict)  # purpose -> matches not shown
    query_consent_needed: tuple[str, ...] = ()  # what the query's own person must agree to


class Matcher:
    """Ranks candidates for a query. Make one per taxonomy and reuse it: it holds the tag
    families and the districts table."""

    def __init__(self, taxonomy: Taxonomy | None = None, places: Places | None = None,
                 families: dict[str, tuple[str, ...]] | None = None):
        self.labels = {tag.id: tag.label for tag in taxonomy.tags} if taxonomy else {}
        self.places = places if places is not None else load_places()
        families = FAMILIES if families is None else families
        self.family_of = family_index(families)
        self.members = {family: frozenset(tags) for family, tags in families.items()}

    def tag_label(self, tag: str) -> str:
        return self.labels.get(tag, tag)

    def index_tags(self, query: Side) -> frozenset[str]:
        """Every tag a match could have: the query's and their families'. A candidate with
        none of them cannot match, so these are the posting lists to read."""
        found = set(query.tags)
        for tag in query.tags:
            found |= self.members.get(self.family_of.get(tag, ""), frozenset())
        return frozenset(found)

    def scorer(self, query: Side, viewer: Viewer) -> QueryScorer:
        """The query made ready to score candidates one by one (`total`, `explain`)."""
        related: dict[str, str] = {}
        for tag in sorted(query.tags):
            for other in sorted(self.members.get(self.family_of.get(tag, ""), ())):
                if other not in query.tags:
                    related.setdefault(other, tag)
        return QueryScorer(query, viewer, self.places, related)

    def rank(self, query: Side, candidates: Iterable[Side], viewer: Viewer, *,
             limit: int | None = 20, exclude: Collection[str] = ()) -> MatchList:
        """The best matches for `query` among `candidates`, best first, with reasons.

        `exclude`: ids not to suggest (already introduced). A candidate of a kind the query
        does not match (`TARGETS`) is a programming error and raises ValueError."""
        targets, scorer = TARGETS[query.kind], self.scorer(query, viewer)
        me = query.person.id if query.person is not None else None
        ranked: list[tuple[int, bool, str, int, Side]] = []
        withheld: dict[str, int] = {}
        for n, candidate in enumerate(candidates):
            if candidate.kind not in targets:
                raise ValueError(f"a {candidate.kind} cannot match a {query.kind}")
            person = candidate.person
            if not candidate.open or candidate.id in exclude or (
                    person is not None and person.id == me):
                continue
            total = scorer.total(candidate)
            if total is None:
                continue
            missing = missing_consent(viewer, person)
            if missing:
                withheld[missing] = withheld.get(missing, 0) + 1
                continue
            # Best score first; then not yet linked; then id; n keeps a repeated id sortable.
            ranked.append((-total, person is not None and person.linked, candidate.id, n,
                           candidate))
        best = sorted(ranked) if limit is None else heapq.nsmallest(limit, ranked)
        return MatchList(tuple(scorer.explain(entry[-1]) for entry in best),
                         len(ranked) - len(best), dict(sorted(withheld.items())),
                         query_consent(query))

    def match(self, query: Side, candidate: Side, viewer: Viewer) -> Match | None:
        """One pair, explained, with consent left to the caller; None when it is no match."""
        scorer = self.scorer(query, viewer)
        return None if scorer.total(candidate) is None else scorer.explain(candidate)

    # ---- words ---------------------------------------------------------------------------

    def words(self, match: Match, translate: Translate = english) -> str:
        """Why, on one line: "Both free Saturday mornings · About 1 mile apart · Gardening"."""
        return describe_all(match.reasons, self.tag_label, translate)

    def cautions(self, match: Match, translate: Translate = english) -> str:
        """What to check first, on one line (empty when nothing)."""
        return describe_all(match.cautions, self.tag_label, translate)

    def as_json(self, match: Match) -> dict[str, Any]:
        """One match as `offerbook match --json` prints it: structured and in English."""
        def reasons(items: tuple[Any, ...]) -> list[dict[str, Any]]:
            return [{"kind": r.kind, "values": list(r.values), "count": r.count,
                     "text": describe(r, self.tag_label)} for r in items]
        return {"kind": match.kind, "id": match.id, "participant_id": match.participant_id,
                "score": match.score, "points": [list(p) for p in match.points],
                "why": self.words(match), "to_check": self.cautions(match),
                "reasons": reasons(match.reasons), "cautions": reasons(match.cautions),
                "consent_needed": [{"purpose": p, "text": consent_needed(p)}
                                   for p in match.consent_needed]}

    @staticmethod
    def withheld_words(matches: MatchList, translate: Translate = english) -> list[str]:
        """"2 more would match if they agreed to share with organisations", per purpose."""
        return withheld_words(matches.withheld, translate)


def missing_consent(viewer: Viewer, person: Person | None) -> str | None:
    """The purpose without which `viewer` may not see this candidate at all, or None."""
    if person is None:
        return None  # an opportunity: the organisation's own, public information
    if KEEP not in person.consents:
        return KEEP
    if SHARE not in person.consents and not viewer.own_team(person.team_id):
        return SHARE
    return None


def query_consent(query: Side) -> tuple[str, ...]:
    """What the query's own person has yet to agree to before any introduction."""
    person = query.person
    if person is None:
        return ()
    return tuple(purpose for purpose in (KEEP, SHARE) if purpose not in person.consents)
