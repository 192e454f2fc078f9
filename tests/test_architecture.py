"""The dependency rules of DESIGN §2 that a static import graph cannot see.

The rules themselves — the layers, cards on core only, the hub on the sync protocol only, Qt
only in the GUI, no SQL in core, the GUI's own floors — are import-linter contracts in
pyproject.toml, run by tests/test_checks.py. What stays here is checked by running code.
"""

from pathlib import Path
import subprocess
import sys

import desktop

PACKAGE = Path(desktop.__file__).parent


def test_the_running_hub_loads_nothing_else_of_the_app():
    """What the imports bring in transitively (package __init__ files included): the hub runs on
    a server without the app, DESIGN §2 `hub` → `sync` protocol only."""
    code = ("import sys, desktop.hub.app, desktop.hub.serve, desktop.hub.sqlite_store, "
            "desktop.hub.postgres_store; print(' '.join(sorted(m for m in sys.modules "
            "if m == 'desktop' or m.startswith('desktop.'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=PACKAGE.parent).stdout.split()
    assert "desktop.hub.app" in loaded
    others = [m for m in loaded if not m.startswith("desktop.hub")]
    assert set(others) <= {"desktop", "desktop.core", "desktop.core.hlc", "desktop.sync",
                           "desktop.sync.protocol"}, others
