"""`offerbook match`: who would benefit from an offer, and what a request or an opportunity
could be matched with, ranked, each with its reasons in words (desktop/core/matching.py over
the vault's index, desktop/store/match_candidates.py).

The list is what the unlocked staff member may see: their team's people, and people of other
teams who agreed to share with organisations and other people (a coordinator sees every team).
Matches that cannot be shown are counted, never named. A person is named only once they have
agreed to share; until then their match is shown as waiting for that consent.
"""

import argparse
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_OK, Subcommands, add_command, plural, positive, unlock

if TYPE_CHECKING:
    from desktop.core.matching import Matcher
    from desktop.store.match_candidates import Found, Label

KINDS = ("offer", "request", "opportunity")
_AGREED = {"share-with-organisations": "agreed to share with organisations and other people",
           "keep-record": "agreed to us keeping their record"}


def cmd_match(args: argparse.Namespace) -> int:
    import json

    from desktop.core.matching import Matcher
    from desktop.core.taxonomy import load_taxonomy
    from desktop.store import match_candidates
    kind = next(kind for kind in KINDS if getattr(args, kind))
    record_id = getattr(args, kind)
    matcher = Matcher(load_taxonomy())
    with unlock(args.vault) as vault:
        found = match_candidates.find_matches(vault, matcher, kind, record_id,
                                              limit=args.limit)
        labels = match_candidates.labels(vault, found)
    if args.json:
        for line in _json_lines(matcher, found, labels):
            print(json.dumps(line, ensure_ascii=False))
    else:
        print("\n".join(_text(matcher, found, labels)))
    return EXIT_OK


def _who(label: "Label") -> str:
    if label.organisation:
        return label.organisation
    if label.name is None:
        return "not named until they agree to share"
    return f"{label.name} ({label.team})" if label.team else label.name


def _text(matcher: "Matcher", found: "Found", labels: dict[str, "Label"]) -> list[str]:
    from desktop.core.match_words import consent_needed
    query, listed = found.query, found.matches
    lines = [f"Matches for {query.kind} {query.id} “{labels[query.id].title}”:"]
    if not listed.matches:
        lines.append("  none yet.")
    for n, match in enumerate(listed.matches, 1):
        label = labels[match.id]
        lines.append(f"{n:3}. {match.kind} {match.id}  “{label.title}” — {_who(label)}")
        lines.append(f"     Why: {matcher.words(match)}")
        cautions = matcher.cautions(match)
        if cautions:
            lines.append(f"     Check first: {cautions}")
        for purpose in match.consent_needed:
            lines.append(f"     {consent_needed(purpose)}")
    if listed.more:
        lines.append(f"{plural(listed.more, 'more match', 'more matches')}; "
                     "--limit shows more.")
    lines += matcher.withheld_words(listed)
    for purpose in listed.query_consent_needed:  # the query's own person
        lines.append(f"This {query.kind}'s own person has not {_AGREED[purpose]} yet: ask "
                     "them before any introduction.")
    return lines


def _json_lines(matcher: "Matcher", found: "Found",
                labels: dict[str, "Label"]) -> list[dict[str, Any]]:
    """One object per match, best first, then one that sums up (it has "query")."""
    from desktop.core.match_words import consent_needed
    lines = []
    for n, match in enumerate(found.matches.matches, 1):
        label = labels[match.id]
        lines.append({"rank": n, **matcher.as_json(match), "title": label.title,
                      "name": label.name, "team": label.team or None,
                      "organisation": label.organisation or None})
    query, listed = found.query, found.matches
    lines.append({
        "query": {"kind": query.kind, "id": query.id, "title": labels[query.id].title,
                  "consent_needed": [{"purpose": p, "text": consent_needed(p)}
                                     for p in listed.query_consent_needed]},
        "shown": len(listed.matches), "more": listed.more, "withheld": listed.withheld,
        "withheld_text": matcher.withheld_words(listed), "candidates": found.candidates})
    return lines


def add_commands(sub: Subcommands) -> None:
    """Register `match` on the `offerbook` parser (desktop/cli/parser.py)."""
    p = add_command(sub, "match", cmd_match,
                    "Matches for an offer, a request or an opportunity, ranked, with reasons.")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--offer", metavar="ID", help="an offer: requests and opportunities")
    which.add_argument("--request", metavar="ID", help="a request: offers and opportunities")
    which.add_argument("--opportunity", metavar="ID", help="an opportunity: people's offers")
    p.add_argument("--limit", type=positive, default=10, help="most matches shown (default 10)")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per match, then one that sums up")

