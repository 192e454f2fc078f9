"""The weekly availability grid: names a screen reader can say, and full keyboard use."""

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop.core.offers import DAYS, PARTS
from desktop.gui.offers.availability_grid import AvailabilityGrid


@pytest.fixture
def form(qtbot):
    """A grid between two line edits, in a shown, active window."""
    window = QWidget()
    window.before = QLineEdit(window)
    window.before.setAccessibleName("Before")
    window.grid = AvailabilityGrid(window)
    window.after = QLineEdit(window)
    window.after.setAccessibleName("After")
    layout = QVBoxLayout(window)
    for widget in (window.before, window.grid, window.after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key press where the keyboard focus is, as a person at the keyboard would send it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_every_cell_has_a_name_that_says_day_time_and_state(form):
    grid = form.grid
    names = {grid.cell(day, part).accessibleName() for day in DAYS for part in PARTS}
    assert len(names) == 21
    assert grid.cell("mon", "morning").accessibleName() == "Monday morning, not available"
    assert grid.cell("sun", "evening").accessibleName() == "Sunday evening, not available"
    grid.setValue({"thu": ["afternoon"]})
    assert grid.cell("thu", "afternoon").accessibleName() == "Thursday afternoon, available"
    assert grid.cell("thu", "afternoon").text() == "Free"
    assert grid.accessibleName() == "Weekly availability"


def test_arrows_move_space_toggles_and_the_grid_is_one_tab_stop(qtbot, form):
    grid = form.grid
    form.before.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is grid.cell("mon", "morning")

    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is grid.cell("wed", "morning")
    with qtbot.waitSignal(grid.changed):
        press(qtbot, Qt.Key.Key_Space)
    assert grid.cell("wed", "morning").accessibleName() == "Wednesday morning, available"

    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # past the last row: stays on evening
    assert QApplication.focusWidget() is grid.cell("wed", "evening")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is grid.cell("sun", "afternoon")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Left)  # past the first column: stays on Monday
    assert QApplication.focusWidget() is grid.cell("mon", "afternoon")
    assert grid.value() == {"wed": ["morning", "evening"], "sun": ["afternoon"]}

    # Tab leaves the grid at once; Shift+Tab comes back to the cell last used.
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is grid.cell("mon", "afternoon")

    # Space again takes a time back out.
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is grid.cell("wed", "morning")
    press(qtbot, Qt.Key.Key_Space)
    assert grid.value() == {"wed": ["evening"], "sun": ["afternoon"]}


def test_a_click_toggles_and_moves_the_tab_stop(qtbot, form):
    grid = form.grid
    qtbot.mouseClick(grid.cell("fri", "evening"), Qt.MouseButton.LeftButton)
    assert grid.value() == {"fri": ["evening"]}
    form.before.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is grid.cell("fri", "evening")


def test_set_value_round_trips_and_ignores_what_it_does_not_know(qtbot, form):
    grid = form.grid
    with qtbot.waitSignal(grid.changed):
        grid.setValue({"tue": ["evening", "morning"], "sat": [], "someday": ["morning"],
                       "fri": ["midnight", "afternoon"], "mon": "not a list"})
    assert grid.value() == {"tue": ["morning", "evening"], "fri": ["afternoon"]}
    with qtbot.assertNotEmitted(grid.changed):
        grid.setValue({"fri": ["afternoon"], "tue": ["morning", "evening"]})
    grid.setValue(None)
    assert grid.value() == {}
    assert grid.cell("tue", "morning").accessibleName() == "Tuesday morning, not available"
