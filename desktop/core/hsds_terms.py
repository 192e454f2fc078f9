"""Directory taxonomy terms → gift tags, through a mapping kept as data.

`resources/directory/term_tags.json` says which gift tags (resources/gifts/taxonomy.json) a
directory's taxonomy terms stand for: first by the term's own identifier (its id, code or URI,
exactly), then by its name (case, accents and spacing aside). A term neither knows is kept as
text by the caller, never dropped. The same file maps language codes to the names people use.
See resources/directory/README.md for where each list comes from.
"""

from dataclasses import dataclass
from pathlib import Path
import unicodedata

from desktop.core.resources import ID_PATTERN, Checker, read_json, resources_dir

WHAT = "directory term mapping"


def normalise_name(text: str) -> str:
    """A term name as the mapping keys it: NFC, casefolded, single spaces, '&' as 'and'."""
    text = unicodedata.normalize("NFC", text).casefold().replace("&", " and ")
    return " ".join(text.replace("_", " ").replace("-", " ").split())


@dataclass(frozen=True)
class Term:
    """A taxonomy term as the directory gives it."""

    id: str
    name: str
    code: str = ""
    uri: str = ""
    vocabulary: str = ""

    @property
    def text(self) -> str:
        """How the term is kept when no tag stands for it."""
        return self.name or self.code or self.id


@dataclass(frozen=True)
class TermMapping:
    by_id: dict[str, tuple[str, ...]]
    by_name: dict[str, tuple[str, ...]]
    languages: dict[str, str]

    def tags(self, term: Term) -> tuple[str, ...]:
        """The gift tags for a term; () when the mapping does not know it."""
        for key in (term.id, term.code, term.uri):
            if key and key in self.by_id:
                return self.by_id[key]
        return self.by_name.get(normalise_name(term.name), ()) if term.name else ()

    def language(self, value: str) -> str:
        """A language's name for a code (en, pol, …); a name or unknown code as given."""
        return self.languages.get(value.strip().casefold(), value.strip())


def default_mapping_path() -> Path:
    return resources_dir() / "directory" / "term_tags.json"


def load_term_mapping(path: Path | str | None = None) -> TermMapping:
    """Read and check a mapping file; any problem raises `ResourceError` saying what to fix."""
    path = Path(path) if path is not None else default_mapping_path()
    check = Checker(path, WHAT)
    data = check.mapping(read_json(path, WHAT), "the whole file")
    check.version(data.get("version"))
    by_id: dict[str, tuple[str, ...]] = {}
    for number, raw in enumerate(check.items(data.get("by_id"), "by_id", allow_empty=True), 1):
        entry = check.mapping(raw, f"by_id entry {number}")
        key = check.text(entry.get("id"), f"the id of by_id entry {number}")
        by_id[key] = _tags(check, entry.get("tags"), f"by_id entry {number}")
    by_name: dict[str, tuple[str, ...]] = {}
    for name, tags in check.mapping(data.get("by_name"), "by_name").items():
        by_name[normalise_name(name)] = _tags(check, tags, f"by_name entry '{name}'")
    languages = {code.casefold(): check.text(name, f"language '{code}'") for code, name in
                 check.mapping(data.get("languages", {}), "languages").items()}
    return TermMapping(by_id=by_id, by_name=by_name, languages=languages)


def _tags(check: Checker, raw: object, where: str) -> tuple[str, ...]:
    tags = check.texts(raw, f"the tags of {where}")
    for tag in tags:
        if not ID_PATTERN.match(tag):
            raise check.fail(where, f"names the tag '{tag}', which is not a gift tag id "
                             "(lowercase letters, digits and hyphens).")
    return tags
