"""The two sides of a match, as matching sees them, and how to make them from records.

The store reads candidates (offers, requests, opportunities and their people) and turns each
into a `Side` here; everything slow to read from a record (conditions in words, a schedule in
words, a postcode) is read once, into small values that compare fast (match_features). A
`Person` can be made once per participant and shared by all their offers and requests.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core import models
from desktop.core.consent import current_consents
from desktop.core.match_features import grid_mask, parse_conditions, schedule_mask
from desktop.core.places import outward_code

OFFER, REQUEST, OPPORTUNITY = "offer", "request", "opportunity"
TARGETS = {OFFER: (REQUEST, OPPORTUNITY), REQUEST: (OFFER, OPPORTUNITY), OPPORTUNITY: (OFFER,)}
# Statuses that can still take a new match: an offer the person has agreed (or one already
# running, which may take one more); an open request; an open opportunity. The store can use
# these in its query; `Side.open` says the same for one record.
MATCHABLE = {OFFER: ("agreed", "matched", "active"), REQUEST: ("open",), OPPORTUNITY: ("open",)}
SHARE, KEEP = "share-with-organisations", "keep-record"


@dataclass(frozen=True, slots=True)
class Person:
    """What matching needs of a participant. `consents` are the purposes in force today;
    `linked` is True once one of their introductions has been met."""

    id: str
    team_id: str | None = None
    district: str = ""
    languages: tuple[str, ...] = ()
    access_needs: str = ""
    consents: frozenset[str] = frozenset()
    linked: bool = False
    active: bool = True


@dataclass(slots=True)
class Side:
    """An offer, a request or an opportunity, ready to compare. Treat it as read-only; it is
    not frozen only because frozen dataclasses take four times as long to make, and the store
    makes thousands per query."""

    kind: str
    id: str
    tags: frozenset[str]
    grid: int = 0  # weekly availability or schedule (match_features masks); 0 = not known
    blocked: int = 0  # cells the person's conditions rule out
    district: str = ""  # outward code ("LS6"), "" when not known
    person: Person | None = None  # None for an opportunity
    to_check: tuple[str, ...] = ()  # conditions, in their words, a linker must check
    support_needed: str = ""
    open: bool = True


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who will see the list: a linker working in `teams`, a coordinator (`every_team`: the
    whole organisation, people of no team or of a team not synced here yet included), or an
    organisation (`organisation=True`), which may see only people who agreed to share."""

    teams: frozenset[str] = frozenset()
    organisation: bool = False
    every_team: bool = False

    def own_team(self, team_id: str | None) -> bool:
        """Is a person of this team one of the viewer's own people (seen without the sharing
        consent, their access needs in full)?"""
        return not self.organisation and (self.every_team or team_id in self.teams)


def consents_in_force(consents: Iterable[models.Consent], today: date) -> frozenset[str]:
    """The purposes a person's consent records allow today (consent.current_consents)."""
    return frozenset(p for p, c in current_consents(consents, today).items() if c is not None)


def person_of(participant: models.Participant, consents: Iterable[models.Consent],
              today: date, *, linked: bool = False) -> Person:
    return person_with(participant, consents_in_force(consents, today), linked=linked)


def person_with(participant: models.Participant, in_force: frozenset[str], *,
                linked: bool = False) -> Person:
    """`person_of` for a caller that already knows which purposes are in force (the store
    works that out in its query for thousands of candidates at once)."""
    return Person(id=participant.id, team_id=participant.team_id,
                  district=outward_code(participant.postcode),
                  languages=tuple(participant.languages),
                  access_needs=participant.accessibility_needs.strip(),
                  consents=in_force, linked=linked,
                  active=participant.status == "active" and not participant.deleted)


def offer_side(offer: models.Offer, person: Person) -> Side:
    conditions = parse_conditions(offer.conditions)
    return Side(OFFER, offer.id, frozenset(offer.tags), grid_mask(offer.availability),
                conditions.blocked, person.district, person, conditions.to_check,
                offer.support_needed.strip(),
                open=person.active and not offer.deleted and offer.status in MATCHABLE[OFFER])


def request_side(request: models.Request, person: Person) -> Side:
    return Side(REQUEST, request.id, frozenset(request.tags), grid_mask(request.availability),
                0, person.district, person,
                open=person.active and not request.deleted
                and request.status in MATCHABLE[REQUEST])


def opportunity_side(opportunity: models.Opportunity, grid: int | None = None) -> Side:
    """`grid`: the opportunity's weekly cells when the directory holds them; otherwise they are
    read from its schedule in words, where that names both a day and a time."""
    return Side(OPPORTUNITY, opportunity.id, frozenset(opportunity.tags),
                schedule_mask(opportunity.schedule) if grid is None else grid, 0,
                outward_code(opportunity.postcode),
                open=not opportunity.deleted and opportunity.status in MATCHABLE[OPPORTUNITY])
