"""Every modal message the app shows, in one place, with a seam for tests.

Tests set `Messages.record_only = True`: prompts are then recorded in `Messages.shown` instead
of blocking, `ask` returns `Messages.next_answer`, `ask_save_path` returns `Messages.next_path`,
and `print_document` keeps the PDF in `Messages.printed` (and returns `Messages.next_answer`)
instead of opening the print dialog.
"""

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.gui.common.pdf_printer import print_pdf, printer_for

log = logging.getLogger(__name__)


class Messages:
    record_only = False
    shown: list[tuple[str, str]] = []
    next_answer = True
    next_path: str | None = None
    printed: list[tuple[str, bytes]] = []

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
    def info(cls, parent: QWidget | None, text: str) -> None:
        if cls.record_only:
            cls.shown.append(("info", text))
            return
        QMessageBox.information(parent, QCoreApplication.translate("Messages", "Offerbook"),
                                text)

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, title: str, suggested: str,
                      file_filter: str) -> str | None:
        """Where to save a file; None if the person cancelled."""
        if cls.record_only:
            cls.shown.append(("save", title))
            return cls.next_path
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None

    @classmethod
    def print_document(cls, parent: QWidget | None, pdf: bytes, title: str) -> bool:
        """Print `pdf` through the system print dialog; False if the person cancelled.

        Raises OfferbookError (a plain message) when the printer cannot take it."""
        if cls.record_only:
            cls.shown.append(("print", title))
            cls.printed.append((title, pdf))
            return cls.next_answer
        printer = printer_for(pdf)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        print_pdf(printer, pdf)
        return True


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
