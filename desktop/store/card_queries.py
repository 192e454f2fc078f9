"""The reads behind printed documents: cards, the event pack and the participant summary.

Each function returns records as they are stored, with every consent answer of the people
involved; deciding what may be printed is `desktop.cards`'s job (content.card_content refuses
a card without a current print-card consent). Only *current* offers and requests are read for
cards: an offer the person has agreed to, or one matched or running; a request still open or
matched. Drafts have words the person has not agreed to yet; paused, ended, met and closed
ones are not on offer. People whose own status is not "active" (paused or closed) are left out
of team and event reads altogether.
"""

from collections.abc import Iterable, Sequence
from typing import TypeVar

from desktop.core import models
from desktop.core.errors import NotFound
from desktop.core.printing import (
    CURRENT_OFFER_STATUSES,
    CURRENT_REQUEST_STATUSES,
    CardBatch,
    IntroductionView,
    PersonCards,
    SummarySource,
)
from desktop.store.records import Records
from desktop.store.vault import Vault

_CHUNK = 500  # ids per IN (...): well under SQLite's variable limit

R = TypeVar("R", bound=models.Record)


def organisation_name(vault: Vault) -> str:
    return str(Records(vault).setting("organisation_name", "") or "")


def _staff(records: Records) -> dict[str, models.Staff]:
    return {staff.id: staff for staff in records.find(models.Staff)}


def _by_ids(records: Records, cls: type[R], column: str, ids: Sequence[str], extra: str = "",
            params: Sequence[str] = ()) -> list[R]:
    found: list[R] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        where = f"{column} IN ({', '.join('?' * len(chunk))})" + (f" AND {extra}" if extra
                                                                     else "")
        found += records.find(cls, where, [*chunk, *params])
    return found


def _in(values: Iterable[str]) -> tuple[str, list[str]]:
    values = list(values)
    return ", ".join("?" * len(values)), values


def offer_batch(vault: Vault, offer_id: str) -> CardBatch:
    """One offer with its participant. NotFound if either is gone."""
    records = Records(vault)
    offer = records.get(models.Offer, offer_id)
    person = records.get(models.Participant, offer.participant_id)
    return CardBatch([PersonCards(person, _consents(records, [person.id]).get(person.id, []),
                                  [offer])], _staff(records), organisation_name(vault))


def participant_batch(vault: Vault, participant_id: str) -> CardBatch:
    """One participant with their current offers (and current requests). NotFound if gone."""
    records = Records(vault)
    person = records.get(models.Participant, participant_id)
    offer_marks, offer_params = _in(CURRENT_OFFER_STATUSES)
    request_marks, request_params = _in(CURRENT_REQUEST_STATUSES)
    offers = records.find(models.Offer, f"participant_id = ? AND status IN ({offer_marks})",
                          [person.id, *offer_params])
    requests = records.find(models.Request,
                            f"participant_id = ? AND status IN ({request_marks})",
                            [person.id, *request_params])
    return CardBatch([PersonCards(person, _consents(records, [person.id]).get(person.id, []),
                                  offers, requests)], _staff(records), organisation_name(vault))


def teams_named(vault: Vault, name: str) -> list[models.Team]:
    """The teams whose name is `name`, or every team of the area `name` (case does not
    matter; a team's name wins over an area of the same name)."""
    wanted = " ".join(name.split()).casefold()
    teams = Records(vault).find(models.Team, order="name")
    by_name = [team for team in teams if " ".join(team.name.split()).casefold() == wanted]
    return by_name or [team for team in teams
                       if " ".join(team.area.split()).casefold() == wanted]


def team_names(vault: Vault) -> list[str]:
    return [team.name for team in Records(vault).find(models.Team, order="name")]


def event_batch(vault: Vault, team_ids: Sequence[str] | None = None) -> CardBatch:
    """Every current offer and request of active participants, of the given teams (all teams
    when None), with those participants and their consents."""
    records = Records(vault)
    people_where, people_params = "status = 'active' AND deleted = 0", list[str]()
    if team_ids is not None:
        marks, people_params = _in(team_ids)
        people_where += f" AND team_id IN ({marks or 'NULL'})"
    offer_marks, offer_params = _in(CURRENT_OFFER_STATUSES)
    request_marks, request_params = _in(CURRENT_REQUEST_STATUSES)
    offers = records.find(
        models.Offer, f"status IN ({offer_marks}) AND participant_id IN "
        f"(SELECT id FROM participants WHERE {people_where})", [*offer_params, *people_params])
    requests = records.find(
        models.Request, f"status IN ({request_marks}) AND participant_id IN "
        f"(SELECT id FROM participants WHERE {people_where})",
        [*request_params, *people_params])
    ids = sorted({item.participant_id for item in offers} |
                 {item.participant_id for item in requests})
    people = {p.id: PersonCards(p) for p in _by_ids(records, models.Participant, "id", ids)}
    for participant_id, consents in _consents(records, ids).items():
        people[participant_id].consents = consents
    for offer in offers:
        people[offer.participant_id].offers.append(offer)
    for request in requests:
        people[request.participant_id].requests.append(request)
    return CardBatch([people[i] for i in ids if i in people], _staff(records),
                     organisation_name(vault))


def _consents(records: Records, ids: Sequence[str]) -> dict[str, list[models.Consent]]:
    found: dict[str, list[models.Consent]] = {}
    for consent in _by_ids(records, models.Consent, "participant_id", ids):
        found.setdefault(consent.participant_id, []).append(consent)
    return found


def summary_source(vault: Vault, participant_id: str) -> SummarySource:
    """Everything the participant summary may show about one person. NotFound if gone."""
    records = Records(vault)
    person = records.get(models.Participant, participant_id)
    mine = ("participant_id = ?", [person.id])
    offers = records.find(models.Offer, *mine)
    requests = records.find(models.Request, *mine)
    linker = None
    if person.linker_id:
        try:
            linker = records.get(models.Staff, person.linker_id)
        except NotFound:
            linker = None
    return SummarySource(
        participant=person,
        consents=records.find(models.Consent, *mine),
        gifts=records.find(models.Gift, *mine),
        offers=offers,
        requests=requests,
        introductions=_introductions(records, offers, requests),
        follow_ups=records.find(models.FollowUp, "participant_id = ? AND done_on = ''",
                                [person.id], order="due_on, created_at"),
        linker=linker,
        organisation=organisation_name(vault),
        staff_names={staff.id: staff.name for staff in records.find(models.Staff)})


def _introductions(records: Records, offers: list[models.Offer],
                   requests: list[models.Request]) -> list[IntroductionView]:
    titles = {item.id: item.title for item in offers} | {item.id: item.title for item in requests}
    if not titles:
        return []
    marks, ids = _in(titles)
    found = records.find(models.Introduction,
                         f"offer_id IN ({marks}) OR request_id IN ({marks})", [*ids, *ids],
                         order="planned_on, created_at")
    opportunity_ids = sorted({i.opportunity_id for i in found if i.opportunity_id})
    opportunities = {o.id: o for o in _by_ids(records, models.Opportunity, "id",
                                              opportunity_ids)}
    organisation_ids = sorted({o.organisation_id for o in opportunities.values()})
    organisations = {o.id: o.name for o in _by_ids(records, models.Organisation, "id",
                                                   organisation_ids)}
    views = []
    for introduction in found:
        own = introduction.offer_id if introduction.offer_id in titles else \
            introduction.request_id
        opportunity = opportunities.get(introduction.opportunity_id or "")
        other_side = introduction.request_id if own == introduction.offer_id else \
            introduction.offer_id
        views.append(IntroductionView(
            introduction, offer_title=titles.get(own or "", ""),
            opportunity=opportunity.title if opportunity else "",
            organisation=organisations.get(opportunity.organisation_id, "") if opportunity
            else "",
            with_a_person=bool(other_side)))
    return views
