"""Device-local settings: declared once with types and defaults, stored by QSettings as INI.

Never secrets, never personal data: a folder path, a lock time, a theme. Organisation-wide
settings (its name, branding) live inside the vault instead.

Screens are built by the shell without arguments, so the app's one `Settings` object is reached
through `current()`; `app.run()` (and tests, with a temporary file) install it with `use()`.
The INI file sits in the user's config folder, or in `$OFFERBOOK_CONFIG_DIR` when that is set
(tests and the screenshots command, which must never touch a real user's settings).
"""

from dataclasses import dataclass
import os
from pathlib import Path

import platformdirs

from PySide6.QtCore import QSettings

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Directive:
    key: str
    default: object
    kind: type
    choices: tuple = ()  # when not empty, any other stored value reads as the default


VAULT_PATH = Directive("vault/path", str(Path(platformdirs.user_data_dir("offerbook", False))
                                         / "vault"), str)
LOCK_MINUTES = Directive("security/lock_minutes", 5, int, tuple(range(1, 61)))
THEME = Directive("appearance/theme", "light", str, ("light", "dark", "high-contrast"))
TEXT_SCALE = Directive("appearance/text_scale", 100, int, (100, 125, 150))
LANGUAGE = Directive("appearance/language", "en", str, ("en", "cy"))


def config_dir() -> Path:
    override = os.environ.get("OFFERBOOK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("offerbook", False))


class Settings:
    def __init__(self, path: Path | None = None):
        if path is None:
            path = config_dir() / "offerbook.ini"
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        if self._qs.value("meta/version") is None:
            self._qs.setValue("meta/version", SCHEMA_VERSION)

    def get(self, directive: Directive):
        value = self._qs.value(directive.key, directive.default)
        try:
            value = directive.kind(value)
        except (TypeError, ValueError):
            return directive.default
        if directive.choices and value not in directive.choices:
            return directive.default
        return value

    def set(self, directive: Directive, value) -> None:
        self._qs.setValue(directive.key, directive.kind(value))
        self._qs.sync()

    @property
    def file(self) -> Path:
        return Path(self._qs.fileName())


_current: Settings | None = None


def use(settings: Settings | None) -> Settings | None:
    """Make `settings` the app's settings (None forgets them); returns the previous ones."""
    global _current
    previous, _current = _current, settings
    return previous


def current() -> Settings:
    """The app's settings: those given to `use()`, else the user's own file."""
    global _current
    if _current is None:
        _current = Settings()
    return _current
