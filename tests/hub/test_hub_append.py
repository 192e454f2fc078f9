"""The store's quick append of all-new batches, and the careful way it falls back to.

A push is first appended as it is; a replay (the log's unique change_id refuses it) or an
erased record rolls that attempt back and the batch goes change by change. These tests pin
what the fallback must leave: no gap in the seqs, no half batch, the same results as ever.
"""

from __future__ import annotations

import json

import pytest

from desktop.hub.postgres_store import _copy_text
from desktop.sync import protocol
from tests.hub.helpers import change, erasure


def results(reply) -> list[tuple[str, int | None]]:
    assert reply.status_code == 200, reply.text
    return [(r["status"], r["seq"]) for r in reply.json()["results"]]


def test_a_replay_at_the_end_of_a_big_batch_leaves_no_half_batch_and_no_gap(hub, coordinator):
    first = change(row_id="rec-0")
    assert results(hub.push(coordinator, [first])) == [("stored", 1)]
    fresh = [change(row_id=f"rec-{n}") for n in range(1, 300)]
    assert results(hub.push(coordinator, [*fresh, first])) == [
        *(("stored", n) for n in range(2, 301)), ("duplicate", 1)]
    pulled, cursor = hub.pull_all(coordinator, limit=protocol.MAX_PAGE)
    assert [c["seq"] for c in pulled] == list(range(1, 301)) and cursor == 300
    assert [c["change_id"] for c in pulled] == [first["change_id"]] + \
        [c["change_id"] for c in fresh]
    # The next push carries on from there.
    assert results(hub.push(coordinator, [change(row_id="rec-x")])) == [("stored", 301)]


def test_with_erased_records_about_a_new_batch_is_stored_and_only_the_erased_refused(
        hub, coordinator):
    hub.push(coordinator, [change(tbl="participants", row_id="p-1")])
    hub.post(protocol.ERASE, {"changes": [erasure(tbl="participants", row_id="p-1")]},
             token=coordinator)
    assert results(hub.push(coordinator, [change(row_id="o-1"), change(row_id="o-2")])) == [
        ("stored", 3), ("stored", 4)]
    late = change(tbl="participants", row_id="p-1", col="phone")
    assert results(hub.push(coordinator, [change(row_id="o-3"), late])) == [
        ("stored", 5), ("erased", None)]


AWKWARD = ["tab\there", "line\nbreak", "carriage\rreturn", "back\\slash", "\\N", "\\.", ""]


@pytest.mark.parametrize("text", AWKWARD)
def test_rows_that_would_need_escaping_are_stored_exactly(store, text):
    """The hub checks changes before they reach the store, so none holds these; the store
    must still keep such text exactly, not trust the check (PostgreSQL's COPY text)."""
    row = ("ch-1", "shared", "offers", "rec-1", "title", "000001764000000000-00000", None,
           "dev-1", "set", text)
    assert store.push([row], lambda scope: True, 0.0) == [
        {"change_id": "ch-1", "status": "stored", "seq": 1}]
    page = store.pull(0, 10, None)
    assert page.count == 1 and page.cursor == 1 and page.more is False
    assert json.loads(page.changes) == [{"seq": 1, **dict(zip(protocol._WIRE_FIELDS, row))}]


def test_copy_text_is_refused_for_anything_that_needs_escaping():
    row = ("ch-1", "shared", "offers", "rec-1", "title", "000001764000000000-00000", None,
           "dev-1", "set", "QUJD")
    assert _copy_text(7, [row]) == ("7\tch-1\tshared\toffers\trec-1\ttitle\t"
                                    "000001764000000000-00000\t\\N\tdev-1\tset\tQUJD\n")
    erase = ("ch-2", "shared", "offers", "rec-1", "", "000001764000000000-00000", None,
             "dev-1", "erase", None)
    assert _copy_text(1, [erase]).endswith(
        "\trec-1\t\t000001764000000000-00000\t\\N\tdev-1\terase\t\\N\n")
    for text in AWKWARD[:-1]:
        assert _copy_text(1, [row, row[:9] + (text,)]) is None, text
