"""Likely duplicates: names folded across accents, case, punctuation and word order."""

from desktop.core import duplicates
from desktop.core.models import Participant


def test_names_fold_accents_case_order_and_letters_without_decomposition():
    key = duplicates.name_key
    assert key("Łucja Wiśniewska") == key("lucja  WISNIEWSKA") == key("Wisniewska, Lucja")
    assert key("Zoë Ørsted") == key("zoe orsted")
    assert key("Siân O'Brien-Llŷr") == key("sian o brien llyr")
    assert key("عائشة خان") == key("خان عائشة")
    assert key("Anna Nowak") != key("Anna Nowakowska")


def test_phone_numbers_compare_by_digits_with_the_uk_prefix_folded():
    assert duplicates.phone_key("+44 7700 900123") == duplicates.phone_key("07700-900 123")
    assert duplicates.phone_key("+44 (0)7700 900123") == "07700900123"


def test_match_reasons():
    new = Participant(full_name="Hodan Ali", phone="07700 900123", postcode="LS6 2AB")
    assert duplicates.match_reason(new, Participant(full_name="ali hodan")) == (
        duplicates.SAME_NAME)
    assert duplicates.match_reason(new, Participant(full_name="X", phone="+447700900123")) == (
        duplicates.SAME_PHONE)
    assert duplicates.match_reason(new, Participant(full_name="Hodan Warsame",
                                                    postcode="LS6 2AB")) == (
        duplicates.SAME_POSTCODE_AND_NAME)
    assert duplicates.match_reason(new, Participant(full_name="Amina Ali",
                                                    postcode="LS6 2AB")) is None
    assert duplicates.match_reason(Participant(full_name="Hodan"),
                                   Participant(full_name="Hodan Warsame")) is None
