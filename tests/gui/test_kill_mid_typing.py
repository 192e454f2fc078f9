"""Kill the app with SIGKILL in the middle of typing a name; relaunch; the draft is there."""

from pathlib import Path
import random
import signal
import subprocess
import sys

from desktop.store.vault import Vault
from desktop.gui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE

NAME = "Gwenllïan ਗੁਰਪ੍ਰੀਤ Ó Briain"
HERE = Path(__file__).parent


def test_sigkill_mid_typing_then_relaunch_finds_the_draft(qtbot, tmp_path):
    path = tmp_path / "vault"
    Vault.create(path, "Coordinator", PASSPHRASE, kdf=FAST_KDF)[0].close()
    stop_after = random.Random(7).randint(5, len(NAME) - 3)
    child = subprocess.Popen([sys.executable, str(HERE / "typing_app.py"), str(path),
                              PASSPHRASE, NAME], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        for count in range(1, stop_after + 1):
            assert child.stdout.readline().strip() == f"typed {count}"
            if count < stop_after:
                child.stdin.write("more\n")
                child.stdin.flush()
        # The child is blocked waiting for "more" right after key `stop_after`: kill it there.
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()

    # Relaunch: unlock as the same person; the app returns to the new-person form with the
    # name as far as it was typed when the process died.
    window = MainWindow(path, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    window._on_unlock_page_unlocked(Vault.unlock(path, PASSPHRASE))
    screen = window.shell.current
    assert screen is not None and screen.name == "person"
    assert screen.form.ui.full_name_edit.text() == NAME[:stop_after]
    window.close()
