"""Device-side sync benchmarks: two laptops' real vaults and a real `offerbook hub serve` on
127.0.0.1, each figure beside the same work done without the network, in one run.

    .venv/bin/python -m tests.bench.sync                        # 2,000 people, 3 rounds
    .venv/bin/python -m tests.bench.sync --people 8000 --rounds 1

"Send" is `sync` on the laptop that made the people: its outbox read, every value sealed, and
pushed in batches of 500 — then, as every sync does, its own changes pulled back and checked (a
laptop restored from a backup needs them). "Fetch" is `sync` on the other laptop: pages pulled,
every value opened and merged into its SQLCipher vault, the cursor moved with each page. The
controls are the same work with no hub: the batches built and sealed, and the same changes
merged straight into a third vault. "Incremental" is the issue's 20 changes: one laptop edits 20
fields and syncs, then the other syncs (target 300 ms each).
"""

from __future__ import annotations

import argparse
from pathlib import Path
import secrets
import statistics
import tempfile
import time

import httpx

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync import client as sync_client, incoming, outgoing, protocol, state
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.fault_proxy import HubProcess


def laptop(folder: Path, name: str, hub: HubProcess, key: bytes) -> Vault:
    vault, _ = Vault.create(folder / name, name, PASSPHRASE, kdf=FAST_KDF)
    with httpx.Client(base_url=hub.url, timeout=60) as admin:
        reply = admin.post(protocol.ADMIN_COORDINATOR,
                           headers={"Authorization": f"Bearer {hub.admin_token}"},
                           json={"protocol": protocol.versions(),
                                 "device_id": vault.device_id, "name": name}).json()
    state.save(vault, state.SyncState(
        hub_url=hub.url, org_id=reply["org_id"], device_token=reply["device_token"],
        org_key=key, key_id="bench1", role=reply["role"], teams=reply["teams"]))
    return vault


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def one_round(folder: Path, people: int) -> dict[str, float]:
    key = secrets.token_bytes(32)
    hub = HubProcess(folder)
    vaults = []
    try:
        a, b, c = (laptop(folder, name, hub, key) for name in ("a", "b", "c"))
        vaults += [a, b, c]
        Records(a).add_many(models.Participant(full_name=f"Person {n}", phone="07700 900123",
                                               postcode="LS7 3HB", languages=["en", "pl"])
                            for n in range(people))
        saved = state.load(a)
        built, changes = timed(lambda: [ch for batch in outgoing.batches(a, saved)
                                        for ch in batch.changes])
        sent, report = timed(lambda: sync_client.sync(a))
        fetched, _ = timed(lambda: sync_client.sync(b))
        merged, _ = timed(lambda: [incoming.apply(c, incoming.open_all(saved.keys(),
                                                                       changes[i:i + 500]))
                                   for i in range(0, len(changes), 500)])
        n = len(changes)
        person = Records(a).find(models.Participant, limit=20)
        increments_a, increments_b = [], []
        for turn in range(10):
            for row in person:
                Records(a).update(models.Participant, row.id, phone=f"07700 9{turn:05d}")
            increments_a.append(timed(lambda: sync_client.sync(a))[0])
            increments_b.append(timed(lambda: sync_client.sync(b))[0])
        return {"changes": n, "send": n / sent, "build+seal": n / built,
                "fetch": n / fetched, "open+merge": n / merged,
                "incremental send ms": 1000 * statistics.median(increments_a),
                "incremental fetch ms": 1000 * statistics.median(increments_b),
                "pushed": report.pushed}
    finally:
        for vault in vaults:
            vault.close()
        hub.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results = []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as folder:
            results.append(one_round(Path(folder), args.people))
    median = {key: statistics.median(r[key] for r in results) for key in results[0]}
    print(f"{int(median['changes']):,} changes ({args.people:,} people), median of "
          f"{args.rounds} rounds")
    print(f"  send (outbox, seal, push)     {median['send']:>10,.0f} changes/s   "
          f"control, build+seal only {median['build+seal']:>10,.0f}/s")
    print(f"  fetch (pull, open, merge)     {median['fetch']:>10,.0f} changes/s   "
          f"control, open+merge only {median['open+merge']:>10,.0f}/s")
    print(f"  incremental, 20 changes       send {median['incremental send ms']:.0f} ms, "
          f"fetch {median['incremental fetch ms']:.0f} ms (target 300 ms)")


if __name__ == "__main__":
    main()
