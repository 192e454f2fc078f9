"""The one way slow work leaves the GUI thread: an operation owned by a widget.

    operations.run(self, lambda task: service.list_conflicts(vault), key="load",
                   on_success=self._on_loaded, on_failure=self._on_failed)

Threading contract:

- `work(task)` runs on Qt's global thread pool. It must not touch widgets, nor any other
  QObject of the GUI thread, not even to read them: the caller reads what the work needs
  (text typed, the vault, ids) before `run` and the work closes over those plain values.
- The work may use the vault, only through `vault.reading()` (a read-only connection, one
  snapshot per block, never waiting on a write) and `vault.transaction()` (the one writer,
  behind the vault's write lock), so the work and the GUI never interleave statements on a
  connection. Locking closes the vault under work still running: work of many steps checks
  `task.cancelled` (a threading.Event) between them, and a screen cancels its operations when
  the vault locks.
- `task.progress(*values)` may be called from the work; `on_progress(*values)` gets them on
  the GUI thread.
- Everything else runs on the GUI thread, and only while the result is still wanted: the owner
  exists (a closed page or dialog is deleted; this is decided by the owner given to `run`,
  never by the callbacks, so lambdas are safe), no newer run of the same owner and key has
  started (the latest result wins), and the run was not cancelled. Otherwise the result is
  dropped unseen.
- Then, first and whatever happened, `on_finished()` (a button enabled again, a busy flag
  cleared); then `on_success(result)`, or for a failure the plain-error rule
  (`show_failure`): an OfferbookError, or a database error the vault can say in plain words,
  goes to `on_failure(error)` as an OfferbookError, or without one to `Messages.error`;
  anything else is a bug and is raised again on the GUI thread, for the global excepthook.
"""

from collections.abc import Callable
import logging
import threading
import traceback
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget
import shiboken6

from desktop.core.errors import OfferbookError
from desktop.store.vault import translate_error
from desktop.gui.common.messages import Messages

log = logging.getLogger(__name__)

T = TypeVar("T")


class Task:
    """What the work is given: the cancel token to check and the progress reporter."""

    def __init__(self, relay: "_Relay"):
        self.cancelled = threading.Event()  # set by cancel() or stop(): end at the next step
        self._relay = relay

    def progress(self, *values: Any) -> None:
        """How far the work is (from the worker thread); on_progress gets it on the GUI's."""
        self._relay.progressed.emit(values)


class _Relay(QObject):
    """Lives on the GUI thread, so what the worker emits is queued to its slots there."""

    ended = Signal(bool, object)  # (worked, the result or the exception)
    progressed = Signal(object)  # the values given to task.progress

    def __init__(self, operation: "Operation[Any]"):
        super().__init__()
        self.operation = operation
        self.ended.connect(self._on_ended)
        self.progressed.connect(self._on_progressed)

    @Slot(bool, object)
    def _on_ended(self, worked: bool, value: object) -> None:
        self.operation._arrived(worked, value)

    @Slot(object)
    def _on_progressed(self, values: tuple) -> None:
        self.operation._progressed(values)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Task], Any], task: Task, relay: _Relay):
        super().__init__()
        self._work, self._task, self._relay = work, task, relay

    def run(self) -> None:
        try:
            result = self._work(self._task)
        except Exception as error:  # judged on the GUI thread, by show_failure
            self._relay.ended.emit(False, error)
        else:
            self._relay.ended.emit(True, result)


_latest: dict[tuple[int, str], "Operation[Any]"] = {}  # the run wanted, per owner and key
_running: set["Operation[Any]"] = set()  # keeps each relay alive until its work reports


class Operation(Generic[T]):
    """One run of `work` for `owner`; see the module's docstring."""

    def __init__(self, owner: QObject, key: str, on_success: Callable[[T], None] | None,
                 on_failure: Callable[[OfferbookError], None] | None,
                 on_progress: Callable[..., None] | None, on_finished: Callable[[], None] | None,
                 unexpected: str | None):
        self.owner, self.key = owner, key
        self._on_success, self._on_failure = on_success, on_failure
        self._on_progress, self._on_finished = on_progress, on_finished
        self._unexpected = unexpected
        self._relay = _Relay(self)
        self.task = Task(self._relay)
        self._wanted = True  # until it is delivered, cancelled or overtaken

    def cancel(self) -> None:
        """Ask the work to stop, and drop whatever it ends with."""
        self.task.cancelled.set()
        self._forget()

    def stop(self) -> None:
        """Ask the work to stop at its next step; unlike cancel(), how it ended still arrives
        (usually a plain error the work raises to say it stopped)."""
        self.task.cancelled.set()

    def _forget(self) -> None:
        self._wanted = False
        slot = (id(self.owner), self.key)
        if _latest.get(slot) is self:
            del _latest[slot]

    def _still_wanted(self) -> bool:
        return self._wanted and shiboken6.isValid(self.owner)

    def _progressed(self, values: tuple) -> None:
        if self._on_progress is not None and self._still_wanted():
            self._on_progress(*values)

    def _arrived(self, worked: bool, value: Any) -> None:
        _running.discard(self)
        if not self._still_wanted():
            self._forget()
            log.debug("background result dropped: %s", self.key)
            return
        self._forget()  # before the callbacks, which may start the next run of this key
        if self._on_finished is not None:
            self._on_finished()
        if not worked:
            show_failure(self.owner, value, self._on_failure, unexpected=self._unexpected)
        elif self._on_success is not None:
            self._on_success(value)


def run(owner: QObject, work: Callable[[Task], T], *, key: str,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[OfferbookError], None] | None = None,
        on_progress: Callable[..., None] | None = None,
        on_finished: Callable[[], None] | None = None,
        unexpected: str | None = None) -> Operation[T]:
    """Run `work(task)` off the GUI thread for `owner`; a run of the same owner and `key`
    still going is cancelled (only the latest result is wanted).

    `unexpected` is for the few forms that must stay usable after a bug (unlocking, changing a
    key): instead of the excepthook, the bug is logged and `unexpected` shown as its message.
    Call from the GUI thread only."""
    assert threading.current_thread() is threading.main_thread(), "GUI thread only"
    operation = Operation(owner, key, on_success, on_failure, on_progress, on_finished,
                          unexpected)
    previous = _latest.get((id(owner), key))
    if previous is not None:
        previous.cancel()
    _latest[(id(owner), key)] = operation
    _running.add(operation)
    QThreadPool.globalInstance().start(_Runnable(work, operation.task, operation._relay))
    return operation


def cancel(owner: QObject, key: str | None = None) -> None:
    """Cancel the owner's run for `key`, or all its runs (the vault is locking, say)."""
    for operation in list(_latest.values()):
        if operation.owner is owner and key in (None, operation.key):
            operation.cancel()


def pending(owner: QObject, key: str) -> bool:
    """Whether a run of the owner's `key` is on its way and still wanted."""
    return (id(owner), key) in _latest


def plain_error(error: Exception) -> OfferbookError | None:
    """What to tell the person about `error`: itself if it is an OfferbookError, the vault's
    plain words for a database failure, or None for a bug."""
    if isinstance(error, OfferbookError):
        return error
    return translate_error(error)


def show_failure(owner: QObject | None, error: Exception,
                 on_failure: Callable[[OfferbookError], None] | None = None, *,
                 unexpected: str | None = None) -> None:
    """The plain-error rule, also for work done on the GUI thread: a plain error goes to
    `on_failure`, or without one to `Messages.error`; a bug is raised again (call this in an
    `except` block or on the GUI thread, where the excepthook hears it) unless `unexpected`
    says what to show for it instead."""
    plain = plain_error(error)
    if plain is None:
        if unexpected is None:
            raise error
        # Where, not what, as the excepthook logs it: a message may hold what someone typed.
        frames = "".join(f"\n  {frame.filename}:{frame.lineno} in {frame.name}"
                         for frame in traceback.extract_tb(error.__traceback__))
        log.error("unexpected %s in background work%s", type(error).__name__, frames)
        plain = OfferbookError(unexpected)
    if on_failure is not None:
        on_failure(plain)
        return
    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()  # the dialog's parent: the nearest widget
    Messages.error(owner, plain.message)
