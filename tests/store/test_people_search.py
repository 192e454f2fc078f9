"""People search: names in any script, prefixes, gifts and offers."""

from desktop.core import models
from desktop.store import people
from desktop.store.records import Records


def _add(vault, *names):
    records = Records(vault)
    return [records.add(models.Participant(full_name=name)) for name in names]


def test_a_chinese_given_name_finds_the_person(vault):
    _add(vault, "王小明", "李明", "Hodan Warsame")
    assert [r.full_name for r in people.search(vault, "小明")] == ["王小明"]
    assert {r.full_name for r in people.search(vault, "王")} == {"王小明"}


def test_prefixes_in_several_scripts(vault):
    _add(vault, "Łucja Wiśniewska", "عائشہ خان", "রহিমা বেগম", "Siân Llŷr")
    assert [r.full_name for r in people.search(vault, "Wiś")] == ["Łucja Wiśniewska"]
    assert [r.full_name for r in people.search(vault, "wis")] == ["Łucja Wiśniewska"]
    assert [r.full_name for r in people.search(vault, "عائ")] == ["عائشہ خان"]
    assert [r.full_name for r in people.search(vault, "রহি")] == ["রহিমা বেগম"]
    assert [r.full_name for r in people.search(vault, "sian")] == ["Siân Llŷr"]


def test_what_people_type_is_never_query_syntax(vault):
    _add(vault, "Hodan Warsame")
    for text in ('"', "*", "NEAR(", "{names}:", "a OR b", "%", "_", "\\"):
        people.search(vault, text)  # no error


def test_names_come_before_gift_matches(vault):
    cook, other = _add(vault, "Cookson Ade", "Hodan Warsame")
    Records(vault).add(models.Gift(participant_id=other.id, kind="hands", tag="cooking",
                                   own_words="I cook for the whole street"))
    assert [r.full_name for r in people.search(vault, "cook")] == ["Cookson Ade",
                                                                    "Hodan Warsame"]
