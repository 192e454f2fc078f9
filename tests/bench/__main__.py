"""Vault benchmarks, each beside the same operation on an unencrypted copy, in one run.

    .venv/bin/python -m tests.bench                  # 10,000 people: a couple of minutes
    .venv/bin/python -m tests.bench --people 100000  # the issue's dataset: much longer

The unencrypted side runs the very same code (Records, triggers, pragmas, migrations) on a
connection with no key, so the ratio is the price of encryption and nothing else. Measurements
alternate between the two sides to share the machine's noise.
"""

import argparse
import copy
from functools import partial
from pathlib import Path
import random
import statistics
import tempfile
import time

import filelock
import sqlcipher3

from desktop.core import models
from desktop.core.demo import DemoGenerator
from desktop.core.ids import new_id
from desktop.store import migrations, people
from desktop.store.demo_writer import demo_batches
from desktop.store.keyslots import DEFAULT_KDF, Header
from desktop.store.records import Records
from desktop.store.vault import DB_FILE, PRAGMAS, Vault
from tests.conftest import query

PASSPHRASE = "benchmark lantern orchard pebble"


def plain_vault(directory: Path) -> Vault:
    """A Vault object over an unencrypted database: the control for every ratio."""
    directory.mkdir(parents=True)
    conn = sqlcipher3.connect(str(directory / DB_FILE), check_same_thread=False)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    header = Header(vault_id=new_id())
    migrations.initialise(conn, header.vault_id, new_id())
    migrations.apply(conn, migrations.pending(conn))
    reader = sqlcipher3.connect(str(directory / DB_FILE), check_same_thread=False)
    for pragma in (*PRAGMAS, "PRAGMA query_only = ON"):
        reader.execute(pragma)
    lock = filelock.FileLock(directory / "vault.lock", thread_local=False)
    lock.acquire()
    return Vault(directory, conn, reader, b"", header, None, lock)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def size_of(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.glob(f"{DB_FILE}*"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="offerbook-bench-") as work:
        root = Path(work)
        # Unlock (the KDF) and a later open with the raw key.
        vault, _ = Vault.create(root / "enc", "Bench Coordinator", PASSPHRASE, kdf=DEFAULT_KDF)
        key = vault.data_key
        vault.close()
        unlocks = [timed(lambda: Vault.unlock(root / "enc", PASSPHRASE).close())
                   for _ in range(5)]
        rows.append(("unlock (Argon2id + open)", f"{statistics.median(unlocks) * 1000:.0f} ms",
                     "", "0.3–0.5 s by design"))

        enc = Vault.open_with_key(root / "enc", key)
        plain = plain_vault(root / "plain")
        # demo inserts: the same batches written to both sides in turn, so a change in the
        # machine's load mid-run falls on both; generating the records is not timed.
        t_plain = t_enc = 0.0
        for _, batch in demo_batches(DemoGenerator(seed=7), args.people):
            twin = copy.deepcopy(batch)
            t_plain += timed(partial(Records(plain).add_many, twin, action="demo"))
            t_enc += timed(partial(Records(enc).add_many, batch, action="demo"))
        for v in (enc, plain):
            v.checkpoint()
        # A later open of the now full vault with the raw key (no KDF).
        enc.close()
        opens = [timed(lambda: Vault.open_with_key(root / "enc", key).close())
                 for _ in range(30)]
        rows.append((f"open with raw key ({args.people:,} people)",
                     f"{statistics.median(opens) * 1000:.2f} ms", "", "≤ 5 ms"))
        enc = Vault.open_with_key(root / "enc", key)
        rows.append((f"demo --participants {args.people:,}", f"{t_enc:.1f} s", f"{t_plain:.1f} s",
                     f"×{t_enc / t_plain:.2f} (≤ ×1.3)"))
        s_enc, s_plain = size_of(root / "enc"), size_of(root / "plain")
        rows.append(("vault size", f"{s_enc / 2**20:.0f} MiB", f"{s_plain / 2**20:.0f} MiB",
                     f"×{s_enc / s_plain:.3f} (≤ ×1.1)"))

        # Search as you type: prefixes of real names and gift words, 2 to 5 letters.
        rnd = random.Random(3)
        with enc.reading() as conn:
            names = [r[0] for r in conn.execute(
                "SELECT full_name FROM participants ORDER BY random() LIMIT ?", (args.queries,))]
            words = [r[0] for r in conn.execute(
                "SELECT own_words FROM gifts ORDER BY random() LIMIT ?", (args.queries,))]
        queries = []
        for text in names + words:
            word = rnd.choice(text.split())
            queries.append(word[:rnd.randint(2, 5)])
        rnd.shuffle(queries)
        lat_enc, lat_plain = [], []
        for q in queries:
            lat_plain.append(timed(partial(people.search, plain, q, limit=50)))
            lat_enc.append(timed(partial(people.search, enc, q, limit=50)))
        rows.append((f"people search p95 ({len(queries)} prefixes)",
                     f"{p95(lat_enc) * 1000:.1f} ms", f"{p95(lat_plain) * 1000:.1f} ms",
                     f"×{p95(lat_enc) / p95(lat_plain):.2f} (≤ 20 ms, ≤ ×1.3)"))

        # Saving one record: the row, its audit row and its outbox row, one transaction.
        pid_enc, pid_plain = (query(v, "SELECT id FROM participants LIMIT 1")[0][0]
                              for v in (enc, plain))
        save_enc, save_plain = [], []
        for n in range(200):
            save_plain.append(timed(partial(Records(plain).add, models.Note(
                participant_id=pid_plain, body=f"Follow-up call number {n}"))))
            save_enc.append(timed(partial(Records(enc).add, models.Note(
                participant_id=pid_enc, body=f"Follow-up call number {n}"))))
        m_enc, m_plain = statistics.median(save_enc), statistics.median(save_plain)
        rows.append(("save one record (median)", f"{m_enc * 1000:.2f} ms",
                     f"{m_plain * 1000:.2f} ms", f"×{m_enc / m_plain:.2f} (≤ 5 ms, ≤ ×2)"))
        enc.close()
        plain.close()

    widths = [max(len(r[i]) for r in rows + [("what", "encrypted", "plain", "ratio / target")])
              for i in range(4)]
    header = ("what", "encrypted", "plain", "ratio / target")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))


if __name__ == "__main__":
    main()
