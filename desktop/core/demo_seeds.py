"""Seed data for the synthetic demo generator.

`resources/demo/seeds.json` holds clearly fictional names from the city's many communities
(in their own scripts), streets, offers and requests in people's own words, local
organisations and linker notes. The generator combines them; this module only reads and checks
them, so a demo never refers to a gift tag the taxonomy does not have.
"""

from dataclasses import dataclass
from pathlib import Path
import re

from desktop.core.resources import Checker, read_json, resources_dir
from desktop.core.taxonomy import Taxonomy, load_taxonomy

WHAT = "demo seeds"
# Enough of BCP 47 for our purposes: a language, then optional script or region subtags.
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Community:
    id: str
    # The community's main language as people name it ("Polish", "Urdu"): one of
    # `languages_spoken`, so the generator can record it among a person's languages.
    name: str
    language: str  # BCP 47, e.g. "pl", "pa-Guru"
    given_names: tuple[str, ...]  # in the community's own script
    family_names: tuple[str, ...]
    romanised: tuple[str, ...] = ()  # parallel to given_names, for non-Latin scripts
    romanised_family_names: tuple[str, ...] = ()  # parallel to family_names
    family_name_first: bool = False  # e.g. Chinese and Vietnamese name order


@dataclass(frozen=True)
class Phrasing:
    text: str
    tags: tuple[str, ...]
    language: str = "en"


@dataclass(frozen=True)
class Opportunity:
    title: str
    description: str
    tags: tuple[str, ...]
    schedule: str
    location: str


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str
    description: str
    opportunities: tuple[Opportunity, ...]


@dataclass(frozen=True)
class DemoSeeds:
    communities: tuple[Community, ...]
    postcode_districts: tuple[str, ...]
    streets: tuple[str, ...]
    offer_phrasings: tuple[Phrasing, ...]
    request_phrasings: tuple[Phrasing, ...]
    own_words_gifts: tuple[Phrasing, ...]
    conditions: tuple[str, ...]
    places: tuple[str, ...]
    organisations: tuple[Organisation, ...]
    follow_up_notes: tuple[str, ...]
    accessibility_needs: tuple[str, ...]
    languages_spoken: tuple[str, ...]


def default_seeds_path() -> Path:
    return resources_dir() / "demo" / "seeds.json"


def load_seeds(path: Path | str | None = None, taxonomy: Taxonomy | None = None) -> DemoSeeds:
    """Read and check the seeds; unknown tags and malformed entries raise `ResourceError`."""
    path = Path(path) if path is not None else default_seeds_path()
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    check = Checker(path, WHAT)
    data = check.mapping(read_json(path, WHAT), "the whole file")

    def tags(raw: object, where: str) -> tuple[str, ...]:
        found = check.texts(raw, f"the tags of {where}")
        for tag in found:
            if tag not in taxonomy:
                raise check.fail(where, f"uses the tag '{tag}', which is not in the gifts "
                                 "taxonomy. Use one of the taxonomy's tag ids.")
        return found

    def phrasings(key: str) -> tuple[Phrasing, ...]:
        result = []
        for number, raw in enumerate(check.items(data.get(key), key), 1):
            where = f"{key} entry {number}"
            entry = check.mapping(raw, where)
            language = entry.get("language", "en")
            _check_language(check, language, where)
            result.append(Phrasing(text=check.text(entry.get("text"), f"the text of {where}"),
                                   tags=tags(entry.get("tags"), where), language=language))
        return tuple(result)

    def organisation(raw: object, number: int) -> Organisation:
        entry = check.mapping(raw, f"organisation {number}")
        name = check.text(entry.get("name"), f"the name of organisation {number}")
        opportunities = []
        for op_number, op_raw in enumerate(
                check.items(entry.get("opportunities"), f"the opportunities of '{name}'"), 1):
            where = f"opportunity {op_number} of '{name}'"
            op = check.mapping(op_raw, where)
            opportunities.append(Opportunity(
                title=check.text(op.get("title"), f"the title of {where}"),
                description=check.text(op.get("description"), f"the description of {where}"),
                tags=tags(op.get("tags"), where),
                schedule=check.text(op.get("schedule"), f"the schedule of {where}"),
                location=check.text(op.get("location"), f"the location of {where}"),
            ))
        return Organisation(
            name=name,
            kind=check.text(entry.get("kind"), f"the kind of '{name}'"),
            description=check.text(entry.get("description"), f"the description of '{name}'"),
            opportunities=tuple(opportunities),
        )

    communities = tuple(_community(check, raw, number) for number, raw in
                        enumerate(check.items(data.get("communities"), "communities"), 1))
    ids = [community.id for community in communities]
    if len(set(ids)) != len(ids):
        raise check.fail("the communities", "use the same id twice; give each its own id.")
    languages_spoken = check.texts(data.get("languages_spoken"), "languages_spoken")
    for community in communities:
        if community.name not in languages_spoken:
            raise check.fail(f"community '{community.id}'", f"is named '{community.name}', "
                             "which is not in languages_spoken; add it there or rename it.")
    return DemoSeeds(
        communities=communities,
        postcode_districts=check.texts(data.get("postcode_districts"), "postcode_districts"),
        streets=check.texts(data.get("streets"), "streets"),
        offer_phrasings=phrasings("offer_phrasings"),
        request_phrasings=phrasings("request_phrasings"),
        own_words_gifts=phrasings("own_words_gifts"),
        conditions=check.texts(data.get("conditions"), "conditions"),
        places=check.texts(data.get("places"), "places"),
        organisations=tuple(organisation(raw, number) for number, raw in
                            enumerate(check.items(data.get("organisations"),
                                                  "organisations"), 1)),
        follow_up_notes=check.texts(data.get("follow_up_notes"), "follow_up_notes"),
        accessibility_needs=check.texts(data.get("accessibility_needs"), "accessibility_needs"),
        languages_spoken=languages_spoken,
    )


def _check_language(check: Checker, language: object, where: str) -> None:
    if not isinstance(language, str) or not _LANGUAGE_TAG.match(language):
        raise check.fail(where, f"has language {language!r}; use a BCP 47 tag such as "
                         "'pl', 'cy' or 'pa-Guru'.")


def _community(check: Checker, raw: object, number: int) -> Community:
    entry = check.mapping(raw, f"community {number}")
    community_id = check.identifier(entry.get("id"), f"community {number}")
    where = f"community '{community_id}'"
    _check_language(check, entry.get("language"), where)
    given = check.texts(entry.get("given_names"), f"the given names of {where}")
    family = check.texts(entry.get("family_names"), f"the family names of {where}")
    romanised = check.texts(entry.get("romanised", []), f"the romanised names of {where}",
                            allow_empty=True)
    romanised_family = check.texts(entry.get("romanised_family_names", []),
                                   f"the romanised family names of {where}", allow_empty=True)
    # Romanised lists pair up with the native ones by position, so lengths must match.
    if romanised and len(romanised) != len(given):
        raise check.fail(where, f"has {len(given)} given names but {len(romanised)} romanised "
                         "ones; the two lists must line up one to one.")
    if romanised_family and len(romanised_family) != len(family):
        raise check.fail(where, f"has {len(family)} family names but {len(romanised_family)} "
                         "romanised ones; the two lists must line up one to one.")
    family_first = entry.get("family_name_first", False)
    if not isinstance(family_first, bool):
        raise check.fail(where, "has 'family_name_first' set to something other than true "
                         "or false.")
    name = entry.get("name", community_id)
    return Community(
        id=community_id,
        name=check.text(name, f"the name of {where}"),
        language=entry["language"],
        given_names=given,
        family_names=family,
        romanised=romanised,
        romanised_family_names=romanised_family,
        family_name_first=family_first,
    )
