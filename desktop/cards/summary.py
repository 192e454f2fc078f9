"""The participant summary, "My offer, my record": an A4 document the participant keeps.

It says what they told us in their own words (their gifts), their offers and requests, what
they agreed to (each purpose, since when, until when, and how to change their mind) and what
happens next (open follow-ups, introductions being arranged). Data first (`summary_blocks`,
plain text in reading order), then drawing (`summary_pdf`).

What stays off the paper, and why:
- Anything about other people. An introduction names the organisation and its opportunity,
  never another participant: "someone who asked for what you offer", whatever that person
  agreed to, because a summary is easily shown round or left on a bus.
- Their phone, email, address and any health or access details: the participant knows them,
  and a lost summary should not carry them. The subject-access export is the complete record.
- Offers, requests, gifts and next steps when they no longer agree to a record being kept:
  then the summary shows their consent answers only.
- Linkers' notes and follow-up notes: they are written about the person, for staff.
"""

from dataclasses import dataclass
from datetime import date
import io

from reportlab.pdfgen.canvas import Canvas

from desktop.cards.content import first_name
from desktop.cards.page import Flow
from desktop.cards.pdf_fonts import register_fonts
from desktop.cards.wording import DocumentWords, availability_words, card_language, fill, wording
from desktop.core.consent import GIVEN, NOT_ASKED, current_consents, latest_answers, state
from desktop.core.introductions import UNDER_WAY
from desktop.core.models import CONSENT_PURPOSES, GIFT_KINDS, Consent
from desktop.core.printing import SummarySource

# Under way: "suggested" is only a staff idea yet, and the rest are over.
OPEN_INTRODUCTIONS = UNDER_WAY


@dataclass(frozen=True)
class Block:
    """One piece of the summary: `kind` is title, heading, subheading, text, item (a
    bulleted line), detail (indented under an item) or small."""

    kind: str
    text: str
    language: str = ""  # their own words: the language they most likely said them in


@dataclass(frozen=True)
class SummarySizes:
    title: float
    heading: float
    body: float
    small: float


SUMMARY_NORMAL = SummarySizes(title=26, heading=18, body=14, small=12)
SUMMARY_LARGE = SummarySizes(title=32, heading=22, body=18, small=16)


def _day(iso: str, language: str) -> str:
    try:
        return wording(language).long_date(date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


def summary_blocks(source: SummarySource, today: date, language: str = "en") -> list[Block]:
    """The summary's text in reading order."""
    said = wording(language).documents
    person = source.participant
    name = person.full_name.strip()
    if person.preferred_name.strip() and person.preferred_name.strip() != name:
        name = f"{name} ({person.preferred_name.strip()})"
    blocks = [Block("title", said["summary_title"]),
              Block("text", fill(said["summary_for"], name=name,
                                 organisation=source.organisation or "Offerbook")),
              Block("small", fill(said["printed_on"], date=_day(today.isoformat(), language)))]
    linker = _linker_line(source)
    if linker:
        blocks.append(Block("small", fill(said["your_linker"], linker=linker)))
    blocks.append(Block("text", said["summary_intro"]))
    recorded = current_consents(_own_consents(source), today).get("keep-record") is not None
    if not recorded:
        blocks.append(Block("text", said["not_recorded"]))
    else:
        blocks += _told_us(source, said)
        blocks += _offers(source, said, language)
        blocks += _requests(source, said, language)
    blocks += _consents(source, today, said, language)
    if recorded:
        blocks += _next_steps(source, today, said, language)
    return blocks


def _own_consents(source: SummarySource) -> list[Consent]:
    return [c for c in source.consents if c.participant_id == source.participant.id]


def _spoken(source: SummarySource) -> str:
    return card_language(source.participant.languages)


def _linker_line(source: SummarySource) -> str:
    linker = source.linker
    if linker is None:
        return ""
    parts = [linker.name.strip(), linker.work_phone.strip(), linker.work_email.strip()]
    return ", ".join(part for part in parts if part)


def _told_us(source: SummarySource, said: DocumentWords) -> list[Block]:
    blocks = [Block("heading", said["told_us"])]
    mine = [g for g in source.gifts if g.participant_id == source.participant.id]
    for kind in GIFT_KINDS:
        quotes = []
        for gift in mine:
            text = gift.own_words.strip()
            if gift.kind == kind and text and text not in quotes:
                quotes.append(text)
        if quotes:
            blocks.append(Block("subheading", said.group("gift_kinds")[kind]))
            blocks += [Block("item", quote, _spoken(source)) for quote in quotes]
    if len(blocks) == 1:
        blocks.append(Block("text", said["told_us_none"]))
    return blocks


def _details(pairs: list[tuple[str, str]]) -> list[Block]:
    return [Block("detail", f"{label} {value}") for label, value in pairs if value.strip()]


def _offers(source: SummarySource, said: DocumentWords, language: str) -> list[Block]:
    offers = [o for o in source.offers if o.participant_id == source.participant.id]
    if not offers:
        return []
    blocks = [Block("heading", said["your_offers"])]
    for offer in offers:
        blocks.append(Block("item", offer.title.strip(), _spoken(source)))
        blocks += _details([
            (said["when_label"], availability_words(offer.availability, language)),
            (said["where_label"], offer.location),
            (said["how_often_label"], offer.frequency.strip().capitalize()),
            (said["status_label"], said.group("offer_status").get(offer.status, ""))])
    return blocks


def _requests(source: SummarySource, said: DocumentWords, language: str) -> list[Block]:
    requests = [r for r in source.requests if r.participant_id == source.participant.id]
    if not requests:
        return []
    blocks = [Block("heading", said["your_requests"])]
    for request in requests:
        blocks.append(Block("item", request.title.strip(), _spoken(source)))
        blocks += _details([
            (said["when_label"], availability_words(request.availability, language)),
            (said["where_label"], request.location),
            (said["status_label"], said.group("request_status").get(request.status, ""))])
    return blocks


def _consents(source: SummarySource, today: date, said: DocumentWords,
              language: str) -> list[Block]:
    blocks = [Block("heading", said["consents"])]
    answers = latest_answers(_own_consents(source), today)
    for purpose in CONSENT_PURPOSES:
        answer = answers[purpose]
        if answer is None:  # never asked
            continue
        now = state(answer, today)
        when = {"withdrawn": answer.withdrawn_on, "expired": answer.expires_on}.get(
            now, answer.recorded_on)
        blocks.append(Block("item", said.group("consent_purposes")[purpose]))
        if now == GIVEN and answer.expires_on:
            detail = fill(said["consent_given_until"], date=_day(when, language),
                          until=_day(answer.expires_on, language))
        else:
            detail = fill(said.group("consent_states")[now], date=_day(when, language))
        blocks.append(Block("detail", detail))
    if len(blocks) == 1:
        blocks.append(Block("text", said.group("consent_states")[NOT_ASKED]))
    blocks.append(Block("text", fill(said["how_to_withdraw"],
                                     organisation=source.organisation or "Offerbook")))
    return blocks


def _next_steps(source: SummarySource, today: date, said: DocumentWords,
                language: str) -> list[Block]:
    blocks = [Block("heading", said["next_steps"])]
    for follow_up in source.follow_ups:
        if follow_up.done_on or follow_up.participant_id != source.participant.id:
            continue
        who = source.staff_names.get(follow_up.staff_id or "", "") or (
            source.linker.name if source.linker else said["your_linker_generic"])
        if follow_up.due_on:
            text = fill(said["follow_up"], linker=who, date=_day(follow_up.due_on, language))
        else:
            text = fill(said["follow_up_no_date"], linker=who)
        blocks.append(Block("item", text))
    for view in source.introductions:
        introduction = view.introduction
        if introduction.status not in OPEN_INTRODUCTIONS or not view.offer_title:
            continue
        title = view.offer_title.strip()
        if view.organisation:
            text = fill(said["introduction_org"], organisation=view.organisation,
                        opportunity=view.opportunity, title=title)
        elif view.with_a_person:
            own_offer = any(o.id == introduction.offer_id for o in source.offers)
            text = fill(said["introduction_to_offer" if own_offer else
                        "introduction_to_request"], title=title)
        else:
            text = fill(said["introduction_somewhere"], title=title)
        blocks.append(Block("item", text))
        detail = said.group("introduction_status")[introduction.status]
        if introduction.planned_on:
            detail += " " + fill(said["introduction_when"],
                                 date=_day(introduction.planned_on, language))
        blocks.append(Block("detail", detail))
    if len(blocks) == 1:
        blocks.append(Block("text", said["next_none"]))
    return blocks


def summary_pdf(source: SummarySource, today: date, *, large_print: bool = False,
                language: str = "en") -> bytes:
    """The summary as an invariant A4 PDF (the same input, the same bytes)."""
    said = wording(language).documents
    sizes = SUMMARY_LARGE if large_print else SUMMARY_NORMAL
    flow = Flow(language=language, rtl=wording(language).rtl, footer_size=sizes.small)
    blocks = summary_blocks(source, today, language)
    for block, following in zip(blocks, [*blocks[1:], None]):
        next_kind = following.kind if following else ""
        if block.kind == "title":
            flow.heading(block.text, sizes.title)
        elif block.kind == "heading":
            flow.space(sizes.body)
            flow.heading(block.text, sizes.heading)
            flow.space(sizes.body * 0.2)
        elif block.kind == "subheading":
            flow.space(sizes.body * 0.3)
            flow.heading(block.text, sizes.body)
        elif block.kind == "item":
            flow.space(sizes.body * 0.25)
            flow.paragraph(block.text, sizes.body, indent=sizes.body * 0.4, bullet=True,
                           language=block.language, keep_with_next=next_kind == "detail")
        elif block.kind == "detail":
            flow.paragraph(block.text, sizes.body, indent=sizes.body * 1.3,
                           keep_with_next=next_kind == "detail")
        elif block.kind == "small":
            flow.paragraph(block.text, sizes.small)
        else:
            flow.space(sizes.body * 0.4)
            flow.paragraph(block.text, sizes.body)
    regular, _ = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=flow.page_size, invariant=1, pageCompression=1,
                    lang=language, initialFontName=regular, initialFontSize=sizes.body)
    title = said["summary_title"]
    canvas.setTitle(title)
    canvas.setAuthor(source.organisation.strip() or "Offerbook")
    canvas.setCreator("Offerbook")
    name = first_name(source.participant)
    flow.draw(canvas, lambda n, m: f"{title} · {name} · "
              + fill(said["page_n_of_m"], n=n, m=m))
    canvas.save()
    return buffer.getvalue()
