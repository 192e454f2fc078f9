"""The event pack: a list of exactly the consented current offers and requests, then their
cards; nobody without consent on any page."""

from datetime import date
import subprocess

from PIL import Image
import pytest
from reportlab.lib.units import mm

from desktop.cards.content import first_name
from desktop.cards.event_pack import COLUMNS, event_pack_pdf
from desktop.cards.gather import EVENT, gather
from desktop.cards.page import MARGIN
from desktop.cards.sheet import SHEETS
from desktop.core import models
from desktop.core.consent import current_consents
from desktop.core.errors import OfferbookError
from desktop.store import card_queries
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.cards import from_vault
from tests.cards.card_people import AREA, NEVER_PRINTED, TEAM, fill
from tests.cards.pdf_read import all_text, chunks, column, page_texts, reader
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date.today()


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    vault, _ = Vault.create(tmp_path_factory.mktemp("pack") / "vault", "Coordinator",
                            PASSPHRASE, organisation="Hillside Linkers", kdf=FAST_KDF)
    known = fill(vault, people=60, today=TODAY)
    yield vault, known
    vault.close()


def expected(vault: Vault, team_name: str | None) -> tuple[list, list]:
    """(first name, words) of every current offer and request the pack may show, in the
    pack's order, worked out straight from the records."""
    records = Records(vault)
    teams = {t.id for t in records.find(models.Team) if team_name in (None, t.name)}
    offers, requests = [], []
    for person in records.find(models.Participant):
        if person.team_id not in teams or person.status != "active":
            continue
        consents = current_consents(records.find(models.Consent, "participant_id = ?",
                                                 [person.id]), TODAY)
        if any(consents[purpose] is None for purpose in EVENT):
            continue
        key = (first_name(person).casefold(), person.id)
        for offer in records.find(models.Offer, "participant_id = ?", [person.id]):
            if offer.status in ("agreed", "matched", "active"):
                offers.append(((*key, offer.created_at), first_name(person), offer.title))
        for request in records.find(models.Request, "participant_id = ?", [person.id]):
            if request.status in ("open", "matched"):
                requests.append(((*key, request.created_at), first_name(person),
                                 request.title))
    return ([row[1:] for row in sorted(offers)], [row[1:] for row in sorted(requests)])


def _edges() -> list[float]:
    width = 210 * mm - 2 * MARGIN
    edges, x = [], MARGIN
    for share in COLUMNS:
        edges.append(x)
        x += width * share / sum(COLUMNS)
    return [*edges, x]


def _pack(vault, team=TEAM, **options):
    return from_vault.event_pack(vault, team, SHEETS["a6x4"], TODAY, **options)


def test_the_list_holds_exactly_the_consented_current_offers_and_requests(filled):
    vault, known = filled
    offers, requests = expected(vault, TEAM)
    assert offers and requests  # the demo gives the team some of each
    assert ("Perry", "I can mend torn sails and teach sailing knots") in offers
    batch = card_queries.event_batch(vault, [t.id for t in card_queries.teams_named(vault,
                                                                                    TEAM)])
    gathered = gather(batch, TODAY, purposes=EVENT, with_requests=True, event=True)
    pack = event_pack_pdf(gathered, SHEETS["a6x4"], place=TEAM, organisation="Hillside",
                          today=TODAY)
    texts = page_texts(pack.pdf)
    assert f"Offers ({len(offers)})" in texts[0]
    assert any(f"Requests ({len(requests)})" in text for text in texts[:pack.list_pages])
    edges = _edges()
    found = chunks(pack.pdf, range(pack.list_pages))
    # The first page's heading: `column` keeps to below it on that page only (a list that runs
    # on has its heading higher up on later pages, where nothing stands above it).
    header_y = max(c.y for page, c in found if c.text == "Name" and page == 0)
    footer = MARGIN + 5  # the page numbers under the table
    names = column(found, edges[0], edges[1], below=header_y, above=footer)
    words = column(found, edges[1], edges[2], below=header_y, above=footer)
    # Column by column, top to bottom: the names and the words of exactly the expected rows
    # (the repeated column headings and the "Requests" heading aside).
    rows = offers + requests
    names = " ".join(names.replace("Name", " ").replace(f"Requests ({len(requests)})",
                                                         " ").split())
    assert names == " ".join(name for name, _ in rows)
    words = " ".join(words.replace("In their words", " ").split())
    assert words == " ".join(" ".join(title.split()) for _, title in rows)
    # Then one card per row, in the same order, four to a page.
    card_pages = texts[pack.list_pages:]
    assert len(reader(pack.pdf).pages) - pack.list_pages >= -(-len(rows) // 4)
    assert "Perry" in "".join(card_pages) and "sailing knots" in "".join(card_pages)


def test_whoever_has_not_agreed_is_on_no_page_of_any_pack(filled):
    vault, _ = filled
    packs = [_pack(vault).pdf, _pack(vault, None).pdf, _pack(vault, AREA).pdf,
             _pack(vault, large_print=True).pdf]
    text = all_text(packs)
    for word in NEVER_PRINTED:
        assert word not in text
    # Bartholomew agreed to a card but not to his offer being shared: not in the pack.
    # Cornelius agreed to both but is paused: not in the pack either.
    for word in ("Barty", "Bartholomew", "pianos", "Cornelius", "clocks"):
        assert word not in text
    # Perry agreed to everything: his current offer and request, never his draft or ended one.
    assert "Perry" in text and "damp in my flat" in " ".join(text.split())
    assert "marmalade" not in text and "tapestry" not in text
    # Nothing beyond the first name and the words: no family name, phone or address.
    for private in ("Ashdown", "Peregrine", "07700", "Lighthouse", "LS6"):
        assert private not in text


def test_left_out_is_counted_and_an_area_takes_all_its_teams(filled):
    vault, _ = filled
    printed = _pack(vault)
    offers, requests = expected(vault, TEAM)
    assert printed.cards == len(offers) + len(requests)
    # Wilhelmina (an offer and a request), Barty and Ottoline at least.
    assert printed.left_out >= 4
    by_area = _pack(vault, AREA.lower())
    assert by_area.cards == printed.cards
    everyone = _pack(vault, None)
    all_offers, all_requests = expected(vault, None)
    assert everyone.cards == len(all_offers) + len(all_requests) > printed.cards
    with pytest.raises(OfferbookError, match="no team or area called 'Atlantis'"):
        _pack(vault, "Atlantis")


def test_requests_are_marked_as_looking_for_help_on_their_cards(filled):
    vault, _ = filled
    batch = card_queries.event_batch(vault, None)
    gathered = gather(batch, TODAY, purposes=EVENT, with_requests=True, event=True)
    request = next(c for c in gathered.requests if c.first_name == "Perry")
    assert request.organisation.startswith("Looking for help")
    assert request.offer_words.startswith("Help writing to the council")
    assert all(not c.organisation.startswith("Looking") for c in gathered.offers)


def test_the_same_pack_is_the_same_bytes_with_title_language_and_author(filled):
    vault, _ = filled
    first, second = _pack(vault).pdf, _pack(vault).pdf
    assert first == second
    doc = reader(first)
    assert doc.metadata.title == f"Event pack: {TEAM}"
    assert doc.metadata.author == "Hillside Linkers"
    assert doc.trailer["/Root"]["/Lang"] == "en"


def test_large_print_list_is_bigger_and_the_list_comes_first_on_a4(filled):
    vault, _ = filled
    normal, large = _pack(vault).pdf, _pack(vault, large_print=True).pdf
    first_page = reader(normal).pages[0]
    assert (float(first_page.mediabox.width), float(first_page.mediabox.height)) == \
        pytest.approx((210 * mm, 297 * mm), abs=0.5)
    sizes = lambda pdf: [c.size for _, c in chunks(pdf, range(1))]  # noqa: E731
    assert min(sizes(normal)) >= 10 and min(sizes(large)) >= 10
    body = lambda pdf: sorted(sizes(pdf))[len(sizes(pdf)) // 2]  # noqa: E731
    assert body(large) >= 14 > body(normal)


def test_nothing_is_drawn_in_the_page_margins(filled, tmp_path):
    vault, _ = filled
    pdf_path = tmp_path / "pack.pdf"
    pdf_path.write_bytes(_pack(vault).pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", str(pdf_path),
                    str(tmp_path / "page")], check=True)
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    width, height = image.size
    edge = int(50 / 25.4 * 12)  # 12 mm: inside the 18 mm margin
    for box in ((0, 0, width, edge), (0, height - edge, width, height),
                (0, 0, edge, height), (width - edge, 0, width, height)):
        assert image.crop(box).getextrema()[0] > 200, box
    assert image.getextrema()[0] < 50  # and there is text on the page
