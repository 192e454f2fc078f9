"""Fonts as they are in the printed PDF: embedded, subset, and holding a real glyph for every
character shown, in every language cards are worded in and every script a name comes in.

`test_text.py` checks that the text engine *chooses* a font whose character map has each
character; this file reads the PDF instead, the way a printer would: for every font resource
of every page, the font program is in the file (FontFile2), it is a subset named the way
reportlab names subsets, and every code a text operator shows lands on a glyph of that
embedded program that is the same outline as the bundled font's glyph for the character, or
(for glyphs HarfBuzz made, such as Bengali conjuncts) at least a glyph with ink, and never the
.notdef box.
"""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import cache
import io
import re
import unicodedata

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN

from desktop.cards.content import card_content
from desktop.cards.event_pack import event_pack_pdf
from desktop.cards.gather import Gathered, PackEntry
from desktop.cards.offer_card import render_cards
from desktop.cards.pdf_fonts import FONTS, char_map, register_fonts
from desktop.cards.sheet import SHEETS
from desktop.cards.summary import summary_pdf
from desktop.cards.wording import LANGUAGES
from desktop.core.models import Consent, Gift, Offer, Participant, Request, Staff
from desktop.core.printing import SummarySource
from desktop.core.resources import resources_dir
from tests.cards.test_text import SAMPLES

TODAY = date(2026, 11, 22)
PERSON = Participant(id="p1", full_name="Test Person")
OFFER = Offer(id="o1", participant_id="p1", title="-", location="Hillside Library",
              availability={"tue": ["morning"], "sat": ["afternoon"]}, frequency="weekly",
              status="agreed")
LINKER = Staff(id="s1", name="Priya Shah", work_phone="01632 960123",
               work_email="priya.shah@hillside.example")
CONSENTS = [Consent(id=f"c-{purpose}", participant_id="p1", purpose=purpose, given=True,
                    recorded_on="2026-11-01")
            for purpose in ("keep-record", "print-card", "share-with-organisations")]

# case: (the card's language, first name, offer in their words, where). Every language cards
# are worded in, with a name and an offer in its own script, plus the mixes a UK project sees.
CASES = {code: (code, *SAMPLES[code], "Hillside Library") for code in LANGUAGES}
CASES["zh-name"] = ("en", SAMPLES["zh"][0], "I can teach people to make dumplings.",
                    "Hillside Library")
CASES["zh-Hant-name"] = ("en", SAMPLES["zh-Hant"][0], SAMPLES["zh-Hant"][1], "Library")
CASES["mixed"] = ("en", SAMPLES["pl"][0], SAMPLES["ur"][1], SAMPLES["bn"][1].split()[2])
# More than 256 different Chinese characters that the bundled subset has (GB2312 and Big5):
# reportlab starts a second subset of the font.
MANY_HAN = "".join(chr(code) for code in sorted(char_map("NotoSansCJK"))
                   if 0x4E00 <= code <= 0x9FFF)[:300]

_WHITE = {"Zs", "Cf", "Cc"}  # spaces and invisible format characters print no ink
_PUA = re.compile("[\ue000-\uf8ff]")


def content(case: str, repeat: int = 1, **changes):
    language, name, words, where = CASES[case]
    card = card_content(PERSON, replace(OFFER, location=where), CONSENTS, LINKER,
                        "Hillside Linkers", TODAY, language=language)
    return replace(card, **{"first_name": name, "offer_words": " ".join([words] * repeat),
                            **changes})


def cards(case: str, **options) -> bytes:
    """A short card and one long enough to continue on the back (bold 'continued' lines) on
    a sheet of four, in large print so the offer shrinks from a bigger size too."""
    return render_cards([content(case), content(case, 12)], SHEETS["a6x4"], large_print=True,
                        **options)


# --- Reading fonts out of a PDF -------------------------------------------------------------

@cache
def bundled() -> dict[str, TTFont]:
    """The bundled font files by the PostScript name reportlab embeds them under."""
    register_fonts()
    folder = resources_dir() / "fonts"
    return {pdfmetrics.getFont(name).face.name.decode(): TTFont(str(folder / font.filename),
                                                                  lazy=True)
            for name, font in FONTS.items()}


def font_resources(resources: DictionaryObject) -> Iterator[tuple[str, int, DictionaryObject]]:
    """(resource name, object number, font) of each font in a resource dictionary."""
    fonts = resources.get("/Font")
    for name, ref in (fonts.get_object() if fonts else {}).items():
        yield name, ref.idnum, ref.get_object()


def shown_codes(pdf: bytes) -> dict[int, tuple[DictionaryObject, str, set[int]]]:
    """Every font object the pages use (by object number), with its resource name and the
    codes text operators show in it; Form XObjects are read too, with their own resources."""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[int, tuple[DictionaryObject, str, set[int]]] = {}

    def read(stream, resources: DictionaryObject) -> None:
        fonts = {}
        for name, number, font in font_resources(resources):
            fonts[name] = number
            found.setdefault(number, (font, name, set()))
        current = None
        for operands, operator in ContentStream(stream, reader).operations:
            if operator == b"Tf":
                current = fonts[operands[0]]
            elif operator in (b"Tj", b"'", b'"', b"TJ"):
                strings = operands[-1] if operator == b"TJ" else [operands[-1]]
                key = current
                for piece in strings:
                    if hasattr(piece, "get_original_bytes"):
                        found[key][2].update(piece.get_original_bytes())
                    elif isinstance(piece, bytes):
                        found[key][2].update(piece)
            elif operator == b"Do":
                xobject = resources["/XObject"][operands[0]].get_object()
                if xobject.get("/Subtype") == "/Form":
                    read(xobject, xobject.get("/Resources", resources).get_object())

    for page in reader.pages:
        read(page.get_contents(), page["/Resources"].get_object())
    return found


def to_unicode(font: DictionaryObject) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("ascii")
    return {int(code, 16): chr(int(value, 16))
            for code, value in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", data)}


def outline(font: TTFont, glyph: str):
    glyf = font["glyf"]
    coordinates, ends, _ = glyf[glyph].getCoordinates(glyf)
    return list(coordinates), list(ends)


def font_problems(pdf: bytes) -> list[str]:
    """Everything wrong with the fonts of `pdf`, in words; an empty list when all is well."""
    problems = []
    names: dict[str, int] = {}
    for number, (font, resource, codes) in shown_codes(pdf).items():
        base = str(font["/BaseFont"]).lstrip("/")
        if font.get("/Subtype") != "/TrueType":
            problems.append(f"{base}: a {font.get('/Subtype')} font, not an embedded TrueType")
            continue
        descriptor = font["/FontDescriptor"].get_object()
        if "/FontFile2" not in descriptor:
            problems.append(f"{base}: the font program is not embedded")
            continue
        if str(descriptor["/FontName"]).lstrip("/") != base:
            problems.append(f"{base}: the descriptor names another font")
        # reportlab tags the n-th 256-glyph subset of a font with n in letters (AAAAAA, AAAAAB,
        # ...), not a random tag; the resource it draws with is named /F<k>+<n>.
        tag, _, face = base.partition("+")
        subset = int(resource.rsplit("+", 1)[1])
        if not re.fullmatch("[A-Z]{6}", tag) or tag != SUBSETN(subset).decode():
            problems.append(f"{base}: no subset tag for subset {subset} of {resource}")
        if base in names and names[base] != number:
            problems.append(f"{base}: two different font objects share this name")
        names[base] = number
        original = bundled().get(face)
        if original is None:
            problems.append(f"{base}: not one of the bundled fonts")
            continue
        program = descriptor["/FontFile2"].get_object().get_data()
        embedded = TTFont(io.BytesIO(program))
        if embedded["maxp"].numGlyphs > 257:
            problems.append(f"{base}: {embedded['maxp'].numGlyphs} glyphs, not a subset")
        code_to_glyph = embedded["cmap"].getcmap(1, 0).cmap
        unicode_of = to_unicode(font)
        original_map = original.getBestCmap()
        notdef = outline(original, ".notdef")
        for code in sorted(codes):
            char = unicode_of.get(code)
            glyph = code_to_glyph.get(code)
            if char == "\0" or glyph is None:
                # reportlab shows code 0 for a character the font does not have.
                problems.append(f"{base}: code {code} is shown but has no glyph (a box)")
                continue
            if char is None:
                problems.append(f"{base}: code {code} is shown but has no character")
                continue
            drawn = outline(embedded, glyph)
            blank = unicodedata.category(char) in _WHITE
            if drawn == notdef and not blank:
                problems.append(f"{base}: {char!r} prints as the missing-glyph box")
            elif _PUA.match(char):
                # A glyph HarfBuzz chose (a conjunct, a joined form): no character of its own
                # to compare with, but it must have ink, unless it takes no room at all
                # (Nastaliq's zero-width spacers that tune how words join).
                if not drawn[0] and embedded["hmtx"][glyph][0]:
                    problems.append(f"{base}: shaped glyph {code} is empty")
            elif ord(char) not in original_map:
                problems.append(f"{base}: {char!r} is not in the bundled font's character map")
            elif not blank and drawn != outline(original, original_map[ord(char)]):
                problems.append(f"{base}: {char!r} is not the bundled font's glyph for it")
    return problems


def embedded_sizes(pdf: bytes) -> dict[str, int]:
    return {str(font["/BaseFont"]).lstrip("/"):
            len(font["/FontDescriptor"]["/FontFile2"].get_object().get_data())
            for font, _, _ in shown_codes(pdf).values()}


# --- Tests ----------------------------------------------------------------------------------

def test_every_card_language_has_a_case():
    assert set(LANGUAGES) <= set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_font_on_the_cards_is_embedded_subset_and_has_every_glyph(case):
    pdf = cards(case)
    assert font_problems(pdf) == []
    # ... and it had glyphs to check: every code the cards show went through it.
    assert sum(len(codes) for _, _, codes in shown_codes(pdf).values()) > 30
    language, name, words, _ = CASES[case]
    fonts = {face.split("+")[1] for face in embedded_sizes(pdf)}
    # The script's own font is there: the check above saw its glyphs, not only Latin ones.
    expected = {"ur": "NotoNastaliqUrdu-Regular", "ar": "NotoSansArabic-Regular",
                "bn": "NotoSansBengali-Regular", "pa": "NotoSansGurmukhi-Regular"}
    if language in expected:
        assert expected[language] in fonts
    if case.startswith("zh") or case == "mixed":
        # On an English card Urdu words print in Naskh: Nastaliq is for cards in Urdu.
        assert fonts >= ({"NotoSansCJKsc-Regular"} if case.startswith("zh") else
                         {"NotoSansArabic-Regular", "NotoSansBengali-Regular"})


def test_only_the_glyphs_used_travel_with_the_file():
    folder = resources_dir() / "fonts"
    sizes = {}
    for case in ("en", "ur", "bn", "zh-name"):
        sizes.update(embedded_sizes(cards(case)))
    for base, size in sizes.items():
        face = base.split("+")[1]
        filename = next(font.filename for name, font in FONTS.items()
                        if pdfmetrics.getFont(name).face.name.decode() == face)
        assert size < (folder / filename).stat().st_size / 5, base


def test_more_than_256_characters_of_one_font_make_a_second_named_subset():
    pdf = render_cards([content("zh-name", offer_words=MANY_HAN)], SHEETS["a6"])
    assert font_problems(pdf) == []
    bases = set(embedded_sizes(pdf))
    assert {"AAAAAA+NotoSansCJKsc-Regular", "AAAAAB+NotoSansCJKsc-Regular"} <= bases


def _summary_source(case: str) -> SummarySource:
    _, name, words, where = CASES[case]
    return SummarySource(
        participant=replace(PERSON, full_name=name), consents=CONSENTS,
        gifts=[Gift(id="g1", participant_id="p1", kind="hands", own_words=words)],
        offers=[replace(OFFER, title=words, location=where)],
        requests=[Request(id="r1", participant_id="p1", title=words, location=where)],
        introductions=[], follow_ups=[], linker=LINKER, organisation="Hillside Linkers")


@pytest.mark.parametrize("case", ["ur", "bn", "pa", "ar", "pl", "zh-name"])
def test_the_summary_embeds_every_font_it_uses(case):
    language = CASES[case][0]
    pdf = summary_pdf(_summary_source(case), TODAY, language=language)
    assert font_problems(pdf) == []


def _pack(cases: list[str], language: str = "en") -> bytes:
    entries = tuple(PackEntry("offer", content(case), CASES[case][0]) for case in cases)
    return event_pack_pdf(Gathered(entries, 0), SHEETS["a6x4"], place="North",
                          organisation="Hillside Linkers", today=TODAY,
                          language=language).pdf


def test_the_event_pack_embeds_every_font_of_its_list_and_its_cards():
    pdf = _pack(["ur", "bn", "zh-name", "mixed"])
    assert font_problems(pdf) == []


# ISO 32000-1 (9.6.4): different subsets in one file shall have different tags; a RIP or
# viewer that caches fonts by name can print one subset's glyphs with the other's codes. The
# pack once joined two PDFs from separate canvases, each naming its first subset AAAAAA+...
def test_no_two_subsets_in_the_event_pack_share_a_name():
    pdf = _pack(["en", "pl"])
    assert [p for p in font_problems(pdf) if "share this name" in p] == []


# reportlab's renderPDF starts every drawing by selecting its initial font, by default an
# unembedded Helvetica (`BT /F3 10 Tf 12 TL ET` in each icon's form); the icons start in the
# embedded Noto Sans instead, so preflight checks that want every font embedded pass.
def test_easy_read_cards_embed_every_font_they_name():
    assert font_problems(cards("en", easy_read=True)) == []
