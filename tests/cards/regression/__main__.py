"""Rewrite the canonical PDFs after an intended change to how cards or summaries print:

    .venv/bin/python -m tests.cards.regression              # into tests/cards/regression/
    .venv/bin/python -m tests.cards.regression --out DIR    # somewhere else, to compare

Look at the new pages before committing them (pdftoppm -r 100 -png FILE.pdf page).
"""

import argparse
from pathlib import Path

from tests.cards.regression import FOLDER, write_all


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.cards.regression",
                                     description="Rewrite the canonical card PDFs.")
    parser.add_argument("--out", type=Path, default=FOLDER,
                        help="folder to write them to (default: %(default)s)")
    options = parser.parse_args()
    for path in write_all(options.out):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
