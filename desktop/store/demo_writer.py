"""Writing demo data into a vault in batches, with progress."""

from collections import Counter
from collections.abc import Callable

from desktop.core.demo import DemoGenerator
from desktop.store.records import Records
from desktop.store.vault import Vault

BATCH = 1000  # people per transaction: big enough to be fast, small enough to show progress


def write_demo(vault: Vault, generator: DemoGenerator, participants: int,
               progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Add the demo directory (teams, staff, organisations) and `participants` people."""
    records, counts = Records(vault), Counter()
    directory = generator.directory.records()
    records.add_many(directory, action="demo")
    counts.update(r.TABLE for r in directory)
    done = 0
    while done < participants:
        size = min(BATCH, participants - done)
        batch = [record for person in generator.people(size) for record in person]
        records.add_many(batch, action="demo")
        counts.update(r.TABLE for r in batch)
        done += size
        if progress:
            progress(done, participants)
    return dict(counts)
