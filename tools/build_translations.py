"""Refresh the translation sources and compile them: `python -m tools.build_translations`.

1. pyside6-lupdate reads every tr() / translate() in desktop/gui/**/*.py (the generated forms
   excepted: their strings come from ui/*.ui directly) and ui/*.ui, and merges new strings into
   resources/translations/offerbook_en.ts (the English source) and offerbook_cy.ts (Welsh),
   keeping every translation already made; strings gone from the code are dropped.
2. The Welsh file gets its "draft for review" notice back (lupdate does not keep comments).
3. pyside6-lrelease compiles each .ts into the .qm that desktop.gui.common.i18n loads.

Run it after adding or changing strings, then translate what it reports as unfinished (with
pyside6-linguist, or by editing the .ts), and run it again. Running it twice changes nothing.
"""

from pathlib import Path
import re
import shutil
import subprocess
import sys

ROOT = Path(__file__).resolve().parents[1]
GUI_DIR = ROOT / "desktop" / "gui"
FORMS_DIR = GUI_DIR / "forms"
UI_DIR = ROOT / "ui"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"en": "en_GB", "cy": "cy_GB"}
DRAFT_NOTICE = {
    "cy": "<!-- DRAFT: this Welsh translation is a careful draft, not yet reviewed. It must be "
          "checked by a native Welsh speaker before it is used with participants; see "
          "resources/translations/README.md. -->",
}


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; install the project with pip first.")
    return found


# Core modules whose plain-English texts the GUI shows through translate() (marked there with
# QT_TRANSLATE_NOOP so lupdate finds them).
CORE_SOURCES = ("consent.py",)


def sources() -> list[Path]:
    python = [path for path in sorted(GUI_DIR.rglob("*.py")) if FORMS_DIR not in path.parents]
    core = [GUI_DIR.parent / "core" / name for name in CORE_SOURCES]
    return python + core + sorted(UI_DIR.glob("*.ui"))


def ts_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"offerbook_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"offerbook_{language}.qm"


def update(language: str, target: Path | None = None) -> str:
    """Merge the current strings into the language's .ts (or into `target`, a copy of it: the
    tests check that way that nothing is missing); returns lupdate's summary line."""
    target = Path(target) if target is not None else ts_file(language)
    command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
               "-source-language", "en_GB", "-target-language", LANGUAGES[language],
               *[str(path.relative_to(ROOT)) for path in sources()], "-ts", str(target)]
    result = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    notice = DRAFT_NOTICE.get(language)
    if notice:
        text = target.read_text(encoding="utf-8")
        if notice not in text:
            text = re.sub(r"(<TS [^>]*>\n)", lambda match: match.group(1) + notice + "\n", text,
                          count=1)
            target.write_text(text, encoding="utf-8")
    found = [line.strip() for line in result.stdout.splitlines() if "Found" in line]
    return found[-1] if found else result.stdout.strip()


def release(language: str, target: Path | None = None) -> None:
    """Compile the language's .ts into its .qm (or into `target`)."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm",
                    str(target or qm_file(language))], cwd=ROOT, check=True)


def unfinished(language: str) -> int:
    return ts_file(language).read_text(encoding="utf-8").count('type="unfinished"')


def main() -> int:
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        summary = update(language)
        release(language)
        print(f"{ts_file(language).relative_to(ROOT)}: {summary}; "
              f"{unfinished(language)} unfinished -> {qm_file(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
