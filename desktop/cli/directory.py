"""`offerbook import-directory | directory`: the organisations and opportunities of an Open
Referral UK / HSDS directory in the vault (desktop/store/directory.py).

The directory is read (and every row checked) before the passphrase is asked for, so a bad file
fails at once; then it is saved in one transaction, or not at all.
"""

import argparse
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_OK, Subcommands, add_command, emit, plural, unlock

if TYPE_CHECKING:
    from desktop.core import models
    from desktop.store.directory import Entry, ImportReport

ADDED_SHOWN = 20  # more than this many added records are counted, not listed, in text


def cmd_import_directory(args: argparse.Namespace) -> int:
    from desktop.core.directory_import import read_directory
    from desktop.store.directory import import_directory
    imported = read_directory(args.path)
    if args.source is not None:
        imported = dataclasses.replace(imported, source=args.source)
    with unlock(args.vault) as vault:
        report = import_directory(vault, imported)
    emit(args, _report_json(report), _report_text(report))
    return EXIT_OK


def _report_text(report: "ImportReport") -> str:
    added = report.added
    orgs = sum(1 for e in added if e.kind == "organisation")
    opps = plural(len(added) - orgs, "opportunity", "opportunities")
    lines = [f"From {report.source}, {_article(report.layout)} {report.layout}: added "
             f"{plural(orgs, 'organisation')} and {opps}, "
             f"updated {len(report.updated):,}, {report.unchanged:,} unchanged, "
             f"kept {plural(len(report.kept), 'edit')}, skipped {len(report.skipped):,}."]
    if added:
        lines.append("Added:")
        lines += [_line(e) for e in added[:ADDED_SHOWN]]
        if len(added) > ADDED_SHOWN:
            lines.append(f"  … and {len(added) - ADDED_SHOWN:,} more (--json lists them all).")
    if report.updated:
        lines.append("Updated from the directory:")
        lines += [f"{_line(e)}: {', '.join(e.fields)}" for e in report.updated]
    if report.kept:
        lines.append("Kept your edits:")
        lines += [f"  {k.kind:<13} {k.name}: {k.sentence}" for k in report.kept]
    if report.skipped or report.notes:
        lines.append("Skipped:")
        lines += [f"{_line(e)}: {e.why}" for e in report.skipped]
        lines += [f"  {note}" for note in report.notes]
    if report.gone:
        lines.append("No longer in the directory (kept here, not deleted):")
        lines += [_line(e) for e in report.gone]
    return "\n".join(lines)


def _article(words: str) -> str:
    return "an" if words[:1].upper() in "AEHIOU" else "a"  # "an HSDS …": said "aitch"


def _line(entry: "Entry") -> str:
    return f"  {entry.kind:<13} {entry.name} [{entry.external_id}]"


def _report_json(report: "ImportReport") -> dict[str, Any]:
    def entries(found: "list[Entry]") -> list[dict[str, Any]]:
        return [{"kind": e.kind, "name": e.name, "external_id": e.external_id,
                 "id": e.row_id or None, **({"fields": list(e.fields)} if e.fields else {}),
                 **({"why": e.why} if e.why else {})} for e in found]
    return {"source": report.source, "layout": report.layout,
            "added": entries(report.added), "updated": entries(report.updated),
            "unchanged": report.unchanged,
            "kept": [{"kind": k.kind, "name": k.name, "id": k.row_id, "field": k.field,
                      "yours": k.yours, "directory": k.directory, "why": k.sentence}
                     for k in report.kept],
            "skipped": entries(report.skipped), "left_out": list(report.notes),
            "not_in_directory": entries(report.gone)}


def _name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text.strip()


def cmd_directory(args: argparse.Namespace) -> int:
    from desktop.store.directory import organisations_with_opportunities
    with unlock(args.vault) as vault:
        listed = organisations_with_opportunities(vault, open_only=args.open)
    if not listed and not args.json:
        print("The directory is empty. Import one with `offerbook import-directory`.")
    for item in listed:
        org = item.organisation
        opps = item.opportunities
        head = (f"{org.id}  {org.name} ({org.status})" if org else
                "(opportunities whose organisation is not in this vault)")
        text = "\n".join([f"{head}  {plural(len(opps), 'opportunity', 'opportunities')}, "
                          f"{item.open_count:,} open",
                          *(f"  {opp.id}  {opp.status:<6}  {opp.title}"
                            + (f"  {opp.postcode}" if opp.postcode else "") for opp in opps)])
        emit(args, {"id": org.id if org else None, "name": item.name,
                    "status": org.status if org else None,
                    "source": org.source if org else None,
                    "external_id": org.external_id if org else None,
                    "opportunities": [_opportunity_json(opp) for opp in opps]}, text)
    return EXIT_OK


def _opportunity_json(opp: "models.Opportunity") -> dict[str, Any]:
    return {"id": opp.id, "title": opp.title, "status": opp.status, "tags": opp.tags,
            "availability": opp.availability, "postcode": opp.postcode,
            "languages": opp.languages, "source": opp.source,
            "external_id": opp.external_id}


def add_commands(sub: Subcommands) -> None:
    """Register the directory's subcommands on the `offerbook` parser (desktop/cli/parser.py)."""
    p = add_command(sub, "import-directory", cmd_import_directory,
                    "Import an Open Referral UK / HSDS directory (data package folder, zip, "
                    "or JSON); a re-import updates it and keeps your edits.")
    p.add_argument("path", type=Path, metavar="DIRECTORY",
                   help="datapackage.json, its folder, a zip of it, or a JSON file of services")
    p.add_argument("--source", metavar="NAME", type=_name,
                   help="the directory's name, which a re-import finds its records by (default: "
                        "the data package's name, or the file's); give the same one each time "
                        "when a download's file name changes")
    p.add_argument("--json", action="store_true", help="the report as one JSON object")

    p = add_command(sub, "directory", cmd_directory,
                    "List organisations and their opportunities.")
    p.add_argument("--open", action="store_true",
                   help="only open organisations and their open opportunities")
    p.add_argument("--json", action="store_true", help="one JSON object per organisation")
