"""Run the real app offscreen, open a new-person form and type a name one key at a time.

Used by test_kill_mid_typing.py as a subprocess: after each key it prints "typed N" and waits
for the parent to say "more", so the parent decides exactly when the SIGKILL lands. Not a test.
"""

import os
from pathlib import Path
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.store.vault import Vault  # noqa: E402
from desktop.gui.main_window import MainWindow  # noqa: E402


def main() -> None:
    path, passphrase, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    window = MainWindow(path)
    window.show()
    window._on_unlock_page_unlocked(Vault.unlock(path, passphrase))
    window.shell.go("person", {})
    field = window.shell.screens["person"].form.ui.full_name_edit
    field.setFocus()
    for count, char in enumerate(text, 1):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                    char))
        app.processEvents()
        print(f"typed {count}", flush=True)
        if sys.stdin.readline().strip() != "more":
            break
    app.processEvents()


if __name__ == "__main__":
    main()
