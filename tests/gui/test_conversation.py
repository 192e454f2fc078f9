"""The capabilities conversation, through the real widgets: typed, ticked, paused, resumed."""

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from desktop.core import models
from desktop.store import drafts
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.conversation.conversation_screen import ConversationScreen, form_key
from desktop.gui.conversation.conversation_widgets import ChoicePrompt, GiftsPrompt
from tests.conftest import PASSPHRASE, agreed_to_keep_record, type_text

LEFT = Qt.MouseButton.LeftButton
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def person(vault) -> models.Participant:
    records = Records(vault)
    return agreed_to_keep_record(records, records.add(models.Participant(
        full_name="Łucja Wiśniewska", preferred_name="Łucja")))


@pytest.fixture
def open_screen(qtbot):
    """Opens a fresh ConversationScreen, shown and active; `.went` records navigation."""

    def make(vault: Vault, **args) -> ConversationScreen:
        screen = ConversationScreen()
        qtbot.addWidget(screen)
        screen.went = []
        screen.navigate.connect(lambda name, where: screen.went.append((name, where)))
        screen.resize(1366, 768)
        screen.show()
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)
        screen.open(vault, **args)
        return screen

    return make


# ---- helpers: find the real widgets a person would use -------------------------------------

def box(screen: ConversationScreen, prompt_id: str) -> QWidget:
    for page in screen.pages.values():
        if prompt_id in page.inputs:
            return page.inputs[prompt_id]
    raise KeyError(prompt_id)


def choice(screen, prompt_id: str, text: str) -> QAbstractButton:
    widget = box(screen, prompt_id)
    assert isinstance(widget, ChoicePrompt)
    return next(button for button in widget.buttons if button.text() == text)


def chip(screen, prompt_id: str, tag: str) -> QAbstractButton:
    widget = box(screen, prompt_id)
    assert isinstance(widget, GiftsPrompt)
    return next(c for c in widget.chips(tag) if c.isVisible())


def words(screen, prompt_id: str, tag: str) -> QLineEdit:
    edit = box(screen, prompt_id).words_edit(tag)
    assert edit is not None, f"{tag} is not picked"
    return edit


def state_of(screen, section_id: str) -> str:
    section_list: QListWidget = screen.ui.section_list
    for row in range(section_list.count()):
        item = section_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == section_id:
            return item.data(Qt.ItemDataRole.AccessibleTextRole).split(": ")[-1]
    raise KeyError(section_id)


def the_conversation(vault) -> models.Conversation:
    [conversation] = Records(vault).find(models.Conversation)
    return conversation


def gifts_in(vault) -> set[tuple[str, str, str]]:
    return {(g.kind, g.tag, g.own_words) for g in Records(vault).find(models.Gift)}


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def go(qtbot, screen, section_id: str) -> None:
    """Click a section in the side list."""
    section_list = screen.ui.section_list
    row = screen.template.section_ids().index(section_id)
    rect = section_list.visualItemRect(section_list.item(row))
    qtbot.mouseClick(section_list.viewport(), LEFT, pos=rect.center())
    assert screen.current == section_id


# ---- the whole conversation -----------------------------------------------------------------

def test_new_conversation_is_created_for_the_person(vault, person, open_screen):
    screen = open_screen(vault, participant_id=person.id)
    conversation = the_conversation(vault)
    assert conversation.participant_id == person.id
    assert conversation.status == "in-progress"
    assert conversation.staff_id == vault.staff_id
    assert (conversation.template_id, conversation.template_version) == (
        "capabilities-default", 1)
    assert conversation.started_on == date.today().isoformat()
    assert screen.current == conversation.current_section == "welcome"
    assert screen.place() == {"screen": "conversation", "participant_id": person.id,
                              "conversation_id": conversation.id}
    assert "Łucja" in screen.ui.title_label.text()
    assert screen.window().windowTitle() == ""  # no personal data in a title
    assert not screen.ui.back_button.isEnabled() and not screen.ui.finish_button.isVisible()


def test_whole_conversation_paused_resumed_and_finished(qtbot, vault, person, open_screen):
    screen = open_screen(vault, participant_id=person.id)
    cid = the_conversation(vault).id

    # Welcome: who is here (stored as present), language, consent, feelings.
    click(qtbot, choice(screen, "present", "Participant"))
    click(qtbot, choice(screen, "present", "Family member"))
    type_text(box(screen, "language"), "Polski, trochę English")
    radio = choice(screen, "consent-reminder", "Yes, that's fine")
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    feeling = box(screen, "how-feeling")
    feeling.setFocus()
    type_text(feeling, "Trochę zdenerwowana, but OK")
    qtbot.keyClick(feeling, Qt.Key.Key_Right, ALT)  # Alt+Right: next section
    assert screen.current == "what-you-enjoy"
    assert state_of(screen, "welcome") == "done"

    enjoy = box(screen, "enjoy")
    assert enjoy.hasFocus()  # the page's first box is ready for typing
    type_text(enjoy, "Gardening, and fixing bikes with my grandson — Łódź style")
    click(qtbot, screen.ui.next_button)

    # Head: an idea card with their words, and one found by a word they used.
    assert screen.current == "head"
    click(qtbot, chip(screen, "head-gifts", "it-help"))
    type_text(words(screen, "head-gifts", "it-help"), "Naprawiam telefony sąsiadów")
    qtbot.keyClicks(box(screen, "head-gifts").find_edit, "translat")
    click(qtbot, chip(screen, "head-gifts", "interpreting"))
    qtbot.keyClick(screen.ui.next_button, Qt.Key.Key_Space)

    # Hands: a card heard in what they said earlier, and an idea card.
    assert screen.current == "hands"
    heard = chip(screen, "hands-gifts", "gardening")
    assert heard.parent() is box(screen, "hands-gifts").heard_box
    assert box(screen, "hands-gifts").heard_label.isVisible()
    click(qtbot, heard)
    click(qtbot, chip(screen, "hands-gifts", "fixing-bikes"))
    type_text(words(screen, "hands-gifts", "fixing-bikes"), "Rowery, punctures mostly")
    click(qtbot, chip(screen, "hands-gifts", "sewing"))
    qtbot.keyClick(screen.ui.next_button, Qt.Key.Key_PageDown, CTRL)

    # Heart: skipped for today.
    assert screen.current == "heart"
    click(qtbot, screen.ui.skip_button)
    assert screen.current == "teach"
    assert state_of(screen, "heart") == "skipped"
    assert "Skipped" in screen.ui.message_label.text()

    click(qtbot, chip(screen, "teach-gifts", "cooking"))
    type_text(words(screen, "teach-gifts", "cooking"), "Pokażę, jak robić pierogi")
    click(qtbot, screen.ui.next_button)
    click(qtbot, chip(screen, "learn-gifts", "swimming"))
    click(qtbot, screen.ui.next_button)

    # Who you know: typed but not moved on from; then pause for today.
    assert screen.current == "who-you-know"
    type_text(box(screen, "people"), "Sąsiadka Grażyna, the Polish club")
    click(qtbot, screen.ui.pause_button)
    assert screen.went == [("person", {"participant_id": person.id})]
    conversation = the_conversation(vault)
    assert conversation.status == "paused"
    assert conversation.current_section == "who-you-know"
    assert conversation.present == ["Participant", "Family member"]
    assert conversation.answers["people"] == "Sąsiadka Grażyna, the Polish club"
    assert conversation.answers["consent-reminder"] == "Yes, that's fine"
    assert drafts.load(vault, form_key(cid)) is None  # the record holds it all now
    expected = {("head", "it-help", "Naprawiam telefony sąsiadów"),
                ("head", "interpreting", ""),
                ("hands", "fixing-bikes", "Rowery, punctures mostly"),
                ("hands", "gardening", ""),
                ("hands", "sewing", ""),
                ("teach", "cooking", "Pokażę, jak robić pierogi"),
                ("learn", "swimming", "")}
    assert gifts_in(vault) == expected
    assert {g.conversation_id for g in Records(vault).find(models.Gift)} == {cid}
    assert {g.participant_id for g in Records(vault).find(models.Gift)} == {person.id}

    # Another day, a fresh screen: exactly where it was left, everything typed intact.
    screen = open_screen(vault, participant_id=person.id, conversation_id=cid)
    assert screen.current == "who-you-know"
    assert screen.ui.section_stack.currentWidget() is screen.pages["who-you-know"]
    assert box(screen, "people").toPlainText() == "Sąsiadka Grażyna, the Polish club"
    assert box(screen, "language").toPlainText() == "Polski, trochę English"
    assert choice(screen, "present", "Family member").isChecked()
    assert not choice(screen, "present", "Carer").isChecked()
    assert words(screen, "teach-gifts", "cooking").text() == "Pokażę, jak robić pierogi"
    assert state_of(screen, "heart") == "skipped"
    assert state_of(screen, "hands") == "done"
    assert the_conversation(vault).status == "in-progress"

    # Back goes to the previous section with its cards still ticked; then on to the end.
    qtbot.keyClick(box(screen, "people"), Qt.Key.Key_PageUp, CTRL)
    assert screen.current == "learn"
    assert chip(screen, "learn-gifts", "swimming").isChecked()
    click(qtbot, screen.ui.next_button)
    click(qtbot, screen.ui.next_button)
    assert screen.current == "seeking-help"
    type_text(box(screen, "help-wanted"), "Listy z urzędu — letters from the council")
    click(qtbot, choice(screen, "help-areas", "Forms and letters"))
    click(qtbot, screen.ui.next_button)
    type_text(box(screen, "offer-what"), "Pierogi afternoon for neighbours")
    click(qtbot, chip(screen, "offer-tags", "cooking"))
    click(qtbot, choice(screen, "offer-how-often", "Once a month"))
    click(qtbot, screen.ui.next_button)
    assert screen.current == "next-steps"
    assert screen.ui.finish_button.isVisible() and not screen.ui.next_button.isVisible()
    assert not screen.ui.skip_button.isEnabled()
    click(qtbot, choice(screen, "card", "Yes, please"))
    click(qtbot, screen.ui.finish_button)

    conversation = the_conversation(vault)
    assert conversation.status == "completed"
    assert conversation.completed_on == date.today().isoformat()
    assert conversation.current_section == "next-steps"
    assert conversation.answers["help-areas"] == ["Forms and letters"]
    assert conversation.answers["offer-how-often"] == "Once a month"
    assert conversation.answers["card"] == "Yes, please"
    assert conversation.answers["help-wanted"] == "Listy z urzędu — letters from the council"
    assert screen.went == [("person", {"participant_id": person.id})]
    assert drafts.load(vault, form_key(cid)) is None
    assert gifts_in(vault) == expected | {("hands", "cooking", "")}


def test_back_and_skip(qtbot, vault, person, open_screen):
    screen = open_screen(vault, participant_id=person.id)
    click(qtbot, screen.ui.skip_button)
    click(qtbot, screen.ui.skip_button)
    assert screen.current == "head"
    assert [state_of(screen, s) for s in ("welcome", "what-you-enjoy", "head", "hands")] == [
        "skipped", "skipped", "now", "to come"]
    assert the_conversation(vault).current_section == "head"
    assert "1 of" not in screen.ui.progress_label.text()
    assert "Section 3 of 11" in screen.ui.progress_label.text()

    click(qtbot, screen.ui.back_button)
    assert screen.current == "what-you-enjoy"
    type_text(box(screen, "proud"), "Raising three kids on my own")
    click(qtbot, screen.ui.skip_button)  # skipping keeps what was written
    assert screen.current == "head"
    assert state_of(screen, "what-you-enjoy") == "done"
    assert the_conversation(vault).answers["proud"] == "Raising three kids on my own"
    qtbot.keyClick(screen.ui.section_list, Qt.Key.Key_Left, ALT)
    qtbot.keyClick(screen.ui.section_list, Qt.Key.Key_Left, ALT)
    assert screen.current == "welcome"
    qtbot.keyClick(screen.ui.section_list, Qt.Key.Key_Left, ALT)  # nothing before welcome
    assert screen.current == "welcome"

    # The section list jumps anywhere, by mouse or by Enter.
    section_list = screen.ui.section_list
    rect = section_list.visualItemRect(section_list.item(9))
    qtbot.mouseClick(section_list.viewport(), LEFT, pos=rect.center())
    assert screen.current == "shaping-an-offer"
    section_list.setFocus()
    section_list.setCurrentRow(4)
    qtbot.keyClick(section_list, Qt.Key.Key_Return)
    assert screen.current == "heart"
    assert the_conversation(vault).current_section == "heart"
    # What the screenshots command uses to walk the sections.
    assert screen.section_count() == 11
    assert screen.go_to_section(10) and screen.current == "next-steps"
    assert not screen.go_to_section(11)


def test_unticking_deletes_the_gift_and_edited_words_update_it(qtbot, vault, person,
                                                              open_screen):
    screen = open_screen(vault, participant_id=person.id)
    go(qtbot, screen, "hands")
    click(qtbot, chip(screen, "hands-gifts", "cooking"))
    click(qtbot, chip(screen, "hands-gifts", "baking"))
    type_text(words(screen, "hands-gifts", "cooking"), "Curry")
    click(qtbot, screen.ui.next_button)
    assert gifts_in(vault) == {("hands", "cooking", "Curry"), ("hands", "baking", "")}
    [cooking] = [g for g in Records(vault).find(models.Gift) if g.tag == "cooking"]

    click(qtbot, screen.ui.back_button)
    click(qtbot, chip(screen, "hands-gifts", "baking"))  # untick the card
    edit = words(screen, "hands-gifts", "cooking")
    type_text(edit, " and dal")
    click(qtbot, screen.ui.next_button)
    assert gifts_in(vault) == {("hands", "cooking", "Curry and dal")}
    assert Records(vault).get(models.Gift, cooking.id).own_words == "Curry and dal"

    # The Remove button beside the words unticks too.
    click(qtbot, screen.ui.back_button)
    remove = next(b for b in box(screen, "hands-gifts").findChildren(QAbstractButton)
                  if b.accessibleName() == "Remove Cooking")
    click(qtbot, remove)
    assert not chip(screen, "hands-gifts", "cooking").isChecked()
    click(qtbot, screen.ui.pause_button)
    assert gifts_in(vault) == set()


def test_a_draft_survives_locking_without_pause(qtbot, vault, vault_dir, person, open_screen):
    screen = open_screen(vault, participant_id=person.id)
    cid = the_conversation(vault).id
    click(qtbot, screen.ui.next_button)
    type_text(box(screen, "enjoy"), "Śpiewam w chórze, every Thursday")
    go(qtbot, screen, "head")
    click(qtbot, chip(screen, "head-gifts", "local-history"))
    type_text(words(screen, "head-gifts", "local-history"), "Znam historię osiedla")
    # Locked (idle time-out): the screen forgets, the vault closes. Nothing was saved for real.
    screen.close_vault()
    assert screen.pages == {} and screen.ui.section_list.count() == 0
    vault.close()
    assert the_conversation_after(vault_dir).answers.get("head-gifts") is None

    again = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        screen = open_screen(again, participant_id=person.id, conversation_id=cid)
        assert screen.current == "head"
        assert box(screen, "enjoy").toPlainText() == "Śpiewam w chórze, every Thursday"
        assert words(screen, "head-gifts", "local-history").text() == "Znam historię osiedla"
        assert "everything typed last time" in screen.ui.message_label.text()
        click(qtbot, screen.ui.next_button)
        assert gifts_in(again) == {("head", "local-history", "Znam historię osiedla")}
    finally:
        screen.close_vault()
        again.close()


def the_conversation_after(vault_dir) -> models.Conversation:
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        return the_conversation(opened)


def test_leaving_by_navigation_saves_the_record(qtbot, vault, person, open_screen):
    screen = open_screen(vault, participant_id=person.id)
    go(qtbot, screen, "heart")
    click(qtbot, chip(screen, "heart-gifts", "listening"))
    screen.hide()  # the shell switched to another screen
    assert gifts_in(vault) == {("heart", "listening", "")}
    assert the_conversation(vault).status == "in-progress"


def test_demo_conversations_open_with_their_gifts(qtbot, vault, open_screen):
    from desktop.core.demo import DemoGenerator
    from desktop.store.demo_writer import write_demo

    write_demo(vault, DemoGenerator(seed=3), 12)
    records = Records(vault)
    conversations = records.find(models.Conversation)
    assert conversations
    screen = open_screen(vault, participant_id=conversations[0].participant_id,
                         conversation_id=conversations[0].id)
    for conversation in conversations:
        before = {g.id for g in records.find(models.Gift, "conversation_id = ?",
                                             [conversation.id])}
        screen.open(vault, participant_id=conversation.participant_id,
                    conversation_id=conversation.id)
        message = screen.ui.message_label.text()
        if conversation.status == "completed":
            assert message.startswith(f"This conversation was finished on "
                                      f"{conversation.completed_on}.")
            assert screen.current == "welcome"  # read back from the start
        else:
            assert message == "" and screen.current == conversation.current_section
        shown = {e["gift_id"] for page in screen.pages.values()
                 for gifts in page.gifts.values() for e in gifts.value()}
        assert before <= shown  # every gift is on a card, so none is lost by saving
        present = box(screen, "present").value()
        assert len(present) == len(conversation.present)
        click(qtbot, screen.ui.next_button if screen.ui.next_button.isVisible()
              else screen.ui.back_button)
        after = {g.id for g in records.find(models.Gift, "conversation_id = ?",
                                            [conversation.id])}
        assert after == before


def test_every_interactive_widget_has_an_accessible_name(qtbot, vault, person, open_screen):
    screen = open_screen(vault, participant_id=person.id)
    for page in screen.pages.values():
        for gifts in page.gifts.values():
            gifts.all_button.setChecked(True)
            gifts.find_edit.setText("cook")
            gifts.chips(gifts.first_focus().tag.id)[0].setChecked(True)
    interactive = (QAbstractButton, QLineEdit, QPlainTextEdit, QListWidget)
    unnamed = [f"{type(w).__name__} {w.objectName() or w.text() if hasattr(w, 'text') else ''}"
               for w in screen.findChildren(QWidget)
               if isinstance(w, interactive) and not w.accessibleName()
               and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert unnamed == []
    chip_widget = box(screen, "head-gifts").chips("it-help")[0]
    assert chip_widget.accessibleDescription() == chip_widget.toolTip() != ""


def test_tab_follows_reading_order(qtbot, vault, person, open_screen):
    screen = open_screen(vault, participant_id=person.id)
    go(qtbot, screen, "head")
    gifts = box(screen, "head-gifts")
    click(qtbot, chip(screen, "head-gifts", "it-help"))
    gifts.all_button.setChecked(True)
    chain, widget = [], screen.ui.section_list
    for _ in range(200):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        if widget is screen.ui.section_list:
            break
    names = [w.accessibleName() for w in chain]
    order = [names.index(name) for name in (
        "Sections of the conversation", "Computer help", "Find another gift by a word they "
        "used", "Show all 35 gift ideas", "Speaks Punjabi", "Computer help, in their words",
        "Remove Computer help", "Which languages do you speak, read or understand?",
        "Back to the previous section", "Next section")]
    assert order == sorted(order)


def test_missing_person_is_explained_inline(qtbot, vault, open_screen):
    screen = open_screen(vault, participant_id="no-such-person")
    assert "no longer exists" in screen.ui.message_label.text()
    assert Records(vault).find(models.Conversation) == []
    assert screen.ui.close_button.isVisible() and not screen.ui.next_button.isEnabled()
    click(qtbot, screen.ui.close_button)
    assert screen.went == [("people", {})]


def test_the_shell_opens_it_and_comes_back_to_it_after_a_lock(qtbot, vault, person):
    from desktop.gui.shell import AppShell

    shell = AppShell()
    qtbot.addWidget(shell)
    shell.show()
    shell.open(vault)
    names = [shell.nav.item(row).data(Qt.ItemDataRole.UserRole)
             for row in range(shell.nav.count())]
    assert "conversation" not in names  # reached from a person, not from the navigation
    shell.go("conversation", {"participant_id": person.id})
    screen = shell.current
    assert isinstance(screen, ConversationScreen)
    cid = the_conversation(vault).id
    type_text(box(screen, "language"), "Cymraeg")
    assert drafts.load_place(vault) == {"screen": "conversation", "participant_id": person.id,
                                        "conversation_id": cid}
    shell.close_vault()
    shell.open(vault)  # unlocked again: the same conversation, not a new one
    screen = shell.current
    assert isinstance(screen, ConversationScreen) and screen.conversation.id == cid
    assert box(screen, "language").toPlainText() == "Cymraeg"
    assert len(Records(vault).find(models.Conversation)) == 1


def test_text_size_changes_reach_headings(qtbot, vault, person, open_screen):
    screen = open_screen(vault, participant_id=person.id)
    page = screen.pages["welcome"]
    before = page.title_label.font().pointSizeF()
    height = box(screen, "language").sizeHint().height()
    bigger = screen.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    screen.setFont(bigger)
    assert page.title_label.font().pointSizeF() == pytest.approx(before * 1.5)
    assert box(screen, "language").sizeHint().height() > height
    assert choice(screen, "present", "Carer").font().pointSizeF() == pytest.approx(
        bigger.pointSizeF())


def test_no_conversation_without_consent_to_keep_a_record(qtbot, vault, open_screen):
    """Reached from a draft on Home or by unlocking back into it, not only from the person
    screen's (disabled) button: the screen itself refuses, and creates nothing."""
    unconsented = Records(vault).add(models.Participant(full_name="Farhana Sheikh"))
    screen = open_screen(vault, participant_id=unconsented.id)
    assert "not agreed" in screen.ui.message_label.text()
    assert Records(vault).find(models.Conversation) == []
