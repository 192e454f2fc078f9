"""`offerbook screenshots --out DIR`: every main screen, with demo data, offscreen, as PNG.

A throwaway vault in a temporary folder is filled with demo people; the real main window opens
on it at 1366×768 and the first-run page, the unlock page and every screen in the registry are
saved in each theme (record screens open on a demo participant who has a conversation, an offer
and a request, and who agreed to a printed card so the offer editor shows its card; the
conversation also at each of its sections; an opportunity's details on the first opportunity
by title; a screen that loads off the GUI thread once its answer is in). Nothing touches the
user's own vault or settings.
"""

from collections.abc import Callable, Iterator
from datetime import date
import logging
import os
from pathlib import Path
import tempfile
import time

from desktop.core import models
from desktop.core.consent import current_consents
from desktop.core.demo import DemoGenerator
from desktop.store.demo_writer import write_demo
from desktop.store.keyslots import KdfPolicy
from desktop.store.records import Records
from desktop.store.vault import Vault

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 1366, 768
DEMO_PEOPLE = 50
PASSPHRASE = "screenshot lantern pebble violet"
# Argon2id at 8 MiB and one pass instead of the calibrated default: acceptable only because
# this vault holds synthetic people and is deleted as soon as the pictures are taken.
THROWAWAY_KDF = KdfPolicy(memory_kib=8 * 1024, fixed_time_cost=1)
# The offscreen platform cannot resize native windows and says so; it is not our problem.
_QT_NOISE = ("This plugin does not support propagateSizeHints",)


def take(out: Path, themes: tuple[str, ...] | None = None,
         report: Callable[[Path], None] = lambda path: None) -> list[Path]:
    """Save the screenshots into `out` (made if missing); returns the files, in order."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window ever appears on a desktop

    from desktop.gui.common import settings, theme
    from desktop.gui.common.messages import Messages

    app = QApplication.instance() or QApplication(["offerbook"])
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    record_only, previous_settings = Messages.record_only, None
    Messages.record_only = True  # a prompt must never block an offscreen run
    try:
        with tempfile.TemporaryDirectory(prefix="offerbook-shots-") as tmp:
            folder = Path(tmp)
            previous_settings = settings.use(settings.Settings(folder / "offerbook.ini"))
            vault_path = folder / "vault"
            args = _demo_vault(vault_path)
            for name in themes or theme.THEMES:
                settings.current().set(settings.THEME, name)
                theme.apply(app, name, 100)
                shooter = _Shooter(app, out, name, saved, report)
                shooter.all_pages(folder / "no-vault-yet", vault_path, args)
    finally:
        Messages.record_only = record_only
        settings.use(previous_settings)
        theme.reset(app)
    return saved


def _demo_vault(path: Path) -> dict[str, dict[str, str]]:
    """Make the throwaway vault; returns the screen arguments for one well-filled person."""
    vault, _key = Vault.create(path, "Demo Coordinator", PASSPHRASE,
                               organisation="Riverside Linkers (demo)", kdf=THROWAWAY_KDF)
    try:
        write_demo(vault, DemoGenerator(seed=1), DEMO_PEOPLE)
        records = Records(vault)
        by_person: dict[str, dict[str, str]] = {}
        for cls, key in ((models.Conversation, "conversation_id"), (models.Offer, "offer_id"),
                         (models.Request, "request_id")):
            for record in records.find(cls):
                by_person.setdefault(record.participant_id, {}).setdefault(key, record.id)
        # Someone who agreed to a printed card, so the offer editor shows their card.
        today = date.today()
        printable = {pid: ids for pid, ids in by_person.items()
                     if current_consents(records.find(models.Consent, "participant_id = ?",
                                                      [pid]), today).get("print-card")}
        participant_id, ids = max((printable or by_person).items(),
                                  key=lambda item: len(item[1]))
        opportunity = records.find(models.Opportunity, order="title", limit=1)
    finally:
        vault.close()
    person = {"participant_id": participant_id}
    return {"person": person,
            **{screen: {**person, **({key: ids[key]} if key in ids else {})}
               for screen, key in (("conversation", "conversation_id"), ("offer", "offer_id"),
                                   ("request", "request_id"))},
            "opportunity": {"opportunity_id": opportunity[0].id} if opportunity else {}}


class _Shooter:
    def __init__(self, app, out: Path, theme_name: str, saved: list[Path],
                 report: Callable[[Path], None]):
        self.app, self.out, self.theme_name = app, out, theme_name
        self.saved, self.report = saved, report
        self.count = 0

    def all_pages(self, empty_path: Path, vault_path: Path, args: dict) -> None:
        from desktop.gui.main_window import MainWindow
        from desktop.gui.registry import screen_classes

        window = self._window(MainWindow(empty_path, kdf=THROWAWAY_KDF))
        self.shoot(window, "first-run")
        self._close(window)

        window = self._window(MainWindow(vault_path, kdf=THROWAWAY_KDF))
        self.shoot(window, "unlock")
        window.unlock_page.ui.passphrase_edit.setText(PASSPHRASE)
        window.unlock_page.ui.unlock_button.click()
        self._wait(lambda: window.vault is not None)
        try:
            for cls, _in_nav in screen_classes():
                window.shell.go(cls.name, args.get(cls.name, {}))
                screen = window.shell.current
                if cls.name == "conversation":
                    for step in conversation_steps(screen, self._settle):
                        self.shoot(window, f"{cls.name}-{step:02d}")
                else:
                    preview = getattr(screen, "preview", None)  # the offer's card
                    if preview is not None:
                        self._wait(preview.is_current)
                    ready = getattr(screen, "is_ready", None)  # work off the GUI thread
                    if callable(ready):
                        self._wait(ready)
                    self.shoot(window, cls.name)
        finally:
            window.lock()
            self._close(window)

    def _window(self, window):
        window.resize(WIDTH, HEIGHT)
        window.show()
        self._settle()
        return window

    def shoot(self, window, page: str) -> None:
        self._settle()
        self.count += 1
        path = self.out / f"{self.theme_name}-{self.count:02d}-{page}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        self.report(path)

    def _settle(self) -> None:
        for _ in range(3):  # layouts settle over a few passes; timers at zero fire too
            self.app.processEvents()

    def _wait(self, done: Callable[[], bool], seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the screenshots waited too long for a screen to be ready")
            self.app.processEvents()
            time.sleep(0.005)

    def _close(self, window) -> None:
        window.close()
        window.deleteLater()
        self._settle()


def conversation_steps(screen, settle: Callable[[], None]) -> Iterator[int]:
    """Show each section of the conversation in turn, yielding its number from 1.

    Uses the screen's `go_to_section(index)` when it has one; otherwise the person's own way
    through, the Back and Next buttons: back to the first section, then onwards to the last.
    A screen offering neither is shown once, as it opened.
    """
    go_to, count = getattr(screen, "go_to_section", None), getattr(screen, "section_count", None)
    if callable(go_to) and callable(count):
        for index in range(count()):
            go_to(index)
            settle()
            yield index + 1
        return
    ui = getattr(screen, "ui", None)
    back, forward = getattr(ui, "back_button", None), getattr(ui, "next_button", None)
    if back is None or forward is None:
        yield 1
        return
    for _ in range(100):  # a bound, in case a button never disables
        if not back.isEnabled():
            break
        back.click()
    step = 1
    settle()
    yield step
    while forward.isVisible() and forward.isEnabled() and step < 100:
        forward.click()
        settle()
        step += 1
        yield step


def install_quiet_qt_messages() -> None:
    """Route Qt's messages to logging, minus the offscreen platform's known chatter."""
    from PySide6.QtCore import qInstallMessageHandler

    from desktop.gui.app import route_qt_message

    def handler(kind, context, message: str) -> None:
        if not message.startswith(_QT_NOISE):
            route_qt_message(kind, context, message)

    qInstallMessageHandler(handler)
