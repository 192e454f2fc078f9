"""Records: every write is the row, its audit line and its outbox change, in one transaction."""

import json
import unicodedata

import pytest
import sqlcipher3

from desktop.core import models
from desktop.core.errors import NotFound, ValidationError
from desktop.core.hlc import Stamp
from desktop.core.validation import LONG_TEXT_MAX
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.conftest import query


def bookkeeping(vault: Vault, row_id: str) -> tuple[list, list]:
    """The audit actions and outbox field sets written for one row, oldest first."""
    audits = query(vault, "SELECT action, fields FROM audit_log WHERE row_id = ? ORDER BY id",
                   (row_id,))
    changes = [json.loads(f) for (f,) in query(
        vault, "SELECT fields FROM outbox WHERE row_id = ? ORDER BY seq", (row_id,))]
    return audits, changes


def totals(vault: Vault) -> tuple[int, int, int]:
    with vault.reading() as conn:
        one = conn.execute
        return (one("SELECT count(*) FROM participants").fetchone()[0],
                one("SELECT count(*) FROM audit_log").fetchone()[0],
                one("SELECT count(*) FROM outbox").fetchone()[0])


def person(vault: Vault, name: str = "Aisha Rahman", **values) -> models.Participant:
    return Records(vault).add(models.Participant(full_name=name, **values))


# ---- one row, one audit line, one outbox change -------------------------------------------------

def test_add_update_delete_each_write_one_audit_and_one_outbox_row(vault):
    records = Records(vault)
    p = person(vault)
    audits, changes = bookkeeping(vault, p.id)
    assert [a for a, _ in audits] == ["create"] and len(changes) == 1
    assert changes[0] == {"*": None}  # a new record: every field, no base

    records.update(models.Participant, p.id, phone="0113 496 0000")
    audits, changes = bookkeeping(vault, p.id)
    assert audits[-1] == ("update", "phone") and len(audits) == 2
    assert set(changes[-1]) == {"phone"} and len(changes) == 2

    records.delete(models.Participant, p.id)
    records.delete(models.Participant, p.id)  # deleting a tombstone again writes nothing
    audits, changes = bookkeeping(vault, p.id)
    assert audits[-1] == ("delete", "deleted") and len(audits) == 3
    assert set(changes[-1]) == {"deleted"} and len(changes) == 3


def test_an_update_that_changes_nothing_writes_nothing(vault):
    p = person(vault, postcode="LS6 2AB")
    before = totals(vault)
    Records(vault).update(models.Participant, p.id, full_name="  Aisha Rahman ",
                          postcode="ls62ab")  # the same once cleaned
    assert totals(vault) == before


def test_a_failure_inside_a_transaction_leaves_no_row_audit_or_outbox(vault):
    records = Records(vault)
    existing = person(vault)
    before = totals(vault)
    ghost = models.Participant(full_name="Never Saved")
    with pytest.raises(RuntimeError):
        with vault.transaction():
            records.add(ghost)
            records.update(models.Participant, existing.id, phone="0113 000 0000")
            assert totals(vault) != before  # written, until the failure below
            raise RuntimeError("power cut")
    assert totals(vault) == before
    assert bookkeeping(vault, ghost.id) == ([], [])
    assert records.get(models.Participant, existing.id).phone == ""


def test_a_failure_part_way_through_a_batch_writes_none_of_it(vault):
    existing = person(vault)
    before = totals(vault)
    batch = [models.Participant(full_name="First Of Batch"),
             models.Participant(id=existing.id, full_name="Duplicate Id")]
    with pytest.raises(sqlcipher3.IntegrityError):  # a refused row, not "the vault is damaged"
        Records(vault).add_many(batch)
    assert totals(vault) == before
    assert bookkeeping(vault, batch[0].id) == ([], [])


def test_a_validation_error_writes_nothing(vault):
    records = Records(vault)
    p = person(vault)
    before = totals(vault)
    with pytest.raises(ValidationError):
        records.update(models.Participant, p.id, phone="0113", email="not an address")
    with pytest.raises(ValidationError):
        records.add(models.Participant(full_name=""))
    assert totals(vault) == before
    assert records.get(models.Participant, p.id).phone == ""


# ---- clocks -------------------------------------------------------------------------------------

def test_each_change_carries_the_previous_stamp_as_its_base(vault):
    records = Records(vault)
    p = person(vault)
    created = p.updated_hlc
    first = records.update(models.Participant, p.id, phone="1").updated_hlc
    second = records.update(models.Participant, p.id, phone="2").updated_hlc
    records.update(models.Participant, p.id, email="a@example.org")
    _, changes = bookkeeping(vault, p.id)
    assert changes[1:] == [{"phone": created}, {"phone": first}, {"email": created}]
    field_hlc = json.loads(query(vault, "SELECT field_hlc FROM participants WHERE id = ?",
                                 (p.id,))[0][0])
    assert field_hlc["phone"] == second and field_hlc["full_name"] == created
    assert created < first < second < field_hlc["email"]


def test_outbox_stamps_strictly_increase_and_the_clock_survives_reopening(vault, vault_dir):
    records = Records(vault)
    ids = [person(vault, f"Person {i}").id for i in range(10)]
    for row_id in ids:
        records.update(models.Participant, row_id, phone="07700 900000")
    key = vault.data_key
    vault.close()
    with Vault.open_with_key(vault_dir, key) as again:
        last = again.clock.last
        stamps = [Stamp.parse(h) for (h,) in
                  query(again, "SELECT hlc FROM outbox ORDER BY seq")]
        assert last == stamps[-1]  # persisted with the last write
        Records(again).delete(models.Participant, ids[0])
        stamps += [Stamp.parse(h) for (h,) in query(
            again, "SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1")]
    assert all(a < b for a, b in zip(stamps, stamps[1:]))
    assert len(stamps) == 1 + 10 + 10 + 1  # the coordinator, 10 adds, 10 updates, 1 delete


# ---- tombstones and notes -------------------------------------------------------------------

def test_delete_leaves_a_tombstone(vault):
    records = Records(vault)
    p = person(vault)
    records.delete(models.Participant, p.id)
    with pytest.raises(NotFound):
        records.get(models.Participant, p.id)
    with pytest.raises(NotFound):
        records.update(models.Participant, p.id, phone="1")
    assert records.get(models.Participant, p.id, include_deleted=True).deleted
    assert records.find(models.Participant) == [] and records.count(models.Participant) == 0


def test_notes_cannot_be_edited(vault):
    p = person(vault)
    records = Records(vault)
    note = records.add(models.Note(participant_id=p.id, body="First visit went well."))
    before = totals(vault)
    with pytest.raises(ValidationError):
        records.update(models.Note, note.id, body="Rewritten history.")
    assert totals(vault) == before
    assert records.get(models.Note, note.id).body == "First visit went well."


def test_the_audit_log_is_append_only(vault):
    person(vault)
    for sql in ("UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log"):
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            with vault.transaction() as conn:
                conn.execute(sql)
    assert query(vault, "SELECT count(*) FROM audit_log WHERE action = 'create'") == [(2,)]


# ---- what people type -------------------------------------------------------------------------

def test_json_fields_round_trip(vault):
    records = Records(vault)
    p = person(vault, languages=["Cymraeg", "اردو", "ਪੰਜਾਬੀ"])
    answers = {"hands": {"gift": "Ich backe Brot für alle", "rating": 4, "ok": True},
               "heart": ["家人", "مجتمع"], "empty": {}, "none": None}
    c = records.add(models.Conversation(participant_id=p.id, answers=answers,
                                        present=["Aisha", "Siân"]))
    o = records.add(models.Offer(participant_id=p.id, title="Teaching Somali cooking",
                                 tags=["food", "teach"],
                                 availability={"mon": ["am", "pm"], "sat": []}))
    assert records.get(models.Participant, p.id).languages == ["Cymraeg", "اردو", "ਪੰਜਾਬੀ"]
    again = records.get(models.Conversation, c.id)
    assert again.answers == answers and again.present == ["Aisha", "Siân"]
    offer = records.get(models.Offer, o.id)
    assert offer.tags == ["food", "teach"] and offer.availability == {"mon": ["am", "pm"],
                                                                      "sat": []}


LONG_SCRIPTS = {
    "arabic": "كان يوم الثلاثاء هادئا في المركز المجتمعي. ",
    "bengali": "আজ কমিউনিটি সেন্টারে আমরা রান্না শিখলাম। ",
    "chinese": "今天在社区中心我们一起学习了做饭和园艺。",
}


@pytest.mark.parametrize("script", LONG_SCRIPTS)
def test_a_long_note_in_any_script_is_kept_exactly(vault, script):
    body = (LONG_SCRIPTS[script] * LONG_TEXT_MAX)[:LONG_TEXT_MAX - 1] + "."
    assert len(body) == LONG_TEXT_MAX and unicodedata.is_normalized("NFC", body)
    records = Records(vault)
    p = person(vault)
    note = records.add(models.Note(participant_id=p.id, body=body))
    assert records.get(models.Note, note.id).body == body
    with pytest.raises(ValidationError) as caught:
        records.add(models.Note(participant_id=p.id, body=body + "x"))
    assert caught.value.field == "body" and "body" in str(caught.value)
    assert body[:20] not in str(caught.value)


NAMES = {
    "polish": "Zażółć Gęślą Jaźń",
    "welsh": "Gwenllian ap Dafydd Ŵyn Ŷs",
    "arabic": "فاطمة الزهراء",
    "urdu": "عائشہ پروین",
    "bengali": "রবীন্দ্রনাথ ঠাকুর",
    "gurmukhi": "ਗੁਰਪ੍ਰੀਤ ਕੌਰ",
    "chinese": "王秀英",
    "somali": "Cabdullaahi Xasan Maxamuud",
    "vietnamese": "Nguyễn Thị Hương",
}


@pytest.mark.parametrize("script", NAMES)
def test_names_in_every_script_round_trip_normalised(vault, vault_dir, script):
    name = NAMES[script]
    typed = unicodedata.normalize("NFD", name)  # as some keyboards and pastes deliver it
    assert unicodedata.is_normalized("NFC", name)
    p = person(vault, typed, preferred_name=f" {typed} ")
    key = vault.data_key
    vault.close()
    with Vault.open_with_key(vault_dir, key) as again:
        stored = Records(again).get(models.Participant, p.id)
        assert stored.full_name == name and stored.preferred_name == name
        assert Records(again).find(models.Participant, "full_name = ?", [name]) == [stored]
