"""The sync status line: its words, and the controller and bar against a real hub on
127.0.0.1 (syncing in the background, progress, automatic sync, quiet failure)."""

from datetime import UTC, date, datetime, timedelta
import threading

import pytest

from PySide6.QtCore import Qt, QThreadPool

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync import client, devices, state
from desktop.gui.sync.service import SyncCancelled, SyncView, run_sync
from desktop.gui.sync.status_line import SyncBar, SyncController, SyncState, status_words

TODAY = date(2026, 3, 14)
AT_1432 = datetime(2026, 3, 14, 14, 32).astimezone()


def view(**changes) -> SyncView:
    values = dict(connected=True, role="linker", waiting=0, last_sync=AT_1432, conflicts=0)
    values.update(changes)
    return SyncView(**values)


def test_the_status_in_plain_words(english):
    assert status_words(SyncState(view(connected=False, role=None)), TODAY) == \
        "Not connected to a hub yet — everything is saved on this laptop"
    assert status_words(SyncState(view()), TODAY) == "Everything is on the hub, 14:32"
    assert status_words(SyncState(view(waiting=3), error="No connection.", offline=True),
                        TODAY) == "3 changes waiting — no connection"
    assert status_words(SyncState(view(waiting=1), error="No connection.", offline=True),
                        TODAY) == "1 change waiting — no connection"
    assert status_words(SyncState(view(waiting=3)), TODAY) == \
        "3 changes waiting to send · last sync 14:32"
    assert status_words(SyncState(view(last_sync=None)), TODAY) == \
        "Connected to the hub — not synced yet"
    yesterday = AT_1432 - timedelta(days=1)
    assert status_words(SyncState(view(last_sync=yesterday)), TODAY) == \
        "Everything is on the hub, yesterday at 14:32"
    assert status_words(SyncState(view(last_sync=AT_1432 - timedelta(days=10))), TODAY) == \
        "Everything is on the hub, 4 March 2026 at 14:32"
    # Errors other than the network are said as they are: they say what to do next.
    revoked = "This laptop can no longer sync: the coordinator revoked it."
    assert status_words(SyncState(view(waiting=2), error=revoked), TODAY) == revoked
    assert status_words(SyncState(view(), running=True), TODAY) == "Syncing…"
    assert status_words(SyncState(view(), running=True, stage="sending", done=200,
                                  total=1500), TODAY) == "Syncing… 200 of 1,500 sent"
    assert status_words(SyncState(view(), running=True, stage="receiving", done=2400),
                        TODAY) == "Syncing… 2,400 received"


def test_a_last_sync_in_utc_is_shown_in_local_time(english):
    utc = AT_1432.astimezone(UTC)
    assert status_words(SyncState(view(last_sync=utc)), TODAY) == \
        "Everything is on the hub, 14:32"


# ---- the controller and the bar, against a real hub -------------------------------------

@pytest.fixture
def bar(qtbot):
    controller = SyncController(first_delay_ms=60_000)  # automatic sync only where asked
    widget = SyncBar(controller)
    qtbot.addWidget(widget)
    widget.resize(1366, 30)
    widget.show()
    yield widget
    controller.stop()


def start(qtbot, controller: SyncController, vault) -> None:
    with qtbot.waitSignal(controller.view_read, timeout=5000):
        controller.start(vault)


def add_people(vault, count: int) -> None:
    Records(vault).add_many(models.Participant(full_name=f"Person {n}") for n in range(count))


def test_a_laptop_not_connected_says_so_and_offers_no_sync(qtbot, bar, vault, english):
    start(qtbot, bar.controller, vault)
    assert bar.status_label.text() == \
        "Not connected to a hub yet — everything is saved on this laptop"
    assert not bar.sync_button.isVisible() and not bar.conflicts_button.isVisible()
    assert not bar.controller.sync_now(automatic=True)  # nothing to try, quietly


def test_sync_now_sends_the_waiting_changes_in_the_background(qtbot, bar, vault, live_hub,
                                                               english):
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    add_people(vault, 3)
    start(qtbot, bar.controller, vault)
    waiting = client.status(vault).waiting
    assert waiting >= 3
    assert bar.status_label.text() == f"{waiting} changes waiting to send"
    assert bar.sync_button.isVisible() and bar.sync_button.accessibleName() == "Sync now"

    seen = []
    bar.controller.state_changed.connect(lambda state: seen.append(
        (state.running, bar.progress.isVisible(), bar.stop_button.isVisible(),
         bar.sync_button.isVisible(), bar.status_label.text())))
    with qtbot.waitSignal(bar.controller.finished, timeout=20_000) as done:
        qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
        # The click returns at once: the sync runs on a worker thread.
        assert bar.controller.state.running and bar.status_label.text().startswith("Syncing…")
    assert done.args[0].pushed >= waiting  # per field; `waiting` counts edited records
    assert seen[0] == (True, True, True, False, "Syncing…")
    assert not bar.progress.isVisible() and not bar.stop_button.isVisible()
    assert bar.status_label.text().startswith("Everything is on the hub, ")
    assert client.status(vault).waiting == 0


def test_progress_is_shown_while_sending_and_receiving(qtbot, bar, vault, live_hub,
                                                        english):
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    add_people(vault, 700)  # more than one batch to send
    start(qtbot, bar.controller, vault)
    progress = []
    bar.controller.state_changed.connect(lambda state: state.running and progress.append(
        (state.stage, state.done, state.total, bar.progress.maximum(), bar.progress.value(),
         bar.status_label.text())))
    with qtbot.waitSignal(bar.controller.finished, timeout=60_000):
        bar.controller.sync_now()
    sending = [step for step in progress if step[0] == "sending"]
    total = sending[0][2]
    assert total == 700 + 1  # the people, and the coordinator's own staff record
    assert sending[0][1:5] == (0, total, total, 0)
    assert len(sending) > 2  # batch by batch
    assert [step[1] for step in sending] == sorted(step[1] for step in sending)
    shown = [step for step in sending if 0 < step[1] <= total]
    assert shown and shown[0][5] == f"Syncing… {shown[0][1]:,} of {total:,} sent"
    assert shown[0][4] == shown[0][1]
    receiving = [step for step in progress if step[0] == "receiving"]
    assert receiving and receiving[-1][3] == 0  # busy bar: the amount to come is not known
    assert receiving[-1][5] == f"Syncing… {receiving[-1][1]:,} received"


def test_a_stopped_sync_keeps_what_is_waiting(qtbot, vault, live_hub):
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    add_people(vault, 2)
    waiting = client.status(vault).waiting
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SyncCancelled, match="What was sent or fetched so far is kept"):
        run_sync(vault, lambda *progress: None, cancel)
    assert client.status(vault).waiting == waiting


def test_stop_stops_a_long_sync_at_the_next_batch(qtbot, bar, vault, live_hub):
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    add_people(vault, 1500)  # many batches: the worker is far from done when Stop lands
    start(qtbot, bar.controller, vault)
    waiting = client.status(vault).waiting

    def stop_at_first_progress(state) -> None:
        if state.running and state.stage and bar.stop_button.isVisible():
            qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)

    bar.controller.state_changed.connect(stop_at_first_progress)
    assert bar.stop_button.accessibleName() == "Stop syncing"
    with qtbot.waitSignal(bar.controller.failed, timeout=60_000) as failed:
        bar.controller.sync_now()
    bar.controller.state_changed.disconnect(stop_at_first_progress)
    assert failed.args[0].startswith("Sync stopped.")
    assert bar.status_label.text().startswith("Sync stopped.")
    assert 0 < client.status(vault).waiting <= waiting  # the rest goes next time
    with qtbot.waitSignal(bar.controller.finished, timeout=60_000):
        qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    assert client.status(vault).waiting == 0


def test_no_connection_is_said_quietly_and_nothing_is_lost(qtbot, bar, vault, live_hub,
                                                            messages, english):
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    add_people(vault, 3)
    live_hub.stop()
    start(qtbot, bar.controller, vault)
    waiting = client.status(vault).waiting
    with qtbot.waitSignal(bar.controller.failed, timeout=20_000) as failed:
        assert bar.controller.sync_now(automatic=True)
    assert "refused the connection" in failed.args[0]
    assert messages.shown == []  # no dialog: only the status line
    with qtbot.waitSignal(bar.controller.view_read, timeout=5000):
        pass  # the status is read again after a failure
    assert bar.status_label.text() == f"{waiting} changes waiting — no connection"
    assert bar.sync_button.isVisible()  # to try again by hand
    assert client.status(vault).waiting == waiting


def test_a_refusal_is_said_in_plain_words(qtbot, bar, vault, live_hub):
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    state.put(vault, device_token="not-a-real-token")
    start(qtbot, bar.controller, vault)
    with qtbot.waitSignal(bar.controller.failed, timeout=20_000) as failed:
        bar.controller.sync_now()
    assert bar.status_label.text() == failed.args[0]
    assert "coordinator" in failed.args[0].lower() or "hub" in failed.args[0].lower()


def test_automatic_sync_after_unlocking_and_every_few_minutes(qtbot, vault, live_hub):
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    add_people(vault, 1)
    controller = SyncController(first_delay_ms=0, auto_ms=50)
    try:
        with qtbot.waitSignal(controller.finished, timeout=20_000) as first:
            controller.start(vault)
        assert first.args[0].pushed >= 1
        add_people(vault, 1)
        with qtbot.waitSignal(controller.finished, timeout=20_000) as second:
            pass  # the timer's next turn
        assert second.args[0].pushed >= 1
        assert client.status(vault).waiting == 0
    finally:
        controller.stop()
    assert not controller.auto_timer.isActive() and controller.vault is None


def test_ctrl_shift_s_syncs_and_every_control_is_named(qtbot, bar, vault, live_hub):
    from tests.gui.test_accessibility import _unnamed
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    start(qtbot, bar.controller, vault)
    qtbot.waitActive(bar)
    assert _unnamed(bar) == []
    with qtbot.waitSignal(bar.controller.finished, timeout=20_000):
        qtbot.keyClick(bar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        assert bar.controller.state.running
        assert _unnamed(bar) == []  # the progress bar and Stop too


def test_locking_mid_sync_loses_nothing(qtbot, vault, live_hub, messages):
    from desktop.gui.main_window import MainWindow
    from tests.conftest import FAST_KDF, PASSPHRASE
    devices.connect(vault, live_hub.url, live_hub.admin_token)
    add_people(vault, 1500)
    directory = vault.directory
    window = MainWindow(directory, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sync.view_read, timeout=5000):
        window._on_unlock_page_unlocked(vault)
    progressed = []
    window.sync.state_changed.connect(lambda state: state.done and progressed.append(state))
    assert window.sync.sync_now()
    qtbot.waitUntil(lambda: bool(progressed), timeout=20_000)  # a batch or more is sent
    window.lock()  # Ctrl+L in the middle of it
    assert window.stack.currentWidget() is window.unlock_page
    assert not window.statusBar().isVisible() and window.sync.vault is None
    assert messages.shown == []  # whatever the worker met after the lock, nobody is told

    # The worker meets the closed vault at its next step and stops; wait for it to end.
    assert QThreadPool.globalInstance().waitForDone(30_000)
    reopened = Vault.unlock(directory, PASSPHRASE)
    try:
        report = client.sync(reopened)  # carries on where it stopped
        assert client.status(reopened).waiting == 0
        assert Records(reopened).count(models.Participant) == 1500
        assert report.refused == 0
    finally:
        reopened.close()
