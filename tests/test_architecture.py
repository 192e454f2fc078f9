"""The dependency rules of DESIGN §2, checked by walking every module's imports."""

import ast
from pathlib import Path

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
