"""Where the bundled resources live, and small helpers for reading them.

`resources/` sits at the top of the source tree; PyInstaller copies it next to the unpacked
program, so the frozen app looks under `sys._MEIPASS` instead. Resource files may be edited by
organisations, so every problem becomes a `ResourceError` that names the file and the place.
"""

import json
from pathlib import Path
import re
import sys
from typing import Any

from desktop.core.errors import ResourceError

# Lowercase ascii kebab-case: stable in URLs, file names and sync payloads.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def resources_dir() -> Path:
    """The folder holding icons, templates, the gifts taxonomy and demo seeds."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def read_json(path: Path, what: str) -> Any:
    """Parse a JSON resource, turning every failure into a `ResourceError` naming the file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(f"The {what} file {path} is missing. Reinstall Offerbook or "
                            "choose another file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"The {what} file {path} could not be read ({exc}). Check it is "
                            "a UTF-8 text file you are allowed to open.") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResourceError(f"The {what} file {path} is not valid JSON: {exc.msg} at line "
                            f"{exc.lineno}, column {exc.colno}.") from None


class Checker:
    """Builds plain-English `ResourceError`s that say which file and which entry is wrong."""

    def __init__(self, path: Path, what: str):
        self.path = path
        self.what = what

    def fail(self, where: str, problem: str) -> ResourceError:
        return ResourceError(f"Problem in the {self.what} file {self.path}: {where} {problem}")

    def mapping(self, value: Any, where: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, "should be a JSON object ({...}).")
        return value

    def items(self, value: Any, where: str, *, allow_empty: bool = False) -> list:
        if not isinstance(value, list):
            raise self.fail(where, "should be a JSON list ([...]).")
        if not value and not allow_empty:
            raise self.fail(where, "is empty; add at least one entry.")
        return value

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "should be some text, but it is missing or empty.")
        return value

    def texts(self, value: Any, where: str, *, allow_empty: bool = False) -> tuple[str, ...]:
        entries = self.items(value, where, allow_empty=allow_empty)
        return tuple(self.text(entry, f"{where}, entry {n}") for n, entry in
                     enumerate(entries, 1))

    def identifier(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            raise self.fail(where, "needs an id in lowercase letters, digits and hyphens "
                            "(like 'fixing-bikes').")
        return value

    def version(self, value: Any, where: str = "the version") -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(where, "should be a whole number, 1 or more.")
        return value
