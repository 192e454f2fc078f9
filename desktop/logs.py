"""Logging, configured once per process.

Logs go to stderr and to a rotating file in the user's log folder. Nothing logged may contain
personal data: log record ids, counts and exception class names, never names, notes or
postcodes. A test scans the log file after ordinary use to keep it so.
"""

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

_configured = False


def log_dir() -> Path:
    override = os.environ.get("OFFERBOOK_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir("offerbook", False))


def configure(*, verbose: bool = False) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "offerbook.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return  # a read-only home must not stop the app; stderr still gets warnings
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
