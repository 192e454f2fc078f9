"""What every screen offers the shell."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.store.vault import Vault


class Screen(QWidget):
    """A screen of the app, shown by the shell.

    `name` is its place in navigation; `open(vault, **args)` shows it for a record (args are
    ids, never typed text); `place()` says how to come back to exactly here after a lock.
    A screen asks to go elsewhere by emitting `navigate(name, args)`.
    """

    name = ""
    navigate = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.args: dict[str, Any] = {}

    def title(self) -> str:
        """The navigation label (translated)."""
        return self.name

    def open(self, vault: Vault, **args: Any) -> None:
        self.vault = vault
        self.args = args
        self.refresh()

    def refresh(self) -> None:
        """Reload what the screen shows from the vault."""

    def close_vault(self) -> None:
        """The vault is locking: forget everything shown (drafts are already in the vault)."""
        self.vault = None

    def place(self) -> dict[str, Any]:
        return {"screen": self.name, **self.args}
