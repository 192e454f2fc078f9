"""Fixtures shared by every test: a fresh vault per test, fast keyslots, offscreen Qt."""

import os
from pathlib import Path

import pytest

# Before any Qt import: GUI tests run offscreen, in CI and here alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.store.keyslots import KdfPolicy  # noqa: E402
from desktop.store.vault import Vault  # noqa: E402

# Real Argon2id, real AES-GCM, but 8 MiB and one pass instead of the calibrated ~0.4 s, so
# hundreds of vaults can be made in a test run. One test checks the real default separately.
FAST_KDF = KdfPolicy(memory_kib=8 * 1024, fixed_time_cost=1)
PASSPHRASE = "orchard lantern pebble violet"


@pytest.fixture
def fast_kdf() -> KdfPolicy:
    return FAST_KDF


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_dir: Path):
    """An open vault with one coordinator; yields (vault, recovery_key)."""
    vault, recovery_key = Vault.create(vault_dir, "Test Coordinator", PASSPHRASE,
                                       organisation="Test Linkers", kdf=FAST_KDF)
    yield vault, recovery_key
    vault.close()


@pytest.fixture
def vault(new_vault) -> Vault:
    return new_vault[0]


def query(vault: Vault, sql: str, params: tuple | list = ()) -> list[tuple]:
    """Every row of one read, through `vault.reading()` as the app reads."""
    with vault.reading() as conn:
        return conn.execute(sql, params).fetchall()


def type_text(widget, text: str) -> None:
    """Type any text, one key event per character, as a keyboard with an input method would.

    QTest.keyClicks only knows ASCII (it asserts on anything else), and our users type names
    in every script, so non-ASCII characters are sent as key events carrying their text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture(autouse=True)
def _private_log_dir(tmp_path_factory, monkeypatch) -> Path:
    """Every test (and every subprocess it starts) logs and keeps its device settings in its
    own folders, never in $HOME."""
    folder = tmp_path_factory.mktemp("logs")
    monkeypatch.setenv("OFFERBOOK_LOG_DIR", str(folder))
    monkeypatch.setenv("OFFERBOOK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    return folder


def agreed_to_keep_record(records, participant):
    """Record that `participant` agreed (spoken, today) to a record being kept: the consent
    that conversations, offers and requests need. Returns the participant."""
    from datetime import date

    from desktop.core import models
    records.add(models.Consent(participant_id=participant.id, purpose="keep-record",
                               given=True, method="spoken",
                               recorded_on=date.today().isoformat()))
    return participant
