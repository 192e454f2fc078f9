"""A field without consent never appears on any printed document: the sweep across all of them.

Ten people, each with a different mix of consent answers (given, refused, withdrawn, expired,
none at all; one paused), have a marker word found nowhere else in every field the vault keeps
about them: names, phone, email, address, postcode, access needs, notes, follow-up notes,
conversation answers, gifts, each offer field, each request field. Every document Offerbook
prints is made from the vault through `cards.documents` (their cards, one offer's card, their
summary in two languages, event packs on two sheets), and for each one the markers it may
show are worked out from the rules, independently of the code:

- a person's own cards: their first name and their current offers' words, place and how
  often, only with a current print-card consent;
- an event pack: the same plus their current requests' words and place, only for active people
  with print-card and share-with-organisations both current;
- their summary: their names, and (only with a current keep-record consent) their gifts in
  their own words and every offer and request; nobody else's;
- contact details, access needs, notes, answers, tags and the other offer and request fields:
  never.

Every other marker must be absent from the text as pypdf and poppler's pdftotext read it, from
the ActualText of shaped runs, and from the file's bytes with every stream decompressed (so
also from metadata, fonts' ToUnicode maps and forms), as ASCII and as UTF-16. The markers a
document may show are checked present too, so a reader that finds nothing cannot pass.
Single-document consent rules are tested in test_offer_card.py, test_event_pack.py and
test_summary.py; this file is the sweep over every document and every field at once.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
import re
import subprocess

from pypdf.generic import StreamObject
import pytest

from desktop.cards.sheet import SHEETS
from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.cards import from_vault
from tests.cards.pdf_read import actual_texts, page_texts, reader
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 22)
TEAM = "Riverside linkers"
PURPOSES = ("keep-record", "contact", "share-with-organisations", "print-card",
            "special-category")


@dataclass(frozen=True)
class Combination:
    """A person's consent answers: purpose -> given, refused, withdrawn or expired."""

    answers: dict[str, str]
    status: str = "active"
    preferred: bool = True  # without a preferred name, the first word of the full name prints

    def current(self, purpose: str) -> bool:
        return self.answers.get(purpose) == "given"


EVERYTHING = dict.fromkeys(PURPOSES, "given")
PEOPLE = {  # two-letter tags keep every marker short enough never to be broken across lines
    "al": Combination(EVERYTHING, preferred=False),
    "np": Combination({**EVERYTHING, "print-card": "refused"}),
    "pw": Combination({**EVERYTHING, "print-card": "withdrawn"}),
    "pe": Combination({**EVERYTHING, "print-card": "expired"}),
    "ns": Combination({**EVERYTHING, "share-with-organisations": "refused"}),
    "sw": Combination({**EVERYTHING, "share-with-organisations": "withdrawn"}),
    "nr": Combination({**EVERYTHING, "keep-record": "withdrawn"}),
    "nn": Combination({}),
    "pa": Combination(EVERYTHING, status="paused"),
    "ot": Combination(EVERYTHING),  # asked for what "al" offers: introduced to them
}
# Fields no document prints (the postcode, a marker of its own, is checked as well).
NEVER = ("phone", "email", "address", "access", "note", "followup", "intronote",
         "answer", "gifttag", "offertag", "forwhom", "conditions", "support", "details",
         "requesttag", "site")


def marker(tag: str, name: str) -> str:
    return f"zq{tag}{name}x"


def postcode(tag: str) -> str:
    """A valid UK postcode made of the person's tag, so the postcode is a marker too."""
    return f"{tag.upper()}{list(PEOPLE).index(tag) + 1} 9ZQ"


@dataclass
class Person:
    tag: str
    id: str
    offers: dict[str, str] = field(default_factory=dict)  # status -> offer id


def _consents(pid: str, combination: Combination) -> list[models.Consent]:
    met = (TODAY - timedelta(days=60)).isoformat()
    made = []
    for purpose, answer in combination.answers.items():
        made.append(models.Consent(
            participant_id=pid, purpose=purpose, given=answer != "refused", recorded_on=met,
            expires_on=(TODAY - timedelta(days=1) if answer == "expired"
                        else TODAY + timedelta(days=700)).isoformat(),
            withdrawn_on=(TODAY - timedelta(days=5)).isoformat() if answer == "withdrawn"
            else ""))
    return made


def _add_person(records: Records, team: models.Team, linker: models.Staff, tag: str,
                combination: Combination) -> Person:
    def m(name: str) -> str:
        return marker(tag, name)

    person = records.add(models.Participant(
        full_name=f"{m('given')} {m('family')}", team_id=team.id, linker_id=linker.id,
        preferred_name=m("preferred") if combination.preferred else "",
        phone=m("phone"), email=f"{m('email')}@example.org", address=f"{m('address')} Lane",
        postcode=postcode(tag), accessibility_needs=m("access"), languages=["en"],
        status=combination.status, first_met_on=(TODAY - timedelta(days=60)).isoformat()))
    found = Person(tag, person.id)
    records.add_many(_consents(person.id, combination))
    for status, title in (("agreed", "offer"), ("draft", "draft"), ("ended", "ended")):
        offer = records.add(models.Offer(
            participant_id=person.id, title=m(title), status=status,
            location=m(title + "place"), frequency=m(title + "freq"), tags=[m("offertag")],
            availability={"tue": ["morning"]}, for_whom=m("forwhom"),
            conditions=m("conditions"), support_needed=m("support")))
        found.offers[status] = offer.id
    for status, title in (("open", "request"), ("closed", "closedrequest")):
        records.add(models.Request(
            participant_id=person.id, title=m(title), status=status, details=m("details"),
            location=m(title + "place"), tags=[m("requesttag")],
            availability={"thu": ["evening"]}))
    records.add_many([
        models.Gift(participant_id=person.id, kind="hands", tag=m("gifttag"),
                    own_words=m("giftwords")),
        models.Note(participant_id=person.id, staff_id=linker.id, body=m("note")),
        models.Conversation(participant_id=person.id, staff_id=linker.id,
                            answers={"enjoy": m("answer")}),
        models.Attendance(participant_id=person.id, staff_id=linker.id, site=m("site"),
                          checked_in_at=f"{TODAY.isoformat()}T10:00:00Z")])
    return found


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    vault, _ = Vault.create(tmp_path_factory.mktemp("everywhere") / "vault", "Coordinator",
                            PASSPHRASE, organisation="Riverside Linkers", kdf=FAST_KDF)
    records = Records(vault)
    team = records.add(models.Team(name=TEAM, area="Riverside"))
    linker = records.add(models.Staff(name="Devi Linker", team_id=team.id,
                                      work_phone="01632 960555",
                                      work_email="devi@riverside.example"))
    people = {tag: _add_person(records, team, linker, tag, combination)
              for tag, combination in PEOPLE.items()}
    club = records.add(models.Organisation(name="Riverside Rowing Club"))
    mornings = records.add(models.Opportunity(organisation_id=club.id, title="Boat mornings"))
    for tag, person in people.items():
        to_club = records.add(models.Introduction(
            offer_id=person.offers["agreed"], opportunity_id=mornings.id, status="agreed",
            planned_on="2026-12-03", notes=marker(tag, "intronote")))
        records.add(models.FollowUp(participant_id=person.id, introduction_id=to_club.id,
                                    staff_id=linker.id, due_on="2026-12-01",
                                    note=marker(tag, "followup")))
    # "ot" asked for what "al" offers: each one's summary speaks of "someone", never the other.
    other_request = records.find(models.Request, "participant_id = ? AND status = 'open'",
                                 [people["ot"].id])[0]
    records.add(models.Introduction(offer_id=people["al"].offers["agreed"],
                                    request_id=other_request.id, status="agreed",
                                    notes=marker("al", "intronote")))
    yield vault, people
    vault.close()


# --- What each document may show, from the rules alone ------------------------------------

def card_markers(tag: str) -> set[str]:
    name = "preferred" if PEOPLE[tag].preferred else "given"
    return {marker(tag, f) for f in (name, "offer", "offerplace", "offerfreq")}


def pack_markers(tag: str) -> set[str]:
    combination = PEOPLE[tag]
    if combination.status != "active" or not (combination.current("print-card") and
                                              combination.current("share-with-organisations")):
        return set()
    return card_markers(tag) | {marker(tag, "request"), marker(tag, "requestplace")}


def summary_markers(tag: str) -> set[str]:
    shown = {marker(tag, "given"), marker(tag, "family")}
    if PEOPLE[tag].preferred:
        shown.add(marker(tag, "preferred"))
    if PEOPLE[tag].current("keep-record"):
        shown |= {marker(tag, f) for f in (
            "giftwords", "offer", "offerplace", "offerfreq", "draft", "draftplace", "draftfreq",
            "ended", "endedplace", "endedfreq", "request", "requestplace", "closedrequest",
            "closedrequestplace")}
    return shown


def every_marker() -> set[str]:
    fields = ("given", "family", "preferred", *NEVER, "giftwords", "offer", "offerplace",
              "offerfreq", "draft", "draftplace", "draftfreq", "ended", "endedplace",
              "endedfreq", "request", "requestplace", "closedrequest", "closedrequestplace")
    return {marker(tag, f) for tag in PEOPLE for f in fields} | {
        postcode(tag) for tag in PEOPLE}


def _own_cards(tag: str) -> bool:
    return PEOPLE[tag].current("print-card")


# label -> (how to make it from the open vault and the people, the markers it may show)
def _documents() -> dict[str, tuple]:
    made = {}
    for tag in PEOPLE:
        if _own_cards(tag):
            made[f"{tag}-cards"] = (
                lambda v, p, t=tag: from_vault.participant_cards(
                    v, p[t].id, SHEETS["a6x4"], TODAY).pdf, card_markers(tag))
            made[f"{tag}-offer-card"] = (
                lambda v, p, t=tag: from_vault.offer_cards(
                    v, p[t].offers["agreed"], SHEETS["a6"], TODAY, large_print=True).pdf,
                card_markers(tag))
        made[f"{tag}-summary"] = (
            lambda v, p, t=tag: from_vault.participant_summary(v, p[t].id, TODAY).pdf,
            summary_markers(tag))
        made[f"{tag}-summary-pl-large"] = (
            lambda v, p, t=tag: from_vault.participant_summary(
                v, p[t].id, TODAY, large_print=True, language="pl").pdf,
            summary_markers(tag))
    in_pack = set().union(*(pack_markers(tag) for tag in PEOPLE))
    made["team-pack"] = (lambda v, p: from_vault.event_pack(
        v, TEAM, SHEETS["credit-card-x10"], TODAY).pdf, in_pack)
    made["all-pack-large"] = (lambda v, p: from_vault.event_pack(
        v, None, SHEETS["a6x4"], TODAY, large_print=True).pdf, in_pack)
    return made


DOCUMENTS = _documents()


# --- Every way a word can be in a PDF -------------------------------------------------------

def decoded_objects(pdf: bytes) -> list[bytes]:
    """Every object of the file as pypdf reads it: streams decoded through their filters
    (reportlab's ASCII85 and Flate), everything else (the info dictionary, fonts' and forms'
    dictionaries) as written."""
    document = reader(pdf)
    found = []
    for number in range(1, int(document.trailer["/Size"])):
        obj = document.get_object(number)
        if obj is None:
            continue
        found.append(obj.get_data() if isinstance(obj, StreamObject) else
                     repr(obj).encode("utf-8", "replace"))
    return found


def layers(pdf: bytes, folder) -> dict[str, str]:
    """The document as each reader sees it: pypdf's text, poppler's text, the ActualText of
    shaped runs, every page's content stream as pypdf decodes it, and the file's bytes with
    every object decoded (fonts' ToUnicode maps, metadata, forms), read as bytes and as
    UTF-16 at either byte alignment."""
    path = folder / "document.pdf"
    path.write_bytes(pdf)
    poppler = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
    raw = [pdf, *decoded_objects(pdf)]
    joined = b"\n".join(raw)
    contents = b"\n".join(page.get_contents().get_data() for page in reader(pdf).pages)
    seen = {"pypdf": "\n".join(page_texts(pdf)),
            "pdftotext": poppler,
            "ActualText": "\n".join(actual_texts(pdf)),
            "page contents": contents.decode("latin-1"),
            "bytes": joined.decode("latin-1"),
            "UTF-16": joined.decode("utf-16-be", errors="replace")
            + joined[1:].decode("utf-16-be", errors="replace")}
    # Casefolded, and once more without white space, so a word broken across lines is found.
    return {layer: text.casefold() + "\n" + re.sub(r"\s+", "", text.casefold())
            for layer, text in seen.items()}


def found_in(word: str, seen: dict[str, str]) -> list[str]:
    """The layers holding `word` in any case; in the byte layers also as UTF-16 hex (how
    ActualText and ToUnicode maps spell characters)."""
    word = word.casefold()
    utf16_hex = word.encode("utf-16-be").hex()
    return [layer for layer, text in seen.items()
            if word in text or (layer in ("bytes", "page contents") and utf16_hex in text)]


# --- Tests ----------------------------------------------------------------------------------

@pytest.mark.parametrize("label", sorted(DOCUMENTS))
def test_no_field_without_consent_is_in_any_layer_of_any_document(world, label, tmp_path):
    vault, people = world
    seen = layers(DOCUMENTS[label][0](vault, people), tmp_path)
    allowed = DOCUMENTS[label][1]
    leaks = {word: places for word in sorted(every_marker() - allowed)
             if (places := found_in(word, seen))}
    assert leaks == {}, f"{label} shows what it must not: {leaks}"
    # What it may show is really there, found by both text readers and in the bytes: the
    # search works, so an absence above means something.
    missing = [word for word in sorted(allowed)
               if not {"pypdf", "pdftotext", "page contents", "bytes"} <= set(
                   found_in(word, seen))]
    assert missing == [], f"{label} lacks what it should show: {missing}"


@pytest.mark.parametrize("tag", [tag for tag in PEOPLE if not _own_cards(tag)])
def test_without_print_consent_no_card_is_made_and_the_refusal_names_nobody(world, tag):
    vault, people = world
    person = people[tag]
    attempts = [lambda: from_vault.participant_cards(vault, person.id, SHEETS["a6"], TODAY),
                lambda: from_vault.offer_cards(vault, person.offers["agreed"], SHEETS["a6"],
                                               TODAY)]
    for attempt in attempts:
        with pytest.raises(OfferbookError) as refused:
            attempt()
        assert "zq" not in str(refused.value).casefold()
        assert "print" in str(refused.value)


@pytest.mark.parametrize("status", ["draft", "ended"])
def test_an_offer_not_current_gets_no_card_even_with_every_consent(world, status):
    vault, people = world
    with pytest.raises(OfferbookError) as refused:
        from_vault.offer_cards(vault, people["al"].offers[status], SHEETS["a6"], TODAY)
    assert "zq" not in str(refused.value).casefold()
