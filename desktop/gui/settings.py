"""Device-local settings: declared once with types and defaults, stored by QSettings as INI.

Never secrets, never personal data: a folder path, a lock time, a theme. Organisation-wide
settings (its name, branding) live inside the vault instead.
"""

from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Directive:
    key: str
    default: object
    kind: type


VAULT_PATH = Directive("vault/path", str(Path(platformdirs.user_data_dir("offerbook", False))
                                         / "vault"), str)
LOCK_MINUTES = Directive("security/lock_minutes", 5, int)


class Settings:
    def __init__(self, path: Path | None = None):
        if path is None:
            path = Path(platformdirs.user_config_dir("offerbook", False)) / "offerbook.ini"
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        if self._qs.value("meta/version") is None:
            self._qs.setValue("meta/version", SCHEMA_VERSION)

    def get(self, directive: Directive):
        value = self._qs.value(directive.key, directive.default)
        try:
            return directive.kind(value)
        except (TypeError, ValueError):
            return directive.default

    def set(self, directive: Directive, value) -> None:
        self._qs.setValue(directive.key, directive.kind(value))
        self._qs.sync()

    @property
    def file(self) -> Path:
        return Path(self._qs.fileName())
