"""Every modal message the app shows, in one place, with a seam for tests.

Tests set `Messages.record_only = True`: prompts are then recorded in `Messages.shown` instead
of blocking, and `ask` returns `Messages.next_answer`.
"""

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)


class Messages:
    record_only = False
    shown: list[tuple[str, str]] = []
    next_answer = True
    next_path: str | None = None

    @classmethod
    def error(cls, parent: QWidget | None, text: str) -> None:
        if cls.record_only:
            cls.shown.append(("error", text))
            return
        QMessageBox.warning(parent, QCoreApplication.translate("Messages", "Offerbook"), text)

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        if cls.record_only:
            cls.shown.append(("ask", text))
            return cls.next_answer
        answer = QMessageBox.question(parent, QCoreApplication.translate("Messages", "Offerbook"),
                                      text)
        return answer == QMessageBox.StandardButton.Yes


    @classmethod
    def ask_save_path(cls, parent: QWidget | None, title: str, suggested: str,
                      file_filter: str) -> str | None:
        """Where to save a file; None if the person cancelled."""
        if cls.record_only:
            cls.shown.append(("save", title))
            return cls.next_path
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None


def install_excepthook() -> None:
    """Log unexpected errors without their messages (which might hold what someone typed),
    and tell the person on the GUI thread that nothing typed was lost."""

    def hook(kind, error, tb) -> None:
        # Where, not what: file, line and function of each frame, no source text or message.
        frames = "\n".join(f"  {frame.filename}:{frame.lineno} in {frame.name}"
                           for frame in traceback.extract_tb(tb))
        log.error("unexpected %s\n%s", kind.__name__, frames)
        if threading.current_thread() is threading.main_thread():
            Messages.error(None, QCoreApplication.translate(
                "Messages", "Something went wrong inside Offerbook. What you typed is kept in "
                "the vault. If it happens again, tell your coordinator what you were doing."))

    sys.excepthook = hook
