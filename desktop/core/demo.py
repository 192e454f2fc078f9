"""Realistic synthetic data: the people of a UK city's many communities, clearly fictional.

`DemoGenerator` makes records, the store writes them. The same seed gives the same people (ids
aside), so a benchmark or a screenshot can be made again. Phone numbers are in Ofcom's drama
range and emails use example.org, so no real person can be reached by mistake.

Introductions are made by matching (demo_matching): each introduced offer went to something
matching ranks for it, between people who agreed to share, so the demo's matches make sense.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
import random
from typing import Any

from desktop.core import models
from desktop.core.demo_matching import DemoMatchmaker
from desktop.core.demo_seeds import Community, DemoSeeds, load_seeds
from desktop.core.ids import new_id
from desktop.core.introductions import REACHED_MEETING
from desktop.core.matching import Match, Matcher, Viewer
from desktop.core.taxonomy import load_taxonomy
from desktop.core.template import ConversationTemplate, load_template

TODAY = date(2026, 11, 20)  # a fixed "today" keeps seeded data identical from day to day
# Offers at these steps have been introduced to someone; the step their introduction reached.
_STEP_FOR_OFFER = {
    "agreed": ("suggested", "suggested", "declined"),
    "matched": ("agreed", "planned", "met"),
    "active": ("met", "going-well", "going-well"),
    "paused": ("going-well", "did-not-work-out"),
    "ended": ("ended", "did-not-work-out"),
}
_INTRODUCED = ("matched", "active", "paused", "ended")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PARTS = ("morning", "afternoon", "evening")
_PRESENT = ("participant", "carer", "family member", "personal assistant", "interpreter")


@dataclass
class Directory:
    """The shared part of the demo: teams, staff, organisations and their opportunities."""

    teams: list[models.Team] = field(default_factory=list)
    staff: list[models.Staff] = field(default_factory=list)
    organisations: list[models.Organisation] = field(default_factory=list)
    opportunities: list[models.Opportunity] = field(default_factory=list)

    def records(self) -> list[models.Record]:
        return [*self.teams, *self.staff, *self.organisations, *self.opportunities]


class DemoGenerator:
    def __init__(self, seed: int = 1, seeds: DemoSeeds | None = None,
                 template: ConversationTemplate | None = None):
        self.random = random.Random(seed)
        # Introductions draw from their own sequence, so how matching chooses never changes
        # who the demo's people are, only whom they were introduced to.
        self.introducing = random.Random(f"introductions {seed}")
        self.seeds = seeds or load_seeds()
        self.template = template or load_template()
        self.directory = self._directory()
        # Introductions go to what matching ranks best for each offer (demo_matching).
        self.matchmaker = DemoMatchmaker(self.directory.opportunities, TODAY,
                                         Matcher(load_taxonomy()))

    # ---- the directory -------------------------------------------------------------------

    def _directory(self) -> Directory:
        rnd, d = self.random, Directory()
        for area in ("North", "East", "South"):
            d.teams.append(models.Team(id=new_id(), name=f"{area} linkers", area=area))
        linkers = ["Amira Hussain", "Gareth Price", "Dorota Nowak", "Femi Adeyemi",
                   "Hannah Byrne", "Tariq Mahmood", "Megan Lloyd", "Chen Wei"]
        for n, name in enumerate(linkers):
            first = name.split()[0].lower()
            d.staff.append(models.Staff(
                id=new_id(), name=name, role="linker" if n else "coordinator",
                team_id=d.teams[n % len(d.teams)].id,
                work_email=f"{first}@linkers.example.org",
                work_phone=f"0113 496 {rnd.randrange(10000):04d}"))
        for org in self.seeds.organisations:
            o = models.Organisation(
                id=new_id(), name=org.name, kind=org.kind, description=org.description,
                email=f"hello@{_slug(org.name)}.example.org",
                phone=f"0113 496 {rnd.randrange(10000):04d}",
                postcode=self._postcode())
            d.organisations.append(o)
            for opp in org.opportunities:
                d.opportunities.append(models.Opportunity(
                    id=new_id(), organisation_id=o.id, title=opp.title,
                    description=opp.description, tags=list(opp.tags),
                    schedule=opp.schedule, location=opp.location,
                    postcode=o.postcode, contact=o.email,
                    status=rnd.choices(models.OPPORTUNITY_STATUSES, (8, 1, 1))[0]))
        return d

    # ---- people --------------------------------------------------------------------------

    def people(self, count: int) -> Iterator[list[models.Record]]:
        """For each person: the participant and everything recorded about them."""
        for _ in range(count):
            yield self.person()

    def person(self) -> list[models.Record]:
        rnd = self.random
        community = rnd.choice(self.seeds.communities)
        participant = self._participant(community)
        linker = rnd.choice(self.directory.staff)
        participant.team_id, participant.linker_id = linker.team_id, linker.id
        pid = participant.id
        met = date.fromisoformat(participant.first_met_on)
        records: list[models.Record] = [participant]
        consents = self._consents(pid, met, linker.id)
        records += consents
        person = self.matchmaker.person(participant, consents)
        conversation = self._conversation(pid, met, linker.id)
        records.append(conversation)
        gifts = self._gifts(pid, conversation.id)
        records += gifts
        offers = [self._offer(pid) for _ in range(rnd.choices((0, 1, 2), (2, 6, 2))[0])]
        records += offers
        if rnd.random() < 0.5:
            request = self._request(pid)
            records.append(request)
            self.matchmaker.add_request(request, person)
        viewer = Viewer(frozenset({linker.team_id}) if linker.team_id else frozenset())
        chance = self.introducing
        for offer in offers:
            if offer.status in _INTRODUCED or (offer.status == "agreed"
                                               and chance.random() < 0.15):
                match = self.matchmaker.choose(offer, person, viewer, chance.choice)
                if match is None:  # nobody it suits, or not agreed to share: not yet matched
                    offer.status = "agreed" if offer.status in _INTRODUCED else offer.status
                    continue
                introduction = self._introduction(offer, match, linker.id)
                records.append(introduction)
                records.append(self._follow_up(pid, introduction, linker.id, met))
                if offer.status in ("active", "ended", "paused"):
                    records += self._exchanges(pid, offer, match, met)
        records += self._wellbeing(pid, met, linker.id)
        if rnd.random() < 0.4:
            records += self._attendance(pid, met, linker.id)
        if rnd.random() < 0.5:
            # Dated within the person's history, not at import time, so "recently seen"
            # lists look like a real register rather than everyone today.
            written = met + timedelta(days=rnd.randrange(0, max(1, (TODAY - met).days + 1)))
            records.append(models.Note(participant_id=pid, staff_id=linker.id,
                                       created_at=f"{written.isoformat()}T11:00:00.000+00:00",
                                       body=rnd.choice(self.seeds.follow_up_notes)))
        return records

    def _participant(self, community: Community) -> models.Participant:
        rnd = self.random
        n = rnd.randrange(len(community.given_names))
        f = rnd.randrange(len(community.family_names))
        given, family = community.given_names[n], community.family_names[f]
        full = f"{family} {given}" if community.family_name_first else f"{given} {family}"
        if community.language == "zh":
            full = f"{family}{given}"  # Chinese names are written without a space
        romanised = community.romanised
        preferred = romanised[n] if romanised and rnd.random() < 0.6 else given
        languages = [community.name]
        if community.language != "en":
            languages.append("English")
        met = TODAY - timedelta(days=rnd.randrange(540))
        return models.Participant(
            id=new_id(), full_name=full, preferred_name=preferred,
            phone=f"07700 900{rnd.randrange(1000):03d}" if rnd.random() < 0.85 else "",
            email=f"{_slug(preferred) or 'person'}{rnd.randrange(100)}@example.org"
            if rnd.random() < 0.3 else "",
            address=f"{rnd.randrange(1, 180)} {rnd.choice(self.seeds.streets)}",
            postcode=self._postcode(), languages=languages,
            accessibility_needs=rnd.choice(self.seeds.accessibility_needs)
            if rnd.random() < 0.25 else "",
            status=rnd.choices(models.PARTICIPANT_STATUSES, (85, 10, 5))[0],
            first_met_on=met.isoformat())

    def _postcode(self) -> str:
        rnd = self.random
        return (f"{rnd.choice(self.seeds.postcode_districts)} {rnd.randrange(1, 10)}"
                f"{rnd.choice('ABDEFGHJLNPQRSTUWXY')}{rnd.choice('ABDEFGHJLNPQRSTUWXY')}")

    def _consents(self, pid: str, met: date, staff_id: str) -> list[models.Consent]:
        rnd, out = self.random, []
        for purpose in models.CONSENT_PURPOSES:
            if purpose != "keep-record" and rnd.random() < 0.3:
                continue
            withdrawn = purpose != "keep-record" and rnd.random() < 0.05
            out.append(models.Consent(
                participant_id=pid, purpose=purpose, given=True,
                method=rnd.choices(models.CONSENT_METHODS, (6, 3, 1, 1))[0],
                recorded_on=met.isoformat(), recorded_by=staff_id,
                expires_on=(met + timedelta(days=730)).isoformat(),
                withdrawn_on=(met + timedelta(days=rnd.randrange(1, 200))).isoformat()
                if withdrawn else ""))
        return out

    def _conversation(self, pid: str, met: date, staff_id: str) -> models.Conversation:
        rnd = self.random
        status = rnd.choices(models.CONVERSATION_STATUSES, (1, 1, 8))[0]
        sections = self.template.sections
        reached = len(sections) if status == "completed" else rnd.randrange(1, len(sections))
        answers: dict[str, Any] = {}
        for section in sections[:reached]:
            for prompt in section.prompts:
                if prompt.kind == "text" and rnd.random() < 0.6:
                    answers[prompt.id] = rnd.choice(self.seeds.own_words_gifts).text
                elif prompt.kind == "choice" and prompt.choices:
                    answers[prompt.id] = rnd.choice(prompt.choices)
        present = ["participant"] + rnd.sample(_PRESENT[1:], rnd.choices((0, 1, 2), (6, 3, 1))[0])
        return models.Conversation(
            id=new_id(), participant_id=pid, staff_id=staff_id,
            template_id=self.template.id, template_version=self.template.version,
            status=status, current_section=sections[reached - 1].id, answers=answers,
            present=present, location=rnd.choice(self.seeds.places),
            started_on=met.isoformat(),
            completed_on=(met + timedelta(days=rnd.randrange(0, 21))).isoformat()
            if status == "completed" else "")

    def _gifts(self, pid: str, conversation_id: str) -> list[models.Gift]:
        rnd, out = self.random, []
        for quote in rnd.sample(self.seeds.own_words_gifts, rnd.randrange(2, 6)):
            kind = rnd.choices(models.GIFT_KINDS, (3, 4, 4, 2, 2))[0]
            out.append(models.Gift(participant_id=pid, conversation_id=conversation_id,
                                   kind=kind, tag=quote.tags[0], own_words=quote.text))
        return out

    def _availability(self) -> dict[str, list[str]]:
        rnd = self.random
        days = rnd.sample(_DAYS, rnd.randrange(1, 4))
        return {day: sorted(rnd.sample(_PARTS, rnd.randrange(1, 3))) for day in sorted(days)}

    def _offer(self, pid: str) -> models.Offer:
        rnd = self.random
        phrasing = rnd.choice(self.seeds.offer_phrasings)
        return models.Offer(
            id=new_id(), participant_id=pid, title=phrasing.text, tags=list(phrasing.tags),
            for_whom=rnd.choice(("anyone", "older neighbours", "children and families",
                                 "people new to the area", "a local group", "one person")),
            availability=self._availability(), location=rnd.choice(self.seeds.places),
            frequency=rnd.choice(("once", "weekly", "fortnightly", "monthly",
                                  "now and then")),
            conditions=rnd.choice(self.seeds.conditions) if rnd.random() < 0.5 else "",
            support_needed="a lift there and back" if rnd.random() < 0.15 else "",
            status=rnd.choices(models.OFFER_STATUSES, (2, 3, 2, 4, 1, 1))[0])

    def _request(self, pid: str) -> models.Request:
        rnd = self.random
        phrasing = rnd.choice(self.seeds.request_phrasings)
        return models.Request(
            id=new_id(), participant_id=pid, title=phrasing.text, tags=list(phrasing.tags),
            availability=self._availability(),
            location=rnd.choice(self.seeds.places),
            status=rnd.choices(models.REQUEST_STATUSES, (5, 2, 2, 1))[0])

    def _introduction(self, offer: models.Offer, match: Match,
                      staff_id: str) -> models.Introduction:
        """The introduction of `offer` to `match`, at the step its offer's status says it
        reached (an agreed offer's is only suggested, or was declined)."""
        rnd = self.introducing
        status = rnd.choice(_STEP_FOR_OFFER[offer.status])
        day = TODAY + (timedelta(days=rnd.randrange(1, 30)) if status == "planned"
                       else -timedelta(days=rnd.randrange(7, 300)))
        met = status in REACHED_MEETING
        if met:
            self.matchmaker.met(offer.participant_id, match.participant_id)
        return models.Introduction(
            id=new_id(), offer_id=offer.id,
            request_id=match.id if match.kind == "request" else None,
            opportunity_id=match.id if match.kind == "opportunity" else None,
            status=status, staff_id=staff_id,
            accompanied_by=staff_id if met and rnd.random() < 0.6 else None,
            agreed_on=(day - timedelta(days=7)).isoformat()
            if status not in ("suggested", "declined") else "",
            planned_on=day.isoformat() if status == "planned" or met else "",
            met_on=day.isoformat() if met else "",
            outcome_on=(day + timedelta(days=28)).isoformat()
            if status in ("did-not-work-out", "ended") else "",
            notes=f"Suggested by matching: {self.matchmaker.matcher.words(match)}")

    def _follow_up(self, pid: str, introduction: models.Introduction, staff_id: str,
                   met: date) -> models.FollowUp:
        rnd = self.introducing
        due = TODAY + timedelta(days=rnd.randrange(-40, 40))
        done = due < TODAY and rnd.random() < 0.7
        return models.FollowUp(participant_id=pid, introduction_id=introduction.id,
                               staff_id=staff_id, due_on=max(due, met).isoformat(),
                               done_on=due.isoformat() if done else "",
                               note=rnd.choice(self.seeds.follow_up_notes) if done else "")

    def _exchanges(self, pid: str, offer: models.Offer, match: Match,
                   met: date) -> list[models.Exchange]:
        """Hours given through the introduction: to the person who asked, or to the
        opportunity's organisation."""
        rnd, out = self.introducing, []
        organisation = next((o.organisation_id for o in self.directory.opportunities
                             if o.id == match.id), None)
        for _ in range(rnd.randrange(1, 5)):
            when = met + timedelta(days=rnd.randrange(0, max(1, (TODAY - met).days + 1)))
            out.append(models.Exchange(giver_id=pid, offer_id=offer.id,
                                       receiver_id=match.participant_id,
                                       organisation_id=organisation,
                                       hours=rnd.choice((0.5, 1.0, 1.5, 2.0, 3.0)),
                                       occurred_on=when.isoformat(),
                                       description=offer.title[:80]))
        return out

    def _wellbeing(self, pid: str, met: date, staff_id: str) -> list[models.Wellbeing]:
        rnd, out = self.random, []
        base = [rnd.randrange(2, 8) for _ in range(4)]
        for n in range(rnd.randrange(1, 4)):
            when = min(met + timedelta(days=90 * n), TODAY)
            lift = n * rnd.choice((0, 1, 1, 2))
            life, worth, happy, anxious = base
            out.append(models.Wellbeing(
                participant_id=pid, staff_id=staff_id, recorded_on=when.isoformat(),
                life_satisfaction=min(10, life + lift), worthwhile=min(10, worth + lift),
                happiness=min(10, happy + lift), anxiety=max(0, anxious - lift)))
        return out

    def _attendance(self, pid: str, met: date, staff_id: str) -> list[models.Attendance]:
        rnd, out = self.random, []
        for _ in range(rnd.randrange(1, 4)):
            day = met + timedelta(days=rnd.randrange(0, max(1, (TODAY - met).days + 1)))
            out.append(models.Attendance(
                participant_id=pid, staff_id=staff_id, site="Drop-in at the community centre",
                checked_in_at=f"{day.isoformat()}T10:{rnd.randrange(60):02d}",
                checked_out_at=f"{day.isoformat()}T12:{rnd.randrange(60):02d}"))
        return out


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())
