"""The offer and request editors, driven through their real widgets by keyboard and mouse."""

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)

from desktop.core import models
from desktop.core.offers import tags_from_gifts
from desktop.core.taxonomy import load_taxonomy
from desktop.store import drafts
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.offers.offer_screen import OfferScreen
from desktop.gui.offers.request_screen import RequestScreen
from desktop.gui.shell import AppShell
from tests.conftest import PASSPHRASE, agreed_to_keep_record, type_text

BIKES = "I fix everyone’s bikes on our street"
COOKING = "Dysgu coginio cyri i bobl ifanc"
LISTENING = "People say I'm a good listener"


@pytest.fixture
def person(vault):
    """A participant with three gifts, and a second person whose gifts must never show."""
    records = Records(vault)
    participant = agreed_to_keep_record(records, records.add(models.Participant(
        full_name="Hodan Warsame", preferred_name="Hodan")))
    gifts = [records.add(models.Gift(participant_id=participant.id, kind=kind, tag=tag,
                                     own_words=words))
             for kind, tag, words in (("hands", "fixing-bikes", BIKES),
                                      ("teach", "cooking", COOKING),
                                      ("heart", "listening", LISTENING))]
    other = records.add(models.Participant(full_name="Someone Else"))
    records.add(models.Gift(participant_id=other.id, kind="hands", tag="knitting-and-crochet",
                            own_words="I knit hats"))
    return participant, gifts


def show(qtbot, screen):
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    return screen


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key press where the keyboard focus is, as a person at the keyboard would send it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def focused() -> QWidget:
    return QApplication.focusWidget()


def tick_row(qtbot, list_widget, row: int) -> None:
    list_widget.setFocus()
    list_widget.setCurrentRow(row)
    press(qtbot, Qt.Key.Key_Space)


def test_an_offer_made_from_two_gifts_by_keyboard(qtbot, vault, person):
    participant, gifts = person
    screen = show(qtbot, OfferScreen())
    screen.open(vault, participant_id=participant.id)
    ui = screen.ui
    assert ui.title_label.text() == "New offer from Hodan"
    assert ui.gift_list.count() == 3  # only this person's gifts
    assert focused() is ui.title_edit

    # Alt+G goes to the gifts; ticking two fills in their words and their tags.
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert focused() is ui.gift_list
    tick_row(qtbot, ui.gift_list, 0)
    tick_row(qtbot, ui.gift_list, 1)
    assert ui.title_edit.toPlainText() == f"{BIKES}\n{COOKING}"
    expected_tags = tags_from_gifts(gifts[:2], load_taxonomy())
    assert ui.tag_picker.value() == expected_tags
    assert expected_tags[:2] == ["fixing-bikes", "cooking"]

    # Their words, edited by hand in any script.
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert focused() is ui.title_edit
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Return)
    type_text(ui.title_edit, "اور کھانا پکانا سکھا سکتی ہوں — Siân’s café")
    title = f"{BIKES}\n{COOKING}\nاور کھانا پکانا سکھا سکتی ہوں — Siân’s café"
    assert ui.title_edit.toPlainText() == title

    # A tag found by a word people use ("langar") rather than its label.
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert focused() is ui.tag_picker.search_edit
    qtbot.keyClicks(focused(), "langar")
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is ui.tag_picker.list
    assert ui.tag_picker.list.currentItem().text() == "Cooking for big groups"
    press(qtbot, Qt.Key.Key_Space)
    assert ui.tag_picker.value() == [*expected_tags, "catering-for-groups"]
    assert "Cooking for big groups" in ui.tag_picker.chosen_label.text()

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert isinstance(focused().parent(), QComboBox) or focused() is ui.for_whom_combo
    qtbot.keyClicks(focused(), "young people at the youth club")

    # Tuesday and Thursday afternoons, by arrow keys and Space on the grid.
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert focused() is ui.availability_grid.cell("mon", "morning")
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Space,
                Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Space):
        press(qtbot, key)
    assert focused().accessibleName() == "Thursday afternoon, available"

    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(focused(), "fortnightly")
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(focused(), "Brookside community centre")
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    type_text(focused(), "Only with someone I know at first; not mornings")
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    type_text(focused(), "Needs a lift")
    assert ui.status_steps.value() == "draft"

    with qtbot.waitSignal(screen.navigate) as navigated:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert navigated.args == ["person", {"participant_id": participant.id}]

    [offer] = Records(vault).find(models.Offer)
    assert offer.participant_id == participant.id
    assert offer.title == title
    assert offer.tags == [*expected_tags, "catering-for-groups"]
    assert offer.availability == {"tue": ["afternoon"], "thu": ["afternoon"]}
    assert offer.status == "draft"
    assert offer.frequency == "fortnightly"
    assert offer.for_whom == "young people at the youth club"
    assert offer.location == "Brookside community centre"
    assert offer.conditions == "Only with someone I know at first; not mornings"
    assert offer.support_needed == "Needs a lift"
    assert drafts.load(vault, f"offer:new:{participant.id}") is None


def test_unticking_a_gift_takes_back_only_what_it_suggested(qtbot, vault, person):
    participant, _gifts = person
    screen = show(qtbot, OfferScreen())
    screen.open(vault, participant_id=participant.id)
    ui = screen.ui
    tick_row(qtbot, ui.gift_list, 0)
    tick_row(qtbot, ui.gift_list, 2)
    assert ui.title_edit.toPlainText() == f"{BIKES}\n{LISTENING}"
    tick_row(qtbot, ui.gift_list, 2)
    assert ui.title_edit.toPlainText() == BIKES
    assert "listening" not in ui.tag_picker.value()
    # Once the title is rewritten by hand, ticking another gift leaves it alone.
    ui.title_edit.setFocus()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.title_edit, " and mend punctures")
    tick_row(qtbot, ui.gift_list, 1)
    assert ui.title_edit.toPlainText() == f"{BIKES} and mend punctures"
    assert "cooking" in ui.tag_picker.value()


def test_status_moves_draft_agreed_active_and_offers_only_allowed_steps(qtbot, vault, person):
    participant, _gifts = person
    offer = Records(vault).add(models.Offer(participant_id=participant.id, title="Fix bikes"))
    screen = show(qtbot, OfferScreen())
    screen.open(vault, offer_id=offer.id)  # the participant is found from the offer
    steps = screen.ui.status_steps
    assert screen.ui.title_label.text() == "Offer from Hodan"
    assert steps.offered() == ["agreed", "ended"]
    assert not steps.buttons["active"].isVisible()
    assert not steps.undo_button.isVisible()

    steps.buttons["agreed"].setFocus()
    assert steps.buttons["agreed"].text() == "Mark as &agreed"
    press(qtbot, Qt.Key.Key_Space)
    assert steps.value() == "agreed"
    assert steps.offered() == ["draft", "matched", "active", "ended"]
    assert "not saved yet" in steps.status_label.text()
    assert steps.undo_button.isVisible()
    assert focused() in (*steps.buttons.values(), steps.undo_button)

    qtbot.mouseClick(steps.buttons["active"], Qt.MouseButton.LeftButton)
    assert steps.offered() == ["paused", "ended"]
    for hidden in ("draft", "agreed", "matched", "active"):
        assert not steps.buttons[hidden].isVisible()
    with qtbot.waitSignal(screen.navigate):
        qtbot.mouseClick(screen.ui.save_button, Qt.MouseButton.LeftButton)
    assert Records(vault).get(models.Offer, offer.id).status == "active"

    screen.open(vault, offer_id=offer.id)
    assert steps.value() == "active"
    assert steps.offered() == ["paused", "ended"]
    steps.buttons["paused"].click()
    assert steps.offered() == ["active", "ended"]
    assert steps.buttons["active"].text() == "Res&ume (active again)"
    # A slip of the finger is undone before it is saved.
    steps.undo_button.click()
    assert steps.value() == "active"
    assert not steps.undo_button.isVisible()


def test_a_draft_survives_locking_and_comes_back_with_the_typing(qtbot, vault, vault_dir,
                                                                  person):
    participant, _gifts = person
    screen = show(qtbot, OfferScreen())
    screen.open(vault, participant_id=participant.id)
    ui = screen.ui
    tick_row(qtbot, ui.gift_list, 2)
    ui.title_edit.setFocus()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(ui.title_edit, " – ac yn gwrando’n dda")
    ui.availability_grid.setFocus()
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Space)
    ui.status_steps.buttons["agreed"].click()

    screen.close_vault()  # the vault is locking: nothing typed stays on screen
    assert ui.title_edit.toPlainText() == ""
    assert ui.gift_list.count() == 0
    assert ui.availability_grid.value() == {}
    assert ui.title_label.text() == ""
    vault.close()

    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        screen.open(reopened, participant_id=participant.id)
        assert ui.restored_frame.isVisible()
        assert ui.title_edit.toPlainText() == f"{LISTENING} – ac yn gwrando’n dda"
        assert ui.gift_list.value() == [_gifts[2].id]
        assert ui.availability_grid.value() == {"sun": ["morning"]}
        assert ui.status_steps.value() == "agreed"
        # Carry on where they left off; unticking the gift keeps the hand-edited title.
        tick_row(qtbot, ui.gift_list, 2)
        assert ui.title_edit.toPlainText() == f"{LISTENING} – ac yn gwrando’n dda"
        with qtbot.waitSignal(screen.navigate):
            qtbot.keyClick(ui.save_button, Qt.Key.Key_Space)
        [offer] = Records(reopened).find(models.Offer)
        assert offer.title == f"{LISTENING} – ac yn gwrando’n dda"
        assert offer.status == "agreed"
        assert offer.availability == {"sun": ["morning"]}
        assert drafts.load(reopened, f"offer:new:{participant.id}") is None
        screen.close_vault()
    finally:
        reopened.close()


def test_cancel_keeps_the_draft_and_discard_drops_it(qtbot, vault, person, messages):
    participant, _gifts = person
    screen = show(qtbot, OfferScreen())
    screen.open(vault, participant_id=participant.id)
    qtbot.keyClicks(screen.ui.location_edit, "The library")
    with qtbot.waitSignal(screen.navigate) as navigated:
        press(qtbot, Qt.Key.Key_Escape)
    assert navigated.args[0] == "person"
    assert Records(vault).find(models.Offer) == []
    assert drafts.load(vault, f"offer:new:{participant.id}")["location"] == "The library"

    screen.open(vault, participant_id=participant.id)
    assert screen.ui.location_edit.text() == "The library"
    qtbot.mouseClick(screen.ui.discard_button, Qt.MouseButton.LeftButton)
    assert messages.shown and messages.shown[-1][0] == "ask"
    assert screen.ui.location_edit.text() == ""
    assert not screen.ui.restored_frame.isVisible()
    assert drafts.load(vault, f"offer:new:{participant.id}") is None


def test_a_missing_title_is_explained_inline_and_focused(qtbot, vault, person):
    participant, _gifts = person
    screen = show(qtbot, OfferScreen())
    screen.open(vault, participant_id=participant.id)
    screen.ui.location_edit.setFocus()
    qtbot.keyClicks(screen.ui.location_edit, "Anywhere")
    with qtbot.assertNotEmitted(screen.navigate):
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "own words" in screen.ui.message_label.text()
    assert focused() is screen.ui.title_edit
    assert Records(vault).find(models.Offer) == []


def test_an_offer_that_no_longer_exists_says_so(qtbot, vault, person):
    participant, _gifts = person
    offer = Records(vault).add(models.Offer(participant_id=participant.id, title="Gone"))
    Records(vault).delete(models.Offer, offer.id)
    screen = show(qtbot, OfferScreen())
    screen.open(vault, participant_id=participant.id, offer_id=offer.id)
    assert "no longer exists" in screen.ui.message_label.text()
    assert not screen.ui.save_button.isEnabled()


def test_a_request_created_and_saved(qtbot, vault, person):
    participant, _gifts = person
    screen = show(qtbot, RequestScreen())
    screen.open(vault, participant_id=participant.id)
    ui = screen.ui
    assert ui.title_label.text() == "New request from Hodan"
    assert focused() is ui.title_edit
    type_text(ui.title_edit, "Rhywun i fynd i’r siopau gyda fi ar ddydd Gwener")
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(focused(), "shopping")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    type_text(focused(), "Prefers a woman; uses a walking frame")
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(focused(), "Town centre")
    assert ui.status_steps.offered() == ["matched", "closed"]
    with qtbot.waitSignal(screen.navigate):
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [request] = Records(vault).find(models.Request)
    assert request.participant_id == participant.id
    assert request.title == "Rhywun i fynd i’r siopau gyda fi ar ddydd Gwener"
    assert request.tags == ["shopping-errands"]
    assert request.details == "Prefers a woman; uses a walking frame"
    assert request.availability == {"fri": ["morning"]}
    assert request.location == "Town centre"
    assert request.status == "open"
    assert drafts.load(vault, f"request:new:{participant.id}") is None

    screen.open(vault, request_id=request.id)
    assert ui.title_label.text() == "Request from Hodan"
    ui.status_steps.buttons["matched"].click()
    assert ui.status_steps.offered() == ["open", "met", "closed"]
    ui.status_steps.buttons["met"].click()
    assert ui.status_steps.offered() == ["closed"]
    with qtbot.waitSignal(screen.navigate):
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert Records(vault).get(models.Request, request.id).status == "met"


@pytest.mark.parametrize("screen_class", [OfferScreen, RequestScreen])
def test_every_control_has_an_accessible_name(qtbot, vault, person, screen_class):
    participant, _gifts = person
    screen = show(qtbot, screen_class())
    screen.open(vault, participant_id=participant.id)
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit)
    controls = [widget for widget in screen.findChildren(QWidget)
                # Hidden ones too (status steps not offered yet); not Qt's own parts of
                # combo boxes, nor the scroll area's scroll bars.
                if (isinstance(widget, kinds) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus)
                and not isinstance(widget.parent(), QComboBox)
                and not widget.objectName().startswith("qt_")
                and not isinstance(widget, QScrollBar)]
    assert len(controls) > 30  # the walk really saw the form (21 grid cells among them)
    assert [f"{type(widget).__name__} {widget.objectName()}" for widget in controls
            if not widget.accessibleName()] == []


@pytest.mark.parametrize("screen_class", [OfferScreen, RequestScreen])
def test_no_two_visible_controls_share_an_alt_key(qtbot, vault, person, screen_class):
    participant, _gifts = person
    screen = show(qtbot, screen_class())
    screen.open(vault, participant_id=participant.id)
    keys = []
    for widget in screen.findChildren(QLabel) + screen.findChildren(QAbstractButton):
        text = widget.text().replace("&&", "")
        if widget.isVisibleTo(screen) and "&" in text:
            keys.append(text[text.index("&") + 1].casefold())
    assert len(keys) >= 6
    assert len(keys) == len(set(keys)), sorted(keys)


def test_the_shell_returns_to_the_offer_with_the_typing_after_a_lock(qtbot, vault, vault_dir,
                                                                      person):
    participant, _gifts = person
    shell = AppShell()
    qtbot.addWidget(shell)
    shell.show()
    shell.open(vault)
    shell.go("offer", {"participant_id": participant.id})
    screen = shell.screens["offer"]
    assert shell.current is screen
    type_text(screen.ui.title_edit, "Gallaf drwsio beiciau")
    shell.close_vault()
    vault.close()

    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        shell.open(reopened)
        # Screens are made anew after a lock (nothing typed lingers in old widgets).
        screen = shell.screens["offer"]
        assert shell.current is screen
        assert screen.ui.title_edit.toPlainText() == "Gallaf drwsio beiciau"
        shell.close_vault()
    finally:
        reopened.close()


def _tab_walk(qtbot, start: QWidget, steps: int) -> list[str]:
    start.setFocus()
    names = []
    for _ in range(steps):
        widget = focused()
        if isinstance(widget.parent(), QComboBox):
            widget = widget.parent()
        names.append(widget.accessibleName())
        press(qtbot, Qt.Key.Key_Tab)
    return names


def test_tab_follows_reading_order(qtbot, vault, person):
    participant, _gifts = person
    screen = show(qtbot, OfferScreen())
    screen.open(vault, participant_id=participant.id)
    # The card preview beside the form comes after it (its language list is greyed while
    # English is the only card language, and Print and Save wait for print-card consent).
    card = ["Card size", *(["Card language"] if screen.preview.ui.language_combo.isEnabled()
                           else []), "Large print"]
    assert _tab_walk(qtbot, screen.ui.gift_list, 14 + len(card)) == [
        "Their gifts", "What they will offer, in their own words", "Find a tag",
        "Tags to choose from", "For whom", "Monday morning, not available", "How often",
        "Where", "Conditions", "Support needed", "Mark as agreed", "End this offer",
        *card, "Cancel and keep the draft", "Save"]

    request = show(qtbot, RequestScreen())
    request.open(vault, participant_id=participant.id)
    assert _tab_walk(qtbot, request.ui.title_edit, 10) == [
        "What help they are looking for, in their own words", "Find a tag",
        "Tags to choose from", "Details", "Monday morning, not available", "Where",
        "Mark as matched", "Close this request", "Cancel and keep the draft", "Save"]


def test_a_restored_draft_cannot_skip_the_pipeline(qtbot, vault, person):
    participant, _gifts = person
    offer = Records(vault).add(models.Offer(participant_id=participant.id, title="Done",
                                            status="ended"))
    drafts.save(vault, f"offer:{offer.id}", {"title": "Done", "status": "active"})
    screen = show(qtbot, OfferScreen())
    screen.open(vault, offer_id=offer.id)
    assert screen.ui.status_steps.value() == "active"
    with qtbot.assertNotEmitted(screen.navigate):
        qtbot.mouseClick(screen.ui.save_button, Qt.MouseButton.LeftButton)
    assert "cannot go from ended to active" in screen.ui.message_label.text()
    assert Records(vault).get(models.Offer, offer.id).status == "ended"


def test_the_editor_refuses_without_consent_even_when_reached_directly(qtbot, vault, person):
    participant, _gifts = person
    records = Records(vault)
    consent = records.find(models.Consent, "participant_id = ?", [participant.id])[0]
    records.update(models.Consent, consent.id, withdrawn_on=date.today().isoformat())
    screen = show(qtbot, OfferScreen())
    screen.open(vault, participant_id=participant.id)
    assert "not agreed" in screen.ui.message_label.text()
    assert not screen.ui.save_button.isEnabled()
    assert screen.save() is False
    assert records.find(models.Offer, "participant_id = ?", [participant.id]) == []
