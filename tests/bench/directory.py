"""`offerbook import-directory` of a big directory: the issue's 10,000 services with locations
and schedules (target ≤ 10 s), median of a few rounds, each into a fresh encrypted vault.

    .venv/bin/python -m tests.bench.directory                       # 10,000 services, 3 rounds
    .venv/bin/python -m tests.bench.directory --services 50000 --rounds 1

The directory is tests/core/hsds_builder.py's `write_big_package`: services/100 organisations,
each service at its own location with an address, a phone, two schedules and two terms (an
HSDS 3.0 data package, ten CSV files). Reported, each the median over the rounds:
- read: `read_directory`, every row checked and assembled (desktop/core);
- save: `import_directory` into the vault, one transaction (desktop/store/directory.py);
- import-directory: the command itself as a subprocess, start-up and unlock included — the
  figure the target is for;
- re-import, unchanged: the same directory again (nothing written);
- re-import, 10% changed: a later export in which every tenth service's description changed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
import statistics
import subprocess
import sys
import tempfile
import time

from desktop.core.directory_import import read_directory
from desktop.store.directory import import_directory
from desktop.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.hsds_builder import read_rows, write_big_package, write_csv

TARGET_SECONDS = 10.0


def timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def changed_copy(package: Path, folder: Path) -> Path:
    """The package again, every tenth service's description changed."""
    folder.mkdir()
    for file in package.iterdir():
        (folder / file.name).write_bytes(file.read_bytes())
    header, *rows = read_rows(folder / "services.csv")
    column = header.index("description")
    for n, row in enumerate(rows):
        if n % 10 == 0:
            row[column] = "Something to do, now on Saturdays too."
    write_csv(folder / "services.csv", header, rows)
    return folder


def one_round(root: Path, package: Path, changed: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    vault, _ = Vault.create(root / "api", "Bench", PASSPHRASE, kdf=FAST_KDF)
    with vault:
        figures["read"], imported = timed(lambda: read_directory(package))
        figures["save"], report = timed(lambda: import_directory(vault, imported))
        assert len(report.added) == len(imported.organisations) + len(imported.opportunities)
        figures["re-import, unchanged"], again = timed(
            lambda: import_directory(vault, read_directory(package)))
        assert not again.added and not again.updated
        figures["re-import, 10% changed"], later = timed(
            lambda: import_directory(vault, read_directory(changed)))
        assert len(later.updated) == (len(imported.opportunities) + 9) // 10

    Vault.create(root / "cli", "Bench", PASSPHRASE, kdf=FAST_KDF)[0].close()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desktop", "import-directory", "--vault",
                           str(root / "cli"), str(package), "--json"],
                          input=PASSPHRASE + "\n", capture_output=True, text=True)
    figures["import-directory (command)"] = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rounds: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="offerbook-bench-directory-") as work:
        root = Path(work)
        package = write_big_package(root / "package", args.services)
        changed = changed_copy(package, root / "changed")
        for number in range(args.rounds):
            (root / f"round{number}").mkdir()
            rounds.append(one_round(root / f"round{number}", package, changed))
    print(f"import-directory: {args.services:,} services ({args.services // 100:,} "
          f"organisations), locations, addresses, 2 schedules and 2 terms each; "
          f"median of {args.rounds}")
    for what in rounds[0]:
        values = [figures[what] for figures in rounds]
        line = f"  {what:<28} {statistics.median(values):6.2f} s   " \
               f"(rounds: {', '.join(f'{v:.2f}' for v in values)})"
        if what == "import-directory (command)":
            verdict = "ok" if statistics.median(values) <= TARGET_SECONDS else "OVER"
            line += f"   target ≤ {TARGET_SECONDS:.0f} s: {verdict}"
        print(line)


if __name__ == "__main__":
    main()
