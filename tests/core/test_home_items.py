"""The small rules behind the home screen and drop-in mode."""

from datetime import date

from desktop.core.home_items import days_overdue, display_name, is_half_hour_step, parse_draft_key


def test_display_name_adds_what_people_are_called_when_it_is_new():
    assert display_name("Hodan Warsame", "Hodan") == "Hodan Warsame"
    assert display_name("عائشہ خان", "Aisha") == "عائشہ خان (Aisha)"
    assert display_name("Margaret Jones", "peggy") == "Margaret Jones (peggy)"
    assert display_name("", "Sami") == "Sami"


def test_parse_draft_key():
    assert parse_draft_key("participant:new") == ("participant", None, None)
    assert parse_draft_key("participant:p1") == ("participant", "p1", "p1")
    assert parse_draft_key("offer:o1") == ("offer", "o1", None)
    assert parse_draft_key("offer:new:p1") == ("offer", None, "p1")
    assert parse_draft_key("hours:p1") == ("hours", None, "p1")
    assert parse_draft_key("settings") == ("other", None, None)


def test_days_overdue():
    today = date(2026, 11, 20)
    assert days_overdue("2026-11-17", today) == 3
    assert days_overdue("2026-11-20", today) == 0
    assert days_overdue("2026-11-25", today) == 0
    assert days_overdue("not a date", today) == 0


def test_half_hour_steps():
    assert is_half_hour_step(0.5) and is_half_hour_step(1.0) and is_half_hour_step(7.5)
    assert not is_half_hour_step(1.3)
    assert not is_half_hour_step(0)
