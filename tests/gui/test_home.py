"""Home: follow-ups due, conversations to pick up, people seen lately, drafts, sync state."""

from datetime import date, datetime, timedelta

import pytest

from PySide6.QtCore import Qt

from desktop.core import models
from desktop.store import drafts
from desktop.store.records import Records
from desktop.gui.home.home_screen import HomeScreen


def day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


@pytest.fixture
def home(qtbot, vault):
    screen = HomeScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    yield screen
    screen.close_vault()


def open_home(qtbot, screen: HomeScreen, vault) -> None:
    # The lists load on a worker thread; waitSignal runs a real event loop while it waits.
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.open(vault)
        assert screen.loading
    assert not screen.loading


def texts(section) -> list[str]:
    return [section.list.item(row).text() for row in range(section.list.count())]


@pytest.fixture
def people(vault):
    records = Records(vault)
    return {name: records.add(models.Participant(full_name=name, preferred_name=preferred))
            for name, preferred in (("Hodan Warsame", "Hodan"), ("Łucja Wiśniewska", "Lucy"),
                                    ("Dewi Pritchard", ""))}


def test_overdue_and_due_follow_ups_are_listed_and_overdue_says_so(qtbot, home, vault, people):
    records = Records(vault)
    hodan, lucja, dewi = people.values()
    records.add(models.FollowUp(participant_id=hodan.id, due_on=day(0),
                                note="Ask how the first gardening session went"))
    records.add(models.FollowUp(participant_id=lucja.id, due_on=day(-3)))
    records.add(models.FollowUp(participant_id=dewi.id, due_on=day(2)))  # not due yet
    records.add(models.FollowUp(participant_id=dewi.id, due_on=day(-5), done_on=day(-4)))

    open_home(qtbot, home, vault)

    shown = texts(home.follow_ups)
    assert len(shown) == 2
    # Overdue is said in words (and bold), never by colour alone.
    assert shown[0].startswith("Overdue by 3 day") and "Łucja Wiśniewska (Lucy)" in shown[0]
    assert home.follow_ups.list.item(0).font().bold()
    assert shown[1].startswith("Due today") and "Hodan Warsame" in shown[1]
    assert "Ask how the first gardening session went" in shown[1]
    assert not home.follow_ups.list.item(1).font().bold()
    assert "(2)" in home.follow_ups.heading.text()
    assert home.follow_ups.heading.buddy() is home.follow_ups.list


def test_mark_done_by_keyboard_then_undo(qtbot, home, vault, people):
    records = Records(vault)
    hodan, lucja, _ = people.values()
    late = records.add(models.FollowUp(participant_id=lucja.id, due_on=day(-1)))
    today = records.add(models.FollowUp(participant_id=hodan.id, due_on=day(0)))
    open_home(qtbot, home, vault)

    home.follow_ups.list.setFocus()
    qtbot.keyClick(home.follow_ups.list, Qt.Key.Key_Down)  # from the overdue one to today's
    assert home.follow_ups.current_id()[0] == today.id
    with qtbot.waitSignal(home.loaded, timeout=5000):
        qtbot.keyClick(home.mark_done_button, Qt.Key.Key_Space)

    assert records.get(models.FollowUp, today.id).done_on == date.today().isoformat()
    assert records.get(models.FollowUp, late.id).done_on == ""
    assert len(texts(home.follow_ups)) == 1
    assert "Marked done" in home.follow_ups.message_label.text()
    assert home.undo_button.isVisible()

    with qtbot.waitSignal(home.loaded, timeout=5000):
        qtbot.keyClick(home.undo_button, Qt.Key.Key_Space)
    assert records.get(models.FollowUp, today.id).done_on == ""
    assert len(texts(home.follow_ups)) == 2
    assert not home.undo_button.isVisible()


def test_enter_on_a_follow_up_opens_the_person(qtbot, home, vault, people):
    hodan = people["Hodan Warsame"]
    Records(vault).add(models.FollowUp(participant_id=hodan.id, due_on=day(0)))
    open_home(qtbot, home, vault)
    home.follow_ups.list.setFocus()
    with qtbot.waitSignal(home.navigate) as signal:
        qtbot.keyClick(home.follow_ups.list, Qt.Key.Key_Return)
    assert signal.args == ["person", {"participant_id": hodan.id}]


def test_resume_a_paused_conversation(qtbot, home, vault, people):
    records = Records(vault)
    hodan, lucja, dewi = people.values()
    paused = records.add(models.Conversation(participant_id=lucja.id, status="paused",
                                             started_on=day(-10)))
    records.add(models.Conversation(participant_id=hodan.id, status="in-progress",
                                    started_on=day(-1)))
    records.add(models.Conversation(participant_id=dewi.id, status="completed",
                                    started_on=day(-3), completed_on=day(-3)))
    open_home(qtbot, home, vault)

    shown = texts(home.conversations)
    assert len(shown) == 2
    assert shown[0].startswith("In progress · Hodan Warsame")
    assert shown[1].startswith("Paused · Łucja Wiśniewska (Lucy)")
    home.conversations.list.setFocus()
    qtbot.keyClick(home.conversations.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(home.navigate) as signal:
        qtbot.keyClick(home.conversations.list, Qt.Key.Key_Return)
    assert signal.args == ["conversation", {"participant_id": lucja.id,
                                            "conversation_id": paused.id}]

    with qtbot.waitSignal(home.navigate) as signal:  # the button does the same
        qtbot.mouseClick(home.resume_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == "conversation"


def test_recently_seen_people_open_their_page(qtbot, home, vault, people):
    records = Records(vault)
    hodan, lucja, _ = people.values()
    records.add(models.Attendance(participant_id=hodan.id, site="Hub",
                                  checked_in_at=f"{day(-1)}T10:00:00"))
    records.add(models.Attendance(participant_id=lucja.id, site="Hub",
                                  checked_in_at=datetime.now().isoformat(timespec="seconds")))
    open_home(qtbot, home, vault)

    shown = texts(home.seen)
    assert shown[0].startswith("Łucja Wiśniewska (Lucy)\nCame to a drop-in · today")
    assert shown[1] == "Hodan Warsame\nCame to a drop-in · yesterday"
    home.seen.list.setFocus()
    qtbot.keyClick(home.seen.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(home.navigate) as signal:
        qtbot.keyClick(home.seen.list, Qt.Key.Key_Enter)
    assert signal.args == ["person", {"participant_id": hodan.id}]


def test_drafts_waiting_say_what_kind_and_carry_on(qtbot, home, vault, people):
    hodan = people["Hodan Warsame"]
    offer = Records(vault).add(models.Offer(participant_id=hodan.id, title="Teach knitting"))
    drafts.save(vault, "participant:new", {"full_name": "Somebody new"})
    drafts.save(vault, f"offer:{offer.id}", {"title": "Teach knitting and crochet"})
    open_home(qtbot, home, vault)

    shown = sorted(texts(home.drafts))  # both saved in the same millisecond: any order
    assert shown[0].startswith("An offer · Hodan Warsame\nSaved today at ")
    assert shown[1].startswith("Details of a new person\nSaved today at ")
    assert not any("crochet" in text or "Somebody" in text for text in shown)
    home.drafts.list.setFocus()
    row = next(row for row in range(home.drafts.list.count())
               if home.drafts.list.item(row).text().startswith("An offer"))
    for _ in range(row):
        qtbot.keyClick(home.drafts.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(home.navigate) as signal:
        qtbot.keyClick(home.drafts.list, Qt.Key.Key_Return)
    assert signal.args == ["offer", {"participant_id": hodan.id, "offer_id": offer.id}]


def test_a_draft_with_nowhere_to_go_says_so(qtbot, home, vault):
    drafts.save(vault, "consent:somewhere", {"purpose": "contact"})
    open_home(qtbot, home, vault)
    assert texts(home.drafts)[0].startswith("A consent")
    home.drafts.list.setFocus()
    with qtbot.assertNotEmitted(home.navigate):
        qtbot.keyClick(home.carry_on_button, Qt.Key.Key_Space)
    assert "cannot be opened from here" in home.drafts.message_label.text()


def test_empty_states_and_sync_placeholder(qtbot, home, vault):
    open_home(qtbot, home, vault)
    for section, words in ((home.follow_ups, "Nothing is due today"),
                           (home.conversations, "No conversations are in progress"),
                           (home.seen, "Nobody has been seen yet"),
                           (home.drafts, "No drafts are waiting")):
        assert section.empty_label.isVisible() and words in section.empty_label.text()
        assert not section.list.isVisible()
    assert not home.mark_done_button.isVisible()
    assert home.sync_label.text() == ("Sync is not set up yet — everything is saved on this "
                                      "laptop.")


def test_locking_forgets_everything_shown(qtbot, home, vault, people):
    Records(vault).add(models.FollowUp(participant_id=people["Hodan Warsame"].id,
                                       due_on=day(0)))
    open_home(qtbot, home, vault)
    assert texts(home.follow_ups)
    home.close_vault()
    assert texts(home.follow_ups) == [] and texts(home.seen) == []
    assert home.follow_ups.heading.text() == "&Follow-ups due"


def test_every_control_has_an_accessible_name_and_a_title(qtbot, home, vault):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView
    open_home(qtbot, home, vault)
    assert home.title() == "Home"
    for widget in [*home.findChildren(QAbstractButton), *home.findChildren(QAbstractItemView)]:
        assert widget.accessibleName(), widget.objectName() or type(widget).__name__


def test_headings_follow_the_text_size_setting(qtbot, home, qapp):
    font, sheet = qapp.font(), qapp.styleSheet()
    try:
        qapp.setStyleSheet("QLineEdit, QPushButton { min-height: 2em; }")  # as themes do
        bigger = qapp.font()
        bigger.setPointSizeF(font.pointSizeF() * 1.5)
        qapp.setFont(bigger)
        heading = home.follow_ups.heading.font()
        assert heading.bold()
        assert heading.pointSizeF() == pytest.approx(font.pointSizeF() * 1.5 * 1.15)
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
