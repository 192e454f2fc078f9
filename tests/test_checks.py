"""The checks CI runs (STYLE 17): ruff, mypy and import-linter, configured in pyproject.toml.

Each runs on the repository from this interpreter's virtual environment and must find nothing.
Each is also shown to fail on a planted mistake under the project's own settings, so a setting
that quietly checks nothing cannot pass for a clean tree.
"""

from pathlib import Path
import shutil
import subprocess
import sys
import textwrap
import tomllib

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
BIN = Path(sys.executable).parent


def run(tool: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(tool, path=str(BIN))
    if exe is None:
        pytest.fail(f"{tool} is not in {BIN}: install the test extra (pip install -e '.[test]')")
    return subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def output(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n{result.stdout}{result.stderr}"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# --- the repository is clean ---------------------------------------------------------------

def test_ruff_finds_nothing():
    result = run("ruff", "check", "--output-format", "concise", ".")
    assert result.returncode == 0, output(result)


def test_mypy_finds_nothing():
    """`mypy` with no arguments: the five GUI-free packages ([tool.mypy] files)."""
    result = run("mypy")
    assert result.returncode == 0, output(result)


def test_import_contracts_are_kept():
    result = run("lint-imports")
    assert result.returncode == 0, output(result)


# --- each check can fail --------------------------------------------------------------------

def test_ruff_wants_the_house_import_groups(tmp_path):
    """STYLE 3: stdlib, third party, PySide6, desktop, desktop.gui (test helpers last)."""
    write(tmp_path / "good.py", """\
        from dataclasses import dataclass
        import logging
        from pathlib import Path

        import pytest

        from PySide6.QtCore import Qt

        from desktop.core import models
        from desktop.gui.common.screen import Screen
        from tests.conftest import FAST_KDF

        print(dataclass, logging, Path, pytest, Qt, models, Screen, FAST_KDF)
        """)
    write(tmp_path / "bad.py", """\
        from PySide6.QtCore import Qt
        import pytest

        from desktop.gui.common.screen import Screen
        from desktop.core import models

        print(pytest, Qt, models, Screen)
        """)
    result = run("ruff", "check", "--config", str(PYPROJECT), "--no-cache", "--select", "I",
                 "--output-format", "concise", ".", cwd=tmp_path)
    assert result.returncode == 1, output(result)
    assert "bad.py:1:1: I001" in result.stdout, output(result)
    assert "good.py" not in result.stdout, output(result)


def test_mypy_wants_annotations_in_the_gui_free_packages(tmp_path):
    """The strict settings reach desktop.core (and its siblings), not desktop.gui."""
    untyped = "def double(x):\n    return x * 2\n"
    for package in ("desktop", "desktop/core", "desktop/gui"):
        write(tmp_path / package / "__init__.py", "")
    core = write(tmp_path / "desktop/core/planted.py", untyped)
    gui = write(tmp_path / "desktop/gui/planted.py", untyped)
    result = run("mypy", "--config-file", str(PYPROJECT), "--cache-dir", str(tmp_path / "cache"),
                 str(core.relative_to(tmp_path)), str(gui.relative_to(tmp_path)), cwd=tmp_path)
    assert result.returncode == 1, output(result)
    assert "desktop/core/planted.py:1: error: Function is missing a type annotation" \
        in result.stdout.replace("\\", "/"), output(result)
    assert "gui/planted.py" not in result.stdout.replace("\\", "/"), output(result)


SKELETON = {
    # what the contracts expect to find in the graph (their ignore_imports must match)
    "gui/app.py": "import PySide6\nimport shiboken6",
    "gui/forms/ui_offer_editor.py": "import desktop.gui.offers.availability_grid",
    "hub/service.py": "import desktop.sync.protocol",
}
PLANTED = {
    # contract id -> {module (a path in desktop/): an import that alone breaks that contract}
    "layers": {"core/models.py": "import desktop.store.vault"},
    "cards": {"cards/content.py": "import desktop.store.vault"},
    "hub": {"hub/app.py": "import desktop.sync.client"},
    "no-hub-in-the-app": {"sync/client.py": "import desktop.hub.app"},
    "qt-only-in-gui": {"store/vault.py": "from PySide6 import QtWidgets"},
    "core-pure": {"core/ids.py": "import sqlite3"},
    "acyclic": {"store/people.py": "import desktop.store.drafts",
                "store/drafts.py": "def later():\n    import desktop.store.people"},
    "gui-layers": {"gui/common/screen.py": "import desktop.gui.home.home_screen"},
}


def test_import_linter_sees_each_contract_broken(tmp_path):
    """The project's contracts on a copy of the package's layout with empty modules: all kept;
    then, contract by contract, the imports planted for it: that contract broken."""
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert {c["id"] for c in contracts["contracts"]} == set(PLANTED), \
        "each contract needs a planted violation here"
    package = ROOT / "desktop"
    for source in package.rglob("*.py"):
        write(tmp_path / source.relative_to(ROOT), "")
    for module, lines in SKELETON.items():
        write(tmp_path / "desktop" / module, lines + "\n")
    shutil.copy(PYPROJECT, tmp_path / "pyproject.toml")

    def lint(*args: str) -> subprocess.CompletedProcess[str]:
        # The copy shadows the installed package: lint-imports puts its working folder first.
        return run("lint-imports", *args, cwd=tmp_path)

    kept = lint()
    assert kept.returncode == 0, output(kept)
    for contract, plants in PLANTED.items():
        for module, lines in plants.items():
            assert (package / module).exists(), f"desktop/{module} moved: update PLANTED"
            write(tmp_path / "desktop" / module, lines + "\n")
        broken = lint("--contract", contract)
        assert broken.returncode == 1 and "0 kept, 1 broken" in broken.stdout, \
            f"{contract}\n{output(broken)}"
        for module in plants:
            write(tmp_path / "desktop" / module, SKELETON.get(module, "") + "\n")
