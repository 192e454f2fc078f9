"""`offerbook connect | devices | join | sync | erase`: a device's side of sync (desktop/sync).

The passphrase comes first on standard input when it is not a terminal, as for every command;
the hub's admin token and the enrolment code are arguments because a coordinator copies them
from a screen or a sheet.
"""

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, Subcommands, add_command, emit, unlock
from desktop.core.errors import OfferbookError


def cmd_connect(args: argparse.Namespace) -> int:
    from desktop.sync import devices
    with unlock(args.vault) as vault:
        devices.connect(vault, args.hub, args.admin_token, name=args.name)
    print(f"This laptop is now the organisation's coordinator on {args.hub}. Enrol the "
          "linkers' laptops with `offerbook devices enrol`.")
    return EXIT_OK


def cmd_devices_enrol(args: argparse.Namespace) -> int:
    from desktop.sync import devices
    with unlock(args.vault) as vault:
        code = devices.enrol_device(vault, teams=args.team, role=args.role, label=args.label)
    if args.qr:
        from desktop.store.files import atomic_write
        atomic_write(args.qr, code.qr_png())
    emit(args, {"code": code.text(), "words": list(code.words), "hub": code.hub_url},
         "One-time code for the new laptop (it works once and expires in 48 hours):\n"
         f"    {code.text()}\n"
         "On that laptop: offerbook join --vault PATH --code \"<the code>\"")
    return EXIT_OK


def cmd_devices_list(args: argparse.Namespace) -> int:
    from desktop.sync import devices
    with unlock(args.vault) as vault:
        found = devices.list_devices(vault)
    for device in found:
        state = f"revoked {device.revoked_at}" if device.revoked_at else \
            f"last seen {device.last_seen or 'never'}"
        emit(args, {"device_id": device.device_id, "name": device.name, "role": device.role,
                    "teams": list(device.teams), "enrolled_at": device.enrolled_at,
                    "revoked_at": device.revoked_at, "last_seen": device.last_seen},
             f"{device.device_id}  {device.name}  {device.role}  {state}")
    return EXIT_OK


def cmd_devices_revoke(args: argparse.Namespace) -> int:
    from desktop.sync import devices
    with unlock(args.vault) as vault:
        devices.revoke_device(vault, args.device_id)
    print("That laptop can no longer sync. Its vault still opens with its passphrase; "
          "collect it if you can.")
    return EXIT_OK


def cmd_join(args: argparse.Namespace) -> int:
    from desktop.sync import devices
    with unlock(args.vault) as vault:
        devices.join(vault, args.code, name=args.name)
    print("This laptop has joined the organisation. Run `offerbook sync` to fetch your "
          "team's people.")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.sync import bundle, client
    with unlock(args.vault) as vault:
        if args.export_bundle:
            count = bundle.export_bundle(vault, args.export_bundle)
            print(f"Wrote {count:,} changes to {args.export_bundle}. Import it on a laptop "
                  "that can reach the hub with `offerbook sync --import-bundle`.")
            return EXIT_OK
        if args.import_bundle:
            count = bundle.import_bundle(vault, args.import_bundle)
            print(f"Imported {count:,} new changes from {args.import_bundle}; they go to the "
                  "hub with this laptop's next sync.")
            return EXIT_OK
        report = client.sync(vault)
    emit(args, {"pushed": report.pushed, "pulled": report.pulled,
                "conflicts": report.conflicts, "erased": report.erased,
                "held": report.held, "waiting": report.waiting},
         f"Sent {report.pushed:,} changes and received {report.pulled:,}."
         + (f" {report.conflicts:,} conflicting edits need a look (Conflicts screen)."
            if report.conflicts else "")
         + (f" {report.held:,} changes concern people in a team this laptop is not part "
            "of, so the hub did not take them; ask your coordinator." if report.held else "")
         + (f" {report.waiting:,} changes are still waiting." if report.waiting else
            " Everything is on the hub."))
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    from desktop.sync import erasure
    if not args.yes:
        raise OfferbookError("Erasing a person cannot be undone: it removes them from this "
                             "laptop, the hub and every laptop that syncs. Add --yes to go on.")
    with unlock(args.vault) as vault:
        count = erasure.erase_participant(vault, args.participant)
    print(f"Erased the person and {count - 1:,} records about them from this laptop; the "
          "hub and the other laptops erase them at their next sync.")
    return EXIT_OK


def add_commands(sub: Subcommands) -> None:
    """Register the sync subcommands on the `offerbook` parser (desktop/cli/parser.py)."""
    p = add_command(sub, "connect", cmd_connect, "Coordinator: connect this vault to the "
                    "organisation's hub, using the hub's admin token.")
    p.add_argument("--hub", required=True, help="the hub's address, e.g. https://hub.example.org")
    p.add_argument("--admin-token", required=True, help="from `offerbook hub admin-token`")
    p.add_argument("--name", default="Coordinator's laptop", help="this laptop's name")

    devices = sub.add_parser("devices", help="Coordinator: enrol, list and revoke laptops.",
                             description="Coordinator: enrol, list and revoke laptops.")
    verbs = devices.add_subparsers(dest="devices_command", metavar="ACTION", required=True)

    def verb(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        p = verbs.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--vault", type=Path, required=True, help="the vault folder")
        p.set_defaults(handler=handler)
        return p

    p = verb("enrol", cmd_devices_enrol, "Print a one-time code that lets a new laptop join.")
    p.add_argument("--team", action="append", required=True, metavar="NAME",
                   help="the team whose people the laptop gets (repeat for several)")
    p.add_argument("--role", choices=("linker", "coordinator"), default="linker")
    p.add_argument("--label", default="", help="a name for the laptop, for the devices list")
    p.add_argument("--qr", type=Path, help="also save the code as a QR image (PNG)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p = verb("list", cmd_devices_list, "List the organisation's laptops.")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p = verb("revoke", cmd_devices_revoke, "Stop a laptop from syncing (lost or stolen).")
    p.add_argument("device_id", metavar="DEVICE_ID")

    p = add_command(sub, "join", cmd_join, "Join the organisation with a one-time code from "
                    "the coordinator.")
    p.add_argument("--code", required=True, help='the code, in quotes: "https://… eight words"')
    p.add_argument("--name", default="", help="this laptop's name, for the coordinator's list")

    p = add_command(sub, "sync", cmd_sync, "Send this laptop's changes to the hub and fetch "
                    "the team's; or move them on a USB stick with a bundle file.")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--export-bundle", type=Path, metavar="FILE",
                       help="write an encrypted bundle of this laptop's changes")
    group.add_argument("--import-bundle", type=Path, metavar="FILE",
                       help="read a bundle written by another laptop")
    p.add_argument("--json", action="store_true", help="one JSON object")

    p = add_command(sub, "erase", cmd_erase, "Erase a person (the right to be forgotten), "
                    "here and, through sync, everywhere.")
    p.add_argument("--participant", required=True, metavar="ID")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
