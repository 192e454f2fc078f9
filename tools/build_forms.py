"""Compile the Designer forms in ui/*.ui into desktop/gui/forms/ui_*.py with pyside6-uic.

Run `python -m tools.build_forms` after editing a .ui file. The generated modules are
committed (so the app runs without the uic tool) and never edited by hand; a test fails when one
is stale.
"""

from pathlib import Path
import shutil
import subprocess
import sys

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "desktop" / "gui" / "forms"


def uic_command() -> list[str]:
    tool = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic")
    if tool is None:
        raise SystemExit("pyside6-uic was not found; install the project with pip first.")
    return [tool, "--no-autoconnection", "--generator", "python"]


def compile_form(ui_file: Path) -> str:
    """The Python source uic makes for one .ui file."""
    result = subprocess.run([*uic_command(), str(ui_file)], check=True, capture_output=True,
                            text=True)
    return result.stdout


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
