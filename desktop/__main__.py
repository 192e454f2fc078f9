"""`python -m desktop` does what the `offerbook` command does."""

import sys

from desktop.cli import main

sys.exit(main())
