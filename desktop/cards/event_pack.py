"""The event pack: for a speed-matching or brokering event with no internet, one PDF holding
a list of every current offer and request of a team or area, then every one of them as a card.

The list comes first (A4, as many pages as it needs, numbered): first name, what they offer or
ask for in their own words, when and where; offers, then requests, in the order of the cards
after it. The cards are the offer cards of `offer_card.draw_cards`, drawn on the list's own
canvas, on the sheet asked for (four A6 to an A4 page with crop marks by default). What goes
in is decided by `gather` (consent first); this module only lays it out.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
import io

from reportlab.pdfgen.canvas import Canvas

from desktop.cards.gather import Gathered, PackEntry
from desktop.cards.offer_card import OverflowNote, draw_cards
from desktop.cards.page import Cell, Flow
from desktop.cards.pdf_fonts import register_fonts
from desktop.cards.sheet import SheetSpec
from desktop.cards.wording import fill, wording

COLUMNS = (0.15, 0.40, 0.26, 0.19)  # name, their words, when, where


@dataclass(frozen=True)
class ListSizes:
    title: float
    heading: float
    body: float


LIST_NORMAL = ListSizes(title=20, heading=15, body=11)
LIST_LARGE = ListSizes(title=24, heading=19, body=14)


@dataclass(frozen=True)
class EventPack:
    pdf: bytes
    list_pages: int
    card_notes: tuple[OverflowNote, ...]  # words of a card that fitted on neither side


def event_pack_pdf(gathered: Gathered, sheet: SheetSpec, *, place: str, organisation: str,
                   today: date, large_print: bool = False, language: str = "en") -> EventPack:
    """The list, then the cards, as one invariant PDF (the same input, the same bytes)."""
    said = wording(language).documents
    title = fill(said["event_pack_for"], place=place) if place else said["event_pack_title"]
    flow = _list_flow(gathered.entries, title, organisation, today, large_print, language)
    # The list and the cards are drawn on one canvas, so they share one set of font subsets:
    # two PDFs joined would each name their first subset AAAAAA+NotoSans-Regular, and ISO
    # 32000-1 (9.6.4) wants different subsets in one file to have different names.
    regular, _ = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=flow.page_size, invariant=1, pageCompression=1,
                    lang=language, initialFontName=regular, initialFontSize=10)
    _metadata(canvas, title, organisation)
    flow.draw(canvas, lambda n, m: f"{title} · " + fill(said["page_n_of_m"], n=n, m=m))
    notes: list[OverflowNote] = []
    if gathered.entries:
        notes = draw_cards(canvas, gathered.contents, sheet, large_print)
    canvas.save()
    return EventPack(buffer.getvalue(), len(flow.pages),
                     tuple(note for note in notes if note.side == "back"))


def _list_flow(entries: Sequence[PackEntry], title: str, organisation: str, today: date,
               large_print: bool, language: str) -> Flow:
    said = wording(language).documents
    sizes = LIST_LARGE if large_print else LIST_NORMAL
    flow = Flow(language=language, rtl=wording(language).rtl)
    flow.heading(title, sizes.title)
    byline = " · ".join(part for part in (organisation.strip(),
                                          fill(said["printed_on"],
                                               date=wording(language).long_date(today)))
                        if part)
    flow.paragraph(byline, sizes.body)
    offers = [e for e in entries if e.kind == "offer"]
    requests = [e for e in entries if e.kind == "request"]
    flow.paragraph(fill(said["list_count"], offers=len(offers), requests=len(requests)),
                   sizes.body)
    header = [Cell(said["name"], COLUMNS[0], True), Cell(said["in_their_words"], COLUMNS[1],
                                                         True),
              Cell(said["when"], COLUMNS[2], True), Cell(said["where"], COLUMNS[3], True)]
    for group, label in ((offers, said["offers"]), (requests, said["requests"])):
        flow.space(sizes.heading * 0.6)
        flow.heading(f"{label} ({len(group)})", sizes.heading)
        if not group:
            flow.paragraph(said["none_yet"], sizes.body)
            continue
        flow.table_header(header, sizes.body)
        for entry in group:
            content = entry.content
            flow.row([Cell(content.first_name, COLUMNS[0], True, entry.words_language),
                      Cell(content.offer_words, COLUMNS[1], language=entry.words_language),
                      Cell(content.when, COLUMNS[2]), Cell(content.where, COLUMNS[3])],
                     sizes.body)
        flow.table_header(None)
    flow.finish()
    return flow


def _metadata(canvas: Canvas, title: str, organisation: str) -> None:
    canvas.setTitle(title)
    canvas.setAuthor(organisation.strip() or "Offerbook")
    canvas.setCreator("Offerbook")
