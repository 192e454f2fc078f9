"""Hub benchmarks: a real `offerbook hub serve` on 127.0.0.1, each beside its database's own bulk
load of the same rows, in one run.

    .venv/bin/python -m tests.bench.hub                    # 100,000 changes, 3 rounds
    .venv/bin/python -m tests.bench.hub --changes 20000 --rounds 1

End to end means what a laptop does: seal each value (AES-256-GCM), push batches of
protocol.MAX_BATCH as JSON over HTTP, then pull every page of protocol.MAX_PAGE and open each
value again. The laptop's side is modelled here with httpx, once with the json module and once
with orjson, which desktop/sync/client.py uses. The control is the same rows written straight
into the same table: COPY on PostgreSQL, executemany in one transaction on SQLite. Rounds
alternate hub and control so the machine's noise falls on both. PostgreSQL runs a throwaway
cluster with its crash-safe defaults (fsync on).

The requests are one after another, so the three parties take turns: each end-to-end row says
how many CPU seconds the laptop (this process), the hub process and PostgreSQL's server
processes spent, which shows where the time goes on a busy machine too. The row with the
laptop's JSON by orjson is what a laptop does now; the json-module row shows what that saves.
"""

from __future__ import annotations

import argparse
import base64
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
import json
import os
from pathlib import Path
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
import httpx
import orjson

from desktop.core.hlc import Stamp
from desktop.hub.storage import CHANGE_COLUMNS, open_store
from desktop.sync import protocol
from tests.pg import Cluster

VERSIONS = protocol.versions()
FIELDS = ("full_name", "phone", "postcode", "title", "notes")


def plain_values(n: int) -> list[bytes]:
    words = ("kitchen garden", "bike repair", "Polish lessons", "07700 900123", "LS7 3HB",
             "Mornings suit best; call after ten.", "Amira Hussain", "knitting circle")
    return [f"{words[i % len(words)]} #{i}".encode() for i in range(n)]


def seal_all(key: bytes, values: list[bytes], device: str, start: int) -> list[dict]:
    # One stamp for all: a laptop keeps each field's stamp as text, it does not format it.
    aead, stamp = AESGCM(key), str(Stamp(int(time.time() * 1000), 0))
    changes = []
    for i, value in enumerate(values):
        row_id, col = f"rec-{(start + i) // 5}", FIELDS[(start + i) % 5]
        aad = f"offers/{row_id}/{col}".encode()
        nonce = os.urandom(12)
        changes.append({
            "change_id": f"{device}-{start + i}", "scope": "shared", "tbl": "offers",
            "row_id": row_id, "col": col, "hlc": stamp, "base_hlc": None,
            "device_id": device, "kind": "set",
            "ciphertext": base64.b64encode(nonce + aead.encrypt(nonce, value, aad)).decode()})
    return changes


def open_all(key: bytes, changes: list[dict]) -> int:
    aead = AESGCM(key)
    for c in changes:
        raw = base64.b64decode(c["ciphertext"])
        aead.decrypt(raw[:12], raw[12:], f"{c['tbl']}/{c['row_id']}/{c['col']}".encode())
    return len(changes)


@contextmanager
def hub_process(db: str):
    admin = subprocess.run([sys.executable, "-m", "desktop", "hub", "admin-token", "--db", db],
                           capture_output=True, text=True, check=True)
    process = subprocess.Popen([sys.executable, "-m", "desktop", "hub", "serve", "--db", db,
                                "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        url = process.stdout.readline().split()[4]
        yield url, admin.stdout.strip().splitlines()[-1].strip(), process.pid
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)


def device_token(client: httpx.Client, admin: str, device_id: str) -> str:
    reply = client.post(protocol.ADMIN_COORDINATOR, headers={"Authorization": f"Bearer {admin}"},
                        json={"protocol": VERSIONS, "device_id": device_id, "name": "Bench"})
    reply.raise_for_status()
    return reply.json()["device_token"]


class Json:
    """How the laptop writes and reads JSON: the json module, as desktop/sync/client.py."""
    dumps = staticmethod(lambda data: json.dumps(data, ensure_ascii=False,
                                                 separators=(",", ":")).encode())
    loads = staticmethod(json.loads)


class Orjson(Json):
    dumps = staticmethod(orjson.dumps)
    loads = staticmethod(orjson.loads)


def post(client: httpx.Client, path: str, token: str, body: dict, codec: type[Json]) -> dict:
    reply = client.post(path, content=codec.dumps({"protocol": VERSIONS, **body}), headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    reply.raise_for_status()
    return codec.loads(reply.content)


def push(client: httpx.Client, token: str, changes: list[dict],
         codec: type[Json] = Json) -> None:
    for start in range(0, len(changes), protocol.MAX_BATCH):
        post(client, protocol.PUSH, token,
             {"changes": changes[start:start + protocol.MAX_BATCH]}, codec)


def pull(client: httpx.Client, token: str, after: int = 0,
         codec: type[Json] = Json) -> tuple[list[dict], int]:
    pulled = []
    while True:
        page = post(client, protocol.PULL, token,
                    {"after": after, "limit": protocol.MAX_PAGE}, codec)
        pulled += page["changes"]
        after = page["next"]
        if not page["more"]:
            return pulled, after


def cpu_s(pids: list[int]) -> float:
    """CPU seconds the processes have used so far (user and system), from /proc."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def server_pids(cluster: Cluster | None) -> list[int]:
    """PostgreSQL's postmaster and its children (the hub's backends among them)."""
    if cluster is None:
        return []
    master = int((cluster.data / "postmaster.pid").read_text().split()[0])
    pids = [master]
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == master:
                pids.append(int(entry.name))
        except OSError:
            continue
    return pids


def vm_hwm_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def end_to_end(db: str, values: list[bytes], cluster: Cluster | None,
               codec: type[Json] = Json) -> dict[str, float]:
    key = AESGCM.generate_key(bit_length=256)
    with hub_process(db) as (url, admin, pid), httpx.Client(base_url=url, timeout=120) as client:
        token = device_token(client, admin, "dev-a")
        reader = device_token(client, admin, "dev-b")
        server = server_pids(cluster)  # the hub's connections are open by now
        cpu = (time.process_time(), cpu_s([pid]), cpu_s(server))
        start = time.perf_counter()
        push(client, token, seal_all(key, values, "dev-a", 0), codec)
        pushed = time.perf_counter()
        pulled, _ = pull(client, reader, codec=codec)
        assert open_all(key, pulled) == len(values)
        done = time.perf_counter()
        laptop, hub, database = (time.process_time() - cpu[0], cpu_s([pid]) - cpu[1],
                                 cpu_s(server) - cpu[2])
        return {"push": pushed - start, "pull": done - pushed, "total": done - start,
                "rss": vm_hwm_mib(pid), "laptop": laptop, "hub": hub, "database": database}


def control(db: str, values: list[bytes]) -> float:
    """The same rows written straight into the hub's table, without the hub."""
    key = AESGCM.generate_key(bit_length=256)
    rows = [(n, *(c[column] for column in CHANGE_COLUMNS[1:]))
            for n, c in enumerate(seal_all(key, values, "dev-a", 0), 1)]
    store = open_store(db)  # the same schema and indexes
    store.close()
    columns = ", ".join(CHANGE_COLUMNS)
    start = time.perf_counter()
    if db.startswith("sqlite"):
        conn = sqlite3.connect(db[len("sqlite:///"):], isolation_level=None)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO changes ({columns}) VALUES "
                         f"({', '.join('?' * len(CHANGE_COLUMNS))})", rows)
        conn.execute("COMMIT")
        conn.close()
    else:
        import psycopg
        with psycopg.connect(db) as conn, conn.cursor() as cur:
            with cur.copy(f"COPY changes ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
    return time.perf_counter() - start


def incremental(db: str, runs: int = 30) -> list[float]:
    """A laptop with 20 changes to send and 20 to fetch, on a hub with 10,000 already."""
    key = AESGCM.generate_key(bit_length=256)
    with hub_process(db) as (url, admin, _), httpx.Client(base_url=url, timeout=60) as client:
        a, b = device_token(client, admin, "dev-a"), device_token(client, admin, "dev-b")
        push(client, a, seal_all(key, plain_values(10_000), "dev-a", 0))
        _, cursor = pull(client, b)
        times = []
        for n in range(runs):
            push(client, a, seal_all(key, plain_values(20), "dev-a", 10_000 + n * 40))
            start = time.perf_counter()
            push(client, b, seal_all(key, plain_values(20), "dev-b", 10_000 + n * 40 + 20))
            got, cursor = pull(client, b, cursor)
            open_all(key, got)
            times.append(time.perf_counter() - start)
        return times


def many_devices(db: str, devices: int = 20) -> float:
    """Hub memory (peak RSS) while `devices` laptops push 2,000 changes each and pull."""
    key = AESGCM.generate_key(bit_length=256)
    with hub_process(db) as (url, admin, pid):
        with httpx.Client(base_url=url, timeout=120) as client:
            device_tokens = [device_token(client, admin, f"dev-{n}") for n in range(devices)]

        def one(n: int) -> None:
            with httpx.Client(base_url=url, timeout=300) as client:
                push(client, device_tokens[n], seal_all(key, plain_values(2000), f"dev-{n}", 0))
                pull(client, device_tokens[n])

        with ThreadPoolExecutor(devices) as pool:
            list(pool.map(one, range(devices)))
        return vm_hwm_mib(pid)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    values = plain_values(args.changes)
    rows = []
    with tempfile.TemporaryDirectory(prefix="offerbook-hub-bench-") as work, \
            Cluster.start(durable=True) as cluster:
        databases = {"postgresql": lambda: cluster.new_database(),
                     "sqlite": lambda: f"sqlite:///{Path(work) / f'{time.time_ns()}.db'}"}
        for backend, new_db in databases.items():
            pg = cluster if backend == "postgresql" else None
            hub_runs, controls, orjson_runs = [], [], []
            for _ in range(args.rounds):
                hub_runs.append(end_to_end(new_db(), values, pg))
                controls.append(control(new_db(), values))
                orjson_runs.append(end_to_end(new_db(), values, pg, Orjson))
            ctl = statistics.median(controls)
            n = args.changes
            for label, runs in (("e2e, sealed", hub_runs),
                                ("e2e, sealed, laptop JSON by orjson", orjson_runs)):
                med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                rows.append((f"{backend}: push+pull {n:,} ({label})",
                             f"{n / med['total']:,.0f}/s", f"{n / ctl:,.0f}/s",
                             f"push {n / med['push']:,.0f}/s, pull {n / med['pull']:,.0f}/s, "
                             f"×{(n / med['total']) / (n / ctl):.2f} of control; CPU s: laptop "
                             f"{med['laptop']:.2f}, hub {med['hub']:.2f}"
                             + (f", PostgreSQL {med['database']:.2f}" if pg else "")
                             + f"; hub peak {med['rss']:.0f} MiB"))
            inc = incremental(new_db())
            rows.append((f"{backend}: incremental sync of 20 + 20",
                         f"{statistics.median(inc) * 1000:.0f} ms",
                         "", f"p95 {statistics.quantiles(inc, n=20)[-1] * 1000:.0f} ms "
                             "(≤ 300 ms)"))
            rows.append((f"{backend}: hub memory, 20 devices at once",
                         f"{many_devices(new_db()):.0f} MiB", "", "peak RSS (≤ 200 MB)"))
    header = ("what", "hub", "control", "notes")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(4)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))


if __name__ == "__main__":
    main()
