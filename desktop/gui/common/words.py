"""Small helpers every feature's screens share: dates and times in words, fonts scaled, and
the item role that holds a record's id. (The plain message for an error is
desktop.gui.common.operations.show_failure.)"""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

ID_ROLE = Qt.ItemDataRole.UserRole


def scaled(base: QFont, factor: float) -> QFont:
    """`base` made `factor` times larger, whether it is sized in points or pixels."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(round(base.pixelSize() * factor))
    return font


def day_words(widget: QWidget, iso_day: str, today: date) -> str:
    """"today", "yesterday" or the date in the user's language."""
    try:
        day = date.fromisoformat(iso_day[:10])
    except ValueError:
        return ""
    # One translation context for these words, whichever widget asks (lupdate cannot know
    # the class behind `widget`).
    if day == today:
        return QCoreApplication.translate("HomeScreen", "today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("HomeScreen", "yesterday")
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def time_words(moment: datetime) -> str:
    """A clock time in the user's language, such as 14:05."""
    return QLocale().toString(QTime(moment.hour, moment.minute),
                              QLocale.FormatType.ShortFormat)

