"""Starting the desktop app."""

import logging
from pathlib import Path
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.gui.main_window import MainWindow
from desktop.gui.messages import install_excepthook
from desktop.gui.settings import LOCK_MINUTES, VAULT_PATH, Settings

log = logging.getLogger(__name__)

_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


STYLE = """
QLabel#title_label { font-size: 20pt; font-weight: 600; }
QLineEdit, QPushButton { min-height: 2em; }
"""


def _qt_message(kind: QtMsgType, _context, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def run(vault: Path | None = None) -> int:
    qInstallMessageHandler(_qt_message)
    install_excepthook()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Offerbook")
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLE)
    settings = Settings()
    path = Path(vault) if vault else Path(settings.get(VAULT_PATH))
    window = MainWindow(path, lock_minutes=settings.get(LOCK_MINUTES))
    window.show()
    return app.exec()
