"""Typing while a sync merges: how long a keystroke's draft save and search wait.

    .venv/bin/python -m tests.bench.keystrokes                    # 20,000 changes, 3 rounds
    .venv/bin/python -m tests.bench.keystrokes --changes 5000 --rounds 1

One thread applies a 20,000-change sync to a laptop's vault page by page, as `offerbook sync`
does after each pull: the page's envelopes opened, then `incoming.apply_page` with the cursor,
`protocol.DEFAULT_PAGE` changes a page. (Before the reader connection and the merge in
steps, the client called `incoming.apply`, one transaction a page: run this file against that
version with that call.) The changes are made beforehand on a second laptop of
the same organisation, so no hub or network is involved, and the pages follow each other with
no pause for a pull: the worst case. Meanwhile two typists, a keystroke every 20 ms each, do what
the GUI thread does on a keystroke: one types into a form, whose draft is saved each time
(`drafts.save`, as DraftBinder does on every change: "keystroke -> saved"); the other types into
the register's search box (`people.search`, search-as-you-type). Two threads, so that neither
measurement starts right after the other has waited.

Reported, for each: the time from the call to its return, median and 95th percentile, with no
sync running (idle) and while the merge runs. The merge's own rate is shown too, so a fix that
made typing quick by making sync slow would show.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
import secrets
import statistics
import tempfile
import threading
import time

from desktop.core import models
from desktop.store import drafts, people
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.sync import incoming, outgoing, protocol, state
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.sync_helpers import connect

TICK = 0.020  # seconds between keystrokes: a quick typist
WORDS = ("Person 1", "Postcode LS", "Perla 7")  # typed one letter at a time, over and over
CHANGES_PER_PERSON = 13  # a new participant as this benchmark makes them travels as 13 fields


def laptop(folder: Path, name: str, key: bytes) -> Vault:
    vault, _ = Vault.create(folder / name, name, PASSPHRASE, kdf=FAST_KDF)
    return connect(vault, key)


def made_changes(folder: Path, key: bytes, wanted: int) -> list[protocol.Change]:
    """`wanted` sealed changes of new people, made on another laptop."""
    other = laptop(folder, "other", key)
    try:
        Records(other).add_many(
            models.Participant(full_name=f"Person {n}", preferred_name=f"P{n}",
                               phone="07700 900123", postcode=f"LS{n % 30} 3HB",
                               languages=["en", "pl"])
            for n in range(wanted // CHANGES_PER_PERSON + 1))
        saved = state.load(other)
        changes = [change for batch in outgoing.batches(other, saved)
                   for change in batch.changes]
    finally:
        other.close()
    if len(changes) < wanted:
        raise SystemExit(f"made only {len(changes)} changes; raise CHANGES_PER_PERSON's guess")
    return changes[:wanted]


def merge(vault: Vault, changes: list[protocol.Change]) -> None:
    """What `client._receive` does with each pulled page, minus the network."""
    keys = state.load(vault).keys()
    for number, start in enumerate(range(0, len(changes), protocol.DEFAULT_PAGE), 1):
        page = changes[start:start + protocol.DEFAULT_PAGE]
        incoming.apply_page(vault, incoming.open_all(keys, page), number)


def save_draft(vault: Vault, text: str) -> None:
    drafts.save(vault, "person:new", {"full_name": text, "notes": "typed " * 20})


def search(vault: Vault, text: str) -> None:
    people.search(vault, text, limit=50)


def typing(vault: Vault, keystroke: Callable[[Vault, str], None], stop: threading.Event,
           took: list[float], *, ticks: int | None = None) -> None:
    """A keystroke every TICK until `stop` (or `ticks` keystrokes), each timed into `took`."""
    typed = [word[:end] for word in WORDS for end in range(1, len(word) + 1)]
    start = time.perf_counter()
    tick = 0
    while not stop.is_set() and (ticks is None or tick < ticks):
        began = time.perf_counter()
        keystroke(vault, typed[tick % len(typed)])
        took.append(time.perf_counter() - began)
        tick += 1
        time.sleep(max(0.0, start + tick * TICK - time.perf_counter()))


def one_round(folder: Path, wanted: int) -> dict[str, list[float] | float]:
    key = secrets.token_bytes(32)
    changes = made_changes(folder, key, wanted)
    vault = laptop(folder, "here", key)
    try:
        # A register of this laptop's own, so a search finds people before the merge too.
        Records(vault).add_many(models.Participant(full_name=f"Perla {n}", postcode="LS7 3HB")
                                for n in range(2000))
        idle_saves: list[float] = []
        idle_searches: list[float] = []
        typing(vault, save_draft, threading.Event(), idle_saves, ticks=150)
        typing(vault, search, threading.Event(), idle_searches, ticks=150)

        saves: list[float] = []
        searches: list[float] = []
        stop = threading.Event()
        typists = [threading.Thread(target=typing, args=(vault, keystroke, stop, took))
                   for keystroke, took in ((save_draft, saves), (search, searches))]
        for typist in typists:
            typist.start()
        time.sleep(0.2)  # typing has started when the sync begins
        began = time.perf_counter()
        try:
            merge(vault, changes)
        finally:
            merged = time.perf_counter() - began
            stop.set()
            for typist in typists:
                typist.join()
        return {"idle save": idle_saves, "idle search": idle_searches,
                "save": saves, "search": searches, "merge s": merged,
                "rate": len(changes) / merged}
    finally:
        vault.close()


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def line(label: str, values: list[float]) -> str:
    return (f"  {label:<30}median {1000 * statistics.median(values):7.1f} ms   "
            f"p95 {1000 * p95(values):7.1f} ms   max {1000 * max(values):7.1f} ms   "
            f"({len(values)} keystrokes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pooled: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as folder:
            result = one_round(Path(folder), args.changes)
        for name, value in result.items():
            pooled.setdefault(name, []).extend(value if isinstance(value, list) else [value])
    print(f"{args.changes:,} changes merged in pages of {protocol.DEFAULT_PAGE}, "
          f"{args.rounds} rounds pooled; a keystroke every {1000 * TICK:.0f} ms")
    print(line("draft save, no sync", pooled["idle save"]))
    print(line("draft save, during the merge", pooled["save"]))
    print(line("search, no sync", pooled["idle search"]))
    print(line("search, during the merge", pooled["search"]))
    print(f"  merge                         {statistics.median(pooled['merge s']):.1f} s, "
          f"{statistics.median(pooled['rate']):,.0f} changes/s (median of rounds)")


if __name__ == "__main__":
    main()
