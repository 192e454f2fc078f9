"""Themes (light, dark, high contrast), text size, and a thick focus ring in every theme.

A theme is a QPalette on Qt's Fusion style (which draws from the palette on every platform)
plus a small style sheet. The high-contrast theme keeps every text colour at 7:1 or more against
its background (WCAG AAA), disabled and placeholder text included; a test measures the palette.

The focus ring is not drawn by style sheet rules: those would restyle every widget kind and
fight the screens' own looks. Instead one QFocusFrame follows keyboard focus around the app,
drawn as a thick ring just outside the focused widget in the theme's focus colour.

Text size scales the application font from the size the app started with, so 150% is 150% of
the system font, not 150% of 125%.
"""

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QProxyStyle, QStyle, QWidget
from shiboken6 import isValid

PE = QStyle.PrimitiveElement

THEMES = ("light", "dark", "high-contrast")
TEXT_SCALES = (100, 125, 150)
FOCUS_WIDTH = 4  # px of ring; FOCUS_MARGIN of them lie outside the widget
FOCUS_MARGIN = 3


@dataclass(frozen=True)
class Colours:
    window: str
    text: str  # on window, base and button alike
    base: str
    alternate_base: str
    button: str
    border: str  # edges of fields and buttons (3:1 or more against the window)
    highlight: str
    highlighted_text: str
    link: str
    link_visited: str
    placeholder: str
    disabled_text: str
    tooltip_base: str
    tooltip_text: str
    focus: str


COLOURS = {
    "light": Colours(window="#f3f3f1", text="#1a1a1a", base="#ffffff", alternate_base="#f0f2f5",
                     button="#e6e6e3", border="#767676", highlight="#0b57a4",
                     highlighted_text="#ffffff", link="#0b57a4", link_visited="#6a3d9a",
                     placeholder="#595959", disabled_text="#666666", tooltip_base="#ffffdc",
                     tooltip_text="#1a1a1a", focus="#c2410c"),
    "dark": Colours(window="#1e1f22", text="#ececec", base="#2a2b2f", alternate_base="#303136",
                    button="#36383d", border="#8c8c8c", highlight="#2b66bd",
                    highlighted_text="#ffffff", link="#8ab4f8", link_visited="#c9a0ff",
                    placeholder="#a6a6a6", disabled_text="#a3a3a3", tooltip_base="#3a3b40",
                    tooltip_text="#ececec", focus="#fbbf24"),
    # After Windows' "High Contrast Black": yellow links, cyan selection, white edges.
    "high-contrast": Colours(window="#000000", text="#ffffff", base="#000000",
                             alternate_base="#141414", button="#000000", border="#ffffff",
                             highlight="#1aebff", highlighted_text="#000000", link="#ffff00",
                             link_visited="#ffa6ff", placeholder="#c8c8c8",
                             disabled_text="#3ff23f", tooltip_base="#000000",
                             tooltip_text="#ffffff", focus="#ffff00"),
}

_BASE_STYLE = """
QLabel#title_label {{ font-size: {title_pt:.1f}pt; font-weight: 600; }}
QLineEdit, QPushButton {{ min-height: 2em; }}
"""

# Fusion's progress bar has no edge and a highlight-coloured fill under the text; on black
# that is an invisible groove and white-on-cyan text. A dark blue fill keeps the text at 7:1
# and a white edge shows where the fill ends.
PROGRESS_FILL = "#0a3d91"
_HIGH_CONTRAST_STYLE = f"""
QProgressBar {{ border: 2px solid #ffffff; background: #000000; color: #ffffff;
    text-align: center; min-height: 1.6em; }}
QProgressBar::chunk {{ background: {PROGRESS_FILL}; border-right: 2px solid #ffffff; }}
"""


def palette_for(theme: str) -> QPalette:
    c = COLOURS[theme if theme in COLOURS else "light"]
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window, QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base, QPalette.ColorRole.AlternateBase: c.alternate_base,
        QPalette.ColorRole.Text: c.text, QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.text, QPalette.ColorRole.BrightText: c.text,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlighted_text,
        QPalette.ColorRole.Link: c.link, QPalette.ColorRole.LinkVisited: c.link_visited,
        QPalette.ColorRole.PlaceholderText: c.placeholder,
        QPalette.ColorRole.ToolTipBase: c.tooltip_base,
        QPalette.ColorRole.ToolTipText: c.tooltip_text,
        # Fusion shades bevels and frames from these.
        QPalette.ColorRole.Light: QColor(c.button).lighter(125).name(),
        QPalette.ColorRole.Midlight: QColor(c.button).lighter(110).name(),
        QPalette.ColorRole.Mid: c.border, QPalette.ColorRole.Dark: c.border,
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.PlaceholderText):
        palette.setColor(disabled, role, QColor(c.disabled_text))
    # A selection stays readable when the window loses focus or the widget is disabled.
    for group in (QPalette.ColorGroup.Inactive, disabled):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(c.highlight))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(c.highlighted_text))
    return palette


def stylesheet_for(theme: str, scale: int) -> str:
    sheet = _BASE_STYLE.format(title_pt=20 * scale / 100)
    return sheet + (_HIGH_CONTRAST_STYLE if theme == "high-contrast" else "")


class _EdgedStyle(QProxyStyle):
    """Fusion with a solid edge on every field, button, box and frame, in the theme's border
    colour, and a second ring inside buttons that are on (checked or pressed).

    Fusion draws edges a shade darker than the window: faint on grey (under the 3:1 that
    controls need), invisible on black; and it shows "on" by a slightly darker fill.
    Style-sheet borders would do the same but replace Fusion's drawing of spin boxes, combo
    boxes and check boxes wholesale, arrows and ticks included.
    """

    _EDGED = {PE.PE_PanelLineEdit, PE.PE_Frame, PE.PE_FrameGroupBox, PE.PE_PanelButtonCommand,
              PE.PE_PanelButtonTool, PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton}
    _COMPLEX = {QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox}

    def __init__(self, colours: Colours):
        super().__init__("Fusion")
        self.edge = QColor(colours.border)
        self.disabled_edge = QColor(colours.disabled_text)
        # High contrast: 2 px, drawn just inside Fusion's own edge; otherwise 1 px over it.
        self.width = 2 if colours is COLOURS["high-contrast"] else 1
        self.inset = (1, 1, -1, -1) if self.width == 2 else (0, 0, -1, -1)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._EDGED:
            return
        if element == PE.PE_PanelLineEdit and getattr(option, "lineWidth", 1) == 0:
            return  # a frameless field inside a spin box or combo box: its parent has the edge
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        colour = self.edge if enabled else self.disabled_edge
        rect = option.rect.adjusted(*self.inset)
        if element == PE.PE_IndicatorRadioButton:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(colour, self.width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
            painter.restore()
            return
        _outline(painter, rect, colour, self.width,
                 Qt.PenStyle.SolidLine if enabled else Qt.PenStyle.DashLine)
        button = element in (PE.PE_PanelButtonCommand, PE.PE_PanelButtonTool)
        if button and option.state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_Sunken):
            # Fusion shows "on" by a darker fill, invisible on black: a second ring inside.
            _outline(painter, rect.adjusted(4, 4, -4, -4), colour, 2)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ScrollBar:
            # The handle is drawn in the button colour: black on black in high contrast.
            handle = self.subControlRect(control, option,
                                         QStyle.SubControl.SC_ScrollBarSlider, widget)
            if handle.isValid() and option.state & QStyle.StateFlag.State_Enabled:
                _outline(painter, handle.adjusted(*self.inset), self.edge, self.width)
        elif control in self._COMPLEX:
            enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
            _outline(painter, option.rect.adjusted(*self.inset),
                     self.edge if enabled else self.disabled_edge, self.width)


def _outline(painter: QPainter, rect, colour: QColor, width: int,
             pen_style=Qt.PenStyle.SolidLine) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(colour, width, pen_style)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


class _RingStyle(QProxyStyle):
    """The focus ring's own style: how far it stands outside the widget, and above it."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return FOCUS_MARGIN
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint, option=None, widget=None, data=None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1  # above: the ring's inner edge may overlap the widget's own frame
        return super().styleHint(hint, option, widget, data)


class _Ring(QFocusFrame):
    """QFocusFrame keeps itself around its widget as that moves or resizes; we paint it."""

    colour = QColor(COLOURS["light"].focus)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        half = FOCUS_WIDTH // 2
        _outline(painter, self.rect().adjusted(half, half, -half, -half), self.colour,
                 FOCUS_WIDTH)
        painter.end()


class _FocusRing(QObject):
    """Moves one ring to whichever widget has keyboard focus."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.frame: _Ring | None = None
        self.style = _RingStyle("Fusion")  # outlives every frame that uses it
        app.focusChanged.connect(self._on_app_focus_changed)

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.follow(new)

    def follow(self, new: QWidget | None) -> None:
        if new is None or new.isWindow():
            if self.frame is not None and isValid(self.frame):
                self.frame.setWidget(None)
            return
        # Qt moves the frame into the focused widget's window (or scroll area) and deletes
        # it with that: make it anew when it has gone.
        if self.frame is None or not isValid(self.frame):
            self.frame = _Ring()
            self.frame.setStyle(self.style)
        self.frame.setWidget(new)

    def remove(self) -> None:
        QApplication.instance().focusChanged.disconnect(self._on_app_focus_changed)
        if self.frame is not None and isValid(self.frame):
            self.frame.setWidget(None)
            self.frame.deleteLater()
        self.frame = None


_state: dict = {}  # base font, style and focus ring, once installed


def apply(app: QApplication, theme: str, scale: int) -> None:
    """Show the whole app in `theme` at `scale` percent text size, from now on."""
    theme = theme if theme in THEMES else "light"
    scale = scale if scale in TEXT_SCALES else 100
    if "font" not in _state:
        _state["font"] = QFont(app.font())
        _state["ring"] = _FocusRing(app)
    colours = COLOURS[theme]
    _Ring.colour = QColor(colours.focus)
    if theme != _state.get("theme"):
        # A Python hook on every primitive drawn: ~3 ms more per repaint of a full table.
        _state["style"] = _EdgedStyle(colours)
        app.setStyle(_state["style"])
    _state["theme"], _state["scale"] = theme, scale
    app.setPalette(palette_for(theme))
    app.setFont(scaled_font(_state["font"], scale))
    app.setStyleSheet(stylesheet_for(theme, scale))
    # A style change hides the ring (QFocusFrame does so on StyleChange): put it back.
    ring = _state["ring"]
    if ring.frame is not None and isValid(ring.frame):
        ring.frame.setWidget(None)
    ring.follow(app.focusWidget())


def scaled_font(base: QFont, scale: int) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale / 100)
    else:
        font.setPixelSize(round(base.pixelSize() * scale / 100))
    return font


def current() -> tuple[str, int]:
    """The theme and text size in use: ("light", 100) until `apply` is called."""
    return _state.get("theme", "light"), _state.get("scale", 100)


def reset(app: QApplication) -> None:
    """Back to Qt's own look (tests, and the screenshots command when it is done)."""
    if "font" not in _state:
        return
    _state["ring"].remove()
    app.setStyleSheet("")
    app.setFont(_state["font"])
    app.setStyle("Fusion")
    app.setPalette(app.style().standardPalette())
    _state.clear()
