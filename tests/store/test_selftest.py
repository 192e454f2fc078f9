"""The crypto self-test passes here and would catch a wrong answer."""

import pytest

from desktop.store import selftest


def test_self_test_passes_on_this_machine():
    selftest.run.cache_clear()
    selftest.run()


def test_self_test_fails_on_a_wrong_known_answer(monkeypatch):
    monkeypatch.setattr(selftest, "_ARGON2ID_EXPECTED", bytes(32))
    selftest.run.cache_clear()
    with pytest.raises(selftest.SelfTestFailed, match="Argon2id"):
        selftest.run()
    selftest.run.cache_clear()
