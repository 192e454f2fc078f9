"""The demo's introductions, made by matching, so that the demo's matches make sense.

A linker introduces an offer to someone it suits. The demo does the same: each offer that has
been introduced goes to the best match, as `offerbook match` would rank it for the offer's
linker, among the open requests of the people met lately and the directory's open
opportunities, and only where both sides could be introduced (each person agreed to share
with organisations and other people: desktop/core/introductions.py's rule). A request is
introduced once. An offer with no such match has not been introduced yet.

Pure and quick: a few hundred recent requests and the directory are held here as matching's
Sides, indexed by tag, so each offer ranks only the few candidates that share a gift
(`Matcher.index_tags`), as the store does with its posting lists. Ties are settled by id, and
the demo's ids are made in order, so the same seed gives the same introductions.
"""

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from desktop.core import models
from desktop.core.matching import (
    SHARE,
    Match,
    Matcher,
    Person,
    Side,
    Viewer,
    offer_side,
    opportunity_side,
    person_of,
    request_side,
)

RECENT = 200  # requests of the people met lately that an offer may be introduced to
CHOICES = 3  # an offer goes to one of its best few matches, as linkers differ


class DemoMatchmaker:
    def __init__(self, opportunities: Iterable[models.Opportunity], today: date,
                 matcher: Matcher | None = None):
        self.matcher = matcher or Matcher()
        self.today = today
        self.linked: set[str] = set()  # people an introduction of theirs has reached a meeting
        self._requests: OrderedDict[str, Side] = OrderedDict()
        self._by_tag: dict[str, dict[str, Side]] = {}
        self._introduced: set[str] = set()  # requests introduced already
        for opportunity in opportunities:
            self._add(opportunity_side(opportunity))

    def person(self, participant: models.Participant,
               consents: Iterable[models.Consent]) -> Person:
        return person_of(participant, consents, self.today,
                         linked=participant.id in self.linked)

    def add_request(self, request: models.Request, person: Person) -> None:
        """A request that later offers may be introduced to, while it is recent and open."""
        side = request_side(request, person)
        if not side.open:
            return
        self._requests[side.id] = side
        self._add(side)
        if len(self._requests) > RECENT:
            _, oldest = self._requests.popitem(last=False)
            for tag in oldest.tags:
                self._by_tag[tag].pop(oldest.id, None)

    def choose(self, offer: models.Offer, person: Person, viewer: Viewer,
               pick: Callable[[Sequence[Match]], Match]) -> Match | None:
        """The match `offer` is introduced to, `pick`ed among the best few that both sides
        could be introduced to; None when there is none (or the offer's own person has not
        agreed to share). The chosen request is not offered again."""
        query = offer_side(offer, person)
        if SHARE not in person.consents:
            return None
        candidates: dict[str, Side] = {}
        for tag in self.matcher.index_tags(query):
            candidates.update(self._by_tag.get(tag, {}))
        found = self.matcher.rank(query, candidates.values(), viewer, limit=CHOICES * 2,
                                  exclude=self._introduced)
        willing = [m for m in found.matches if not m.consent_needed][:CHOICES]
        if not willing:
            return None
        chosen = pick(willing)
        if chosen.kind == "request":
            self._introduced.add(chosen.id)
        return chosen

    def met(self, *people: str | None) -> None:
        """These people's introduction reached a meeting: they are linked from now on."""
        self.linked.update(p for p in people if p)

    def _add(self, side: Side) -> None:
        for tag in side.tags:
            self._by_tag.setdefault(tag, {})[side.id] = side
