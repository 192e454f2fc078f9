"""Card benchmarks: an event pack of 1,000 cards, one card, and bytes per card, each with and
without the linker's QR code, from a real vault to the PDF bytes.

    .venv/bin/python -m tests.bench.cards             # about a minute
    .venv/bin/python -m tests.bench.cards --runs 9    # steadier medians
    .venv/bin/python -m tests.bench.cards --profile   # also a cProfile of one event pack

A one-card PDF carries its own font subsets (about 12 KB for each face used: reportlab puts
the whole printable ASCII range, hinted, into each), so its bytes are mostly fixed cost; in the
pack those subsets are shared by all 1,000 cards.

The vault holds demo people in every script the cards print (Latin, Arabic, Urdu, Bengali,
Gurmukhi, Chinese…), all agreed to printed cards and to sharing, trimmed to exactly 1,000
current offers and requests, with the organisation's colour and logo set. Each figure is the
median of `--runs` runs after one warm-up (fonts are registered and shaped glyphs cached once
per process, as in the app). "With QR" and "without QR" runs alternate, to share the machine's
noise. The same timings read the vault and go through `documents`, as `offerbook cards` and
the app do.
"""

import argparse
from collections.abc import Callable
import cProfile
from datetime import date
import io
from pathlib import Path
import pstats
import statistics
import tempfile
import time

from PIL import Image, ImageDraw

from desktop.cards import documents, qr
from desktop.cards.sheet import SHEETS
from desktop.core import models
from desktop.core.demo import DemoGenerator
from desktop.store import branding, card_queries
from desktop.store.demo_writer import write_demo
from desktop.store.keyslots import KdfPolicy
from desktop.store.records import Records
from desktop.store.vault import Vault

PASSPHRASE = "benchmark lantern orchard pebble"
CARDS = 1_000
TARGETS = {"pack": 3.0, "one": 0.100, "bytes": 30 * 1024}
TODAY = date.today()


def logo() -> bytes:
    """A made-up logo: two discs on a transparent square."""
    image = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 260, 260), fill=(26, 127, 90, 255))
    draw.ellipse((140, 140, 380, 380), fill=(240, 170, 30, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def make_vault(directory: Path, cards: int = CARDS) -> tuple[Vault, list[str]]:
    """A vault whose event pack holds exactly `cards` cards; returns it and some offer ids
    (in several languages) for the one-card runs."""
    vault, _ = Vault.create(directory, "Bench Coordinator", PASSPHRASE,
                            organisation="Riverside Community Linkers",
                            kdf=KdfPolicy(memory_kib=8 * 1024, fixed_time_cost=1))
    records = Records(vault)
    write_demo(vault, DemoGenerator(seed=11), cards * 3 // 2)
    met = TODAY.isoformat()
    people = records.find(models.Participant)
    records.add_many([models.Consent(participant_id=p.id, purpose=purpose, given=True,
                                     method="spoken", recorded_on=met)
                      for p in people
                      for purpose in ("print-card", "share-with-organisations")])
    with vault.transaction() as conn:  # everyone active: paused people leave the pack
        conn.execute("UPDATE participants SET status = 'active'")
    batch = card_queries.event_batch(vault)
    items = [(models.Offer, o.id) for p in batch.people for o in p.offers] + \
            [(models.Request, r.id) for p in batch.people for r in p.requests]
    if len(items) < cards:
        raise SystemExit(f"The demo gave only {len(items)} current offers and requests; "
                         "raise the number of demo people.")
    for cls, item_id in items[cards:]:  # no longer current: out of the pack
        records.update(cls, item_id, status="paused" if cls is models.Offer else "closed")
    with_linker = [o.id for p in batch.people for o in p.offers if p.participant.linker_id]
    return vault, with_linker[:60:3]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--profile", action="store_true",
                        help="print the top of a cProfile of one event pack with QR codes")
    args = parser.parse_args()
    sheet = SHEETS["a6x4"]
    with tempfile.TemporaryDirectory(prefix="offerbook-cards-bench-") as work:
        started = time.perf_counter()
        vault, offer_ids = make_vault(Path(work) / "vault")
        print(f"vault made in {time.perf_counter() - started:.0f} s")
        branding.set_colour(vault, "#1a7f5a")
        branding.set_logo(vault, logo())

        def pack() -> documents.Printed:
            return documents.event_pack(card_queries.event_batch(vault), sheet, TODAY,
                                        branding=branding.read(vault))

        def one(offer_id: str) -> documents.Printed:
            # Each time as if it were the first card for this linker (as `offerbook cards`
            # is, in a new process): their QR code is made again, not taken from the cache.
            qr._matrix.cache_clear()
            return documents.offer_cards(card_queries.offer_batch(vault, offer_id),
                                         SHEETS["a6"], TODAY, branding=branding.read(vault))

        results: dict[str, dict[bool, list[float]]] = {
            key: {True: [], False: []}
            for key in ("pack", "one", "pack_bytes", "one_bytes", "bare_bytes")}
        for qr_on in (True, False):  # warm-up: fonts, shaping caches, first PDF objects
            branding.set_qr_code(vault, qr_on)
            printed = pack()
            assert printed.cards == CARDS, printed.cards
            one(offer_ids[0])
        for _ in range(args.runs):
            for qr_on in (True, False):
                branding.set_qr_code(vault, qr_on)
                seconds, printed = timed(pack)
                results["pack"][qr_on].append(seconds)
                results["pack_bytes"][qr_on].append(len(printed.pdf) / printed.cards)
                for offer_id in offer_ids:
                    seconds, printed = timed(lambda offer_id=offer_id: one(offer_id))
                    results["one"][qr_on].append(seconds)
                    results["one_bytes"][qr_on].append(len(printed.pdf))
        branding.remove_logo(vault)  # what the logo adds: the same cards without it
        for qr_on in (True, False):
            branding.set_qr_code(vault, qr_on)
            results["bare_bytes"][qr_on] = [len(one(offer_id).pdf) for offer_id in offer_ids]
        if args.profile:
            branding.set_qr_code(vault, True)
            profiler = cProfile.Profile()
            profiler.runcall(pack)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        vault.close()

    def median(key: str, qr_on: bool) -> float:
        return statistics.median(results[key][qr_on])

    rows = [("event pack, 1,000 cards (a6x4)", "pack", lambda v: f"{v:.2f} s",
             f"≤ {TARGETS['pack']:.0f} s", TARGETS["pack"]),
            ("one card (a6)", "one", lambda v: f"{v * 1000:.0f} ms",
             f"≤ {TARGETS['one'] * 1000:.0f} ms", TARGETS["one"]),
            ("bytes per card in the pack", "pack_bytes", lambda v: f"{v / 1024:.1f} KB",
             "≤ 30 KB", TARGETS["bytes"]),
            ("bytes of a one-card PDF", "one_bytes", lambda v: f"{v / 1024:.1f} KB",
             "≤ 30 KB", TARGETS["bytes"]),
            ("  the same, with no logo", "bare_bytes", lambda v: f"{v / 1024:.1f} KB",
             "≤ 30 KB", TARGETS["bytes"])]
    print(f"\nmedians of {args.runs} runs (one card: {args.runs * len(offer_ids)} runs over "
          f"{len(offer_ids)} offers); colour and logo on every card\n")
    print(f"{'':34}{'with QR':>12}{'without QR':>13}{'target':>11}  met")
    for label, key, show, target, limit in rows:
        on, off = median(key, True), median(key, False)
        met = "yes" if max(on, off) <= limit else "NO"
        print(f"{label:34}{show(on):>12}{show(off):>13}{target:>11}  {met}")


if __name__ == "__main__":
    main()
