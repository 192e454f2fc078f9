"""A vault for the document tests: demo people (Latin scripts only, so every word can be read
back from the PDF with pypdf) plus a few hand-made people whose consents differ, with names
and words found nowhere else, so a test can prove someone is absent from every page."""

from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop.core import models
from desktop.core.demo import DemoGenerator
from desktop.core.demo_seeds import load_seeds
from desktop.store.demo_writer import write_demo
from desktop.store.records import Records
from desktop.store.vault import Vault

LATIN = ("en", "pl", "cy", "ga", "so", "vi")
TEAM = "North linkers"
AREA = "North"


@dataclass(frozen=True)
class Known:
    perry: str  # every consent: on cards, in the event pack, a full summary
    wilhelmina: str  # no print-card consent (refused): on nothing, ever
    barty: str  # print-card but not sharing: his own cards, never the event pack
    ottoline: str  # print-card withdrawn: on nothing
    cornelius: str  # every consent but paused: not in the event pack
    perry_offer: str
    perry_draft: str
    perry_ended: str
    wilhelmina_offer: str
    barty_offer: str


# Every name and word of the people who must never be printed; none occurs in the demo seeds.
NEVER_PRINTED = ("Wilhelmina", "Quackenbush", "origami", "planetarium", "Ottoline", "Gravesend",
                 "sourdough")


def latin_generator(seed: int = 7) -> DemoGenerator:
    seeds = load_seeds()
    latin = {"offer_phrasings", "request_phrasings", "own_words_gifts"}
    changes = {name: tuple(p for p in getattr(seeds, name) if p.language in LATIN)
               for name in latin}
    changes["communities"] = tuple(c for c in seeds.communities if c.language in LATIN)
    return DemoGenerator(seed=seed, seeds=replace(seeds, **changes))


def _consents(pid: str, today: date, given: dict[str, bool],
              withdrawn: tuple[str, ...] = ()) -> list[models.Consent]:
    met = (today - timedelta(days=30)).isoformat()
    return [models.Consent(participant_id=pid, purpose=purpose, given=yes, recorded_on=met,
                           expires_on=(today + timedelta(days=700)).isoformat(),
                           withdrawn_on=(today - timedelta(days=3)).isoformat()
                           if purpose in withdrawn else "")
            for purpose, yes in given.items()]


ALL = {"keep-record": True, "contact": True, "share-with-organisations": True,
       "print-card": True}


def fill(vault: Vault, people: int = 40, today: date | None = None) -> Known:
    today = today or date.today()
    records = Records(vault)
    write_demo(vault, latin_generator(), people)
    team = next(t for t in records.find(models.Team) if t.name == TEAM)
    linker = next(s for s in records.find(models.Staff) if s.team_id == team.id)

    def person(full: str, preferred: str = "", status: str = "active") -> models.Participant:
        return records.add(models.Participant(
            full_name=full, preferred_name=preferred, team_id=team.id, linker_id=linker.id,
            phone="07700 900555", address="7 Lighthouse Lane", postcode="LS6 2QQ",
            status=status, first_met_on=(today - timedelta(days=30)).isoformat()))

    def offer(pid: str, title: str, status: str = "agreed", **more) -> models.Offer:
        return records.add(models.Offer(
            participant_id=pid, title=title, status=status, location="the Quay Hall",
            availability={"tue": ["morning"]}, frequency="weekly", **more))

    perry = person("Peregrine Ashdown", "Perry")
    wilhelmina = person("Wilhelmina Quackenbush")
    barty = person("Bartholomew Fenwick", "Barty")
    ottoline = person("Ottoline Gravesend")
    cornelius = person("Cornelius Pembury", status="paused")
    records.add_many([
        *_consents(perry.id, today, ALL),
        *_consents(wilhelmina.id, today, {**ALL, "print-card": False}),
        *_consents(barty.id, today, {**ALL, "share-with-organisations": False}),
        *_consents(ottoline.id, today, ALL, withdrawn=("print-card",)),
        *_consents(cornelius.id, today, ALL)])
    perry_offer = offer(perry.id, "I can mend torn sails and teach sailing knots")
    perry_draft = offer(perry.id, "Perhaps marmalade lessons one day", status="draft")
    perry_ended = offer(perry.id, "I ran the tapestry circle", status="ended")
    records.add(models.Request(participant_id=perry.id, title="Help writing to the council "
                               "about damp in my flat", location="the Quay Hall",
                               availability={"wed": ["afternoon"]}))
    records.add_many([
        models.Gift(participant_id=perry.id, kind="head", tag="nature",
                    own_words="I know every seabird by its call"),
        models.Gift(participant_id=perry.id, kind="hands", tag="repairs",
                    own_words="Forty years mending sails in the boatyard"),
        models.Gift(participant_id=perry.id, kind="learn", tag="computers",
                    own_words="I want to learn video calls with my grandson"),
        models.Gift(participant_id=perry.id, kind="heart", tag="befriending", own_words="")])
    wilhelmina_offer = offer(wilhelmina.id, "I can fold origami cranes for the ward")
    wilhelmina_request = records.add(models.Request(
        participant_id=wilhelmina.id, title="Someone to walk with me to the planetarium"))
    barty_offer = offer(barty.id, "I can tune pianos in the church hall", status="active")
    offer(ottoline.id, "I can bake sourdough for the lunch club", status="matched")
    offer(cornelius.id, "I can repair old clocks", status="agreed")
    club = records.add(models.Organisation(name="Quayside Rowing Club"))
    mornings = records.add(models.Opportunity(organisation_id=club.id,
                                              title="Boat repair mornings"))
    to_club = records.add(models.Introduction(offer_id=perry_offer.id,
                                              opportunity_id=mornings.id, status="agreed",
                                              planned_on="2026-12-03"))
    records.add(models.Introduction(offer_id=perry_offer.id,
                                    request_id=wilhelmina_request.id, status="agreed"))
    records.add(models.FollowUp(participant_id=perry.id, introduction_id=to_club.id,
                                staff_id=linker.id, due_on="2026-12-01",
                                note="Wilhelmina said she would come too"))
    return Known(perry.id, wilhelmina.id, barty.id, ottoline.id, cornelius.id,
                 perry_offer.id, perry_draft.id, perry_ended.id, wilhelmina_offer.id,
                 barty_offer.id)
