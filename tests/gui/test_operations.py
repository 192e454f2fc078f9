"""The one background helper (desktop.gui.common.operations): results for a deleted owner or
an overtaken run are dropped, progress and results reach the GUI thread, cancel is heard by
the work, plain errors are said once, and bugs reach the excepthook."""

from datetime import date, timedelta
import threading

import pytest
import sqlcipher3

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtWidgets import QLabel
import shiboken6

from desktop.core import models
from desktop.core.errors import OfferbookError
from desktop.store.records import Records
from desktop.gui.common import operations
from desktop.gui.common.messages import Messages
from desktop.gui.home import home_screen
from desktop.gui.home.home_screen import HomeScreen

TIMEOUT_MS = 5000


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """The modal messages shown, recorded instead of blocking."""
    monkeypatch.setattr(Messages, "record_only", True)
    monkeypatch.setattr(Messages, "shown", [])
    return Messages.shown


@pytest.fixture
def owner(qtbot) -> QLabel:
    label = QLabel()
    qtbot.addWidget(label)
    return label


def settle(qtbot) -> None:
    """Every run started so far has reported and been delivered or dropped.

    The work is over once the pool is idle; what it emitted is then queued on the GUI thread,
    ahead of a run started afterwards, so waiting for that one's result waits for all."""
    assert QThreadPool.globalInstance().waitForDone(TIMEOUT_MS)
    marker, arrived = QObject(), []
    operations.run(marker, lambda _task: None, key="settle",
                   on_success=lambda _result: arrived.append(True))
    qtbot.waitUntil(lambda: arrived == [True], timeout=TIMEOUT_MS)


def gated(gate: threading.Event, value: object):
    """Work that returns `value` once `gate` is set (so a test decides when it ends)."""
    def work(_task: operations.Task) -> object:
        assert gate.wait(TIMEOUT_MS / 1000)
        return value
    return work


# ---- the owner ---------------------------------------------------------------------------------

@pytest.mark.parametrize("callback", ["method", "lambda"])
def test_a_result_arriving_after_its_widget_was_closed_is_dropped(qtbot, callback):
    page = QLabel("waiting")
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.show()
    gate, seen = threading.Event(), []
    if callback == "method":
        on_success = page.setText  # a bound method of the deleted widget
    else:
        def on_success(text: str) -> None:  # a closure: the old check never saw its owner
            seen.append(text)
            page.setText(text)
    operations.run(page, gated(gate, "late"), key="load", on_success=on_success,
                   on_finished=lambda: seen.append("finished"))
    page.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=TIMEOUT_MS)
    gate.set()
    settle(qtbot)  # a call on the deleted label would raise, failing the test via pytest-qt
    assert seen == []
    assert not operations.pending(page, "load")


def test_a_result_for_a_live_owner_arrives_on_the_gui_thread(qtbot, owner):
    where = []

    def work(_task: operations.Task) -> str:
        where.append(threading.current_thread() is threading.main_thread())
        return "ready"

    def on_success(text: str) -> None:
        where.append(threading.current_thread() is threading.main_thread())
        owner.setText(text)

    operations.run(owner, work, key="load", on_success=on_success)
    qtbot.waitUntil(lambda: owner.text() == "ready", timeout=TIMEOUT_MS)
    assert where == [False, True]  # worked off the GUI thread, delivered on it


# ---- the latest result wins --------------------------------------------------------------------

def test_of_two_runs_of_one_purpose_only_the_latest_result_is_shown(qtbot, owner):
    first_gate, shown_texts, other = threading.Event(), [], []
    first = operations.run(owner, gated(first_gate, "first search"), key="search",
                           on_success=shown_texts.append)
    operations.run(owner, lambda _task: "second search", key="search",
                   on_success=shown_texts.append)
    operations.run(owner, lambda _task: "another purpose", key="count",
                   on_success=other.append)
    assert first.task.cancelled.is_set()  # overtaken: told it may stop
    qtbot.waitUntil(lambda: shown_texts == ["second search"], timeout=TIMEOUT_MS)
    first_gate.set()  # the older search finishes last
    settle(qtbot)
    assert shown_texts == ["second search"]
    assert other == ["another purpose"]  # another key is not overtaken


def test_home_shows_the_latest_load_when_an_older_one_lands_last(qtbot, vault, monkeypatch):
    person = Records(vault).add(models.Participant(full_name="Hodan Warsame"))
    real_gather = home_screen.gather
    gate, calls = threading.Event(), []

    def gather(vault, today):
        calls.append(today)
        if len(calls) == 1:  # the first load reads before the follow-up exists, and is slow
            data = real_gather(vault, today)
            assert gate.wait(TIMEOUT_MS / 1000)
            return data
        return real_gather(vault, today)

    monkeypatch.setattr(home_screen, "gather", gather)
    home = HomeScreen()
    qtbot.addWidget(home)
    loaded = []
    home.loaded.connect(lambda: loaded.append(home.follow_ups.list.count()))
    home.open(vault)  # the first load starts
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=TIMEOUT_MS)
    Records(vault).add(models.FollowUp(participant_id=person.id,
                                       due_on=(date.today() - timedelta(days=1)).isoformat()))
    with qtbot.waitSignal(home.loaded, timeout=TIMEOUT_MS):
        home.refresh()  # the second load, with the follow-up, lands first
    gate.set()
    settle(qtbot)
    assert loaded == [1]  # the older load, without it, was dropped when it landed
    assert home.follow_ups.list.count() == 1
    assert "Hodan Warsame" in home.follow_ups.list.item(0).text()
    assert not home.loading
    home.close_vault()


# ---- progress and cancel -----------------------------------------------------------------------

def test_progress_reaches_the_gui_thread_in_order(qtbot, owner):
    reports = []

    def work(task: operations.Task) -> str:
        for step in range(1, 4):
            task.progress(step, 3)
        return "done"

    def on_progress(done: int, total: int) -> None:
        reports.append((done, total, threading.current_thread() is threading.main_thread()))

    operations.run(owner, work, key="count", on_progress=on_progress,
                   on_success=owner.setText)
    qtbot.waitUntil(lambda: owner.text() == "done", timeout=TIMEOUT_MS)
    assert reports == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_cancel_drops_the_result_and_the_work_sees_the_token(qtbot, owner):
    started, heard, results = threading.Event(), [], []

    def work(task: operations.Task) -> str:
        started.set()
        heard.append(task.cancelled.wait(TIMEOUT_MS / 1000))  # a step's check, made long
        return "finished anyway"

    operation = operations.run(owner, work, key="sync", on_success=results.append,
                               on_failure=results.append, on_finished=lambda: results.append(0))
    assert started.wait(TIMEOUT_MS / 1000)
    assert operations.pending(owner, "sync")
    operation.cancel()
    assert not operations.pending(owner, "sync")
    settle(qtbot)
    assert heard == [True]
    assert results == []


def test_cancelling_an_owner_drops_all_its_runs(qtbot, owner):
    gate, results = threading.Event(), []
    for key in ("load", "save"):
        operations.run(owner, gated(gate, key), key=key, on_success=results.append)
    operations.cancel(owner)  # the vault is locking
    gate.set()
    settle(qtbot)
    assert results == []


def test_stop_asks_the_work_to_stop_and_still_says_how_it_ended(qtbot, owner):
    said = []

    def work(task: operations.Task) -> str:
        if task.cancelled.wait(TIMEOUT_MS / 1000):
            raise OfferbookError("Stopped. What was done so far is kept.")
        return "never stopped"

    operation = operations.run(owner, work, key="sync", on_success=said.append,
                               on_failure=lambda error: said.append(error.message))
    operation.stop()
    qtbot.waitUntil(lambda: said == ["Stopped. What was done so far is kept."],
                    timeout=TIMEOUT_MS)


# ---- failures ----------------------------------------------------------------------------------

def refused(_task: operations.Task) -> None:
    raise OfferbookError("The hub said no. Try again later.")


def full_disk(_task: operations.Task) -> None:
    raise sqlcipher3.OperationalError("database or disk is full")


@pytest.mark.parametrize("work, message", [
    (refused, "The hub said no. Try again later."),
    (full_disk, "The disk refused to read or write the vault. Check there is free space and "
                "the drive is connected, then try again."),
], ids=["offerbook-error", "vault-error"])
def test_a_plain_error_is_said_once_in_plain_words(qtbot, owner, shown, work, message):
    finished = []
    operations.run(owner, work, key="load", on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    settle(qtbot)
    assert shown == [("error", message)]
    assert finished == [True]


def test_a_screen_can_say_a_plain_error_inline_instead(qtbot, owner, shown):
    def work(_task: operations.Task) -> None:
        raise OfferbookError("No connection to the hub just now.")

    operations.run(owner, work, key="load", on_failure=lambda error: owner.setText(error.message))
    qtbot.waitUntil(lambda: owner.text() == "No connection to the hub just now.",
                    timeout=TIMEOUT_MS)
    assert shown == []  # inline only: no dialog as well


def test_an_unexpected_exception_reaches_the_excepthook(qtbot, owner, shown):
    finished = []

    def work(_task: operations.Task) -> None:
        raise KeyError("a bug")

    with qtbot.capture_exceptions() as exceptions:
        operations.run(owner, work, key="load", on_success=finished.append,
                       on_failure=finished.append, on_finished=lambda: finished.append(0))
        qtbot.waitUntil(lambda: bool(exceptions), timeout=TIMEOUT_MS)
    [(kind, error, _traceback)] = exceptions
    assert kind is KeyError and error.args == ("a bug",)
    assert finished == [0]  # the busy state is cleared, neither success nor failure is called
    assert shown == []  # the excepthook, not the plain-error path, tells the person


def test_a_form_that_must_stay_usable_says_a_bug_plainly_and_logs_its_type(qtbot, owner, shown,
                                                                           caplog):
    def work(_task: operations.Task) -> None:
        raise ValueError("Hodan Warsame")  # a message may hold what someone typed

    operations.run(owner, work, key="unlock", unexpected="Something went wrong; try again.",
                   on_failure=lambda error: owner.setText(error.message))
    qtbot.waitUntil(lambda: owner.text() == "Something went wrong; try again.",
                    timeout=TIMEOUT_MS)
    assert "ValueError" in caplog.text and "Hodan" not in caplog.text
    assert shown == []


def test_show_failure_serves_work_done_on_the_gui_thread(owner, shown):
    try:
        raise OfferbookError("That follow-up was deleted.")
    except OfferbookError as error:
        operations.show_failure(owner, error)
    assert shown == [("error", "That follow-up was deleted.")]
    with pytest.raises(ZeroDivisionError):
        try:
            1 / 0
        except ZeroDivisionError as error:
            operations.show_failure(owner, error)
