"""Enrolment codes: typed or scanned, they give the same secrets; only they open the key."""

import io

from PIL import Image
import pytest
import zxingcpp

from desktop.sync.enrolment import (
    WORDS,
    EnrolmentCodeError,
    JoinCode,
    OrgKey,
    parse_code,
    unwrap_org_key,
    wrap_org_key,
)

HUB = "https://hub.example.org:8470"


def test_a_code_round_trips_as_text_and_as_its_qr_image():
    code = JoinCode.new(HUB)
    assert len(code.words) == WORDS and len(code.secret()) == 11
    assert parse_code(code.text()) == code
    scanned = zxingcpp.read_barcodes(Image.open(io.BytesIO(code.qr_png())))
    assert [found.text for found in scanned] == [code.uri()]
    assert parse_code(scanned[0].text) == code


def test_words_may_be_shortened_to_four_letters_in_any_case_with_hyphens():
    code = JoinCode.new(HUB)
    typed = HUB + "/ " + "-".join(w[:4].upper() for w in code.words)
    assert parse_code(typed) == code


@pytest.mark.parametrize("typed, says", [
    ("abandon ability able about above absent absorb abstract", "starts with the hub"),
    (HUB + " abandon ability able", "has 3 words; it needs 8"),
    (HUB + " abandon ability able about above absent absorb zzzzq", "Word 8"),
    ("", "starts with the hub"),
])
def test_a_mistyped_code_says_what_to_fix(typed, says):
    with pytest.raises(EnrolmentCodeError, match=says):
        parse_code(typed)


def test_the_three_derived_values_are_independent_and_stable():
    code = JoinCode.new(HUB)
    first, again = code.derive(), parse_code(code.text()).derive()
    assert first == again
    assert len({first.enrolment_id, first.proof, first.wrap_key.hex()}) == 3
    assert JoinCode.new(HUB).derive().enrolment_id != first.enrolment_id


def test_only_the_same_code_unwraps_the_organisation_key():
    code, org = JoinCode.new(HUB), OrgKey.new("org-1")
    wrapped = wrap_org_key(code, org)
    assert org.key.hex() not in wrapped
    assert unwrap_org_key(parse_code(code.text()), wrapped) == org
    with pytest.raises(EnrolmentCodeError, match="did not open"):
        unwrap_org_key(JoinCode.new(HUB), wrapped)
    tampered = wrapped[:-6] + ("A" if wrapped[-6] != "A" else "B") + wrapped[-5:]
    with pytest.raises(EnrolmentCodeError, match="did not open"):
        unwrap_org_key(code, tampered)
    with pytest.raises(EnrolmentCodeError):
        unwrap_org_key(code, "not base64 at all!")
