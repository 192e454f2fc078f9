"""Capabilities-conversation templates.

A template is the running order of a capabilities conversation: sections (welcome, what you
enjoy, head, hands, heart, teach, learn, who you know, help you are seeking, shaping an offer,
next steps) holding prompts. It is data in `resources/conversation/` so an organisation can
adapt the wording; this module reads it and checks it hangs together.
"""

from dataclasses import dataclass
from pathlib import Path

from desktop.core.resources import Checker, read_json, resources_dir
from desktop.core.taxonomy import KIND_IDS, Taxonomy, load_taxonomy

WHAT = "conversation template"
PROMPT_KINDS = ("text", "gifts", "choice")


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    kind: str  # one of PROMPT_KINDS
    help: str = ""
    gift_kinds: tuple[str, ...] = ()  # for "gifts": which kinds of tag to offer
    choices: tuple[str, ...] = ()  # for "choice"
    multiple: bool = False  # for "choice": may several be ticked


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    prompts: tuple[Prompt, ...]
    idea_cards: tuple[str, ...] = ()  # taxonomy tag ids to show as prompts for ideas


@dataclass(frozen=True)
class ConversationTemplate:
    id: str
    version: int
    title: str
    sections: tuple[Section, ...]
    description: str = ""

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def section_ids(self) -> tuple[str, ...]:
        return tuple(section.id for section in self.sections)

    def prompts(self) -> tuple[Prompt, ...]:
        """Every prompt, in conversation order."""
        return tuple(prompt for section in self.sections for prompt in section.prompts)

    def prompt(self, prompt_id: str) -> Prompt:
        for prompt in self.prompts():
            if prompt.id == prompt_id:
                return prompt
        raise KeyError(prompt_id)


def default_template_path() -> Path:
    return resources_dir() / "conversation" / "default.json"


def load_template(path: Path | str | None = None,
                  taxonomy: Taxonomy | None = None) -> ConversationTemplate:
    """Read and check a template against the taxonomy; problems raise `ResourceError`."""
    path = Path(path) if path is not None else default_template_path()
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    check = Checker(path, WHAT)
    data = check.mapping(read_json(path, WHAT), "the whole file")
    sections: list[Section] = []
    section_ids: set[str] = set()
    # Prompt ids are unique across the whole template because answers are stored by prompt id.
    prompt_ids: set[str] = set()
    for number, raw in enumerate(check.items(data.get("sections"), "the list of sections"), 1):
        section = _load_section(check, raw, number, taxonomy, prompt_ids)
        if section.id in section_ids:
            raise check.fail(f"section {number} ('{section.id}')", "uses an id that an "
                             "earlier section already has; every section needs its own id.")
        section_ids.add(section.id)
        sections.append(section)
    description = data.get("description", "")
    return ConversationTemplate(
        id=check.identifier(data.get("id"), "the template"),
        version=check.version(data.get("version")),
        title=check.text(data.get("title"), "the title"),
        sections=tuple(sections),
        description=check.text(description, "the description") if description else "",
    )


def _load_section(check: Checker, raw: object, number: int, taxonomy: Taxonomy,
                  prompt_ids: set[str]) -> Section:
    entry = check.mapping(raw, f"section {number}")
    section_id = check.identifier(entry.get("id"), f"section {number}")
    where = f"section '{section_id}'"
    prompts = []
    for prompt_number, prompt_raw in enumerate(
            check.items(entry.get("prompts"), f"the prompts of {where}"), 1):
        prompt = _load_prompt(check, prompt_raw, f"prompt {prompt_number} of {where}")
        if prompt.id in prompt_ids:
            raise check.fail(f"prompt '{prompt.id}' in {where}", "uses an id that another "
                             "prompt already has; every prompt needs its own id.")
        prompt_ids.add(prompt.id)
        prompts.append(prompt)
    idea_cards = check.texts(entry.get("idea_cards", []), f"the idea cards of {where}",
                             allow_empty=True)
    for card in idea_cards:
        if card not in taxonomy:
            raise check.fail(f"the idea cards of {where}", f"mention '{card}', which is not "
                             "a tag in the gifts taxonomy. Use one of the taxonomy's tag ids.")
    intro = entry.get("intro", "")
    return Section(
        id=section_id,
        title=check.text(entry.get("title"), f"the title of {where}"),
        intro=check.text(intro, f"the intro of {where}") if intro else "",
        prompts=tuple(prompts),
        idea_cards=idea_cards,
    )


def _load_prompt(check: Checker, raw: object, where: str) -> Prompt:
    entry = check.mapping(raw, where)
    prompt_id = check.identifier(entry.get("id"), where)
    where = f"prompt '{prompt_id}'"
    kind = entry.get("kind", "text")
    if kind not in PROMPT_KINDS:
        raise check.fail(where, f"has kind {kind!r}; it should be text, gifts or choice.")
    gift_kinds: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    if kind == "gifts":
        gift_kinds = check.texts(entry.get("gift_kinds"), f"the gift kinds of {where}")
        unknown = [k for k in gift_kinds if k not in KIND_IDS]
        if unknown:
            raise check.fail(where, f"asks for gift kind(s) {', '.join(unknown)}; use head, "
                             "hands or heart.")
    if kind == "choice":
        choices = check.texts(entry.get("choices"), f"the choices of {where}")
        if len(set(choices)) != len(choices):
            raise check.fail(where, "lists the same choice twice.")
    multiple = entry.get("multiple", False)
    if not isinstance(multiple, bool):
        raise check.fail(where, "has 'multiple' set to something other than true or false.")
    help_text = entry.get("help", "")
    if not isinstance(help_text, str):
        raise check.fail(where, "has help that is not text.")
    return Prompt(
        id=prompt_id,
        text=check.text(entry.get("text"), f"the text of {where}"),
        kind=kind,
        help=help_text,
        gift_kinds=gift_kinds,
        choices=choices,
        multiple=multiple,
    )
