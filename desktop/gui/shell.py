"""The unlocked app: a navigation column and one screen at a time.

Screens come from `desktop.gui.registry`. The shell remembers where the user is (screen
and record ids) in the vault, so unlocking — or relaunching after a crash — returns them there;
what they had typed comes back from its draft.
"""

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from desktop.store import drafts
from desktop.store.vault import Vault
from desktop.gui.common.screen import Screen
from desktop.gui.registry import screen_classes

log = logging.getLogger(__name__)


class AppShell(QWidget):
    place_changed = Signal(dict)
    # Relayed from screens (which are rebuilt at every lock) to the main window.
    switch_staff_requested = Signal()
    lock_minutes_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.sync = None  # the main window's SyncController, for screens with use_sync
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget(self)
        self.screens: dict[str, Screen] = {}
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentItemChanged.connect(self._on_nav_current_item_changed)
        self._build_screens()

    def _build_screens(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        for cls, in_nav in screen_classes():
            screen = cls(self)
            self.screens[screen.name] = screen
            self.stack.addWidget(screen)
            screen.navigate.connect(self.go)
            for relay in ("switch_staff_requested", "lock_minutes_changed"):
                if hasattr(screen, relay):
                    getattr(screen, relay).connect(getattr(self, relay))
            if self.sync is not None and hasattr(screen, "use_sync"):
                screen.use_sync(self.sync)
            if in_nav:
                item = QListWidgetItem(screen.title(), self.nav)
                item.setData(Qt.ItemDataRole.UserRole, screen.name)
        self.nav.blockSignals(False)

    def set_sync(self, controller) -> None:
        """Hand the sync controller to every screen that shows sync (now and after locks)."""
        self.sync = controller
        for screen in self.screens.values():
            if hasattr(screen, "use_sync"):
                screen.use_sync(controller)

    @property
    def current(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def open(self, vault: Vault) -> None:
        """Show the app for an unlocked vault, at the place this user last was."""
        self.vault = vault
        place = drafts.load_place(vault) or {"screen": self._first_screen()}
        screen = place.pop("screen", None)
        if screen not in self.screens:
            screen, place = self._first_screen(), {}
        self.go(screen, place)

    def go(self, name: str, args: dict[str, Any] | None = None) -> None:
        if self.vault is None or name not in self.screens:
            return
        screen = self.screens[name]
        self.stack.setCurrentWidget(screen)
        screen.open(self.vault, **(args or {}))
        self._select_nav(name)
        place = screen.place()
        drafts.save_place(self.vault, place)
        self.place_changed.emit(place)

    def close_vault(self) -> None:
        """Forget everything shown. The screens are thrown away and made anew, so no typed
        text lingers in a widget while the vault is locked: it lives in its draft only."""
        for screen in self.screens.values():
            screen.close_vault()
            self.stack.removeWidget(screen)
            screen.setParent(None)
            screen.deleteLater()
        self.screens = {}
        self.vault = None
        self._build_screens()

    def _first_screen(self) -> str:
        return "home" if "home" in self.screens else next(iter(self.screens))

    def _select_nav(self, name: str) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.nav.blockSignals(True)
                self.nav.setCurrentItem(item)
                self.nav.blockSignals(False)

    def _on_nav_current_item_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None:
            self.go(item.data(Qt.ItemDataRole.UserRole))
