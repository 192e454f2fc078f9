"""The README's promises: two commands first, CI runs the same test command, CLI documented."""

from pathlib import Path
import re

from desktop.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return re.findall(r"^    (python3 -m venv .*)$", README, flags=re.MULTILINE)


def test_readme_starts_with_exactly_two_commands():
    head = README.split("## ")[0]
    commands = re.findall(r"^    (\S.*)$", head, flags=re.MULTILINE)
    assert len(commands) == 2
    assert commands[0].endswith("offerbook")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "README.md" in ci and "pytest" in _commands()[1]


def test_every_subcommand_is_documented():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name in subparsers.choices:
        assert f"offerbook {name}" in README, f"`offerbook {name}` is not in the README"
