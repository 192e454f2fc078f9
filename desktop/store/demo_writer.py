"""Writing demo data into a vault in batches, with progress."""

from collections import Counter
from collections.abc import Callable, Iterator

from desktop.core import models
from desktop.core.demo import DemoGenerator
from desktop.store.records import Records
from desktop.store.vault import Vault

BATCH = 1000  # people per transaction: big enough to be fast, small enough to show progress


def demo_batches(generator: DemoGenerator, participants: int
                 ) -> Iterator[tuple[int, list[models.Record]]]:
    """The directory first, then people in batches: (people so far, records to write)."""
    yield 0, generator.directory.records()
    done = 0
    while done < participants:
        size = min(BATCH, participants - done)
        batch = [record for person in generator.people(size) for record in person]
        done += size
        yield done, batch


def write_demo(vault: Vault, generator: DemoGenerator, participants: int,
               progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Add the demo directory (teams, staff, organisations) and `participants` people."""
    records, counts = Records(vault), Counter[str]()
    for done, batch in demo_batches(generator, participants):
        records.add_many(batch, action="demo")
        counts.update(r.TABLE for r in batch)
        if progress and done:
            progress(done, participants)
    return dict(counts)
