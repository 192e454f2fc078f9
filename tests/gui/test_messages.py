"""Unexpected errors are logged without their message and shown as a plain sentence."""

import logging
import sys

from desktop.gui.common.messages import install_excepthook


def test_excepthook_logs_type_not_message_and_tells_the_user(qtbot, caplog, messages):
    previous = sys.excepthook
    install_excepthook()
    try:
        try:
            raise ValueError("Hodan Warsame, 12 Harehills Lane")
        except ValueError:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert "ValueError" in caplog.text
    assert "Hodan" not in caplog.text and "Harehills" not in caplog.text
    assert messages.shown and messages.shown[0][0] == "error"
    assert "kept in the vault" in messages.shown[0][1]
