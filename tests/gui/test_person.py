"""Adding a person, the person screen, and consent gating: real widgets, by keyboard."""

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from desktop.core import models
from desktop.store import drafts
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common.messages import Messages
from desktop.gui.people.person_screen import PersonScreen
from tests.conftest import PASSPHRASE, type_text

TODAY = date.today().isoformat()
# The test machine has no font with Bengali shaping tables; Qt says so when it lays the text
# out. That is the machine's fonts, not the app: only that message is let through.
BENGALI_FONT = pytest.mark.qt_log_ignore(r"OpenType support missing for .*script 12")


# Every test here may meet a prompt: recorded (conftest's `messages`), never shown.
pytestmark = pytest.mark.usefixtures("messages")


def show(qtbot, vault, **args) -> PersonScreen:
    screen = PersonScreen()
    qtbot.addWidget(screen)
    screen.resize(1146, 700)
    with qtbot.waitActive(screen):  # keyboard shortcuts need the window to be active
        screen.show()
    screen.open(vault, **args)
    return screen


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def focused():
    return QApplication.focusWidget()


def people(vault) -> list[models.Participant]:
    return Records(vault).find(models.Participant)


# ---- adding a person ---------------------------------------------------------------------

def test_bad_inputs_are_explained_inline_then_fixed_and_saved(qtbot, vault):
    screen = show(qtbot, vault)
    form = screen.form.ui
    assert screen.stack.currentWidget() is screen.new_page

    click(qtbot, form.save_button)  # nothing typed at all
    assert "person's name" in form.message_label.text()
    qtbot.waitUntil(lambda: focused() is form.full_name_edit, timeout=2000)
    assert people(vault) == []

    qtbot.keyClicks(form.full_name_edit, "Gareth Price")
    qtbot.keyClicks(form.postcode_edit, "not a postcode")
    click(qtbot, form.save_button)
    assert "postcode" in form.message_label.text()
    assert "LS6 2AB" in form.message_label.text()  # says what would be accepted
    qtbot.waitUntil(lambda: focused() is form.postcode_edit, timeout=2000)
    assert people(vault) == []

    form.postcode_edit.selectAll()
    qtbot.keyClicks(form.postcode_edit, "ls62ab")
    qtbot.keyClicks(form.languages_edit, "Welsh, English")
    # Contact details wait for the person's agreement to be contacted.
    assert not form.phone_edit.isEnabled()
    assert "Being contacted" in form.contact_gate_label.text()
    form.keep_record_check.setFocus()
    qtbot.keyClick(form.keep_record_check, Qt.Key.Key_Space)
    form.contact_check.setFocus()
    qtbot.keyClick(form.contact_check, Qt.Key.Key_Space)
    assert form.phone_edit.isEnabled() and form.contact_gate_label.isHidden()
    qtbot.keyClicks(form.email_edit, "gareth-at-example")
    click(qtbot, form.save_button)
    assert "email" in form.message_label.text()
    qtbot.waitUntil(lambda: focused() is form.email_edit, timeout=2000)

    form.email_edit.clear()
    qtbot.keyClicks(form.email_edit, "gareth@example.org")
    qtbot.keyClicks(form.phone_edit, "07700 900123")
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        qtbot.keyClick(form.full_name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    [person] = people(vault)
    assert opened.args == ["person", {"participant_id": person.id}]
    assert (person.full_name, person.postcode, person.languages, person.email, person.phone) == (
        "Gareth Price", "LS6 2AB", ["Welsh", "English"], "gareth@example.org", "07700 900123")
    assert person.linker_id == vault.staff_id
    consents = Records(vault).find(models.Consent)
    assert {(c.purpose, c.participant_id, c.recorded_by, c.recorded_on) for c in consents} == {
        ("keep-record", person.id, vault.staff_id, TODAY),
        ("contact", person.id, vault.staff_id, TODAY)}
    assert drafts.load(vault, "participant:new") is None


@BENGALI_FONT
@pytest.mark.parametrize("full_name,known_as", [
    ("عائشة خان", "عائشة"), ("রাবেয়া বেগম", "রাবেয়া"), ("Łucja Wiśniewska", "Łucja"),
])
def test_names_in_any_script(qtbot, vault, full_name, known_as):
    screen = show(qtbot, vault)
    form = screen.form.ui
    type_text(form.full_name_edit, full_name)
    type_text(form.preferred_name_edit, known_as)
    with qtbot.waitSignal(screen.navigate, timeout=2000):
        click(qtbot, form.save_button)
    [person] = people(vault)
    assert (person.full_name, person.preferred_name) == (full_name, known_as)


def test_a_likely_duplicate_is_flagged_and_save_anyway_saves(qtbot, vault):
    existing = Records(vault).add(models.Participant(full_name="Łucja Wiśniewska",
                                                     postcode="LS6 2AB"))
    screen = show(qtbot, vault)
    form = screen.form.ui
    qtbot.keyClicks(form.full_name_edit, "lucja  wisniewska")  # no Polish keyboard
    click(qtbot, form.save_button)
    assert not form.duplicate_frame.isHidden()
    assert "Łucja Wiśniewska" in form.duplicate_label.text()
    assert "same name" in form.duplicate_label.text()
    assert len(people(vault)) == 1
    qtbot.waitUntil(lambda: focused() is form.open_existing_button, timeout=2000)

    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        click(qtbot, form.open_existing_button)
    assert opened.args == ["person", {"participant_id": existing.id}]
    assert len(people(vault)) == 1

    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        click(qtbot, form.save_anyway_button)
    assert len(people(vault)) == 2
    new = [p for p in people(vault) if p.id != existing.id][0]
    assert opened.args == ["person", {"participant_id": new.id}]


def test_same_postcode_and_first_name_is_flagged_too(qtbot, vault):
    Records(vault).add(models.Participant(full_name="Hodan Warsame", postcode="LS6 2AB"))
    screen = show(qtbot, vault)
    form = screen.form.ui
    qtbot.keyClicks(form.full_name_edit, "Hodan Ali")
    qtbot.keyClicks(form.postcode_edit, "LS6 2AB")
    click(qtbot, form.save_button)
    assert "same first name and postcode" in form.duplicate_label.text()
    # Changing the name clears the warning: the next save checks again.
    qtbot.keyClicks(form.full_name_edit, "a")
    assert form.duplicate_frame.isHidden()


def test_a_new_person_draft_survives_locking(qtbot, vault_dir, new_vault):
    vault = new_vault[0]
    screen = show(qtbot, vault)
    type_text(screen.form.ui.full_name_edit, "Siân Llŷr")
    qtbot.keyClicks(screen.form.ui.postcode_edit, "CF10 1AA")
    form = screen.form.ui
    form.special_check.setFocus()
    qtbot.keyClick(form.special_check, Qt.Key.Key_Space)
    type_text(form.accessibility_edit, "Step-free access")

    screen.close_vault()  # the vault locks...
    vault.close()
    assert screen.form is None
    vault = Vault.unlock(vault_dir, PASSPHRASE)  # ...and is unlocked again
    try:
        screen.open(vault)
        form = screen.form.ui
        assert form.full_name_edit.text() == "Siân Llŷr"
        assert form.postcode_edit.text() == "CF10 1AA"
        assert form.special_check.isChecked() and form.accessibility_edit.isEnabled()
        assert form.accessibility_edit.toPlainText() == "Step-free access"
        assert not form.restored_label.isHidden()
        with qtbot.waitSignal(screen.navigate, timeout=2000):
            click(qtbot, form.save_button)
        [person] = people(vault)
        assert person.accessibility_needs == "Step-free access"
        assert drafts.load(vault, "participant:new") is None
    finally:
        screen.close_vault()
        vault.close()


def test_cancel_asks_before_throwing_typing_away(qtbot, vault):
    screen = show(qtbot, vault)
    qtbot.keyClicks(screen.form.ui.full_name_edit, "Half typed")
    Messages.next_answer = False
    click(qtbot, screen.form.ui.cancel_button)
    assert drafts.load(vault, "participant:new") is not None
    Messages.next_answer = True
    with qtbot.waitSignal(screen.navigate, timeout=2000) as left:
        qtbot.keyClick(screen.form.ui.full_name_edit, Qt.Key.Key_Escape)
    assert left.args == ["people", {}]
    assert drafts.load(vault, "participant:new") is None


# ---- the person screen -------------------------------------------------------------------

@pytest.fixture
def person(vault) -> models.Participant:
    return Records(vault).add(models.Participant(
        full_name="Hodan Warsame", preferred_name="Hodan", phone="07700 900456",
        languages=["Somali", "English"]))


def gates_closed(screen: PersonScreen) -> bool:
    tabs = screen
    return not (tabs.conversations.start_button.isEnabled()
                or tabs.offers.new_offer_button.isEnabled()
                or tabs.offers.new_request_button.isEnabled())


def record_answer(qtbot, screen: PersonScreen, purpose_label: str) -> None:
    panel = screen.consent_panel.ui
    screen.tabs.setCurrentWidget(screen.consents_page)
    panel.purpose_combo.setFocus()
    qtbot.keyClick(panel.purpose_combo, Qt.Key.Key_Home)
    while panel.purpose_combo.currentText() != purpose_label:
        qtbot.keyClick(panel.purpose_combo, Qt.Key.Key_Down)
    click(qtbot, panel.record_button)


def test_consent_gates_actions_until_given_and_again_after_withdrawal(qtbot, vault, person):
    screen = show(qtbot, vault, participant_id=person.id)
    assert screen.name_label.text() == "Hodan"
    assert screen.full_name_label.text() == "Hodan Warsame"
    assert gates_closed(screen)
    why = screen.conversations.gate_label
    assert not why.isHidden() and "keeping a record" in why.text()
    assert "keeping a record" in screen.banner_label.text()
    assert not screen.form.ui.phone_edit.isEnabled()  # no agreement to be contacted
    assert "contacted" in screen.form.ui.contact_gate_label.text()

    record_answer(qtbot, screen, "Keep a record of them in Offerbook")
    assert not gates_closed(screen)
    assert why.isHidden() and screen.banner_label.isHidden()
    # Sharing is a separate agreement: offers can be shaped, not yet shared.
    assert "shared" in screen.offers.share_label.text()
    assert not screen.introductions.gate_label.isHidden()
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        click(qtbot, screen.conversations.start_button)
    assert opened.args == ["conversation", {"participant_id": person.id}]
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        click(qtbot, screen.offers.new_offer_button)
    assert opened.args == ["offer", {"participant_id": person.id}]
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        click(qtbot, screen.offers.new_request_button)
    assert opened.args == ["request", {"participant_id": person.id}]

    record_answer(qtbot, screen, "Contact them by phone, text, email or a visit")
    assert screen.form.ui.phone_edit.isEnabled()
    record_answer(qtbot, screen, "Share their offer with organisations and other people")
    assert screen.offers.share_label.isHidden() and screen.introductions.gate_label.isHidden()

    [kept] = Records(vault).find(models.Consent, "purpose = 'keep-record'")
    assert (kept.given, kept.method, kept.recorded_on, kept.recorded_by) == (
        True, "spoken", TODAY, vault.staff_id)
    assert kept.expires_on > TODAY

    table = screen.consent_panel.ui.purposes_table
    assert table.item(0, 1).text() == "Agreed"
    table.setFocus()
    table.selectRow(0)
    click(qtbot, screen.consent_panel.ui.withdraw_button)
    assert gates_closed(screen)
    assert "keeping a record" in why.text()
    assert Records(vault).get(models.Consent, kept.id).withdrawn_on == TODAY
    assert table.item(0, 1).text().startswith("Withdrawn")


def test_a_later_no_closes_the_gate(qtbot, vault, person):
    screen = show(qtbot, vault, participant_id=person.id)
    record_answer(qtbot, screen, "Keep a record of them in Offerbook")
    assert not gates_closed(screen)
    panel = screen.consent_panel.ui
    panel.answer_combo.setFocus()
    qtbot.keyClick(panel.answer_combo, Qt.Key.Key_Down)
    assert panel.answer_combo.currentText() == "They said no"
    assert not panel.expires_check.isEnabled()
    record_answer(qtbot, screen, "Keep a record of them in Offerbook")
    assert gates_closed(screen)
    assert panel.purposes_table.item(0, 1).text() == "Said no"


def test_details_are_edited_and_saved(qtbot, vault, person):
    Records(vault).add(models.Consent(participant_id=person.id, purpose="keep-record",
                                      recorded_on=TODAY))
    screen = show(qtbot, vault, participant_id=person.id)
    form = screen.form.ui
    assert form.agreed_group.isHidden()
    assert form.full_name_edit.text() == "Hodan Warsame"
    assert form.languages_edit.text() == "Somali, English"
    form.preferred_name_edit.selectAll()
    qtbot.keyClicks(form.preferred_name_edit, "Xoodan")
    qtbot.keyClicks(form.postcode_edit, "bad")
    click(qtbot, form.save_button)
    assert "postcode" in form.message_label.text()
    form.postcode_edit.clear()
    qtbot.keyClicks(form.postcode_edit, "ls11 5qq")
    click(qtbot, form.save_button)
    assert form.message_label.text() == "Saved."
    saved = Records(vault).get(models.Participant, person.id)
    assert (saved.preferred_name, saved.postcode) == ("Xoodan", "LS11 5QQ")
    assert saved.phone == "07700 900456"  # a locked field is left as it was
    assert screen.name_label.text() == "Xoodan"
    assert drafts.load(vault, f"participant:{person.id}") is None


def test_an_edit_draft_comes_back_and_can_be_undone(qtbot, vault_dir, new_vault, person):
    vault = new_vault[0]
    screen = show(qtbot, vault, participant_id=person.id)
    qtbot.keyClicks(screen.form.ui.preferred_name_edit, " W")
    screen.close_vault()
    vault.close()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        screen.open(vault, participant_id=person.id)
        form = screen.form.ui
        assert form.preferred_name_edit.text() == "Hodan W"
        assert not form.restored_label.isHidden()
        click(qtbot, form.cancel_button)  # "Undo changes"
        assert form.preferred_name_edit.text() == "Hodan"
        assert drafts.load(vault, f"participant:{person.id}") is None
    finally:
        screen.close_vault()
        vault.close()


def test_lists_and_notes(qtbot, vault, person):
    records = Records(vault)
    offer = records.add(models.Offer(participant_id=person.id, title="Teach Somali cooking",
                                     status="agreed"))
    records.add(models.Request(participant_id=person.id, title="Help with forms"))
    conversation = records.add(models.Conversation(participant_id=person.id,
                                                   started_on=TODAY, location="Library"))
    org = records.add(models.Organisation(name="Repair Café"))
    opportunity = records.add(models.Opportunity(organisation_id=org.id, title="Café cook"))
    records.add(models.Introduction(offer_id=offer.id, opportunity_id=opportunity.id,
                                    status="agreed", planned_on=TODAY))
    records.add_many([
        models.Exchange(giver_id=person.id, hours=2, occurred_on=TODAY, description="Cooking"),
        models.Exchange(giver_id="someone", receiver_id=person.id, hours=1.5,
                        occurred_on=TODAY, description="Forms")])
    records.add(models.Wellbeing(participant_id=person.id, recorded_on=TODAY,
                                 life_satisfaction=6, worthwhile=7, happiness=5, anxiety=3))
    records.add(models.Note(participant_id=person.id, body="First note"))
    screen = show(qtbot, vault, participant_id=person.id)

    assert screen.offers.offers.item(0, 0).text() == "Teach Somali cooking"
    assert screen.offers.offers.item(0, 1).text() == "Agreed"
    assert screen.offers.requests.item(0, 0).text() == "Help with forms"
    assert screen.conversations.table.item(0, 1).text() == "In progress"
    assert [screen.introductions.table.item(0, c).text() for c in (0, 1, 2)] == [
        "Teach Somali cooking", "Café cook", "Agreed"]
    assert "given: 2" in screen.hours.total_label.text()
    assert "received: 1.5" in screen.hours.total_label.text()
    assert [screen.wellbeing.table.item(0, c).text() for c in range(1, 5)] == [
        "6", "7", "5", "3"]

    screen.tabs.setCurrentWidget(screen.offers)
    screen.offers.offers.setFocus()
    screen.offers.offers.setCurrentCell(0, 0)
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        qtbot.keyClick(screen.offers.offers, Qt.Key.Key_Return)
    assert opened.args == ["offer", {"participant_id": person.id, "offer_id": offer.id}]
    screen.tabs.setCurrentWidget(screen.conversations)
    screen.conversations.table.setFocus()
    screen.conversations.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        qtbot.keyClick(screen.conversations.table, Qt.Key.Key_Return)
    assert opened.args == ["conversation", {"participant_id": person.id,
                                            "conversation_id": conversation.id}]

    screen.tabs.setCurrentWidget(screen.notes_page)
    notes = screen.notes
    click(qtbot, notes.add_button)  # empty: explained, nothing saved
    assert "note's text" in notes.message_label.text()
    qtbot.keyClicks(notes.note_edit, "Second note")
    assert drafts.load(vault, f"note:{person.id}") == {"body": "Second note"}
    click(qtbot, notes.add_button)
    assert notes.note_edit.toPlainText() == ""
    assert drafts.load(vault, f"note:{person.id}") is None
    assert [n.body for n in records.find(models.Note, order="created_at DESC")] == [
        "Second note", "First note"]
    assert screen.notes.list.item(0).text().endswith("Second note")  # newest first
    assert screen.notes.list.item(1).text().endswith("First note")


def test_a_person_deleted_elsewhere_is_explained(qtbot, vault, person):
    Records(vault).delete(models.Participant, person.id)
    screen = show(qtbot, vault, participant_id=person.id)
    assert screen.stack.currentWidget() is screen.missing_label
    assert "no longer exists" in screen.missing_label.text()


def test_every_control_has_an_accessible_name(qtbot, vault, person):
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QAbstractSpinBox, QLineEdit,
             QPlainTextEdit)
    for args in ({}, {"participant_id": person.id}):
        screen = show(qtbot, vault, **args)
        controls = [w for w in screen.findChildren(QWidget) if isinstance(w, kinds)
                    # Qt's own parts of combo boxes, date edits, tab bars and tables (headers,
                    # corner buttons) are named by Qt.
                    and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox, QTabBar,
                                                    QAbstractItemView))
                    and not w.objectName().startswith("qt_")
                    and w.window() is screen]  # not the combo boxes' popup lists
        assert len(controls) > 10
        assert [w.objectName() or type(w).__name__ for w in controls
                if not w.accessibleName()] == []


def test_in_the_app_ctrl_n_adds_a_person_who_then_opens(qtbot, vault):
    """The whole path in the real shell: register, Ctrl+N, the form, saving, the person."""
    from desktop.gui.shell import AppShell

    shell = AppShell()
    qtbot.addWidget(shell)
    shell.resize(1366, 740)
    with qtbot.waitActive(shell):
        shell.show()
    shell.open(vault)
    shell.go("people")
    register = shell.screens["people"]
    qtbot.keyClick(register.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    screen = shell.screens["person"]
    assert shell.current is screen and screen.stack.currentWidget() is screen.new_page
    type_text(screen.form.ui.full_name_edit, "Dafydd ap Siôn")
    # A mnemonic "animates" the click, so the save lands a moment after the key press.
    qtbot.keyClick(screen.form.ui.full_name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.profile, timeout=2000)
    [person] = people(vault)
    assert shell.current is screen and screen.stack.currentWidget() is screen.profile
    assert screen.name_label.text() == "Dafydd ap Siôn"
    assert drafts.load_place(vault) == {"screen": "person", "participant_id": person.id}

    shell.go("people")
    qtbot.keyClicks(register.search_edit, "dafydd")
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=2000)
    qtbot.keyClick(register.search_edit, Qt.Key.Key_Return)
    assert shell.current is screen and screen.file.person.id == person.id
    shell.close_vault()
