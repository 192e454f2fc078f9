"""Guard against a PySide6 build that leaks references to None (6.12.0 on Python < 3.12).

Such a build makes CPython abort ("none_dealloc") after a few thousand Qt calls: the app would
die minutes into a conversation. pyproject.toml excludes it; this fails if one comes back.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50  # a little noise from the interpreter itself
