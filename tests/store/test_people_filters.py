"""Register filters and the likely-duplicate lookup, against a real vault."""

from desktop.core import models
from desktop.store import people_filters
from desktop.store.records import Records


def test_likely_duplicates_by_name_phone_and_postcode(vault):
    records = Records(vault)
    lucja = records.add(models.Participant(full_name="Łucja Wiśniewska"))
    phone = records.add(models.Participant(full_name="Someone", phone="+44 (0)7700 900123"))
    postcode = records.add(models.Participant(full_name="Hodan Warsame", postcode="LS6 2AB"))
    records.add(models.Participant(full_name="Hodan Ali", postcode="LS7 1AA"))

    def found(**fields):
        person = models.Participant(**fields)
        return [(p.id, why) for p, why in people_filters.likely_duplicates(vault, person)]

    assert found(full_name="Lucja Wisniewska") == [(lucja.id, "same-name")]
    for typed in ("07700900123", "+44 7700 900123", "07700-900-123"):
        assert found(full_name="New Person", phone=typed) == [(phone.id, "same-phone")]
    assert found(full_name="New Person", phone="01632 900123") == []
    assert found(full_name="Hodan Noor", postcode="LS6 2AB") == [
        (postcode.id, "same-postcode-name")]
    assert found(full_name="Amina Noor", postcode="LS6 2AB") == []


def test_filters_combine(vault):
    records = Records(vault)
    staff = records.add(models.Staff(name="Linker"))
    mine = records.add(models.Participant(full_name="Ann Mine", linker_id=staff.id))
    records.add(models.Participant(full_name="Ann Other", status="closed"))
    records.add(models.FollowUp(participant_id=mine.id, due_on="2026-01-01"))

    def names(text="", **filters):
        return [row.full_name for row in people_filters.search(
            vault, text, people_filters.Filters(**filters), today="2026-01-02")]

    assert names("ann", linker_id=staff.id) == ["Ann Mine"]
    assert names(status="closed") == ["Ann Other"]
    assert names(follow_up_due=True) == ["Ann Mine"]
    assert names("ann", follow_up_due=True) == ["Ann Mine"]
    assert names("other", follow_up_due=True) == []
