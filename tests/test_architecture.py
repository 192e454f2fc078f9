"""The dependency rules of DESIGN §2, checked by walking every module's imports."""

import ast
from pathlib import Path
import subprocess
import sys

import desktop

PACKAGE = Path(desktop.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules(under: str = "") -> list[Path]:
    return sorted((PACKAGE / under).rglob("*.py"))


def test_only_gui_imports_qtwidgets():
    offenders = [str(p.relative_to(PACKAGE)) for p in _modules()
                 if not p.relative_to(PACKAGE).parts[0] == "gui"
                 and any(name.startswith("PySide6.QtWidgets") for name in _imports(p))]
    assert offenders == []


def test_core_has_no_qt_and_no_sql():
    for path in _modules("core"):
        imports = _imports(path)
        assert not any(n.startswith(("PySide6", "sqlcipher3", "sqlite3", "sqlite_utils"))
                       for n in imports), path.name
        assert not any(n.startswith(("desktop.store", "desktop.gui", "desktop.sync",
                                     "desktop.cards", "desktop.cli")) for n in imports), path.name


def test_store_does_not_reach_up():
    for path in _modules("store"):
        assert not any(n.startswith(("PySide6", "desktop.gui", "desktop.cli"))
                       for n in _imports(path)), path.name


def test_the_checker_sees_an_offender(tmp_path):
    """Guard against a walker that finds nothing: a planted import must be seen."""
    planted = tmp_path / "bad.py"
    planted.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in _imports(planted)



def test_hub_imports_only_the_sync_protocol_of_the_app():
    """The hub runs on a server without the app: DESIGN §2, `hub` → `sync` protocol only."""
    hub_modules = _modules("hub")
    assert len(hub_modules) > 3
    for path in hub_modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module if node.module != "desktop.sync" else
                         f"desktop.sync.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                assert not name.startswith(("PySide6", "sqlcipher3")), path.name
                if name == "desktop" or name.startswith("desktop."):
                    assert name.startswith(("desktop.hub", "desktop.sync.protocol")), \
                        f"{path.name} imports {name}"


def test_the_running_hub_loads_nothing_else_of_the_app():
    """What the imports bring in transitively (package __init__ files included)."""
    code = ("import sys, desktop.hub.app, desktop.hub.serve, desktop.hub.sqlite_store, "
            "desktop.hub.postgres_store; print(' '.join(sorted(m for m in sys.modules "
            "if m == 'desktop' or m.startswith('desktop.'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=PACKAGE.parent).stdout.split()
    assert "desktop.hub.app" in loaded
    others = [m for m in loaded if not m.startswith("desktop.hub")]
    assert set(others) <= {"desktop", "desktop.core", "desktop.core.hlc", "desktop.sync",
                           "desktop.sync.protocol"}, others
