"""The records Offerbook keeps, as plain dataclasses.

Each class is one synced table: `TABLE` names it, the dataclass fields are its columns. Every
record also carries the sync bookkeeping from `Record` (id, created_at, clock, tombstone). Lists
and dicts are stored as JSON. The store turns these into rows; nothing here knows SQL.
"""

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Self

GIFT_KINDS = ("head", "hands", "heart", "teach", "learn")
STAFF_ROLES = ("linker", "coordinator", "day-centre", "administrator")
PARTICIPANT_STATUSES = ("active", "paused", "closed")
CONSENT_PURPOSES = (
    "keep-record",  # hold their details in Offerbook at all
    "contact",  # phone, text or visit them
    "share-with-organisations",  # pass their offer to an organisation or another person
    "print-card",  # print their name and offer on a card
    "special-category",  # health, disability or faith details
    "evidence",  # count them, anonymously, in funders' reports
    "photo",
)
CONSENT_METHODS = ("spoken", "written", "easy-read", "by-carer")
CONVERSATION_STATUSES = ("in-progress", "paused", "completed")
OFFER_STATUSES = ("draft", "agreed", "matched", "active", "paused", "ended")
REQUEST_STATUSES = ("open", "matched", "met", "closed")
OPPORTUNITY_STATUSES = ("open", "full", "closed")
ORGANISATION_STATUSES = ("open", "closed")
# An introduction's steps (desktop/core/introductions.py says which may follow which). The
# last three before "declined" are its outcomes, after the two have met.
INTRODUCTION_STATUSES = ("suggested", "agreed", "planned", "met", "going-well",
                         "did-not-work-out", "ended", "declined")
# What laptops before 0007 wrote, and what each means now: read as the new word wherever an
# introduction is read (a laptop not yet updated still syncs the old words).
LEGACY_INTRODUCTION_STATUSES = {"proposed": "agreed", "ongoing": "going-well"}
# What a follow-up is for: one a linker adds, or one an introduction's step sets by itself.
FOLLOW_UP_KINDS = ("general", "after-meeting", "check-in")
ONS4_QUESTIONS = ("life_satisfaction", "worthwhile", "happiness", "anxiety")


@dataclass(kw_only=True)
class Record:
    """Sync bookkeeping shared by every table."""

    TABLE: ClassVar[str] = ""
    BOOKKEEPING: ClassVar[tuple[str, ...]] = ("id", "created_at", "updated_hlc", "deleted")

    id: str = ""
    created_at: str = ""
    updated_hlc: str = ""
    deleted: bool = False

    @classmethod
    def data_fields(cls) -> tuple[str, ...]:
        """The domain columns: everything but the bookkeeping."""
        return tuple(f.name for f in fields(cls) if f.name not in cls.BOOKKEEPING)

    def data(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.data_fields()}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in row.items() if key in known})


@dataclass(kw_only=True)
class Team(Record):
    TABLE: ClassVar[str] = "teams"
    name: str = ""
    area: str = ""


@dataclass(kw_only=True)
class Staff(Record):
    TABLE: ClassVar[str] = "staff"
    name: str = ""
    role: str = "linker"
    team_id: str | None = None
    work_email: str = ""
    work_phone: str = ""
    active: bool = True


@dataclass(kw_only=True)
class Participant(Record):
    TABLE: ClassVar[str] = "participants"
    full_name: str = ""
    preferred_name: str = ""
    team_id: str | None = None
    linker_id: str | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    languages: list[str] = field(default_factory=list)
    accessibility_needs: str = ""
    status: str = "active"
    first_met_on: str = ""


@dataclass(kw_only=True)
class Consent(Record):
    TABLE: ClassVar[str] = "consents"
    participant_id: str = ""
    purpose: str = "keep-record"
    given: bool = True
    method: str = "spoken"
    recorded_on: str = ""
    recorded_by: str | None = None
    expires_on: str = ""
    withdrawn_on: str = ""
    terms_version: str = "1"


@dataclass(kw_only=True)
class Conversation(Record):
    TABLE: ClassVar[str] = "conversations"
    participant_id: str = ""
    staff_id: str | None = None
    template_id: str = ""
    template_version: int = 1
    status: str = "in-progress"
    current_section: str = ""
    answers: dict[str, Any] = field(default_factory=dict)
    present: list[str] = field(default_factory=list)
    location: str = ""
    started_on: str = ""
    completed_on: str = ""


@dataclass(kw_only=True)
class Gift(Record):
    TABLE: ClassVar[str] = "gifts"
    participant_id: str = ""
    conversation_id: str | None = None
    kind: str = "hands"
    tag: str = ""
    own_words: str = ""


@dataclass(kw_only=True)
class Offer(Record):
    TABLE: ClassVar[str] = "offers"
    participant_id: str = ""
    title: str = ""
    tags: list[str] = field(default_factory=list)
    for_whom: str = ""
    availability: dict[str, list[str]] = field(default_factory=dict)
    location: str = ""
    frequency: str = ""
    conditions: str = ""
    support_needed: str = ""
    status: str = "draft"


@dataclass(kw_only=True)
class Request(Record):
    TABLE: ClassVar[str] = "requests"
    participant_id: str = ""
    title: str = ""
    tags: list[str] = field(default_factory=list)
    details: str = ""
    availability: dict[str, list[str]] = field(default_factory=dict)
    location: str = ""
    status: str = "open"


@dataclass(kw_only=True)
class Organisation(Record):
    TABLE: ClassVar[str] = "organisations"
    name: str = ""
    kind: str = ""
    description: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    postcode: str = ""
    external_id: str = ""
    source: str = ""  # the directory it was imported from; "" when typed in here
    status: str = "open"


@dataclass(kw_only=True)
class Opportunity(Record):
    TABLE: ClassVar[str] = "opportunities"
    organisation_id: str = ""
    title: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)
    schedule: str = ""
    location: str = ""
    postcode: str = ""
    contact: str = ""
    status: str = "open"
    external_id: str = ""
    source: str = ""  # the directory it was imported from; "" when typed in here
    availability: dict[str, list[str]] = field(default_factory=dict)
    accessibility: str = ""
    suits: str = ""  # who it suits, in the directory's or the linker's words
    languages: list[str] = field(default_factory=list)
    cost: str = ""
    other_terms: list[str] = field(default_factory=list)  # directory terms with no gift tag
    source_status: str = ""  # the directory's own word for its status
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass(kw_only=True)
class Introduction(Record):
    TABLE: ClassVar[str] = "introductions"
    offer_id: str | None = None
    request_id: str | None = None
    opportunity_id: str | None = None
    status: str = "suggested"
    accompanied_by: str | None = None  # the staff member going along to the meeting, if any
    planned_on: str = ""
    met_on: str = ""
    notes: str = ""
    staff_id: str | None = None  # who made the introduction
    place: str = ""  # where the two will meet
    agreed_on: str = ""
    outcome_on: str = ""  # the day of its outcome, or of being declined
    outcome_notes: str = ""

    def __post_init__(self) -> None:
        self.status = LEGACY_INTRODUCTION_STATUSES.get(self.status, self.status)


@dataclass(kw_only=True)
class FollowUp(Record):
    TABLE: ClassVar[str] = "follow_ups"
    participant_id: str = ""
    introduction_id: str | None = None
    staff_id: str | None = None
    due_on: str = ""
    done_on: str = ""
    note: str = ""
    kind: str = "general"  # FOLLOW_UP_KINDS
    offer_id: str | None = None  # the offer it is about, if any
    conversation_id: str | None = None  # the conversation it came from, if any


@dataclass(kw_only=True)
class Exchange(Record):
    TABLE: ClassVar[str] = "exchanges"
    giver_id: str = ""
    receiver_id: str | None = None
    organisation_id: str | None = None
    offer_id: str | None = None
    hours: float = 0.0
    occurred_on: str = ""
    description: str = ""


@dataclass(kw_only=True)
class Wellbeing(Record):
    TABLE: ClassVar[str] = "wellbeing"
    participant_id: str = ""
    staff_id: str | None = None
    recorded_on: str = ""
    life_satisfaction: int | None = None
    worthwhile: int | None = None
    happiness: int | None = None
    anxiety: int | None = None


@dataclass(kw_only=True)
class Attendance(Record):
    TABLE: ClassVar[str] = "attendance"
    participant_id: str = ""
    staff_id: str | None = None
    site: str = ""
    checked_in_at: str = ""
    checked_out_at: str = ""


@dataclass(kw_only=True)
class Note(Record):
    """A linker's note about a participant. Notes are append-only: never edited, only added."""

    TABLE: ClassVar[str] = "notes"
    participant_id: str = ""
    staff_id: str | None = None
    body: str = ""


ALL_RECORDS: tuple[type[Record], ...] = (
    Team, Staff, Participant, Consent, Conversation, Gift, Offer, Request, Organisation,
    Opportunity, Introduction, FollowUp, Exchange, Wellbeing, Attendance, Note,
)
RECORD_BY_TABLE: dict[str, type[Record]] = {cls.TABLE: cls for cls in ALL_RECORDS}
