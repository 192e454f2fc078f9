"""Introductions in the vault: made from a match, moved on step by step, listed per person, and
the seed's own measure.

The rules are desktop/core/introductions.py's; this module reads what they need and writes
what they decide, each user action in one transaction through `Records`: a step and the
follow-ups it sets or closes commit together or not at all. A refused step (IntroductionRefused,
StepNotAllowed, ValidationError) writes nothing.
"""

from dataclasses import dataclass, replace
from datetime import date
import sqlite3
from typing import TypeVar

from desktop.core import introductions as rules, models
from desktop.core.errors import NotFound
from desktop.core.home_items import display_name
from desktop.core.introductions import Parties, Step
from desktop.core.printing import SlipSource
from desktop.store.card_queries import organisation_name
from desktop.store.records import Records
from desktop.store.vault import Vault

R = TypeVar("R", bound=models.Record)

# The statuses of introductions that reached a meeting, old words included: word for word the
# list of the partial index introductions_met (migrations/0007_introductions.sql).
_REACHED = "('met', 'going-well', 'did-not-work-out', 'ended', 'ongoing')"
_REACHED_WHERE = f"i.deleted = 0 AND i.status IN {_REACHED}"
# An old "ended" with no day they met may have ended before they did (rules.reached_meeting).
_MET = f"{_REACHED_WHERE} AND NOT (i.status = 'ended' AND i.met_on = '')"


@dataclass(frozen=True)
class IntroductionRow:
    """An introduction as lists show it, with both sides named. `side` is which side the
    person it was listed for is on ("offer" or "request"; "" when not listed for a person)."""

    id: str
    status: str
    next_steps: tuple[str, ...]
    side: str
    offer_id: str | None
    offer_title: str
    offerer_id: str
    offerer_name: str
    request_id: str | None
    request_title: str
    requester_id: str
    requester_name: str
    opportunity_id: str | None
    opportunity_title: str
    organisation_id: str
    organisation_name: str
    staff_id: str | None
    accompanied_by: str | None
    agreed_on: str
    planned_on: str
    place: str
    met_on: str
    outcome_on: str
    notes: str
    outcome_notes: str
    created_at: str


@dataclass(frozen=True)
class SeedMeasure:
    """The seed's own measure: of the people who had a capabilities conversation, how many
    have at least one offer linked to someone who benefits (an introduction that reached a
    meeting). `linked_this_month` counts those of them whose introduction met this month;
    `had_conversation_this_month` the people with a conversation started this month."""

    had_conversation: int
    linked: int
    had_conversation_this_month: int
    linked_this_month: int


# ---- making and moving on ---------------------------------------------------------------------

def introduce(vault: Vault, offer_id: str, *, request_id: str | None = None,
              opportunity_id: str | None = None, notes: str = "",
              today: date | None = None) -> models.Introduction:
    """Introduce an offer to a request or an opportunity (a match): a suggested introduction,
    made by whoever is signed in. Refused (IntroductionRefused, with the reason) when either
    side is gone, closed or no longer agrees to share, or the two are already being
    introduced."""
    introduction = rules.new_introduction(offer_id, request_id=request_id,
                                          opportunity_id=opportunity_id,
                                          staff_id=vault.staff_id, notes=notes)
    records = Records(vault)
    with vault.transaction():
        rules.check_parties(_parties(records, introduction), today or date.today())
        side, other = ("request_id", request_id) if request_id else \
            ("opportunity_id", opportunity_id)
        finished = ", ".join(f"'{status}'" for status in rules.FINISHED)
        if records.find(models.Introduction,
                        f"offer_id = ? AND {side} = ? AND status NOT IN ({finished})",
                        [offer_id, other], limit=1):
            raise rules.IntroductionRefused(
                "These two are already being introduced; carry on with that introduction. "
                "Nothing was changed.", rules.ALREADY)
        return records.add(introduction)


def advance(vault: Vault, introduction_id: str, step: Step,
            today: date | None = None) -> models.Introduction:
    """Take one step (core.introductions.Step) and set or close its follow-ups, in one
    transaction. Agreeing and planning need both sides still there (IntroductionRefused);
    a step that does not follow raises StepNotAllowed."""
    today = today or date.today()
    records = Records(vault)
    with vault.transaction():
        introduction = records.get(models.Introduction, introduction_id)
        if step.to in rules.NEEDS_BOTH_SIDES:
            rules.check_parties(_parties(records, introduction), today)
        result = rules.take_step(introduction, step, today, vault.staff_id)
        records.update(models.Introduction, introduction_id, **result.changes)
        open_ones = records.find(models.FollowUp, "introduction_id = ? AND done_on = ''",
                                 [introduction_id])
        for follow_up in rules.follow_ups_to_close(result, open_ones):
            records.update(models.FollowUp, follow_up.id, done_on=today.isoformat())
        if result.add is not None:
            offer = records.get(models.Offer, introduction.offer_id or "", include_deleted=True)
            added = rules.new_follow_up(result, introduction, offer.participant_id,
                                        vault.staff_id)
            if added is not None:
                records.add(added)
        return records.get(models.Introduction, introduction_id)


def _one(records: Records, cls: type[R], row_id: str | None) -> R | None:
    if not row_id:
        return None
    try:
        return records.get(cls, row_id)
    except NotFound:
        return None


def _parties(records: Records, introduction: models.Introduction) -> Parties:
    offer = _one(records, models.Offer, introduction.offer_id)
    offerer = _one(records, models.Participant, offer.participant_id if offer else None)
    parties = Parties(offer=offer, offerer=offerer,
                      offerer_consents=_consents(records, offerer),
                      to_request=bool(introduction.request_id))
    if introduction.request_id:
        parties.request = _one(records, models.Request, introduction.request_id)
        parties.requester = _one(records, models.Participant,
                                 parties.request.participant_id if parties.request else None)
        parties.requester_consents = _consents(records, parties.requester)
    else:
        parties.opportunity = _one(records, models.Opportunity, introduction.opportunity_id)
        parties.organisation = _one(records, models.Organisation,
                                    parties.opportunity.organisation_id
                                    if parties.opportunity else None)
    return parties


def _consents(records: Records, person: models.Participant | None) -> list[models.Consent]:
    if person is None:
        return []
    return records.find(models.Consent, "participant_id = ?", [person.id])


# ---- lists ----------------------------------------------------------------------------------

_SELECT = """
    SELECT i.id, i.status, i.offer_id, o.title, o.participant_id, op.full_name,
           op.preferred_name, i.request_id, r.title, r.participant_id, rp.full_name,
           rp.preferred_name, i.opportunity_id, opp.title, opp.organisation_id, org.name,
           i.staff_id, i.accompanied_by, i.agreed_on, i.planned_on, i.place, i.met_on,
           i.outcome_on, i.notes, i.outcome_notes, i.created_at
    FROM introductions i
    LEFT JOIN offers o ON o.id = i.offer_id
    LEFT JOIN participants op ON op.id = o.participant_id
    LEFT JOIN requests r ON r.id = i.request_id
    LEFT JOIN participants rp ON rp.id = r.participant_id
    LEFT JOIN opportunities opp ON opp.id = i.opportunity_id
    LEFT JOIN organisations org ON org.id = opp.organisation_id
    WHERE i.deleted = 0"""


def _row(values: tuple, person: str = "") -> IntroductionRow:
    (row_id, status, offer_id, offer_title, offerer_id, offerer_full, offerer_preferred,
     request_id, request_title, requester_id, requester_full, requester_preferred,
     opportunity_id, opportunity_title, organisation_id, organisation, *rest) = values
    status = rules.status_of(status)
    side = "offer" if person and person == offerer_id else \
        "request" if person and person == requester_id else ""
    return IntroductionRow(
        row_id, status, rules.next_steps(status), side, offer_id, offer_title or "",
        offerer_id or "", display_name(offerer_full or "", offerer_preferred or ""),
        request_id, request_title or "", requester_id or "",
        display_name(requester_full or "", requester_preferred or ""),
        opportunity_id, opportunity_title or "", organisation_id or "", organisation or "",
        *rest)


def row(vault: Vault, introduction_id: str) -> IntroductionRow:
    """One introduction with both sides named. NotFound if it is gone."""
    with vault.reading() as conn:
        found = conn.execute(_SELECT + " AND i.id = ?", [introduction_id]).fetchone()
    if found is None:
        raise NotFound("That introduction no longer exists; it may have been deleted on "
                       "another device.")
    return _row(found)


def for_person(vault: Vault, participant_id: str) -> list[IntroductionRow]:
    """A person's introductions from both sides (their offers and their requests), the
    newest first."""
    with vault.reading() as conn:
        found = conn.execute(
            _SELECT + " AND (i.offer_id IN (SELECT id FROM offers WHERE participant_id = ?)"
            " OR i.request_id IN (SELECT id FROM requests WHERE participant_id = ?))"
            " ORDER BY i.created_at DESC, i.id DESC",
            [participant_id, participant_id]).fetchall()
    return [_row(values, participant_id) for values in found]


def for_offer(vault: Vault, offer_id: str) -> list[IntroductionRow]:
    """An offer's introductions, the newest first."""
    with vault.reading() as conn:
        found = conn.execute(_SELECT + " AND i.offer_id = ? ORDER BY i.created_at DESC, "
                             "i.id DESC", [offer_id]).fetchall()
    return [_row(values) for values in found]


# ---- the seed's measure -------------------------------------------------------------------

def seed_measure(vault: Vault, today: date, *, linker_id: str | None = None,
                 team_id: str | None = None) -> SeedMeasure:
    """The seed's measure for everyone, a linker's people (participants.linker_id) or a
    team's; "this month" is the calendar month of `today`."""
    start = today.replace(day=1)
    end = (start.replace(year=start.year + 1, month=1) if start.month == 12
           else start.replace(month=start.month + 1))
    people, params = "p.deleted = 0", []
    if linker_id is not None:
        people, params = people + " AND p.linker_id = ?", [linker_id]
    if team_id is not None:
        people, params = people + " AND p.team_id = ?", [*params, team_id]
    talked = ("EXISTS (SELECT 1 FROM conversations c WHERE c.participant_id = p.id "
              "AND c.deleted = 0{})")
    month = [start.isoformat(), end.isoformat()]
    with vault.reading() as conn:
        had = _count(conn, f"SELECT count(*) FROM participants p WHERE {people} AND "
                     + talked.format(""), params)
        had_month = _count(conn, f"SELECT count(*) FROM participants p WHERE {people} AND "
                           + talked.format(" AND c.started_on >= ? AND c.started_on < ?"),
                           [*params, *month])
        linked_sql = ("SELECT count(DISTINCT p.id) FROM introductions i "
                      "JOIN offers o ON o.id = i.offer_id AND o.deleted = 0 "
                      f"JOIN participants p ON p.id = o.participant_id AND {people} "
                      f"WHERE {_MET} AND " + talked.format(""))
        linked = _count(conn, linked_sql, params)
        linked_month = _count(conn, linked_sql + " AND i.met_on >= ? AND i.met_on < ?",
                              [*params, *month])
    return SeedMeasure(had, linked, had_month, linked_month)


def _count(conn: sqlite3.Connection, sql: str, params: list[str]) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


# ---- the slip -----------------------------------------------------------------------------

def slip_sources(vault: Vault, introduction_id: str) -> list[SlipSource]:
    """What each side's introduction slip may draw on: one for the person who made the offer,
    then one for the person who asked (or the organisation). NotFound if the introduction or
    its offer is gone. Consents come whole; desktop.cards decides what may be printed."""
    records = Records(vault)
    with vault.reading():
        introduction = records.get(models.Introduction, introduction_id)
        parties = _parties(records, introduction)
        if parties.offer is None or parties.offerer is None:
            raise NotFound("The offer of this introduction is no longer on this laptop, so "
                           "there is no slip to print.")
        staff = {s.id: s for s in records.find(models.Staff)}
        linker = staff.get(introduction.accompanied_by or "") or staff.get(
            introduction.staff_id or "") or staff.get(parties.offerer.linker_id or "")
        first = SlipSource(
            for_side="offer", introduction=introduction, offer=parties.offer,
            offerer=parties.offerer, offerer_consents=list(parties.offerer_consents),
            request=parties.request, requester=parties.requester,
            requester_consents=list(parties.requester_consents),
            opportunity=parties.opportunity, organisation=parties.organisation,
            linker=linker, linker_goes=bool(introduction.accompanied_by),
            our_organisation=organisation_name(vault))
    return [first, replace(first, for_side="request" if introduction.request_id
                           else "opportunity")]
