"""`offerbook init | demo | people | backup | restore`: making, filling, listing and keeping a
vault safe (desktop/store)."""

import argparse
from dataclasses import asdict
from pathlib import Path
import sys

from desktop.cli.common import (
    EXIT_OK,
    Subcommands,
    add_command,
    emit,
    positive,
    read_secret,
    unlock,
)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.store.access import check_passphrase
    from desktop.store.vault import Vault
    passphrase = read_secret("Choose a passphrase: ", confirm=True)
    check_passphrase(passphrase)
    vault, recovery_key = Vault.create(args.vault, args.user, passphrase,
                                       organisation=args.organisation or "")
    vault.close()
    print(f"Created a vault in {args.vault}.")
    print("Recovery key (shown once; print it or write it down and keep it in a safe place):")
    print(f"    {recovery_key}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.core.demo import DemoGenerator
    from desktop.store.demo_writer import write_demo
    with unlock(args.vault) as vault:
        generator = DemoGenerator(seed=args.seed)
        counts = write_demo(vault, generator, args.participants,
                            progress=None if args.quiet else _progress)
    if not args.quiet:
        print(file=sys.stderr)
    print(", ".join(f"{count:,} {table}" for table, count in counts.items()))
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    print(f"\r{done:,} of {total:,} people", end="", file=sys.stderr, flush=True)


def cmd_people(args: argparse.Namespace) -> int:
    from desktop.store import people
    with unlock(args.vault) as vault:
        if args.search:
            rows = people.with_offers_and_requests(
                vault, people.search(vault, args.search, limit=args.limit))
        else:
            rows = people.all_people(vault)
        for row in rows:
            shown = row.preferred_name or row.full_name
            text = f"{row.id}  {row.full_name}" + (
                f" ({row.preferred_name})" if row.preferred_name not in ("", row.full_name)
                else "")
            text += f"  offers: {len(row.offers)}  requests: {len(row.requests)}"
            emit(args, {"id": row.id, "name": row.full_name, "preferred_name": shown,
                        "postcode": row.postcode, "status": row.status, "team": row.team,
                        "linker": row.linker,
                        "offers": [asdict(item) for item in row.offers],
                        "requests": [asdict(item) for item in row.requests]}, text)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.store.backup import backup
    with unlock(args.vault) as vault:
        backup(vault, args.out)
    print(f"Backup written to {args.out}. It opens with the passphrases valid today.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.store.backup import restore
    restore(args.vault, args.source, read_secret("Passphrase for the backup: "))
    print(f"Restored the vault in {args.vault} from {args.source}.")
    return EXIT_OK


def add_commands(sub: Subcommands) -> None:
    """Register the vault's subcommands on the `offerbook` parser (desktop/cli/parser.py)."""
    p = add_command(sub, "init", cmd_init, "Create a vault and print its recovery key once.")
    p.add_argument("--user", required=True, help="your name: the first staff member")
    p.add_argument("--organisation", help="the organisation's name")

    p = add_command(sub, "demo", cmd_demo, "Fill a vault with realistic synthetic people.")
    p.add_argument("--participants", type=positive, default=200, help="how many (default 200)")
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same people")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")

    p = add_command(sub, "people", cmd_people, "List people with their offers and requests.")
    p.add_argument("--search", help="names, gifts or offers, as in the app's search box")
    p.add_argument("--limit", type=positive, default=50, help="most results for --search")
    p.add_argument("--json", action="store_true", help="one JSON object per line")

    p = add_command(sub, "backup", cmd_backup, "Write an encrypted backup of the vault.")
    p.add_argument("--out", type=Path, required=True, help="the backup file to write")

    p = add_command(sub, "restore", cmd_restore,
                    "Replace the vault with a backup (keeping a copy).")
    p.add_argument("--from", dest="source", type=Path, required=True, help="the backup file")

