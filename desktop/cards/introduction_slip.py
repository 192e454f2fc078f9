"""The introduction slip: an A6 page each side of an introduction keeps, saying who they will
meet, about what, when and where, whether a linker goes along, and who to ask.

Data first (`slip_blocks`: plain text in reading order), then drawing (`slips_pdf`), on the
same text engine as the cards and the summary (page.Flow over text.wrap), so any script is
shaped and right-to-left slips run from the right. Each slip is in its reader's card language
(`slip_language`); an organisation's is in English.

Only what both agreed to share is printed:
- a person's own first name and their own offer or request, when they agreed to a printed
  card (print-card), as an offer card needs;
- the other person's first name and their offer or request, when that person agreed to their
  offer being shared (share-with-organisations); otherwise "someone your linker has told you
  about";
- the organisation's slip names the person and their offer (and when they are free) only with
  that agreement.
Never on any slip: anyone's phone, email, address, postcode, access or health details, their
offer's conditions, linkers' notes or outcome notes. The organisation's contact details are
its directory entry's; the linker's are their work phone and email.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
import io

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.cards.content import first_name
from desktop.cards.page import Flow
from desktop.cards.pdf_fonts import register_fonts
from desktop.cards.summary import Block
from desktop.cards.wording import DocumentWords, availability_words, card_language, fill, wording
from desktop.core.consent import current_consents
from desktop.core.models import Consent, Participant
from desktop.core.printing import SlipSource

SHARE, PRINT_CARD = "share-with-organisations", "print-card"
MARGIN = 8 * mm


@dataclass(frozen=True)
class SlipSizes:
    title: float
    body: float  # every other line: never below a card's body size


SLIP_NORMAL = SlipSizes(title=20, body=14)
SLIP_LARGE = SlipSizes(title=24, body=18)


def recipient(source: SlipSource) -> Participant | None:
    """The person whose slip it is; None for the organisation's."""
    return {"offer": source.offerer, "request": source.requester}.get(source.for_side)


def slip_language(source: SlipSource) -> str:
    """The reader's card language (English for an organisation)."""
    person = recipient(source)
    return card_language(person.languages) if person is not None else "en"


def _agreed(person: Participant | None, consents: Sequence[Consent], purpose: str,
            today: date) -> bool:
    if person is None:
        return False
    own = [consent for consent in consents if consent.participant_id == person.id]
    return current_consents(own, today).get(purpose) is not None


def _day(iso: str, language: str) -> str:
    try:
        return wording(language).long_date(date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


def slip_blocks(source: SlipSource, today: date, language: str | None = None) -> list[Block]:
    """One side's slip in reading order, in `language` (default: `slip_language`)."""
    language = language or slip_language(source)
    said = wording(language).documents
    offerer_shares = _agreed(source.offerer, source.offerer_consents, SHARE, today)
    requester_shares = _agreed(source.requester, source.requester_consents, SHARE, today)
    blocks = [Block("title", said["slip_title"])]
    if source.for_side == "offer":
        blocks += _own(source.offerer, source.offerer_consents, source.offer.title,
                       "slip_your_offer", said, today)
        if source.request is not None:
            blocks += _other_person(source.requester, source.request.title, requester_shares,
                                    "slip_meet_request", said)
        else:
            blocks += _organisation(source, said, language)
    elif source.for_side == "request":
        own_words = source.request.title if source.request else ""
        blocks += _own(source.requester, source.requester_consents, own_words,
                       "slip_your_request", said, today)
        blocks += _other_person(source.offerer, source.offer.title, offerer_shares,
                                "slip_meet_offer", said)
    else:
        blocks += _for_the_organisation(source, offerer_shares, said, language)
    blocks += _meeting(source, said, language)
    printed = fill(said["printed_on"], date=_day(today.isoformat(), language))
    ours = source.our_organisation.strip()
    blocks.append(Block("small", f"{ours} · {printed}" if ours else printed))
    return blocks


def _own(person: Participant | None, consents: Sequence[Consent], words: str, key: str,
         said: DocumentWords, today: date) -> list[Block]:
    """Their own name and words: only with their agreement to a printed card."""
    if person is None or not _agreed(person, consents, PRINT_CARD, today):
        return []
    blocks = [Block("text", fill(said["slip_for"], name=first_name(person)))]
    if words.strip():
        blocks.append(Block("item", fill(said[key], title=words.strip())))
    return blocks


def _other_person(person: Participant | None, words: str, shares: bool, key: str,
                  said: DocumentWords) -> list[Block]:
    """Who they will meet: named, with their words, only if that person agreed to share."""
    if person is None or not shares:
        return [Block("item", said["slip_meet_someone"])]
    blocks = [Block("item", fill(said[key], title=words.strip()))]
    name = first_name(person)
    if name:
        blocks.append(Block("detail", fill(said["slip_their_name"], name=name)))
    return blocks


def _organisation(source: SlipSource, said: DocumentWords, language: str) -> list[Block]:
    """The organisation and its opportunity, with the directory's contact details."""
    opportunity, organisation = source.opportunity, source.organisation
    if opportunity is None:
        return [Block("item", said["slip_meet_someone"])]
    blocks = [Block("item", fill(said["slip_meet_opportunity"],
                                 organisation=organisation.name.strip() if organisation
                                 else "", opportunity=opportunity.title.strip()))]
    contacts = [opportunity.contact,
                opportunity.phone or (organisation.phone if organisation else ""),
                opportunity.email or (organisation.email if organisation else "")]
    contact = wording(language).list_separator.join(
        " ".join(text.split()) for text in contacts if text.strip())
    if contact:
        blocks.append(Block("detail", fill(said["slip_contact"], contact=contact)))
    return blocks


def _for_the_organisation(source: SlipSource, shares: bool, said: DocumentWords,
                          language: str) -> list[Block]:
    blocks: list[Block] = []
    if source.organisation is not None and source.organisation.name.strip():
        blocks.append(Block("text", fill(said["slip_for"],
                                         name=source.organisation.name.strip())))
    about = source.opportunity.title.strip() if source.opportunity else ""
    if not shares:
        return [*blocks, Block("item", fill(said["slip_org_someone"], opportunity=about))]
    blocks.append(Block("item", fill(said["slip_org_named"], name=first_name(source.offerer),
                                     opportunity=about)))
    blocks.append(Block("detail", fill(said["slip_they_offered"],
                                       title=source.offer.title.strip())))
    free = availability_words(source.offer.availability, language)
    if free:
        blocks.append(Block("detail", f"{said['when_label']} {free}"))
    return blocks


def _meeting(source: SlipSource, said: DocumentWords, language: str) -> list[Block]:
    """When and where they meet, whether a linker goes along, and who to ask."""
    introduction = source.introduction
    blocks: list[Block] = []
    if introduction.planned_on:
        blocks.append(Block("text", f"{said['when_label']} "
                                    f"{_day(introduction.planned_on, language)}"))
        if introduction.place.strip():
            blocks.append(Block("text", f"{said['where_label']} {introduction.place.strip()}"))
    else:
        blocks.append(Block("text", said["slip_not_planned"]))
    linker = source.linker
    if linker is None or not linker.name.strip():
        return blocks
    name = linker.name.strip()
    if source.linker_goes:
        blocks.append(Block("text", fill(said["slip_linker_goes"], linker=name)))
    blocks.append(Block("text", fill(said["slip_ask"], linker=name)))
    blocks += [Block("detail", " ".join(part.split())) for part in
               (linker.work_phone, linker.work_email) if part.strip()]
    return blocks


def _flow(blocks: list[Block], language: str, sizes: SlipSizes) -> Flow:
    # The footer holds only "Page 1 of 2", on a slip that runs over: a little smaller.
    flow = Flow(language=language, rtl=wording(language).rtl, page_size=A6, margin=MARGIN,
                footer_size=round(sizes.body * 0.8))
    for block, following in zip(blocks, [*blocks[1:], None]):
        keep = following is not None and following.kind == "detail"
        if block.kind == "title":
            flow.heading(block.text, sizes.title)
            flow.space(sizes.body * 0.3)
        elif block.kind == "item":
            flow.space(sizes.body * 0.3)
            flow.paragraph(block.text, sizes.body, bold=True, keep_with_next=keep,
                           language=block.language)
        elif block.kind == "detail":
            flow.paragraph(block.text, sizes.body, indent=sizes.body * 0.6,
                           keep_with_next=keep)
        elif block.kind == "small":
            flow.paragraph(block.text, sizes.body)
        else:
            flow.space(sizes.body * 0.3)
            flow.paragraph(block.text, sizes.body, keep_with_next=keep)
    return flow


def slips_pdf(sources: Sequence[SlipSource], today: date, *, large_print: bool = False,
              language: str | None = None) -> bytes:
    """The slips as one invariant PDF of A6 pages, each slip from a new page and in its
    reader's language (or all in `language`)."""
    sizes = SLIP_LARGE if large_print else SLIP_NORMAL
    languages = [language or slip_language(source) for source in sources]
    first = languages[0] if languages else "en"
    regular, _ = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A6, invariant=1, pageCompression=1, lang=first,
                    initialFontName=regular, initialFontSize=sizes.body)
    canvas.setTitle(wording(first).documents["slip_title"])
    canvas.setAuthor(next((s.our_organisation.strip() for s in sources
                           if s.our_organisation.strip()), "Offerbook"))
    canvas.setCreator("Offerbook")
    for source, code in zip(sources, languages):
        flow = _flow(slip_blocks(source, today, code), code, sizes)
        flow.draw(canvas, _page_numbers(wording(code).documents))
    canvas.save()
    return buffer.getvalue()


def _page_numbers(said: DocumentWords) -> Callable[[int, int], str]:
    """A slip's footer: "Page 1 of 2" only when it runs over one page."""
    return lambda n, m: fill(said["page_n_of_m"], n=n, m=m) if m > 1 else ""
