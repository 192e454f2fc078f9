"""Validation: what is accepted, how it is cleaned, and messages that explain without repeating."""

import pytest

from desktop.core import models
from desktop.core.errors import ValidationError
from desktop.core.validation import clean_text, normalise_postcode, validate


def refused(record: models.Record, field: str) -> str:
    """Validate, expect a refusal naming `field`, and return the message."""
    with pytest.raises(ValidationError) as caught:
        validate(record)
    assert caught.value.field == field
    return str(caught.value)


def person(**values) -> models.Participant:
    return models.Participant(full_name=values.pop("full_name", "Aled Morgan"), **values)


@pytest.mark.parametrize("typed,expected", [
    ("ls62ab", "LS6 2AB"), ("  ls6 2ab ", "LS6 2AB"), ("SW1A1AA", "SW1A 1AA"),
    ("sw1a  1aa", "SW1A 1AA"), ("m1 1ae", "M1 1AE"), ("b338th", "B33 8TH"),
    ("CR2 6XH", "CR2 6XH"), ("dn551pt", "DN55 1PT"), ("ec1a\t1bb", "EC1A 1BB"), ("ls6", "LS6"),
])
def test_postcodes_are_normalised(typed, expected):
    assert normalise_postcode(typed) == expected
    assert validate(person(postcode=typed)).postcode == expected


@pytest.mark.parametrize("typed", ["12345", "LS9 9Z", "not a postcode", "LS6 2AB X", "QQ"])
def test_a_bad_postcode_explains_itself(typed):
    message = refused(person(postcode=typed), "postcode")
    assert "UK postcode" in message and "LS6 2AB" in message
    assert typed.upper() not in message and typed not in message


@pytest.mark.parametrize("typed", ["aled.morgan", "aled@", "@leeds.example", "aled@example",
                                   "aled morgan@example.org", "a@b@c.org"])
def test_a_bad_email_explains_itself(typed):
    message = refused(person(email=typed), "email")
    assert "@" in message and "domain" in message and typed not in message


def test_a_good_email_passes():
    assert validate(person(email=" aled@example.org ")).email == "aled@example.org"


@pytest.mark.parametrize("score", [0, 1, 5, 10, None])
def test_ons4_scores_from_0_to_10(score):
    record = models.Wellbeing(participant_id="p", life_satisfaction=score, worthwhile=score,
                              happiness=score, anxiety=score)
    validate(record)


@pytest.mark.parametrize("question", models.ONS4_QUESTIONS)
@pytest.mark.parametrize("score", [-1, 11, 5.5, "7", True])
def test_ons4_scores_outside_0_to_10_are_refused(question, score):
    record = models.Wellbeing(participant_id="p", **{question: score})
    message = refused(record, question)
    assert "0 to 10" in message


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f",
                                  "\x85", "\x9f"])
def test_control_characters_are_refused(char):
    message = refused(person(full_name=f"Aled{char}Morgan"), "full_name")
    assert "control characters" in message and "Aled" not in message
    refused(models.Note(participant_id="p", body=f"line one{char}line two"), "body")


def test_newlines_and_tabs_are_welcome_in_long_text():
    note = validate(models.Note(participant_id="p", body="line one\n\tline two\r\nthree"))
    assert note.body == "line one\n\tline two\nthree"  # Windows line endings become \n
    assert clean_text("a\rb") == "a\nb"


def test_bidi_and_joiner_marks_used_by_real_scripts_are_kept():
    # ZWJ/ZWNJ shape Bengali and Persian; RLM/LRM order mixed Arabic and English.
    for name in ("ক্‍ষ", "می‌خواهم", "\u200fعلي (Ali)"):
        assert validate(person(full_name=name)).full_name == name


def test_text_is_nfc_and_trimmed():
    assert clean_text("  Sio\u0302n  ") == "Siôn"
    assert validate(person(full_name="Zoe\u0308 ")).full_name == "Zoë"


def test_limits_name_the_field():
    message = refused(person(full_name="A" * 201), "full_name")
    assert "200" in message and "201" in message
    refused(person(full_name=""), "full_name")
    refused(person(status="vanished"), "status")
    refused(models.Offer(participant_id="p", title=""), "title")
    refused(models.Exchange(giver_id="p", hours=0), "hours")
    refused(models.Consent(participant_id="p", recorded_on="31/03/2026"), "recorded_on")
    refused(models.Introduction(offer_id="o"), "request_id")
