"""The gifts taxonomy: tags for gifts of the head, hands and heart.

The tags live in `resources/gifts/taxonomy.json` so an organisation can adapt them without
touching code. Each tag has plain-English synonyms, the words people actually say ("fixing
bikes", "good with numbers"), so the app can suggest tags from someone's own words.
"""

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
import re
import unicodedata

from desktop.core.resources import Checker, read_json, resources_dir

WHAT = "gifts taxonomy"
KIND_IDS = ("head", "hands", "heart")


@dataclass(frozen=True)
class GiftKind:
    id: str
    label: str
    description: str


@dataclass(frozen=True)
class GiftTag:
    id: str
    kind: str
    label: str
    synonyms: tuple[str, ...]
    idea: str

    @property
    def phrases(self) -> tuple[str, ...]:
        """Everything that names this tag: its label and its synonyms."""
        return (self.label, *self.synonyms)


def _normalise(text: str) -> str:
    # NFC so composed and decomposed accents compare equal; casefold for case-insensitivity
    # beyond ASCII; curly apostrophes are what phones and word processors type.
    return unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'")


def _is_word_char(char: str) -> bool:
    # Letters, marks and digits in any script: `\w` alone misses combining marks, which
    # would let a phrase "end" in the middle of a Bengali or Vietnamese word.
    return char == "_" or unicodedata.category(char)[0] in "LMN"


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = _normalise(phrase).split()
    # A lookahead finds overlapping candidates, so a rejected one cannot hide a good one.
    return re.compile(r"(?=(" + r"\s+".join(re.escape(word) for word in words) + "))")


def _occurs(pattern: re.Pattern[str], text: str) -> bool:
    for match in pattern.finditer(text):
        start, end = match.span(1)
        if start > 0 and _is_word_char(text[start - 1]):
            continue
        if end < len(text) and _is_word_char(text[end]):
            continue
        return True
    return False


@dataclass(frozen=True)
class Taxonomy:
    version: int
    kinds: tuple[GiftKind, ...]
    tags: tuple[GiftTag, ...]
    _index: dict[str, GiftTag] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {tag.id: tag for tag in self.tags})

    def __contains__(self, tag_id: object) -> bool:
        return tag_id in self._index

    def __len__(self) -> int:
        return len(self.tags)

    def by_id(self, tag_id: str) -> GiftTag | None:
        """The tag with this id, or None if the taxonomy has no such tag."""
        return self._index.get(tag_id)

    def kind(self, kind_id: str) -> GiftKind:
        for kind in self.kinds:
            if kind.id == kind_id:
                return kind
        raise KeyError(kind_id)

    def of_kind(self, kind_id: str) -> tuple[GiftTag, ...]:
        """The tags of one kind, in file order. An unknown kind is a programming error."""
        self.kind(kind_id)
        return tuple(tag for tag in self.tags if tag.kind == kind_id)

    @cached_property
    def _patterns(self) -> tuple[tuple[GiftTag, tuple[re.Pattern[str], ...]], ...]:
        return tuple((tag, tuple(_phrase_pattern(p) for p in tag.phrases)) for tag in self.tags)

    def match_words(self, text: str) -> list[GiftTag]:
        """Tags whose label or a synonym occurs in `text` as whole words, in taxonomy order."""
        normalised = _normalise(text)
        return [tag for tag, patterns in self._patterns
                if any(_occurs(pattern, normalised) for pattern in patterns)]


def default_taxonomy_path() -> Path:
    return resources_dir() / "gifts" / "taxonomy.json"


def load_taxonomy(path: Path | str | None = None) -> Taxonomy:
    """Read and check a taxonomy file; any problem raises `ResourceError` saying what to fix."""
    path = Path(path) if path is not None else default_taxonomy_path()
    check = Checker(path, WHAT)
    data = check.mapping(read_json(path, WHAT), "the whole file")
    version = check.version(data.get("version"))
    kinds = _load_kinds(check, data.get("kinds"))
    tags: list[GiftTag] = []
    seen: set[str] = set()
    for number, raw in enumerate(check.items(data.get("tags"), "the list of tags"), 1):
        tag = _load_tag(check, raw, number)
        if tag.id in seen:
            raise check.fail(f"tag {number} ('{tag.id}')", "uses an id that an earlier tag "
                             "already has; every tag needs its own id.")
        seen.add(tag.id)
        tags.append(tag)
    return Taxonomy(version=version, kinds=kinds, tags=tuple(tags))


def _load_kinds(check: Checker, raw: object) -> tuple[GiftKind, ...]:
    kinds = check.mapping(raw, "the kinds")
    missing = [kind for kind in KIND_IDS if kind not in kinds]
    unknown = [kind for kind in kinds if kind not in KIND_IDS]
    if missing or unknown:
        raise check.fail("the kinds", f"should be exactly head, hands and heart "
                         f"(missing: {', '.join(missing) or 'none'}; "
                         f"unknown: {', '.join(unknown) or 'none'}).")
    result = []
    for kind_id in KIND_IDS:
        entry = check.mapping(kinds[kind_id], f"kind '{kind_id}'")
        result.append(GiftKind(
            id=kind_id,
            label=check.text(entry.get("label"), f"the label of kind '{kind_id}'"),
            description=check.text(entry.get("description"),
                                   f"the description of kind '{kind_id}'"),
        ))
    return tuple(result)


def _load_tag(check: Checker, raw: object, number: int) -> GiftTag:
    entry = check.mapping(raw, f"tag {number}")
    tag_id = check.identifier(entry.get("id"), f"tag {number}")
    where = f"tag {number} ('{tag_id}')"
    kind = entry.get("kind")
    if kind not in KIND_IDS:
        raise check.fail(where, f"has kind {kind!r}; it should be head, hands or heart.")
    if not entry.get("synonyms"):
        raise check.fail(where, "has no synonyms; add at least one word people use for it.")
    synonyms = check.texts(entry.get("synonyms"), f"the synonyms of {where}")
    return GiftTag(
        id=tag_id,
        kind=kind,
        label=check.text(entry.get("label"), f"the label of {where}"),
        synonyms=tuple(s.strip() for s in synonyms),
        idea=check.text(entry.get("idea"), f"the idea of {where}"),
    )
