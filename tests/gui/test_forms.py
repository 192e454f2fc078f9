"""Designer forms are compiled and committed; a stale one fails here."""

from tools import build_forms


def _body(source: str) -> list[str]:
    # The header names the uic version; only the generated code has to match.
    return [line for line in source.splitlines() if not line.startswith("## Created by")]


def test_every_form_is_compiled_and_fresh():
    ui_files = sorted(build_forms.UI_DIR.glob("*.ui"))
    assert ui_files, "no .ui files found"
    for ui_file in ui_files:
        target = build_forms.target_for(ui_file)
        assert target.exists(), f"{target.name} missing: run python -m tools.build_forms"
        assert _body(target.read_text(encoding="utf-8")) == _body(
            build_forms.compile_form(ui_file)), (
            f"{target.name} is stale: run python -m tools.build_forms")
