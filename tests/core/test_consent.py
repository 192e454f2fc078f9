"""What counts as consent today: the latest answer per purpose, unless withdrawn or expired."""

from datetime import date

import pytest

from desktop.core import consent
from desktop.core.models import CONSENT_PURPOSES, Consent

TODAY = date(2026, 3, 31)


def given(purpose="keep-record", on="2026-01-10", **kw) -> Consent:
    return Consent(participant_id="p1", purpose=purpose, recorded_on=on,
                   created_at=kw.pop("created_at", f"{on}T09:00:00.000+00:00"), **kw)


def test_every_purpose_is_listed_and_none_is_given_by_default():
    current = consent.current_consents([], TODAY)
    assert set(current) == set(CONSENT_PURPOSES)
    assert all(value is None for value in current.values())


def test_a_given_consent_is_in_force():
    record = given()
    current = consent.current_consents([record], TODAY)
    assert current["keep-record"] is record
    assert current["contact"] is None


def test_expiry_day_is_the_day_to_ask_again():
    record = given(expires_on="2026-03-31")
    assert consent.current_consents([record], date(2026, 3, 30))["keep-record"] is record
    assert consent.current_consents([record], TODAY)["keep-record"] is None
    assert consent.state(record, TODAY) == consent.EXPIRED


def test_withdrawal_takes_effect_on_its_day():
    record = given(withdrawn_on="2026-03-31")
    assert consent.current_consents([record], date(2026, 3, 30))["keep-record"] is record
    assert consent.current_consents([record], TODAY)["keep-record"] is None
    assert consent.state(record, TODAY) == consent.WITHDRAWN


def test_latest_answer_wins_a_later_no_overrides_an_earlier_yes():
    yes = given(on="2026-01-10")
    no = given(on="2026-02-01", given=False)
    assert consent.current_consents([no, yes], TODAY)["keep-record"] is None
    assert consent.state(consent.latest_answers([yes, no], TODAY)["keep-record"],
                         TODAY) == consent.REFUSED


def test_latest_answer_wins_a_new_yes_after_withdrawal():
    withdrawn = given(on="2026-01-10", withdrawn_on="2026-02-01")
    again = given(on="2026-03-01")
    assert consent.current_consents([again, withdrawn], TODAY)["keep-record"] is again


def test_same_day_the_one_recorded_later_wins():
    morning = given(created_at="2026-03-01T09:00:00.000+00:00", on="2026-03-01")
    afternoon = given(created_at="2026-03-01T15:00:00.000+00:00", on="2026-03-01",
                      given=False)
    assert consent.current_consents([afternoon, morning], TODAY)["keep-record"] is None


def test_an_answer_dated_in_the_future_does_not_count_yet():
    record = given(on="2026-04-02")
    assert consent.current_consents([record], TODAY)["keep-record"] is None


def test_deleted_records_and_unknown_purposes_are_ignored():
    deleted = given(deleted=True)
    odd = given(purpose="telepathy")
    assert consent.current_consents([deleted, odd], TODAY)["keep-record"] is None


def test_purposes_are_kept_apart():
    contact = given("contact")
    current = consent.current_consents([contact], TODAY)
    assert current["contact"] is contact and current["keep-record"] is None


@pytest.mark.parametrize("action,purpose", [
    ("start-conversation", "keep-record"), ("new-offer", "keep-record"),
    ("new-request", "keep-record"), ("contact-details", "contact"),
    ("share-offer", "share-with-organisations"), ("special-category", "special-category"),
])
def test_actions_are_blocked_until_their_purpose_is_given(action, purpose):
    assert consent.blocked(action, consent.current_consents([], TODAY)) == purpose
    current = consent.current_consents([given(purpose)], TODAY)
    assert consent.blocked(action, current) is None


def test_every_purpose_has_a_label_and_an_explanation():
    for purpose in CONSENT_PURPOSES:
        assert consent.PURPOSE_LABELS[purpose]
        assert consent.requires(purpose).endswith(".")
    assert "Consents tab" in consent.requires("keep-record")
