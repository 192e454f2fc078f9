"""The change log: push, replays, refusals of whole batches, pull by pages, scopes, erasure."""

import pytest

from desktop.sync import protocol
from tests.hub.helpers import change, erasure, error_of, linker


def statuses(reply) -> list[tuple[str, int | None]]:
    assert reply.status_code == 200, reply.text
    return [(r["status"], r["seq"]) for r in reply.json()["results"]]


def test_a_push_is_stored_in_order_and_pulled_back_exactly(hub, coordinator):
    batch = [change(row_id=f"rec-{n}") for n in range(5)]
    assert statuses(hub.push(coordinator, batch)) == [("stored", n) for n in range(1, 6)]
    pulled, cursor = hub.pull_all(coordinator)
    assert cursor == 5
    assert pulled == [{**c, "seq": n} for n, c in enumerate(batch, 1)]


def test_a_replay_is_a_duplicate_with_its_first_seq_and_stores_nothing_new(hub, coordinator):
    batch = [change(row_id=f"rec-{n}") for n in range(3)]
    first = statuses(hub.push(coordinator, batch))
    later = change(row_id="rec-9")
    assert statuses(hub.push(coordinator, [*batch, later])) == [
        ("duplicate", seq) for _, seq in first] + [("stored", 4)]
    assert len(hub.pull_all(coordinator)[0]) == 4


def test_the_same_change_id_with_other_content_is_a_mismatch(hub, coordinator):
    original = change()
    hub.push(coordinator, [original])
    altered = {**original, "ciphertext": change()["ciphertext"]}
    assert statuses(hub.push(coordinator, [altered])) == [("mismatch", 1)]
    assert hub.pull_all(coordinator)[0][0]["ciphertext"] == original["ciphertext"]


def test_a_batch_naming_one_change_twice_stores_it_once(hub, coordinator):
    one = change()
    altered = {**one, "ciphertext": change()["ciphertext"]}
    assert statuses(hub.push(coordinator, [one, one, altered])) == [
        ("stored", 1), ("duplicate", 1), ("mismatch", 1)]
    assert len(hub.pull_all(coordinator)[0]) == 1


def test_an_oversized_batch_is_refused_whole(hub, coordinator):
    batch = [change(row_id=f"rec-{n}") for n in range(protocol.MAX_BATCH + 1)]
    reply = hub.push(coordinator, batch)
    assert reply.status_code == 413 and error_of(reply) == protocol.TOO_LARGE
    assert str(protocol.MAX_BATCH) in reply.json()["error"]["message"]
    assert hub.pull_all(coordinator)[0] == []
    assert statuses(hub.push(coordinator, batch[:protocol.MAX_BATCH]))[-1] == \
        ("stored", protocol.MAX_BATCH)


@pytest.mark.parametrize("breakage", [
    {"tbl": "passwords"}, {"row_id": "a b"}, {"hlc": "yesterday"}, {"ciphertext": "not base64!"},
    {"kind": "delete"}, {"scope": "everyone"}, {"extra": 1}, {"ciphertext": None}])
def test_one_invalid_change_refuses_the_whole_batch(hub, coordinator, breakage):
    batch = [change(row_id="rec-1"), {**change(row_id="rec-2"), **breakage}]
    reply = hub.push(coordinator, batch)
    assert reply.status_code == 400 and error_of(reply) == protocol.BAD_REQUEST
    assert hub.pull_all(coordinator)[0] == []


def test_a_far_future_stamp_refuses_the_batch_and_says_how_far_ahead_the_clock_is(
        hub, coordinator, clock):
    ahead = clock.ms() + 3 * 3600 * 1000
    reply = hub.push(coordinator, [change(row_id="rec-1"), change(wall_ms=ahead)])
    assert reply.status_code == 422 and error_of(reply) == protocol.CLOCK_AHEAD
    message = reply.json()["error"]["message"]
    assert "about 3 hours ahead" in message and "date and time" in message
    assert hub.pull_all(coordinator)[0] == []
    # Within the limit is fine: a few minutes of drift is normal.
    near = clock.ms() + protocol.FUTURE_LIMIT_MS - 60_000
    assert statuses(hub.push(coordinator, [change(wall_ms=near)])) == [("stored", 1)]


def test_a_linker_may_push_to_its_teams_and_shared_but_nothing_else(hub, coordinator):
    token = linker(hub, coordinator, "lap-1", ["north"])
    ok = [change(scope="team:north", row_id="p-1"), change(scope="shared", row_id="o-1")]
    assert [s for s, _ in statuses(hub.push(token, ok))] == ["stored", "stored"]
    reply = hub.push(token, [change(scope="team:north", row_id="p-2"),
                             change(scope="team:south", row_id="p-3")])
    assert reply.status_code == 403 and error_of(reply) == protocol.FORBIDDEN
    assert len(hub.pull_all(coordinator)[0]) == 2
    # A coordinator may write to any team.
    assert statuses(hub.push(coordinator, [change(scope="team:south")])) == [("stored", 3)]


def test_pull_pages_with_cursors_and_the_cursor_is_where_the_next_pull_starts(
        hub, coordinator):
    hub.push(coordinator, [change(row_id=f"rec-{n}") for n in range(25)])
    seen, after = [], 0
    pages = []
    while True:
        page = hub.post(protocol.PULL, {"after": after, "limit": 10}, token=coordinator).json()
        pages.append((len(page["changes"]), page["next"], page["more"]))
        seen += [c["seq"] for c in page["changes"]]
        after = page["next"]
        if not page["more"]:
            break
    assert pages == [(10, 10, True), (10, 20, True), (5, 25, False)]
    assert seen == list(range(1, 26))
    empty = hub.post(protocol.PULL, {"after": 25}, token=coordinator).json()
    assert empty["changes"] == [] and empty["next"] == 25 and empty["more"] is False
    # A page that ends exactly at the last change says there is no more.
    exact = hub.post(protocol.PULL, {"after": 20, "limit": 5}, token=coordinator).json()
    assert len(exact["changes"]) == 5 and exact["more"] is False


def test_a_page_is_never_larger_than_the_protocol_allows(hub, coordinator):
    for start in range(0, protocol.MAX_PAGE + 10, protocol.MAX_BATCH):
        hub.push(coordinator, [change(row_id=f"r-{start + n}") for n in range(protocol.MAX_BATCH)])
    page = hub.post(protocol.PULL, {"after": 0, "limit": 10**6}, token=coordinator).json()
    assert len(page["changes"]) == protocol.MAX_PAGE and page["more"] is True
    default = hub.post(protocol.PULL, {}, token=coordinator).json()
    assert len(default["changes"]) == protocol.DEFAULT_PAGE


def test_a_device_never_receives_another_teams_changes_but_its_cursor_moves_past_them(
        hub, coordinator):
    north = linker(hub, coordinator, "lap-n", ["north"])
    south = linker(hub, coordinator, "lap-s", ["south"])
    both = linker(hub, coordinator, "lap-b", ["north", "south"])
    batch = []
    for n in range(30):
        scope = ["team:north", "team:south", "shared", "team:east"][n % 4]
        batch.append(change(scope=scope, row_id=f"rec-{n}"))
    hub.push(coordinator, batch)
    for token, allowed in ((north, {"team:north", "shared"}), (south, {"team:south", "shared"}),
                           (both, {"team:north", "team:south", "shared"})):
        pulled, cursor = hub.pull_all(token, limit=4)
        assert {c["scope"] for c in pulled} == allowed
        assert [c["change_id"] for c in pulled] == \
            [c["change_id"] for c in batch if c["scope"] in allowed]
        assert cursor == 30  # past east's changes too, so it never asks for them again
    assert len(hub.pull_all(coordinator)[0]) == 30


def test_an_empty_pull_of_only_other_teams_still_advances_the_cursor(hub, coordinator):
    north = linker(hub, coordinator, "lap-n", ["north"])
    hub.push(coordinator, [change(scope="team:south", row_id=f"r-{n}") for n in range(7)])
    page = hub.post(protocol.PULL, {"after": 0, "limit": 3}, token=north).json()
    assert page == {"protocol": protocol.versions(), "changes": [], "next": 7, "more": False}


def test_erasure_deletes_the_history_keeps_a_marker_and_refuses_later_changes(
        hub, coordinator, store):
    north = linker(hub, coordinator, "lap-n", ["north"])
    history = [change(scope="team:north", tbl="participants", row_id="p-1", col=col)
               for col in ("full_name", "phone", "notes")]
    other = change(scope="team:north", tbl="participants", row_id="p-2")
    hub.push(north, [*history, other])
    erase = erasure(scope="team:north", tbl="participants", row_id="p-1")
    assert statuses(hub.post(protocol.ERASE, {"changes": [erase]}, token=north)) == \
        [("stored", 5)]
    # Everyone learns of it in log order; nothing of the record is left on the hub.
    pulled, _ = hub.pull_all(coordinator)
    assert [(c["row_id"], c["kind"], c["seq"]) for c in pulled] == \
        [("p-2", "set", 4), ("p-1", "erase", 5)]
    rows = list(store.dump())
    assert not any(table == "changes" and "p-1" in row and "erase" not in row
                   for table, row in rows)
    assert any(table == "erased" and row[:2] == ("participants", "p-1") for table, row in rows)
    # An offline laptop's later edit and a replay of the old history are refused as erased.
    late = change(scope="team:north", tbl="participants", row_id="p-1", col="phone")
    assert statuses(hub.push(north, [late, history[0]])) == [("erased", None), ("erased", None)]
    # The same record id in another table is another record.
    assert statuses(hub.push(north, [change(scope="team:north", tbl="offers", row_id="p-1")])
                    ) == [("stored", 6)]
    # Replaying the erasure is a duplicate; a second erasure of it is refused as erased.
    assert statuses(hub.push(north, [erase])) == [("duplicate", 5)]
    again = erasure(scope="team:north", tbl="participants", row_id="p-1")
    assert statuses(hub.post(protocol.ERASE, {"changes": [again]}, token=north)) == \
        [("erased", None)]


def test_an_erasure_in_a_push_batch_takes_effect_in_order(hub, coordinator):
    before = change(row_id="rec-1", col="title")
    erase = erasure(row_id="rec-1")
    after = change(row_id="rec-1", col="status")
    assert statuses(hub.push(coordinator, [before, erase, after, before])) == [
        ("stored", 1), ("stored", 2), ("erased", None), ("erased", None)]
    assert [c["kind"] for c in hub.pull_all(coordinator)[0]] == ["erase"]


def test_erasing_a_record_another_team_holds_is_forbidden_and_erases_nothing(
        hub, coordinator):
    north = linker(hub, coordinator, "lap-n", ["north"])
    hub.push(coordinator, [change(scope="team:south", tbl="participants", row_id="p-1")])
    own = erasure(scope="team:north", tbl="participants", row_id="p-9")
    theirs = erasure(scope="team:north", tbl="participants", row_id="p-1")
    reply = hub.post(protocol.ERASE, {"changes": [own, theirs]}, token=north)
    assert reply.status_code == 403 and error_of(reply) == protocol.FORBIDDEN
    assert [c["kind"] for c in hub.pull_all(coordinator)[0]] == ["set"]
    # Out of scope from the start: refused before the log is looked at.
    south = erasure(scope="team:south", tbl="participants", row_id="p-1")
    assert error_of(hub.post(protocol.ERASE, {"changes": [south]}, token=north)) == \
        protocol.FORBIDDEN
    # The coordinator may.
    assert statuses(hub.post(protocol.ERASE, {"changes": [south]}, token=coordinator)) == \
        [("stored", 2)]


def test_the_erase_endpoint_takes_only_erasures(hub, coordinator):
    reply = hub.post(protocol.ERASE, {"changes": [change()]}, token=coordinator)
    assert reply.status_code == 400 and error_of(reply) == protocol.BAD_REQUEST
    assert hub.pull_all(coordinator)[0] == []


def test_seqs_are_not_reused_after_the_newest_changes_are_erased(hub, coordinator):
    """A cursor past an erased change must still see what comes after it."""
    hub.push(coordinator, [change(row_id="rec-1"), change(row_id="rec-2")])
    _, cursor = hub.pull_all(coordinator)
    hub.post(protocol.ERASE, {"changes": [erasure(row_id="rec-2")]}, token=coordinator)
    hub.push(coordinator, [change(row_id="rec-3")])
    later, _ = hub.pull_all(coordinator, after=cursor)
    assert [(c["row_id"], c["kind"]) for c in later] == [("rec-2", "erase"), ("rec-3", "set")]
    assert [c["seq"] for c in later] == [3, 4]
