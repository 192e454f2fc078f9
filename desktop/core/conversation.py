"""The capabilities conversation as pure logic: where we are, and which gifts the answers hold.

The conversation screen keeps what is typed as a dict of prompt id -> value:
  text prompts    -> the person's words (str)
  choice prompts  -> the choice (str), or the choices ticked (list of str) when several may be
  gifts prompts   -> a list of entries {"tag", "own_words", "gift_id"}: each ticked idea card
                     with the person's own words beside it, and the Gift record it became.
This module turns those values into what the Conversation record holds, decides which Gift
records to add, change or delete, and works out progress. It has no Qt and no SQL, so all of it
is tested without a window or a vault.

Progress is derived from the data, never stored apart from it, so it reads the same on every
device and after every pause: a section with something recorded is done; one the conversation
has moved past with nothing recorded was skipped; the rest are still to come.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
import unicodedata

from desktop.core import models
from desktop.core.ids import new_id
from desktop.core.taxonomy import GiftTag, Taxonomy
from desktop.core.template import ConversationTemplate, Prompt, Section

DONE, CURRENT, SKIPPED, TODO = "done", "current", "skipped", "todo"
# The welcome section's "who is here" prompt: its answer lives in Conversation.present.
PRESENT_PROMPT = "present"
# Gifts ticked in these sections are things to teach or to learn, whatever the tag's kind.
SECTION_GIFT_KIND = {"teach": "teach", "learn": "learn"}


# ---- values --------------------------------------------------------------------------------

def is_answered(value: Any) -> bool:
    """True when a prompt's value records something (blank text and empty lists do not)."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple)):
        return any(is_answered(item) if isinstance(item, str) else bool(item) for item in value)
    return bool(value)


def gift_entries(value: Any) -> list[dict[str, str]]:
    """A gifts prompt's value as entries {"tag", "own_words", "gift_id"}, one per tag.

    Tolerates a bare list of tag ids (what a hand-edited or older answer may hold)."""
    entries: list[dict[str, str]] = []
    seen: set[str] = set()
    for item in value if isinstance(value, list) else []:
        if isinstance(item, str):
            item = {"tag": item}
        if not isinstance(item, dict) or not isinstance(item.get("tag"), str):
            continue
        tag = item["tag"]
        if not tag or tag in seen:
            continue
        seen.add(tag)
        entries.append({"tag": tag, "own_words": str(item.get("own_words") or ""),
                        "gift_id": str(item.get("gift_id") or "")})
    return entries


def values_from_record(template: ConversationTemplate,
                       conversation: models.Conversation) -> dict[str, Any]:
    """What the form shows for a saved conversation: its answers, with who was present."""
    values = dict(conversation.answers)
    if _has_prompt(template, PRESENT_PROMPT) and conversation.present:
        values[PRESENT_PROMPT] = list(conversation.present)
    return values


def record_fields(template: ConversationTemplate, saved: Mapping[str, Any],
                  values: Mapping[str, Any], present: list[str]) -> dict[str, Any]:
    """The Conversation fields (answers, present) for the form's values.

    Starts from the saved answers so an answer to a prompt this template does not have (an
    older template, another organisation's) is kept, never dropped. Blank answers are removed.
    """
    answers = dict(saved)
    for prompt in template.prompts():
        if prompt.id not in values:
            continue
        value = values[prompt.id]
        if prompt.id == PRESENT_PROMPT:
            present = [value] if isinstance(value, str) and value else list(value or [])
            answers.pop(prompt.id, None)
            continue
        if prompt.kind == "gifts":
            value = gift_entries(value)
        if is_answered(value):
            answers[prompt.id] = value
        else:
            answers.pop(prompt.id, None)
    return {"answers": answers, "present": present}


def _has_prompt(template: ConversationTemplate, prompt_id: str) -> bool:
    return any(prompt.id == prompt_id for prompt in template.prompts())


# ---- progress ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Progress:
    position: int  # the current section, counted from 1
    total: int
    done: int
    skipped: int
    states: dict[str, str] = field(default_factory=dict)  # section id -> DONE/CURRENT/...


def section_answered(section: Section, values: Mapping[str, Any]) -> bool:
    return any(is_answered(values.get(prompt.id)) for prompt in section.prompts)


def section_index(template: ConversationTemplate, section_id: str) -> int:
    ids = template.section_ids()
    return ids.index(section_id) if section_id in ids else 0


def furthest_reached(template: ConversationTemplate, values: Mapping[str, Any],
                     current: str) -> int:
    """The index of the furthest section the conversation has got to, as far as data shows."""
    answered = [index for index, section in enumerate(template.sections)
                if section_answered(section, values)]
    return max([section_index(template, current), *answered])


def progress(template: ConversationTemplate, values: Mapping[str, Any], current: str,
             reached: int | None = None) -> Progress:
    """Each section's state, and counts for a "section 3 of 11" line.

    `reached` is the furthest section index visited in this sitting; without it, the data
    decides (see `furthest_reached`)."""
    reached = max(furthest_reached(template, values, current), reached or 0)
    states: dict[str, str] = {}
    for index, section in enumerate(template.sections):
        if section.id == current:
            states[section.id] = CURRENT
        elif section_answered(section, values):
            states[section.id] = DONE
        elif index <= reached:
            states[section.id] = SKIPPED
        else:
            states[section.id] = TODO
    counts = list(states.values())
    return Progress(position=section_index(template, current) + 1, total=len(states),
                    done=counts.count(DONE), skipped=counts.count(SKIPPED), states=states)


def neighbour(template: ConversationTemplate, current: str, step: int) -> str | None:
    """The section `step` places after (or before, if negative) the current one, or None."""
    index = section_index(template, current) + step
    if 0 <= index < len(template.sections):
        return template.sections[index].id
    return None


def resume_at(template: ConversationTemplate, conversation: models.Conversation) -> str:
    """Where to open a conversation: where it was left, or the start to read back a finished
    one (or one whose saved section this template does not have)."""
    if conversation.status != "completed" and conversation.current_section in \
            template.section_ids():
        return conversation.current_section
    return template.sections[0].id


# ---- gifts ---------------------------------------------------------------------------------

def gifts_prompts(template: ConversationTemplate) -> list[tuple[Section, Prompt]]:
    return [(section, prompt) for section in template.sections for prompt in section.prompts
            if prompt.kind == "gifts"]


def gift_kind(section: Section, tag: GiftTag) -> str:
    """A ticked card's Gift kind: teach or learn in those sections, else the tag's own kind."""
    return SECTION_GIFT_KIND.get(section.id, tag.kind)


def prompt_tags(taxonomy: Taxonomy, section: Section, prompt: Prompt) -> list[GiftTag]:
    """The cards a gifts prompt offers: the section's idea cards first, then every tag of the
    prompt's kinds, each once."""
    tags = [taxonomy.by_id(tag_id) for tag_id in section.idea_cards]
    tags += [tag for kind in prompt.gift_kinds for tag in taxonomy.of_kind(kind)]
    seen: set[str] = set()
    result = []
    for tag in tags:
        if tag is not None and tag.id not in seen:
            seen.add(tag.id)
            result.append(tag)
    return result


def home_prompt(template: ConversationTemplate, taxonomy: Taxonomy,
                gift: models.Gift) -> str | None:
    """The gifts prompt where a gift of this conversation belongs, or None if the screen cannot
    show it (a tag the taxonomy does not have): such gifts are left alone, never deleted."""
    if gift.tag not in taxonomy:
        return None
    for section, prompt in gifts_prompts(template):
        wanted = SECTION_GIFT_KIND.get(section.id)
        if wanted is not None:
            if gift.kind == wanted:
                return prompt.id
        elif gift.kind in prompt.gift_kinds:
            return prompt.id
    return None


def reconcile(template: ConversationTemplate, taxonomy: Taxonomy, values: Mapping[str, Any],
              gifts: Iterable[models.Gift]) -> dict[str, Any]:
    """Bring the gifts prompts' values in line with the conversation's Gift records.

    A Gift record is the truth for its own words (it may have been edited elsewhere); an entry
    whose gift was deleted elsewhere is dropped; a gift of this conversation that no entry
    names (made by demo data or an older version) is shown under the prompt it belongs to, if
    that prompt has no card for its tag yet."""
    live = {gift.id: gift for gift in gifts if not gift.deleted}
    result = dict(values)
    named: set[str] = set()
    for _section, prompt in gifts_prompts(template):
        entries = []
        for entry in gift_entries(values.get(prompt.id)):
            gift = live.get(entry["gift_id"]) if entry["gift_id"] else None
            if entry["gift_id"] and gift is None:
                continue
            if gift is not None:
                named.add(gift.id)
                entry = {**entry, "own_words": gift.own_words}
            entries.append(entry)
        if entries or prompt.id in values:
            result[prompt.id] = entries
    for gift in live.values():
        target = home_prompt(template, taxonomy, gift) if gift.id not in named else None
        if target is None:
            continue
        entries = gift_entries(result.get(target))
        if any(entry["tag"] == gift.tag for entry in entries):
            continue  # the prompt already holds this tag; one card per tag per prompt
        entries.append({"tag": gift.tag, "own_words": gift.own_words, "gift_id": gift.id})
        result[target] = entries
    return result


@dataclass
class GiftPlan:
    """What saving the conversation does to its gifts. `values` has every entry's gift id."""

    values: dict[str, Any]
    add: list[models.Gift] = field(default_factory=list)
    update: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)

    def gift_ids(self) -> dict[str, dict[str, str]]:
        """prompt id -> {tag: gift id}, for the form to learn the ids of new gifts."""
        return {prompt_id: {entry["tag"]: entry["gift_id"] for entry in gift_entries(value)}
                for prompt_id, value in self.values.items()
                if isinstance(value, list) and gift_entries(value)}


def shown_gift_ids(values: Mapping[str, Any]) -> set[str]:
    """The ids of the gifts on ticked cards in these values."""
    return {entry["gift_id"] for value in values.values() if isinstance(value, list)
            for entry in gift_entries(value) if entry["gift_id"]}


def plan_gifts(template: ConversationTemplate, taxonomy: Taxonomy, values: Mapping[str, Any],
               existing: Iterable[models.Gift], participant_id: str, conversation_id: str,
               shown: set[str]) -> GiftPlan:
    """Each ticked card becomes one Gift: new ones are added, changed words or kinds updated,
    unticked ones deleted. New gifts get their ids here so the answers can name them.

    `shown` names the gifts that were on ticked cards when the form was last loaded or saved:
    only those can have been unticked, so only those are ever deleted. A gift this screen never
    showed (a second one with the same tag, say) is left alone."""
    live = {gift.id: gift for gift in existing if not gift.deleted}
    claimed: set[str] = set()
    pending: list[tuple[Section, str, dict[str, str]]] = []
    out = dict(values)
    # First pass: entries that already name their gift keep it.
    for section, prompt in gifts_prompts(template):
        if prompt.id not in values:
            continue
        entries = gift_entries(values[prompt.id])
        out[prompt.id] = entries
        for entry in entries:
            if entry["gift_id"] in live and entry["gift_id"] not in claimed:
                claimed.add(entry["gift_id"])
            else:
                entry["gift_id"] = ""
            pending.append((section, prompt.id, entry))
    plan = GiftPlan(values=out)
    unclaimed = [gift for gift in live.values() if gift.id not in claimed]
    for section, _prompt_id, entry in pending:
        tag = taxonomy.by_id(entry["tag"])
        if entry["gift_id"]:
            gift = live[entry["gift_id"]]
            wanted = {"own_words": entry["own_words"], "tag": entry["tag"],
                      "kind": gift_kind(section, tag) if tag else gift.kind}
            changes = {name: value for name, value in wanted.items()
                       if getattr(gift, name) != value}
            if changes:
                plan.update.append((gift.id, changes))
            continue
        if tag is None:
            continue  # a tag the taxonomy no longer has, and no gift: nothing to make
        kind = gift_kind(section, tag)
        # An entry that lost its id (the app stopped between saving the gift and its id
        # reaching the draft) takes back an unnamed gift of the same kind and tag.
        match = next((gift for gift in unclaimed if gift.kind == kind and gift.tag == tag.id),
                     None)
        if match is not None:
            unclaimed.remove(match)
            entry["gift_id"] = match.id
            if match.own_words != entry["own_words"]:
                plan.update.append((match.id, {"own_words": entry["own_words"]}))
            continue
        gift = models.Gift(id=new_id(), participant_id=participant_id,
                           conversation_id=conversation_id, kind=kind, tag=tag.id,
                           own_words=entry["own_words"])
        entry["gift_id"] = gift.id
        plan.add.append(gift)
    plan.delete = [gift.id for gift in unclaimed if gift.id in shown]
    return plan


# ---- finding tags --------------------------------------------------------------------------

def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'").strip()


def find_tags(taxonomy: Taxonomy, query: str, limit: int = 12) -> list[GiftTag]:
    """Tags for what the linker types in the filter box: tags whose words occur in it (so
    "she fixes bikes for the kids" finds Fixing bikes), then tags with a label or synonym that
    contains it (so "gard" already finds Gardening while typing)."""
    folded = _fold(query)
    if not folded:
        return []
    found = list(taxonomy.match_words(query))
    for tag in taxonomy.tags:
        if tag not in found and any(folded in _fold(phrase) for phrase in tag.phrases):
            found.append(tag)
    return found[:limit]


def suggested_tags(taxonomy: Taxonomy, template: ConversationTemplate,
                   values: Mapping[str, Any], kinds: Iterable[str]) -> list[GiftTag]:
    """Tags heard in the person's own words so far (every text answer), of the given kinds."""
    kinds = set(kinds)
    found: list[GiftTag] = []
    for prompt in template.prompts():
        value = values.get(prompt.id)
        if prompt.kind != "text" or not isinstance(value, str) or not value.strip():
            continue
        for tag in taxonomy.match_words(value):
            if tag.kind in kinds and tag not in found:
                found.append(tag)
    return found
