"""Where the bundled resources live, and reading them.

`resources/` sits at the top of the source tree; PyInstaller copies it next to the unpacked
program, so the frozen app looks under `sys._MEIPASS` instead.
"""

import json
import sys
from pathlib import Path
from typing import Any

from desktop.core.errors import ResourceError


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
        raise ResourceError(f"The {what} file {path} is missing; reinstall Offerbook "
                            "or choose another file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"The {what} file {path} could not be read ({exc}).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResourceError(f"The {what} file {path} is not valid JSON: {exc.msg} at line "
                            f"{exc.lineno}, column {exc.colno}.") from None
