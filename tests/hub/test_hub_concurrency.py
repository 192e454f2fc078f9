"""Several laptops pushing at once while others pull: the log stays gap-free and consistent,
and a cursor never skips a change that committed late (DESIGN §5)."""

from concurrent.futures import ThreadPoolExecutor
import threading

from desktop.sync import protocol
from tests.hub.helpers import change, linker

PUSHERS, BATCHES, BATCH = 4, 8, 40


def test_concurrent_pushes_leave_a_gap_free_log_that_every_puller_sees_whole(
        hub, coordinator, store):
    teams = [f"t{n}" for n in range(PUSHERS)]
    pushers = [linker(hub, coordinator, f"lap-{n}", [team]) for n, team in enumerate(teams)]
    readers = [linker(hub, coordinator, "reader-all", teams), coordinator]
    start = threading.Barrier(PUSHERS + 1)
    done = threading.Event()

    def push(n: int) -> list[str]:
        start.wait()
        ids = []
        for b in range(BATCHES):
            batch = [change(scope=f"team:t{n}", row_id=f"r-{n}-{b}-{i}", device_id=f"lap-{n}")
                     for i in range(BATCH)]
            reply = hub.push(pushers[n], batch)
            assert reply.status_code == 200, reply.text
            assert {r["status"] for r in reply.json()["results"]} == {"stored"}
            ids += [c["change_id"] for c in batch]
        return ids

    def follow() -> list[dict]:
        """Pull while the pushes go on, storing the cursor as a device would."""
        start.wait()
        seen, after = [], 0
        while True:
            finished = done.is_set()
            reply = hub.post(protocol.PULL, {"after": after, "limit": 25}, token=readers[0])
            assert reply.status_code == 200, reply.text
            page = reply.json()
            seen += page["changes"]
            after = page["next"]
            if finished and not page["more"]:
                return seen

    with ThreadPoolExecutor(PUSHERS + 1) as pool:
        follower = pool.submit(follow)
        try:
            pushed = list(pool.map(push, range(PUSHERS)))
        finally:
            done.set()  # a failed push must not leave the follower pulling for ever
        followed = follower.result(timeout=120)

    total = PUSHERS * BATCHES * BATCH
    seqs = sorted(row[0] for table, row in store.dump() if table == "changes")
    assert seqs == list(range(1, total + 1))
    # The follower saw every change exactly once, in seq order, although it pulled mid-push.
    assert [c["seq"] for c in followed] == list(range(1, total + 1))
    assert sorted(c["change_id"] for c in followed) == sorted(sum(pushed, []))
    # Each pusher's batches kept their order within the log.
    for n, ids in enumerate(pushed):
        assert [c["change_id"] for c in followed if c["device_id"] == f"lap-{n}"] == ids
    for token in readers:
        assert len(hub.pull_all(token, limit=protocol.MAX_PAGE)[0]) == total
    for n, token in enumerate(pushers):
        own, cursor = hub.pull_all(token, limit=protocol.MAX_PAGE)
        assert len(own) == BATCHES * BATCH and cursor == total
        assert {c["scope"] for c in own} == {f"team:t{n}"}


def test_the_same_batch_pushed_by_several_laptops_at_once_is_stored_once(hub, coordinator):
    tokens = [linker(hub, coordinator, f"lap-{n}", ["north"]) for n in range(4)]
    batch = [change(scope="team:north", row_id=f"r-{i}") for i in range(60)]
    start = threading.Barrier(len(tokens))

    def push(token: str) -> list[tuple[str, int]]:
        start.wait()
        reply = hub.push(token, batch)
        assert reply.status_code == 200, reply.text
        return [(r["status"], r["seq"]) for r in reply.json()["results"]]

    with ThreadPoolExecutor(len(tokens)) as pool:
        results = list(pool.map(push, tokens))
    assert sorted(r[0][0] for r in results) == ["duplicate"] * 3 + ["stored"]
    assert all([seq for _, seq in r] == list(range(1, 61)) for r in results)
    assert len(hub.pull_all(coordinator)[0]) == 60
