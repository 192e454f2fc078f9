"""The text engine: fonts per script, shaping, bidi order and wrapping, on real fonts."""

from pathlib import Path
import subprocess
import unicodedata

from hypothesis import example, given, settings, strategies as st
import pytest
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas

from desktop.cards.pdf_fonts import char_map
from desktop.cards.text import draw_line, missing_glyphs, text_width, wrap

SAMPLES = {  # language: (a name, an offer in their words)
    "en": ("Siobhán O'Connor", "I can fix bikes and show people how."),
    "pl": ("Łucja Wiśniewska", "Mogę uczyć szycia i gotowania pierogów."),
    "cy": ("Gwenllïan ap Dafydd", "Gallaf ddysgu Cymraeg i ddechreuwyr ŵyr ac ŷd."),
    "ro": ("Ștefan Țăranu", "Pot să repar biciclete în fiecare sâmbătă."),
    "so": ("Cawo Xasan", "Waxaan bari karaa cunto karinta."),
    "ar": ("فاطمة الزهراء", "أستطيع تعليم الخياطة يوم الثلاثاء في المكتبة"),
    "ur": ("عائشہ خان", "میں منگل کو لائبریری میں سلائی سکھا سکتی ہوں"),
    "bn": ("রহিমা বেগম", "আমি মঙ্গলবার লাইব্রেরিতে রান্না শেখাতে পারি"),
    "pa": ("ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "ਮੈਂ ਮੰਗਲਵਾਰ ਨੂੰ ਖਾਣਾ ਬਣਾਉਣਾ ਸਿਖਾ ਸਕਦੀ ਹਾਂ"),
    "zh": ("王小明", "我可以教大家做饺子，每周六下午在社区中心。"),
    "zh-Hant": ("陳大文", "我可以教書法，每個星期日早上。"),
    "vi": ("Nguyễn Thị Hương", "Tôi có thể dạy nấu phở."),
}
SHAPED_SCRIPTS = {"ar", "ur", "bn", "pa"}


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_every_sample_prints_with_no_missing_glyph(language):
    for text in SAMPLES[language]:
        assert missing_glyphs(text, language=language) == set()
        for line in wrap(text, 120, 14, language=language):
            for run in line.runs:
                cmap = char_map(run.font)
                # Every character of the run is in the font that draws it, checked against
                # the font's own character map (a miss would print as a box).
                assert all(ord(ch) in cmap for ch in run.text if ch != " "), (run.font, run.text)


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_wrapping_keeps_every_word_in_order_within_the_width(language):
    text = " ".join(SAMPLES[language])
    lines = wrap(text, 110, 14, language=language)
    assert len(lines) > 1
    joined = " ".join(line.text for line in lines)
    if language.startswith("zh"):  # Chinese breaks between characters, not at spaces
        assert joined.replace(" ", "") == unicodedata.normalize("NFC", text).replace(" ", "")
    else:
        assert _words(joined) == _words(text)
    assert all(line.width <= 110 + 1e-6 for line in lines)


@pytest.mark.parametrize("language", sorted(SHAPED_SCRIPTS))
def test_scripts_that_need_it_are_shaped_by_harfbuzz(language):
    line = wrap(SAMPLES[language][1], 1000, 14, language=language)[0]
    shaped = [run for run in line.runs if isinstance(run.glyphs, ShapedStr)]
    assert shaped, "no run was shaped"
    # Shaping changed what is drawn: joined Arabic forms, conjuncts, reordered vowel signs.
    assert any(str(run.glyphs) != run.text for run in shaped)


def test_urdu_prints_in_nastaliq_and_arabic_in_naskh():
    urdu = wrap(SAMPLES["ur"][1], 1000, 14, language="ur")[0]
    arabic = wrap(SAMPLES["ar"][1], 1000, 14, language="ar")[0]
    assert {run.font for run in urdu.runs} == {"NotoNastaliqUrdu"}
    assert {run.font for run in arabic.runs} == {"NotoSansArabic"}
    assert urdu.height > arabic.height > wrap("Latin", 1000, 14)[0].height


def test_right_to_left_lines_put_the_first_word_on_the_right():
    line = wrap("أستطيع تعليم Łucja 12", 1000, 14, language="ar")[0]
    assert line.rtl
    visual = [run.text for run in line.runs]
    # Reading from the right: the Arabic words first, then "Łucja 12", which keeps its own
    # left-to-right order (the number follows a Latin word: UBA rule W7) at the far left.
    assert visual[0] == "Łucja 12" and "أستطيع" in visual[-1]


def test_a_left_to_right_name_inside_right_to_left_text_keeps_its_own_order():
    line = wrap("مع Anna Maria", 1000, 14, rtl=True)[0]
    latin = [run for run in line.runs if run.font == "NotoSans"]
    assert [run.text.strip() for run in latin if run.text.strip()] == ["Anna Maria"]


def test_brackets_in_right_to_left_text_are_mirrored():
    line = wrap("(12 بجے)", 1000, 14, language="ur")[0]
    drawn = "".join(str(run.glyphs) for run in line.runs)
    assert drawn[0] == "(" and drawn[-1] == ")"


def test_a_card_in_arabic_lays_a_latin_label_line_out_from_the_right():
    line = wrap([("متى: ", True), ("Tuesday mornings", False)], 1000, 14, rtl=True)[0]
    assert line.rtl
    assert "متى" in line.runs[-1].text  # the label is the rightmost run
    assert line.runs[-1].font == "NotoSansArabic-Bold"


def test_a_word_too_long_for_the_line_breaks_between_letters_never_inside_one():
    word = "লাইব্রেরিতেলাইব্রেরিতেলাইব্রেরিতেলাইব্রেরিতে"
    lines = wrap(word, 60, 14, language="bn")
    assert len(lines) > 1 and "".join(line.text for line in lines) == word
    for line in lines:
        assert not unicodedata.category(line.text[0]).startswith("M")  # no orphaned sign
        assert line.text[0] != "\u09cd"


def test_new_lines_start_new_paragraphs_and_blank_lines_stay():
    lines = wrap("one\n\ntwo", 1000, 14)
    assert [line.text for line in lines] == ["one", "", "two"]


def test_width_of_bold_text_is_wider():
    assert text_width("Offer card", 14, bold=True) > text_width("Offer card", 14)


def test_drawn_text_reads_back_in_reading_order(tmp_path: Path):
    """Shaped glyphs carry ActualText, so a PDF reader gets the words, not glyph codes."""
    pdf = tmp_path / "lines.pdf"
    canvas = Canvas(str(pdf), invariant=1)
    y = 800
    for language in ("bn", "pa", "pl", "zh"):
        for line in wrap(SAMPLES[language][1], 400, 14, language=language):
            draw_line(canvas, line, 50, y, 400)
            y -= line.height
    canvas.save()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    flat = "".join(text.split())
    for language in ("bn", "pa", "pl", "zh"):
        assert "".join(SAMPLES[language][1].split()) in flat, language


_LETTERS = st.sampled_from(list("abcdefghij ŁłŵŷșțÖ") + list("مرحبا ") + list("আমিরান্না ")
                           + list("ਮੈਂਖਾਣਾ ") + list("王小明社区 ") + list("0123456789(),.-"))


@settings(max_examples=150, deadline=None)
@given(text=st.lists(_LETTERS, min_size=1, max_size=120).map("".join),
       width=st.integers(min_value=30, max_value=300))
# Stray marks: a virama after a Latin letter, another virama or a vowel sign; three marks on
# one letter (Hypothesis found each).
@example(text="a\u09cda\u09cda", width=30)
@example(text="a\u09cd\u09cd\u0986", width=30)
@example(text="b\u09bf\u09cd\u0986", width=30)
@example(text="\u0175\u09cd\u09cd\u09bf", width=30)
def test_wrapping_never_loses_or_reorders_a_character(text, width):
    lines = wrap(text, width, 12)
    rebuilt = "".join(line.text for line in lines).replace(" ", "")
    assert rebuilt == unicodedata.normalize("NFC", text).replace(" ", "")
    for line in lines:
        # Only a single unbreakable cluster may be wider than the line: one base character
        # with its combining marks, or consonants joined by viramas into a conjunct.
        assert line.width <= width + 1e-6 or _bases(line.text.strip()) <= 1, line.text


def _bases(text: str) -> int:
    """How many characters of `text` start a cluster of their own: not a combining mark, not
    an invisible format character, not a consonant a virama joins to the one before."""
    viramas = {"\u094d", "\u09cd", "\u0a4d"}
    return sum(1 for index, ch in enumerate(text)
               if unicodedata.category(ch)[0] != "M" and unicodedata.category(ch) != "Cf"
               and not (index and text[index - 1] in viramas))


def test_latin_text_on_a_right_to_left_card_keeps_its_own_order():
    for text in ("Hillside Linkers", "Café Ŵyn"):  # plain ASCII and not
        line = wrap(text, 1000, 14, rtl=True)[0]
        assert line.rtl  # against the right edge...
        assert "".join(str(run.glyphs) for run in line.runs) == text  # ...but not mirrored


def test_a_soft_break_early_in_a_long_word_does_not_leave_the_rest_too_wide():
    """Found by the property above: after breaking at the ".", "aabÖ" was still 0.2 pt over."""
    lines = wrap(".aabÖ", 30, 12)
    assert [line.text for line in lines][0] == "."
    assert all(line.width <= 30 for line in lines)


def test_a_stray_virama_does_not_glue_letters_into_one_unbreakable_cluster():
    # A Bengali virama after a Latin letter joins nothing (it is drawn on a dotted circle), so
    # a too-long word may break after it; a real conjunct (ক্ষ) never breaks at its virama.
    assert [line.text for line in wrap("a\u09cda\u09cda", 30, 12)] == ["a\u09cda\u09cd", "a"]
    conjuncts = wrap("\u0995\u09cd\u09b7" * 4, 20, 12)
    assert [line.text for line in conjuncts] == ["\u0995\u09cd\u09b7"] * 4
