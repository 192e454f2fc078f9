"""Translations: every string in the code has a finished Welsh translation (so a string added
later fails here until it is translated), placeholders and shortcuts survive, the compiled
files are fresh, and installing the translator really changes what widgets show."""

from pathlib import Path
import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from PySide6.QtCore import QCoreApplication

from desktop.gui.common import i18n
from desktop.gui.settings.settings_screen import SettingsScreen
from desktop.gui.unlock.vault_pages import UnlockPage
from tools import build_translations

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")
SHORTCUT = re.compile(r"&(?!&)\w")


def ts_messages(ts: Path) -> list[tuple[str, str, ET.Element, bool]]:
    """(context, source, translation element, numerus) for every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation"),
                          message.get("numerus") == "yes"))
    return found


def texts(translation: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def unfinished(ts: Path) -> list[str]:
    return [f"{context}: {source!r}" for context, source, translation, numerus in ts_messages(ts)
            if translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(text.strip() for text in texts(translation, numerus))]


def welsh(context: str, source: str) -> str:
    for name, text, translation, _numerus in ts_messages(build_translations.ts_file("cy")):
        if (name, text) == (context, source):
            return translation.text
    raise KeyError((context, source))


@pytest.fixture
def translated(qapp):
    yield
    i18n.uninstall()


def test_every_welsh_string_is_translated_and_finished():
    assert unfinished(build_translations.ts_file("cy")) == []


def test_the_welsh_file_holds_every_string_in_the_code(tmp_path):
    """Strings added since the .ts was refreshed show up here: run
    `python -m tools.build_translations`, then translate what it reports."""
    copy = tmp_path / "offerbook_cy.ts"
    shutil.copy(build_translations.ts_file("cy"), copy)
    build_translations.update("cy", copy)
    assert unfinished(copy) == []


def test_english_plural_forms_are_written():
    plurals = [(context, source, translation)
               for context, source, translation, numerus
               in ts_messages(build_translations.ts_file("en")) if numerus]
    assert plurals, "no plural strings found: has the .ts been made?"
    assert [f"{c}: {s!r}" for c, s, t in plurals if not all(texts(t, True))] == []


def test_placeholders_and_shortcuts_survive_translation():
    broken = []
    for context, source, translation, numerus in ts_messages(build_translations.ts_file("cy")):
        for text in texts(translation, numerus):
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            if numerus:
                wanted = [p for p in wanted if p != "%n"]  # a form may spell out its number
            if any(p not in text for p in wanted):
                broken.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if bool(SHORTCUT.search(source)) != bool(SHORTCUT.search(text)):
                broken.append(f"{context}: {source!r} -> {text!r} (shortcut)")
    assert broken == []


def test_the_welsh_file_is_marked_as_a_draft_for_review():
    text = build_translations.ts_file("cy").read_text(encoding="utf-8")
    assert "native Welsh speaker" in text.split("<context>")[0]
    readme = (build_translations.TRANSLATIONS_DIR / "README.md").read_text(encoding="utf-8")
    assert "draft" in readme.lower() and "native" in readme.lower()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_compiled_translations_are_fresh(tmp_path, language):
    fresh = tmp_path / f"offerbook_{language}.qm"
    build_translations.release(language, fresh)
    assert build_translations.qm_file(language).read_bytes() == fresh.read_bytes(), (
        "stale .qm: run python -m tools.build_translations")


def test_welsh_changes_what_real_widgets_show(qtbot, tmp_path, translated):
    english = UnlockPage(tmp_path / "vault")
    qtbot.addWidget(english)
    assert english.ui.title_label.text() == "Unlock Offerbook"

    assert i18n.install("cy")
    page = UnlockPage(tmp_path / "vault")
    qtbot.addWidget(page)
    title = welsh("UnlockPage", "Unlock Offerbook")
    assert page.ui.title_label.text() == title != "Unlock Offerbook"
    assert page.ui.unlock_button.text() == welsh("UnlockPage", "&Unlock")
    screen = SettingsScreen()
    qtbot.addWidget(screen)
    assert screen.title() == welsh("SettingsScreen", "Settings")
    assert screen.ui.theme_combo.itemText(2) == welsh("SettingsScreen", "High contrast")
    # Qt's own message-box buttons come from our file too.
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == welsh("QPlatformTheme",
                                                                         "&Yes")

    i18n.uninstall()
    assert UnlockPage(tmp_path / "vault").ui.title_label.text() == "Unlock Offerbook"


def test_a_missing_language_file_keeps_english(qapp, monkeypatch, tmp_path, translated):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert not i18n.install("cy")
    assert i18n.current() == "en"
