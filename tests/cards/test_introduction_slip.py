"""The introduction slip: one A6 page per side, in that side's card language, carrying only
what both agreed to share. Checked as the cards are: extracted text, embedded fonts, and a
sweep of every consent combination with a marker in every field."""

from dataclasses import replace
from datetime import date
import itertools

import pytest

from desktop.cards.introduction_slip import (
    MARGIN,
    SLIP_LARGE,
    slip_blocks,
    slip_language,
    slips_pdf,
)
from desktop.cards.wording import wording
from desktop.core import models
from desktop.core.introductions import Step
from desktop.core.printing import SlipSource
from desktop.store import introductions
from desktop.store.records import Records
from tests.cards.pdf_read import actual_texts, chunks, page_texts, reader
from tests.cards.test_embedded_fonts import font_problems

TODAY = date(2026, 5, 14)
MEETING = date(2026, 5, 20)
ALL = ("keep-record", "share-with-organisations", "print-card")


def text_of(pdf: bytes) -> list[str]:
    return [" ".join(page.split()) for page in page_texts(pdf)]


def consents(person, purposes):
    return [models.Consent(participant_id=person.id, purpose=purpose, given=True,
                           recorded_on="2026-01-05") for purpose in purposes]


# ---- from the vault --------------------------------------------------------------------------

@pytest.fixture
def planned(vault):
    """Siân (Welsh speaker) offers bread to Kofi's request; Łucja's sewing to a food bank."""
    records = Records(vault)
    linker = records.add(models.Staff(name="Devi Linker", work_phone="01632 960555",
                                      work_email="devi@hillside.example"))
    Records(vault).set_setting("organisation_name", "Hillside Linkers")
    people = {}
    for full, languages in (("Siân Pritchard", ["cy"]), ("Kofi Mensah", []),
                            ("Łucja Kowalska", ["Polish"])):
        person = records.add(models.Participant(full_name=full, languages=languages,
                                                phone="07700 900123", postcode="LS6 2AB",
                                                address="1 Secret Street"))
        for consent in consents(person, ALL):
            records.add(consent)
        people[full.split()[0]] = person
    offer = records.add(models.Offer(participant_id=people["Siân"].id, title="Bara brith",
                                     status="agreed", conditions="Not Mondays, bad back"))
    request = records.add(models.Request(participant_id=people["Kofi"].id,
                                         title="Learn to bake bread"))
    intro = introductions.introduce(vault, offer.id, request_id=request.id, today=TODAY,
                                    notes="Staff only note")
    introductions.advance(vault, intro.id, Step("agreed"), today=TODAY)
    vault.staff_id = linker.id
    introductions.advance(vault, intro.id, Step("planned", day=MEETING, place="Hillside Library",
                                                linker_goes=True), today=TODAY)
    org = records.add(models.Organisation(name="Leeds Food Bank", phone="0113 496 0000"))
    sorting = records.add(models.Opportunity(organisation_id=org.id, title="Sorting mornings",
                                             contact="Ask for Jo"))
    sewing = records.add(models.Offer(participant_id=people["Łucja"].id, title="Szycie",
                                      status="active", availability={"sat": ["morning"]}))
    to_org = introductions.introduce(vault, sewing.id, opportunity_id=sorting.id, today=TODAY)
    return intro, to_org


def test_each_side_gets_a_slip_in_its_own_language(vault, planned):
    intro, _ = planned
    sources = introductions.slip_sources(vault, intro.id)
    assert [s.for_side for s in sources] == ["offer", "request"]
    assert [slip_language(s) for s in sources] == ["cy", "en"]
    pdf = slips_pdf(sources, TODAY)
    welsh, english = text_of(pdf)
    cy = wording("cy").documents
    assert welsh.startswith(cy["slip_title"]) and "Siân" in welsh and "Bara brith" in welsh
    assert "Learn to bake bread" in welsh and "Kofi" in welsh
    assert "20 Mai 2026" in welsh and "Hillside Library" in welsh
    assert english.startswith("Your introduction") and "For Kofi" in english
    assert "You asked for: Learn to bake bread" in english
    assert "You will meet someone who offered: Bara brith" in english
    assert "Their first name: Siân" in english
    assert "When: 20 May 2026" in english and "Where: Hillside Library" in english
    assert "Devi Linker will be there too." in english
    assert "tell Devi Linker" in english and "01632 960555" in english
    for private in ("Pritchard", "Mensah", "07700", "LS6", "Secret", "Mondays", "Staff only"):
        assert private not in welsh + english
    doc = reader(pdf)
    assert len(doc.pages) == 2
    width, height = (float(v) for v in doc.pages[0].mediabox[2:])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (105, 148)  # A6
    assert pdf == slips_pdf(sources, TODAY)  # invariant
    assert font_problems(pdf) == []


def test_the_organisations_slip_is_in_english_and_names_them_with_agreement(vault, planned):
    _, to_org = planned
    person_slip, org_slip = introductions.slip_sources(vault, to_org.id)
    assert (person_slip.for_side, org_slip.for_side) == ("offer", "opportunity")
    printed = text_of(slips_pdf([person_slip, org_slip], TODAY))
    polish, english = printed
    pl = wording("pl").documents
    assert polish.startswith(pl["slip_title"]) and "Szycie" in polish
    assert "Leeds Food Bank" in polish and "Sorting mornings" in polish
    assert "Kontakt: Ask for Jo, 0113 496 0000" in polish
    assert pl["slip_not_planned"] in polish  # no day yet
    assert "For Leeds Food Bank" in english
    assert "Łucja would like to help with: Sorting mornings" in english
    assert "They offered: Szycie" in english and "When: Saturday mornings" in english
    assert "Kowalska" not in english and "07700" not in english


def test_large_print_and_every_line_at_least_the_body_size(vault, planned):
    intro, _ = planned
    sources = introductions.slip_sources(vault, intro.id)
    for large, least in ((False, 14), (True, SLIP_LARGE.body)):
        pdf = slips_pdf(sources, TODAY, large_print=large)
        pages = range(len(reader(pdf).pages))
        found = [c for _, c in chunks(pdf, pages)]
        body = [c.size for c in found if c.y > MARGIN + 1]  # the footer sits on the margin
        assert min(body) >= least - 0.01
        assert min(c.size for c in found) >= least * 0.75  # "Page 1 of 2" on a long one


def test_an_urdu_slip_runs_right_to_left_with_its_fonts_embedded(vault, planned):
    intro, _ = planned
    source = introductions.slip_sources(vault, intro.id)[0]
    urdu = replace(source, offerer=replace(source.offerer, languages=["ur"]))
    bengali = replace(source, for_side="request",
                      requester=replace(source.requester, languages=["bn"]))
    pdf = slips_pdf([urdu, bengali], TODAY)
    assert wording("ur").documents["slip_title"] in actual_texts(pdf)
    assert font_problems(pdf) == []
    title = next(c for _, c in chunks(pdf, range(1)) if c.size >= 20)
    assert title.x > 105 * 72 / 25.4 / 3  # against the right margin


# ---- every consent combination ---------------------------------------------------------------

# A marker in every field a slip could draw on; each is shown only when the rule allows it.
OFFERER = models.Participant(id="p-offer", full_name="Offerfirst Offersurname",
                             phone="Offerphone", email="offer@mail.example",
                             address="Offeraddress", postcode="LS1 1AA",
                             accessibility_needs="Offeraccess", languages=[])
REQUESTER = models.Participant(id="p-ask", full_name="Askfirst Asksurname", phone="Askphone",
                               email="ask@mail.example", address="Askaddress",
                               postcode="LS2 2BB", accessibility_needs="Askaccess")
OFFER = models.Offer(id="o", participant_id=OFFERER.id, title="Offertitle",
                     conditions="Offerconditions", support_needed="Offersupport",
                     for_whom="Offerforwhom", availability={"tue": ["evening"]})
REQUEST = models.Request(id="r", participant_id=REQUESTER.id, title="Asktitle",
                         details="Askdetails")
INTRO = models.Introduction(id="i", offer_id="o", request_id="r", status="planned",
                            planned_on="2026-05-20", place="Meetingplace",
                            notes="Intronotes", outcome_notes="Outcomenotes")
LINKER = models.Staff(id="s", name="Linkername", work_phone="Linkerphone")
ORG = models.Organisation(id="org", name="Orgname", phone="Orgphone", address="Orgaddress")
OPPORTUNITY = models.Opportunity(id="opp", organisation_id="org", title="Opptitle",
                                 description="Oppdescription")
NEVER = ("Offersurname", "Asksurname", "Offerphone", "Askphone", "mail.example",
         "Offeraddress", "Askaddress", "LS1", "LS2", "Offeraccess", "Askaccess",
         "Offerconditions", "Offersupport", "Offerforwhom", "Askdetails", "Intronotes",
         "Outcomenotes", "Orgaddress", "Oppdescription")
ALWAYS = ("Meetingplace", "Linkername", "Linkerphone")


def allowed(slip, offerer, requester):
    """The markers a slip may show, from the rules alone."""
    offer_card, offer_share = "print-card" in offerer, "share-with-organisations" in offerer
    ask_card, ask_share = "print-card" in requester, "share-with-organisations" in requester
    offer_words, ask_words = {"Offerfirst", "Offertitle"}, {"Askfirst", "Asktitle"}
    shown: set[str] = set()
    if slip.for_side == "opportunity":  # the organisation's own slip
        shown |= {"Orgname", "Opptitle"}
        if offer_share:
            shown |= offer_words | {"Tuesday"}
    elif slip.for_side == "request":
        shown |= (ask_words if ask_card else set()) | (offer_words if offer_share else set())
    else:
        shown |= offer_words if offer_card else set()
        if slip.request is not None:
            shown |= ask_words if ask_share else set()
        else:  # the organisation's directory entry is not the person's to agree to
            shown |= {"Orgname", "Opptitle", "Orgphone"}
    return shown


MAYBE = ("Offerfirst", "Offertitle", "Askfirst", "Asktitle", "Orgname", "Opptitle",
         "Orgphone", "Tuesday")
PURPOSES = [p for n in range(3) for p in itertools.combinations(
    ("share-with-organisations", "print-card"), n)]


@pytest.mark.parametrize("offerer_purposes", PURPOSES)
@pytest.mark.parametrize("requester_purposes", PURPOSES)
def test_a_marker_is_never_shown_without_the_consent_it_needs(offerer_purposes,
                                                                requester_purposes):
    base = SlipSource(for_side="offer", introduction=INTRO, offer=OFFER, offerer=OFFERER,
                      offerer_consents=consents(OFFERER, ("keep-record", *offerer_purposes)),
                      request=REQUEST, requester=REQUESTER,
                      requester_consents=consents(REQUESTER,
                                                  ("keep-record", *requester_purposes)),
                      linker=LINKER, linker_goes=True, our_organisation="Ourorg")
    to_org = replace(base, for_side="opportunity", introduction=replace(
        INTRO, request_id=None, opportunity_id="opp"), request=None, requester=None,
        requester_consents=[], opportunity=OPPORTUNITY, organisation=ORG)
    slips = [base, replace(base, for_side="request"), replace(to_org, for_side="offer"),
             to_org]
    printed = text_of(slips_pdf(slips, TODAY))
    assert len(printed) == 4
    for slip, text in zip(slips, printed):
        plain = " ".join(block.text for block in slip_blocks(slip, TODAY))
        rules = allowed(slip, set(offerer_purposes), set(requester_purposes))
        for marker in MAYBE:
            assert (marker in text) == (marker in rules), (slip.for_side, marker)
            assert (marker in plain) == (marker in rules)
        for marker in NEVER:
            assert marker not in text and marker not in plain
        for marker in ALWAYS:
            assert marker in text
        assert "Ourorg" in text
