"""The canonical documents kept byte for byte under tests/cards/regression/, and every input
they are made from, fixed here and nowhere else.

A PDF made with reportlab's `invariant=1` has no creation date and no random document id, so
the same input gives the same bytes in a new interpreter (reportlab numbers shaped glyphs in
the order a process meets them, so they are made in one of their own). Everything that would
otherwise change from run to run (today's date, record ids, the time records were made) is
written out below. The documents:

- en-a6.pdf: an English offer card on A6, with the linker's QR code;
- ar-large-print-a6.pdf: an Arabic card in large print, laid out from the right;
- bn-easy-read-a6x4.pdf: two Bengali easy-read cards on a sheet of four, the second long
  enough to continue on the back;
- ur-summary.pdf: "My offer, my record" in Urdu (Nastaliq), with gifts, offers, a request,
  consents and next steps.

`python -m tests.cards.regression` rewrites them (see __main__.py); tests/cards/
test_regression.py compares them.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.cards.content import card_content
from desktop.cards.offer_card import render_cards
from desktop.cards.sheet import SHEETS
from desktop.cards.summary import summary_pdf
from desktop.core import models
from desktop.core.printing import IntroductionView, SummarySource

FOLDER = Path(__file__).resolve().parent
TODAY = date(2026, 11, 22)
MADE = "2026-10-01T09:00:00Z"  # every record's created_at
ORGANISATION = "Hillside Linkers"

LINKER = models.Staff(id="staff-1", created_at=MADE, name="Priya Shah",
                      work_phone="01632 960123", work_email="priya.shah@hillside.example")


def _person(number: int, full_name: str, preferred: str, language: str) -> models.Participant:
    return models.Participant(id=f"person-{number}", created_at=MADE, full_name=full_name,
                              preferred_name=preferred, linker_id=LINKER.id,
                              languages=[language], phone="07700 900123",
                              address="12 Private Road", first_met_on="2026-09-14")


def _consents(person: models.Participant) -> list[models.Consent]:
    return [models.Consent(id=f"{person.id}-{purpose}", created_at=MADE,
                           participant_id=person.id, purpose=purpose, given=True,
                           recorded_on="2026-10-01", expires_on="2028-10-01")
            for purpose in ("keep-record", "contact", "share-with-organisations",
                            "print-card")]


def _offer(person: models.Participant, number: int, title: str, location: str,
           **more) -> models.Offer:
    return models.Offer(id=f"{person.id}-offer-{number}", created_at=MADE,
                        participant_id=person.id, title=title, location=location,
                        status="agreed", **more)


ZOFIA = _person(1, "Zofia Nowak-Kowalska", "Zosia", "en")
FATIMA = _person(2, "فاطمة الزهراء", "", "ar")
RAHIMA = _person(3, "রহিমা বেগম", "", "bn")
AYESHA = _person(4, "عائشہ خان", "", "ur")

ZOFIA_OFFER = _offer(ZOFIA, 1, "I can fix bikes and show people how.", "Hillside Library",
                     availability={"mon": ["morning"], "wed": ["afternoon", "evening"]},
                     frequency="weekly")
FATIMA_OFFER = _offer(FATIMA, 1, "أستطيع تعليم الخياطة يوم الثلاثاء في المكتبة",
                      "مكتبة هيلسايد", availability={"tue": ["morning"]},
                      frequency="كل أسبوع")
RAHIMA_OFFER = _offer(RAHIMA, 1, "আমি মঙ্গলবার লাইব্রেরিতে রান্না শেখাতে পারি",
                      "হিলসাইড লাইব্রেরি", availability={"tue": ["afternoon"]},
                      frequency="প্রতি সপ্তাহে")
RAHIMA_LONG = _offer(RAHIMA, 2, " ".join(["আমি বাগান করতে ভালোবাসি এবং শিশুদের সবজি চাষ "
                                         "শেখাতে পারি।"] * 8),
                     "কমিউনিটি বাগান", availability={"sat": ["morning", "afternoon"]})
AYESHA_OFFER = _offer(AYESHA, 1, "میں منگل کو لائبریری میں سلائی سکھا سکتی ہوں",
                      "ہل سائیڈ لائبریری", availability={"tue": ["morning"]},
                      frequency="ہر ہفتے")


def _card(person, offer, language: str):
    return card_content(person, offer, _consents(person), LINKER, ORGANISATION, TODAY,
                        language=language)


def en_a6() -> bytes:
    return render_cards([_card(ZOFIA, ZOFIA_OFFER, "en")], SHEETS["a6"])


def ar_large_print_a6() -> bytes:
    return render_cards([_card(FATIMA, FATIMA_OFFER, "ar")], SHEETS["a6"], large_print=True)


def bn_easy_read_a6x4() -> bytes:
    return render_cards([_card(RAHIMA, RAHIMA_OFFER, "bn"), _card(RAHIMA, RAHIMA_LONG, "bn")],
                        SHEETS["a6x4"], easy_read=True)


def ur_summary() -> bytes:
    introduction = models.Introduction(id="intro-1", created_at=MADE,
                                       offer_id=AYESHA_OFFER.id, opportunity_id="opp-1",
                                       status="agreed", planned_on="2026-12-03")
    source = SummarySource(
        participant=AYESHA, consents=_consents(AYESHA),
        gifts=[models.Gift(id="gift-1", created_at=MADE, participant_id=AYESHA.id,
                           kind="hands", own_words="میں کپڑے سی سکتی ہوں"),
               models.Gift(id="gift-2", created_at=MADE, participant_id=AYESHA.id,
                           kind="learn", own_words="I would like to learn to use email")],
        offers=[AYESHA_OFFER, replace(AYESHA_OFFER, id="person-4-offer-2",
                                      title="میں بچوں کو اردو پڑھا سکتی ہوں", status="draft")],
        requests=[models.Request(id="request-1", created_at=MADE, participant_id=AYESHA.id,
                                 title="مجھے انگریزی سیکھنے میں مدد چاہیے",
                                 location="ہل سائیڈ لائبریری",
                                 availability={"thu": ["evening"]})],
        introductions=[IntroductionView(introduction, offer_title=AYESHA_OFFER.title,
                                        opportunity="Sewing circle",
                                        organisation="Hillside Community Centre")],
        follow_ups=[models.FollowUp(id="follow-1", created_at=MADE, participant_id=AYESHA.id,
                                    staff_id=LINKER.id, due_on="2026-12-01",
                                    note="Staff only: never printed")],
        linker=LINKER, organisation=ORGANISATION, staff_names={LINKER.id: LINKER.name})
    return summary_pdf(source, TODAY, language="ur")


DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "en-a6.pdf": en_a6,
    "ar-large-print-a6.pdf": ar_large_print_a6,
    "bn-easy-read-a6x4.pdf": bn_easy_read_a6x4,
    "ur-summary.pdf": ur_summary,
}


def write_all(folder: Path = FOLDER) -> list[Path]:
    """Make every canonical document and write it into `folder`; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in DOCUMENTS.items():
        path = folder / name
        path.write_bytes(make())
        written.append(path)
    return written
