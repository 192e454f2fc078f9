"""Matches for one offer among 100,000 people's requests and 10,000 opportunities.

    .venv/bin/python -m tests.bench.matching                   # 100,000 people, 200 offers
    .venv/bin/python -m tests.bench.matching --people 20000 --opportunities 2000
    .venv/bin/python -m tests.bench.matching --keep DIR        # keep the vault, reuse it later

The vault is the demo's (`demo_batches`, as `offerbook demo` writes it: people, consents,
offers, requests, introductions), plus opportunities made from the demo's own, spread over the
city's districts with weekly grids, written straight through `Records.add_many`. Building it is
timed and reported; with `--keep DIR` a later run with the same sizes reuses it.

Each query is what `offerbook match --offer ID` does once the vault is open: the offer and its
person read, the candidates read through the index (tag posting lists), ranked by the Matcher
with the coordinator's view (every team). The queries run one after another, as a linker
clicking through offers makes them, after one to warm up. Then, in the same run, the same
query over a plain full scan of every request, opportunity, person and consent
(`scan=True`) for the first `--scans` of those offers: seconds each, so not all 200, and
not interleaved, which would time each indexed query after a scan had pushed what it reads
out of the page cache. The scan must give the very same list; the run stops if it does not.
"""

import argparse
from pathlib import Path
import random
import statistics
import tempfile
import time

from desktop.core import models
from desktop.core.demo import DemoGenerator
from desktop.core.demo_seeds import load_seeds
from desktop.core.ids import new_id
from desktop.core.match_features import mask_slots, schedule_mask
from desktop.core.matching import OFFER, Matcher
from desktop.core.taxonomy import load_taxonomy
from desktop.store import match_candidates
from desktop.store.demo_writer import demo_batches
from desktop.store.keyslots import DEFAULT_KDF
from desktop.store.records import Records
from desktop.store.vault import Vault

PASSPHRASE = "benchmark lantern orchard pebble"
TARGET_MS = 50.0


def opportunities(count: int, seed: int = 11) -> list[models.Record]:
    """`count` opportunities like the demo's, of organisations across the city: the demo's
    opportunities' titles, tags and schedules, each at a district of its own."""
    rnd, seeds = random.Random(seed), load_seeds()
    made: list[models.Record] = []
    templates = [(org, opp) for org in seeds.organisations for opp in org.opportunities]
    for n in range(0, count, 5):  # an organisation for every five opportunities
        org = models.Organisation(id=new_id(), name=f"Group {n // 5 + 1}", kind="charity",
                                  postcode=_postcode(rnd, seeds.postcode_districts))
        made.append(org)
        for _ in range(min(5, count - n)):
            _, opp = rnd.choice(templates)
            # The weekly grid its schedule says ("Sundays 10:00 to 12:30"), as a directory
            # holds it; none where the schedule names no day and time ("Flexible, daytime").
            grid: dict[str, list[str]] = {}
            for day, part in mask_slots(schedule_mask(opp.schedule)):
                grid.setdefault(day, []).append(part)
            made.append(models.Opportunity(
                id=new_id(), organisation_id=org.id, title=opp.title,
                description=opp.description, tags=list(opp.tags), schedule=opp.schedule,
                location=opp.location, postcode=org.postcode, availability=grid,
                status=rnd.choices(models.OPPORTUNITY_STATUSES, (8, 1, 1))[0]))
    return made


def _postcode(rnd: random.Random, districts: tuple[str, ...]) -> str:
    return f"{rnd.choice(districts)} {rnd.randrange(1, 10)}AB"


def build(folder: Path, people: int, opportunity_count: int) -> float:
    """Create the vault in `folder` and fill it; returns the seconds it took."""
    start = time.perf_counter()
    vault, _ = Vault.create(folder, "Bench Coordinator", PASSPHRASE, kdf=DEFAULT_KDF)
    try:
        records = Records(vault)
        for done, batch in demo_batches(DemoGenerator(seed=7), people):
            records.add_many(batch, action="demo")
            if done and done % 10_000 == 0:
                print(f"  {done:,} people written, {time.perf_counter() - start:.0f} s",
                      flush=True)
        extra = opportunities(opportunity_count)
        for at in range(0, len(extra), 2000):
            records.add_many(extra[at:at + 2000], action="demo")
        vault.checkpoint()
    finally:
        vault.close()
    return time.perf_counter() - start


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--opportunities", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--scans", type=int, default=20,
                        help="full scans, of the first offers (each takes seconds)")
    parser.add_argument("--keep", type=Path, help="build the vault here once and reuse it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="offerbook-bench-") as work:
        folder = args.keep or Path(work) / "vault"
        if (folder / "vault.db").exists():
            print(f"Reusing the vault in {folder} (its build time is not measured again).")
        else:
            print(f"Building {args.people:,} people and {args.opportunities:,} "
                  "opportunities …", flush=True)
            seconds = build(folder, args.people, args.opportunities)
            print(f"Setup: {seconds:.0f} s ({seconds / 60:.1f} min)")
        run(folder, args.queries, args.scans)


def run(folder: Path, queries: int, scans: int) -> None:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        matcher = Matcher(load_taxonomy())
        with vault.reading() as conn:
            counts = {table: conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0")
                      .fetchone()[0] for table in ("participants", "requests", "opportunities")}
            offers = [row[0] for row in conn.execute(
                "SELECT id FROM offers WHERE deleted = 0 AND status IN ('agreed', 'matched', "
                "'active') ORDER BY random() LIMIT ?", (queries,))]
        print(f"{counts['participants']:,} people, {counts['requests']:,} requests, "
              f"{counts['opportunities']:,} opportunities; {len(offers)} offers as queries")
        viewer = match_candidates.viewer_for(vault)
        # The indexed queries one after another, as a linker clicking through offers makes
        # them; then the full scans. Alternating them would time each indexed query after a
        # scan has pushed everything it reads out of the page cache.
        indexed: list[float] = []
        found = {}
        for offer_id in [offers[0], *offers]:  # the first once more, to warm up
            start = time.perf_counter()
            found[offer_id] = match_candidates.find_matches(vault, matcher, OFFER, offer_id,
                                                            viewer=viewer)
            indexed.append(time.perf_counter() - start)
        indexed = indexed[1:]
        read = [found[offer_id].candidates for offer_id in offers]
        scanned: list[float] = []
        for offer_id in offers[:scans]:
            start = time.perf_counter()
            full = match_candidates.find_matches(vault, matcher, OFFER, offer_id,
                                                 viewer=viewer, scan=True)
            scanned.append(time.perf_counter() - start)
            if found[offer_id].matches != full.matches:
                raise SystemExit(f"offer {offer_id}: the index and the full scan disagree")
        rows = [
            ("what", "indexed (tag postings)", "full scan"),
            ("queries", f"{len(indexed)}", f"{len(scanned)} (the first of the same offers)"),
            ("p95", f"{p95(indexed) * 1000:.1f} ms", f"{p95(scanned) * 1000:.1f} ms"),
            ("median", f"{statistics.median(indexed) * 1000:.1f} ms",
             f"{statistics.median(scanned) * 1000:.1f} ms"),
            ("max", f"{max(indexed) * 1000:.1f} ms", f"{max(scanned) * 1000:.1f} ms"),
            ("candidates read (median / max)", f"{statistics.median(read):,.0f} / "
             f"{max(read):,}", f"{counts['requests'] + counts['opportunities']:,}"),
        ]
        widths = [max(len(r[i]) for r in rows) for i in range(3)]
        for row in rows:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))
        verdict = "meets" if p95(indexed) * 1000 <= TARGET_MS else "misses"
        print(f"p95 {p95(indexed) * 1000:.1f} ms {verdict} the target of ≤ {TARGET_MS:.0f} ms; "
              f"the full scan is ×{p95(scanned) / p95(indexed):.0f} slower.")
    finally:
        vault.close()


if __name__ == "__main__":
    main()
