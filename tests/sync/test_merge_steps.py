"""A pulled page merged in steps: the same end as one transaction, and safe to cut short."""

from pathlib import Path
import secrets

import pytest

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync import incoming, protocol, state
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.sync_helpers import connect, pending_changes, replica

PEOPLE = 40  # each travels as a dozen or so fields: several steps of MERGE_STEP changes


@pytest.fixture
def laptops(tmp_path: Path):
    """Three laptops of one organisation: the first has made PEOPLE people."""
    key, made = secrets.token_bytes(32), []
    for name in ("maker", "in-steps", "in-one"):
        vault, _ = Vault.create(tmp_path / name, f"Linker {name}", PASSPHRASE, kdf=FAST_KDF)
        made.append(connect(vault, key))
    Records(made[0]).add_many(models.Participant(full_name=f"Person {n}", phone="07700 900123",
                                                 languages=["en", "cy"])
                              for n in range(PEOPLE))
    yield made
    for vault in made:
        vault.close()


def opened(vault: Vault, changes: list[protocol.Change]) -> list:
    return incoming.open_all(state.load(vault).keys(), changes)


def people(vault: Vault) -> dict:
    return replica(vault)["participants"]


def always_waiting(monkeypatch) -> None:
    """As if a draft were waiting to be saved at every step: each step commits."""
    monkeypatch.setattr(Vault, "writers_waiting", lambda self: True)


def failing_at(monkeypatch, step: int) -> list:
    """The merge fails at its `step`th step, as a crash there would; returns the steps."""
    real, steps = incoming._merge, []

    def merge(conn, vault, page, **kwargs):
        steps.append(page)
        if len(steps) == step:
            raise OSError("the battery ran out")
        return real(conn, vault, page, **kwargs)

    monkeypatch.setattr(incoming, "_merge", merge)
    return steps


def test_a_page_merged_in_steps_ends_as_one_transaction_would(laptops, monkeypatch):
    maker, in_steps, in_one = laptops
    changes = pending_changes(maker)
    assert len(changes) > 3 * incoming.MERGE_STEP
    whole = incoming.apply(in_one, opened(in_one, changes), cursor=7)
    always_waiting(monkeypatch)
    steps = failing_at(monkeypatch, step=0)  # never fails: counts the steps
    stepped = incoming.apply_page(in_steps, opened(in_steps, changes), 7)
    assert len(steps) > 3 and sum(len(step) for step in steps) == len(changes)
    assert stepped == whole
    assert people(in_steps) == people(in_one) and len(people(in_one)) == PEOPLE
    assert state.load(in_steps).cursor == 7
    for before, after in zip(steps, steps[1:]):  # no step ends inside a record
        assert (before[-1][0].tbl, before[-1][0].row_id) != (after[0][0].tbl, after[0][0].row_id)


def test_a_merge_cut_short_between_commits_ends_the_same_when_the_page_comes_again(
        laptops, monkeypatch):
    maker, in_steps, in_one = laptops
    changes = pending_changes(maker)
    incoming.apply(in_one, opened(in_one, changes), cursor=7)
    always_waiting(monkeypatch)
    real = incoming._merge
    steps = failing_at(monkeypatch, step=3)
    with pytest.raises(OSError):
        incoming.apply_page(in_steps, opened(in_steps, changes), 7)
    assert state.load(in_steps).cursor == 0  # not moved: the page will be pulled again
    assert 0 < len(people(in_steps)) < PEOPLE  # the first two steps were committed

    monkeypatch.setattr(incoming, "_merge", real)
    again = incoming.apply_page(in_steps, opened(in_steps, changes), 7)
    assert again.ignored == len(steps[0]) + len(steps[1])  # merged before: skipped
    assert people(in_steps) == people(in_one)
    assert state.load(in_steps).cursor == 7


def test_with_nobody_waiting_to_write_a_page_is_one_transaction(laptops, monkeypatch):
    maker, in_steps, _ = laptops
    monkeypatch.setattr(Vault, "writers_waiting", lambda self: False)
    failing_at(monkeypatch, step=3)
    with pytest.raises(OSError):
        incoming.apply_page(in_steps, opened(in_steps, pending_changes(maker)), 7)
    assert people(in_steps) == {} and state.load(in_steps).cursor == 0


def test_an_empty_page_still_moves_the_cursor(laptops):
    _, in_steps, _ = laptops
    assert incoming.apply_page(in_steps, [], 12) == incoming.Outcome()
    assert state.load(in_steps).cursor == 12
