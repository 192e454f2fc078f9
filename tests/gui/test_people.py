"""The people register: search as you type, filters, opening and adding people, by keyboard."""

from datetime import date, timedelta

import pytest

from PySide6.QtCore import Qt

from desktop.core import models
from desktop.store.records import Records
from desktop.gui.people.people_screen import PeopleScreen
from tests.conftest import type_text

TODAY = date.today()


@pytest.fixture
def register(vault):
    """Two teams, two linkers and six people, some with follow-ups."""
    records = Records(vault)
    north, south = models.Team(name="North"), models.Team(name="South")
    records.add_many([north, south])
    amal = models.Staff(name="Amal Linker", team_id=north.id)
    bea = models.Staff(name="Bea Linker", team_id=south.id)
    records.add_many([amal, bea])
    people = {
        "Łucja Wiśniewska": (north, amal, "active"),
        "Hodan Warsame": (north, amal, "paused"),
        "عائشة خان": (north, bea, "active"),
        "Gareth Price": (south, bea, "active"),
        "Zoë Ward": (south, bea, "closed"),
        "Wojciech Nowak": (south, amal, "active"),
    }
    ids = {}
    for name, (team, linker, status) in people.items():
        person = records.add(models.Participant(full_name=name, team_id=team.id,
                                                linker_id=linker.id, status=status))
        ids[name] = person.id
    yesterday, next_week = (TODAY - timedelta(days=1)).isoformat(), (
        TODAY + timedelta(days=7)).isoformat()
    records.add_many([
        models.FollowUp(participant_id=ids["Hodan Warsame"], due_on=yesterday),
        models.FollowUp(participant_id=ids["Gareth Price"], due_on=TODAY.isoformat()),
        models.FollowUp(participant_id=ids["Zoë Ward"], due_on=next_week),  # not yet due
        models.FollowUp(participant_id=ids["Wojciech Nowak"], due_on=yesterday,
                        done_on=yesterday),  # done
    ])
    return {"teams": (north, south), "staff": (amal, bea), "ids": ids}


@pytest.fixture
def screen(qtbot, vault, register):
    widget = PeopleScreen()
    qtbot.addWidget(widget)
    widget.resize(1146, 700)
    with qtbot.waitActive(widget):  # keyboard shortcuts need the window to be active
        widget.show()
    widget.open(vault)
    return widget


def names(screen: PeopleScreen) -> set[str]:
    return {row.full_name for row in screen.model.rows}


def choose(qtbot, combo, text: str) -> None:
    """Pick a combo entry by keyboard: arrows from the top until the text shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_everyone_is_listed_with_a_count(screen):
    assert screen.model.rowCount() == 6
    assert screen.count_label.text() == "6 people"
    assert screen.empty_label.isHidden()


def test_search_as_you_type_in_any_script(qtbot, screen):
    type_text(screen.search_edit, "wiś")
    qtbot.waitUntil(lambda: names(screen) == {"Łucja Wiśniewska"}, timeout=2000)
    screen.search_edit.clear()
    type_text(screen.search_edit, "عائشة")
    qtbot.waitUntil(lambda: names(screen) == {"عائشة خان"}, timeout=2000)
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "zoe")  # diacritics folded: Zoë
    qtbot.waitUntil(lambda: names(screen) == {"Zoë Ward"}, timeout=2000)


def test_filters_narrow_the_register(qtbot, screen, register):
    choose(qtbot, screen.team_combo, "North")
    assert names(screen) == {"Łucja Wiśniewska", "Hodan Warsame", "عائشة خان"}
    choose(qtbot, screen.linker_combo, "Amal Linker")
    assert names(screen) == {"Łucja Wiśniewska", "Hodan Warsame"}
    choose(qtbot, screen.status_combo, "Paused for now")
    assert names(screen) == {"Hodan Warsame"}
    assert screen.count_label.text() == "1 person"

    for combo, everyone in ((screen.team_combo, "All teams"),
                            (screen.linker_combo, "Any linker"),
                            (screen.status_combo, "Any status")):
        choose(qtbot, combo, everyone)
    assert len(names(screen)) == 6
    screen.due_check.setFocus()
    qtbot.keyClick(screen.due_check, Qt.Key.Key_Space)
    # Due today or earlier and not done; longest overdue first.
    assert [row.full_name for row in screen.model.rows] == ["Hodan Warsame", "Gareth Price"]

    qtbot.keyClicks(screen.search_edit, "gar")
    qtbot.waitUntil(lambda: names(screen) == {"Gareth Price"}, timeout=2000)
    choose(qtbot, screen.team_combo, "North")
    assert screen.model.rowCount() == 0
    assert not screen.empty_label.isHidden()
    assert "No one matches" in screen.empty_label.text()


def test_enter_in_the_search_box_opens_the_person_found(qtbot, screen, register):
    qtbot.keyClicks(screen.search_edit, "hodan")
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    assert opened.args == ["person", {"participant_id": register["ids"]["Hodan Warsame"]}]


def test_down_then_enter_in_the_list_opens_that_person(qtbot, screen, register):
    screen.search_edit.setFocus()
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Down)
    assert screen.table.hasFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    second = screen.model.rows[1]
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == ["person", {"participant_id": second.id}]


def test_double_click_opens_a_person(qtbot, screen):
    first = screen.model.rows[0]
    rect = screen.table.visualRect(screen.model.index(0, 0))
    # A real double click is a click followed by a double-click event at the same place.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert opened.args == ["person", {"participant_id": first.id}]


def test_ctrl_n_and_the_button_add_a_person(qtbot, screen):
    screen.search_edit.setFocus()
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        qtbot.keyClick(screen.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened.args == ["person", {}]
    with qtbot.waitSignal(screen.navigate, timeout=2000) as opened:
        qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["person", {}]


def test_an_empty_register_says_how_to_start(qtbot, new_vault):
    vault = new_vault[0]
    screen = PeopleScreen()
    qtbot.addWidget(screen)
    screen.open(vault)
    assert screen.model.rowCount() == 0
    assert "Add a person" in screen.empty_label.text()


def test_locking_forgets_the_register(qtbot, screen):
    qtbot.keyClicks(screen.search_edit, "ho")
    screen.close_vault()
    assert screen.model.rowCount() == 0
    assert screen.search_edit.text() == ""
    assert screen.team_combo.count() == 0
