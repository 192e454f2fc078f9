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
from desktop.core.match_features import (
    NO_CONDITIONS,
    grid_mask,
    parse_conditions,
    schedule_mask,
)
from desktop.core.places import outward_code

OFFER, REQUEST, OPPORTUNITY = "offer", "request", "opportunity"
TARGETS = {OFFER: (REQUEST, OPPORTUNITY), REQUEST: (OFFER, OPPORTUNITY), OPPORTUNITY: (OFFER,)}
# Statuses that can still take a new match: an offer the person has agreed (or one already
# running, which may take one more); an open request; an open opportunity. The store can use
# these in its query; `Side.open` says the same for one record.
MATCHABLE = {OFFER: ("agreed", "matched", "active"), REQUEST: ("open",), OPPORTUNITY: ("open",)}
SHARE, KEEP = "share-with-organisations", "keep-record"


@dataclass(slots=True)
class Person:
    """What matching needs of a participant. `consents` are the purposes in force today;
    `linked` is True once one of their introductions has been met. Treat it as read-only; it
    is not frozen for the reason Side is not: the store makes thousands per query."""

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
    return make_person(participant.id, team_id=participant.team_id,
                       postcode=participant.postcode, languages=participant.languages,
                       access_needs=participant.accessibility_needs,
                       status=participant.status, deleted=participant.deleted,
                       in_force=consents_in_force(consents, today), linked=linked)


def offer_side(offer: models.Offer, person: Person) -> Side:
    return make_side(OFFER, offer.id, frozenset(offer.tags), grid_mask(offer.availability),
                     offer.status, person=person, deleted=offer.deleted,
                     conditions=offer.conditions, support_needed=offer.support_needed)


def request_side(request: models.Request, person: Person) -> Side:
    return make_side(REQUEST, request.id, frozenset(request.tags),
                     grid_mask(request.availability), request.status, person=person,
                     deleted=request.deleted)


def opportunity_side(opportunity: models.Opportunity, grid: int | None = None) -> Side:
    """`grid`: the opportunity's weekly cells when the directory holds them; otherwise they are
    read from its schedule in words, where that names both a day and a time."""
    return make_side(OPPORTUNITY, opportunity.id, frozenset(opportunity.tags),
                     schedule_mask(opportunity.schedule) if grid is None else grid,
                     opportunity.status, deleted=opportunity.deleted,
                     postcode=opportunity.postcode)


# ---- from values already read ----------------------------------------------------------------
# The builders above take records; these take the values themselves, for the store, which
# reads thousands of candidates in one query and must not build a record for each. The rules
# (what is open, what a condition rules out) live here, once, for both.

def make_person(participant_id: str, *, team_id: str | None, postcode: str,
                languages: Iterable[str], access_needs: str, status: str, deleted: bool,
                in_force: frozenset[str], linked: bool) -> Person:
    """A participant as matching sees them; `in_force`: the purposes their consents allow
    today (`consents_in_force`)."""
    return Person(id=participant_id, team_id=team_id, district=outward_code(postcode),
                  languages=tuple(languages), access_needs=access_needs.strip(),
                  consents=in_force, linked=linked, active=status == "active" and not deleted)


def make_side(kind: str, record_id: str, tags: frozenset[str], grid: int, status: str, *,
              person: Person | None = None, deleted: bool = False, conditions: str = "",
              support_needed: str = "", postcode: str = "") -> Side:
    """An offer or request (with its `person`) or an opportunity (with its `postcode`).
    `grid` is the weekly mask as matching uses it; `conditions` only an offer has."""
    if kind == OPPORTUNITY:
        return Side(OPPORTUNITY, record_id, tags, grid, 0, outward_code(postcode),
                    open=not deleted and status in MATCHABLE[OPPORTUNITY])
    if person is None:
        raise ValueError(f"an {kind} belongs to a person")
    rules = parse_conditions(conditions) if kind == OFFER else NO_CONDITIONS
    return Side(kind, record_id, tags, grid, rules.blocked, person.district, person,
                rules.to_check, support_needed.strip(),
                open=person.active and not deleted and status in MATCHABLE[kind])
