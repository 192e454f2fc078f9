"""Starting the desktop app: language, theme and text size first, then the main window."""

import logging
from pathlib import Path
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.gui.common import i18n, settings, theme
from desktop.gui.common.fonts import register_bundled_fonts
from desktop.gui.common.messages import install_excepthook
from desktop.gui.common.settings import (
    LANGUAGE,
    LOCK_MINUTES,
    TEXT_SCALE,
    THEME,
    VAULT_PATH,
    Settings,
)
from desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def route_qt_message(kind: QtMsgType, _context, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def start_appearance(app: QApplication, device: Settings) -> None:
    """Language, theme and text size from this computer's settings, before any window."""
    i18n.install(device.get(LANGUAGE))
    theme.apply(app, device.get(THEME), device.get(TEXT_SCALE))


def run(vault: Path | None = None) -> int:
    qInstallMessageHandler(route_qt_message)
    install_excepthook()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Offerbook")
    app.setApplicationVersion(__version__)
    device = Settings()
    settings.use(device)
    register_bundled_fonts()
    start_appearance(app, device)
    path = Path(vault) if vault else Path(device.get(VAULT_PATH))
    window = MainWindow(path, lock_minutes=device.get(LOCK_MINUTES))
    window.show()
    return app.exec()
