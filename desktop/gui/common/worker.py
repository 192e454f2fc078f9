"""The one way slow work leaves the GUI thread.

`run_in_background(fn, on_done, on_error)` runs `fn` on Qt's global thread pool and calls
`on_done(result)` or `on_error(exception)` back on the GUI thread (the signal is queued to the
receiver, which lives there). Threading contract: `fn` must not touch widgets; the callbacks
may. The vault's connection is shared across threads but every write holds its write lock.
"""

from collections.abc import Callable
import logging
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
import shiboken6

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn = fn
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # handed to on_error on the GUI thread
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


_live: set[_Relay] = set()  # keep relays alive until their task reports


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> None:
    relay = _Relay()
    _live.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _live.discard(relay)
        # A lock throws the screens away; work that finishes afterwards has no one to tell.
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            log.info("background result dropped: its screen was closed")
            return
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Task(fn, relay))
