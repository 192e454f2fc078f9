"""The parts of a directory as they are gathered, and how they become Offerbook's records.

`hsds_assemble.Assembler` collects these from the rows; the functions at the end turn one
organisation or service, with what hangs off it, into an `ImportedOrganisation` or an
`ImportedOpportunity`.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
import re

from desktop.core.hsds_records import DirectoryError, ImportedOpportunity, ImportedOrganisation
from desktop.core.hsds_schedules import Schedule, grid
from desktop.core.hsds_terms import Term, TermMapping

Fail = Callable[[str, str], DirectoryError]
"""Makes the error for a problem in a column of the row being read: raise fail(column, …)."""
Values = Mapping[str, object]

# HSDS service status → opportunity status. HSDS lists exactly these four.
STATUSES = {"active": "open", "inactive": "closed", "defunct": "closed",
            "temporarily closed": "closed"}
_UK_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")


def text(values: Values, *names: str) -> str:
    """The first non-empty of these fields, trimmed (JSON numbers as their digits)."""
    for name in names:
        value = values.get(name)
        if isinstance(value, str):  # the CSV case, first: it runs a million times
            found = value.strip()
        elif value is None or isinstance(value, (dict, list)):
            continue
        elif isinstance(value, float) and value.is_integer():
            found = str(int(value))
        else:
            found = str(value).strip()
        if found:
            return found
    return ""


@dataclass
class Location:
    name: str
    description: str
    url: str
    virtual: bool
    organisation_id: str
    addresses: list[tuple[int, str, str]] = field(default_factory=list)  # rank, text, postcode
    accessibility: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    hours: list[str] = field(default_factory=list)

    def place(self) -> str:
        if self.virtual or (self.url and not self.addresses):
            return f"Online: {self.url}" if self.url else self.name
        address = min(self.addresses)[1] if self.addresses else ""
        return ", ".join(part for part in (self.name, address) if part)

    def postcode(self) -> str:
        return min(self.addresses)[2] if self.addresses else ""


@dataclass
class Contact:
    words: str
    email: str
    phones: list[str] = field(default_factory=list)


@dataclass
class ServiceParts:
    values: Values
    organisation_id: str
    origin: str
    location_ids: list[str] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    suits: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)


@dataclass
class OrganisationParts:
    values: Values
    origin: str
    phones: list[str] = field(default_factory=list)
    location_ids: list[str] = field(default_factory=list)


def organisation_result(key: str, org: OrganisationParts,
                        locations: Mapping[str, Location]) -> ImportedOrganisation:
    values = org.values
    located = [locations[lid] for lid in org.location_ids if locations[lid].addresses]
    return ImportedOrganisation(
        source_id=key, name=text(values, "name"), kind=text(values, "legal_status"),
        description=text(values, "description"), email=text(values, "email"),
        phone=org.phones[0] if org.phones else "", website=text(values, "website", "url"),
        address=located[0].place() if located else "",
        postcode=located[0].postcode() if located else "", origin=org.origin)


def opportunity_result(key: str, service: ServiceParts, org: OrganisationParts,
                       places: list[Location], mapping: TermMapping) -> ImportedOpportunity:
    values = service.values
    tags: list[str] = []
    others: list[str] = []
    for term in service.terms:
        found = mapping.tags(term)
        tags.extend(tag for tag in found if tag not in tags)
        if not found and term.text not in others:
            others.append(term.text)
    hours = [f"Venue hours{f' ({place.name})' if place.name else ''}: {words}"
             for place in places for words in place.hours]
    contacts = service.contacts
    phones = service.phones + [n for c in contacts for n in c.phones] + \
        [n for place in places for n in place.phones] + org.phones
    languages = dict.fromkeys(service.languages + [
        words for place in places for words in place.languages])
    description = text(values, "description")
    for label, name in (("How to get started", "application_process"), ("Notice", "alert")):
        if text(values, name):
            description = f"{description}\n\n{label}: {text(values, name)}".strip()
    status = text(values, "status").lower()
    postcodes = [place.postcode() for place in places if place.postcode()]
    return ImportedOpportunity(
        source_id=key, organisation_source_id=service.organisation_id,
        title=text(values, "name"), description=description,
        status=STATUSES.get(status, "open"), source_status=status,
        tags=tuple(tags), other_terms=tuple(others),
        availability=grid(service.schedules),
        schedule="\n".join(dict.fromkeys(service.times + hours)),
        location="\n".join(dict.fromkeys(place.place() for place in places)),
        postcode=postcodes[0] if postcodes else "",
        contact="; ".join(dict.fromkeys(c.words for c in contacts if c.words)),
        email=text(values, "email") or next((c.email for c in contacts if c.email), "")
        or text(org.values, "email"),
        phone=phones[0] if phones else "",
        website=text(values, "url") or text(org.values, "website", "url"),
        accessibility="; ".join(dict.fromkeys(
            words for place in places for words in place.accessibility)),
        suits="; ".join(dict.fromkeys(service.suits)),
        languages=tuple(languages), cost=text(values, "fees_description", "fees"),
        origin=service.origin)


def uk_postcode(value: str) -> str:
    """A UK postcode in its usual form (LS11 5AB); anything else as given."""
    compact = re.sub(r"\s+", "", value.upper())
    match = _UK_POSTCODE.match(compact)
    return f"{match.group(1)} {match.group(2)}" if match else value
