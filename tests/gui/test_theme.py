"""Themes: contrast measured from the applied palette, a thick focus ring, text size that
scales without compounding, and every screen still fitting 1366×768 at 150%."""

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.demo import DemoGenerator
from desktop.store.demo_writer import write_demo
from desktop.store.vault import Vault
from desktop.gui.common import theme
from desktop.gui.main_window import MainWindow
from desktop.gui.registry import screen_classes
from tests.conftest import FAST_KDF, PASSPHRASE

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# (what, foreground (group, role), background (group, role)) for every kind of text we show.
TEXT_PAIRS = [
    ("normal text on the window", (Group.Active, Role.WindowText), (Group.Active, Role.Window)),
    ("text in fields", (Group.Active, Role.Text), (Group.Active, Role.Base)),
    ("text on alternate rows", (Group.Active, Role.Text), (Group.Active, Role.AlternateBase)),
    ("button text", (Group.Active, Role.ButtonText), (Group.Active, Role.Button)),
    ("selected text", (Group.Active, Role.HighlightedText), (Group.Active, Role.Highlight)),
    ("selected text, window inactive", (Group.Inactive, Role.HighlightedText),
     (Group.Inactive, Role.Highlight)),
    ("links", (Group.Active, Role.Link), (Group.Active, Role.Base)),
    ("links on the window", (Group.Active, Role.Link), (Group.Active, Role.Window)),
    ("visited links", (Group.Active, Role.LinkVisited), (Group.Active, Role.Base)),
    ("placeholder text", (Group.Active, Role.PlaceholderText), (Group.Active, Role.Base)),
    ("disabled text", (Group.Disabled, Role.WindowText), (Group.Disabled, Role.Window)),
    ("disabled field text", (Group.Disabled, Role.Text), (Group.Disabled, Role.Base)),
    ("disabled button text", (Group.Disabled, Role.ButtonText), (Group.Disabled, Role.Button)),
    ("tooltips", (Group.Active, Role.ToolTipText), (Group.Active, Role.ToolTipBase)),
]


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def app(qapp):
    yield qapp
    theme.reset(qapp)


def test_contrast_is_measured_like_wcag():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name, minimum", [("high-contrast", 7.0), ("light", 4.5),
                                           ("dark", 4.5)])
def test_every_text_colour_in_the_applied_palette_is_readable(app, name, minimum):
    theme.apply(app, name, 100)
    palette = app.palette()
    ratios = {what: contrast(palette.color(*fg), palette.color(*bg))
              for what, fg, bg in TEXT_PAIRS}
    assert {what: round(r, 2) for what, r in ratios.items() if r < minimum} == {}


def test_high_contrast_progress_text_and_edges():
    white, black, fill = QColor("#ffffff"), QColor("#000000"), QColor(theme.PROGRESS_FILL)
    assert contrast(white, fill) >= 7
    colours = theme.COLOURS["high-contrast"]
    # Edges of fields and the focus ring: 3:1 against the window is the bar for non-text.
    assert contrast(QColor(colours.border), black) >= 3
    assert contrast(QColor(colours.focus), black) >= 3


def _focus_pixels(image, rect, colour: QColor) -> dict[str, int]:
    """How many pixels of `colour` lie just outside each side of `rect`, across its middle."""
    target = colour.rgb()
    middle_x, middle_y = rect.center().x(), rect.center().y()
    sides = {"left": [(rect.left() - d, middle_y) for d in range(1, 6)],
             "right": [(rect.right() + d, middle_y) for d in range(1, 6)],
             "top": [(middle_x, rect.top() - d) for d in range(1, 6)],
             "bottom": [(middle_x, rect.bottom() + d) for d in range(1, 6)]}
    return {side: sum(image.pixel(x, y) == target for x, y in points)
            for side, points in sides.items()}


def _two_widget_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    edit, button = QLineEdit(window), QPushButton("&Save", window)
    edit.setAccessibleName("Name")
    button.setAccessibleName("Save")
    layout.addWidget(edit)
    layout.addWidget(button)
    window.resize(300, 150)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return window, edit, button


@pytest.mark.parametrize("name", theme.THEMES)
def test_keyboard_focus_shows_a_thick_ring(app, qtbot, name):
    theme.apply(app, name, 100)
    window, edit, button = _two_widget_window(qtbot)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(button.hasFocus)
    image = window.grab().toImage()
    ring = QColor(theme.COLOURS[name].focus)
    # At least FOCUS_MARGIN px of ring outside the button on every side; none around the field.
    assert all(count >= theme.FOCUS_MARGIN for count in
               _focus_pixels(image, button.geometry(), ring).values())
    assert sum(_focus_pixels(image, edit.geometry(), ring).values()) == 0


def test_the_ring_follows_a_change_of_theme(app, qtbot):
    theme.apply(app, "light", 100)
    window, _edit, button = _two_widget_window(qtbot)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    theme.apply(app, "dark", 125)
    qtbot.waitUntil(lambda: all(count >= theme.FOCUS_MARGIN for count in _focus_pixels(
        window.grab().toImage(), button.geometry(),
        QColor(theme.COLOURS["dark"].focus)).values()))


def test_text_size_scales_from_the_starting_font(app):
    base = QApplication.font().pointSizeF()
    theme.apply(app, "light", 150)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    theme.apply(app, "dark", 125)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25)
    theme.apply(app, "dark", 100)
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert theme.current() == ("dark", 100)
    theme.reset(app)
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_unknown_names_fall_back_to_light_at_100(app):
    theme.apply(app, "neon", 300)
    assert theme.current() == ("light", 100)
    assert app.palette().color(Role.Window) == QColor(theme.COLOURS["light"].window)


def _demo_vault(path: Path) -> None:
    vault, _ = Vault.create(path, "Coordinator", PASSPHRASE, kdf=FAST_KDF)
    write_demo(vault, DemoGenerator(seed=3), 20)
    vault.close()


def test_every_page_fits_1366_by_768_at_150_percent(app, qtbot, tmp_path):
    theme.apply(app, "high-contrast", 150)
    limit_w, limit_h = 1366, 768
    too_big = {}

    def check(window: MainWindow, page: str) -> None:
        hint = window.centralWidget().minimumSizeHint()
        if hint.width() > limit_w or hint.height() > limit_h:
            too_big[page] = (hint.width(), hint.height())

    first = MainWindow(tmp_path / "empty", kdf=FAST_KDF)
    qtbot.addWidget(first)
    check(first, "first run")
    first.close()

    path = tmp_path / "vault"
    _demo_vault(path)
    window = MainWindow(path, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(limit_w, limit_h)
    window.show()
    check(window, "unlock")
    qtbot.keyClicks(window.unlock_page.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(window.unlock_page.unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock_page.ui.passphrase_edit, Qt.Key.Key_Return)
    ids = _some_ids(window.vault)
    for cls, _in_nav in screen_classes():
        window.shell.go(cls.name, ids.get(cls.name, {}))
        assert window.shell.current.name == cls.name
        check(window, cls.name)
    window.lock()
    window.close()
    assert too_big == {}


def _some_ids(vault) -> dict[str, dict[str, str]]:
    from desktop.core import models
    from desktop.store.records import Records
    records = Records(vault)
    offer = records.find(models.Offer, limit=1)[0]
    person = {"participant_id": offer.participant_id}
    return {"person": person, "offer": {**person, "offer_id": offer.id},
            "conversation": person, "request": person}
