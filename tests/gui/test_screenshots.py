"""`offerbook screenshots`: every page, in every theme, as a real 1366×768 picture."""

from PySide6.QtGui import QImage

from desktop.gui import screenshots
from desktop.gui.common import settings, theme
from desktop.gui.registry import screen_classes


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_screenshots_of_every_page_in_every_theme(qapp, tmp_path):
    before = settings.use(None)
    settings.use(before)
    shown = []
    saved = screenshots.take(tmp_path / "shots", report=shown.append)
    assert saved == shown
    names = [path.name for path in saved]
    for name in theme.THEMES:
        pages = [n.split("-", 2)[2] if name != "high-contrast" else n.split("-", 3)[3]
                 for n in names if n.startswith(f"{name}-")]
        assert pages[:2] == ["first-run.png", "unlock.png"]
        for cls, _in_nav in screen_classes():
            assert any(page.startswith(cls.name) for page in pages), (name, cls.name)
    for path in saved:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), path.name
        assert distinct_colours(image) > 8, f"{path.name} looks blank"
    # Nothing of the run is left behind: the user's settings object and Qt's look are back.
    assert settings.use(None) is before
    settings.use(before)
    assert theme.current() == ("light", 100)
