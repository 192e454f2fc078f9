"""Putting HSDS rows together: services with their organisation, places, times, terms, contacts.

Both readers (the CSV tables of a data package, the nested JSON form) hand every entity to one
`Assembler`, row by row, with a `fail(column, problem)` that names the row. It keeps each kind
in a dict by id, so every link is one lookup and a 50,000-row file costs linear time; every id
a row points at must be there (an HSDS foreign key), or the row is named in the error.

Field names are HSDS 3.0's (schema/*.json in openreferral/specification), with HSDS 1.1 and
Open Referral UK 1.0's where they differ (organization `url`, service `fees`, accessibility
`accessibility`, language `language`, taxonomy `vocabulary`, eligibility `eligibility`).
"""

from collections import Counter
from collections.abc import Mapping

from desktop.core.hsds_parts import (
    STATUSES,
    Contact,
    Fail,
    Location,
    OrganisationParts,
    ServiceParts,
    Values,
    opportunity_result,
    organisation_result,
    text,
    uk_postcode,
)
from desktop.core.hsds_records import ImportedOpportunity, ImportedOrganisation, quote
from desktop.core.hsds_schedules import SCHEDULE_FIELDS, Schedule, read_holiday, read_schedule
from desktop.core.hsds_terms import Term, TermMapping


class Assembler:
    """Collects one directory's entities; `organisations()` and `opportunities()` at the end.

    `files` names where each kind lives, for messages ("not in locations.csv"). `repeats`
    allows an id to come again (the JSON form nests one location under every service held
    there); the first copy counts.
    """

    def __init__(self, mapping: TermMapping, files: Mapping[str, str], *,
                 repeats: bool = False):
        self.mapping = mapping
        self.files = dict(files)
        self.repeats = repeats
        self.orgs: dict[str, OrganisationParts] = {}
        self.locations: dict[str, Location] = {}
        self.services: dict[str, ServiceParts] = {}
        self.sals: dict[str, tuple[str, str]] = {}
        self.contacts: dict[str, Contact] = {}
        self.terms: dict[str, Term] = {}
        self.vocabularies: dict[str, str] = {}
        self.seen: dict[str, set[str]] = {}
        self.skipped: Counter[str] = Counter()
        # Schedules repeat ("MO,TU,WE,TH,FR 09:00-17:00"): each distinct one is read once.
        self._schedules: dict[tuple[object, ...], Schedule] = {}

    # -- ids and links ------------------------------------------------------------------

    def _new_id(self, kind: str, values: Values, fail: Fail, column: str = "id") -> str | None:
        """The row's own id, checked unique within its kind; None for a repeat in JSON."""
        key = text(values, column)
        if not key:
            raise fail(column, "the id is empty; every row needs its own id.")
        seen = self.seen.setdefault(kind, set())
        if key in seen:
            if self.repeats:
                return None
            raise fail(column, f"the id {quote(key)} is used by an earlier row too; ids must be "
                       "unique within a table.")
        seen.add(key)
        return key

    def _unique(self, kind: str, values: Values, fail: Fail) -> None:
        # Link rows (schedules, phones, …) need no id of ours, but HSDS ids are unique.
        if text(values, "id"):
            self._new_id(kind, values, fail)

    def _link(self, kind: str, table: Mapping[str, object], values: Values, column: str,
              fail: Fail) -> str:
        key = text(values, column)
        if key and key not in table:
            raise fail(column, f"the {kind.replace('_', ' ')} {quote(key)} is not in "
                       f"{self.files.get(kind, 'the directory')}.")
        return key

    # -- entities -----------------------------------------------------------------------

    def organisation(self, values: Values, fail: Fail, origin: str = "") -> str:
        key = self._new_id("organization", values, fail)
        if key is None:
            return text(values, "id")
        if not text(values, "name"):
            raise fail("name", "the organisation has no name.")
        self.orgs[key] = OrganisationParts(values, origin)
        return key

    def location(self, values: Values, fail: Fail) -> str:
        key = self._new_id("location", values, fail)
        if key is None:
            return text(values, "id")
        org = self._link("organization", self.orgs, values, "organization_id", fail)
        self.locations[key] = Location(
            name=text(values, "name", "alternate_name"), description=text(values, "description"),
            url=text(values, "url"), virtual=text(values, "location_type").lower() == "virtual",
            organisation_id=org)
        if org:
            self.orgs[org].location_ids.append(key)
        return key

    def address(self, values: Values, fail: Fail, kind: str = "") -> None:
        self._unique(kind or "address", values, fail)
        place = self.locations[self._link("location", self.locations, values, "location_id",
                                          fail) or self._missing("location_id", fail)]
        kind = kind or text(values, "address_type").lower() or "physical"
        if kind == "virtual":
            return
        lines = [text(values, name) for name in ("address_1", "address_2", "address_3",
                                                 "address_4", "city", "region",
                                                 "state_province")]
        postcode = uk_postcode(text(values, "postal_code"))
        words = ", ".join(dict.fromkeys(line for line in [*lines, postcode] if line))
        place.addresses.append((0 if kind == "physical" else 1, words, postcode))

    def accessibility(self, values: Values, fail: Fail) -> None:
        self._unique("accessibility", values, fail)
        key = self._link("location", self.locations, values, "location_id", fail)
        words = text(values, "description", "accessibility").replace("_", " ")
        details = text(values, "details")
        entry = f"{words} ({details})" if words and details else words or details
        if key and entry:
            self.locations[key].accessibility.append(entry)

    def service(self, values: Values, fail: Fail, organisation_id: str | None = None,
                origin: str = "") -> str:
        key = self._new_id("service", values, fail)
        assert key is not None  # services never repeat, in either form
        if not text(values, "name"):
            raise fail("name", "the service has no name.")
        if organisation_id is None:
            organisation_id = self._link("organization", self.orgs, values, "organization_id",
                                         fail) or self._missing("organization_id", fail)
        status = text(values, "status").lower()
        if status and status not in STATUSES:
            raise fail("status", f"{quote(status)} is not a status HSDS allows; use active, "
                       "inactive, defunct or temporarily closed.")
        self.services[key] = ServiceParts(values, organisation_id, origin)
        minimum, maximum = text(values, "minimum_age"), text(values, "maximum_age")
        ages = (f"ages {minimum} to {maximum}" if minimum and maximum else
                f"ages {minimum} and over" if minimum else f"ages up to {maximum}" if maximum
                else "")
        self.services[key].suits.extend(
            part for part in (text(values, "eligibility_description"), ages) if part)
        return key

    def service_at_location(self, values: Values, fail: Fail) -> str:
        service = self._link("service", self.services, values, "service_id", fail) \
            or self._missing("service_id", fail)
        location = self._link("location", self.locations, values, "location_id", fail) \
            or self._missing("location_id", fail)
        key = text(values, "id")
        if key:
            self._new_id("service_at_location", values, fail)
            self.sals[key] = (service, location)
        if location not in self.services[service].location_ids:
            self.services[service].location_ids.append(location)
        return key

    def contact(self, values: Values, fail: Fail) -> Contact:
        name, title = text(values, "name"), text(values, "title", "department")
        contact = Contact(f"{name} ({title})" if name and title else name or title,
                           text(values, "email"))
        key = text(values, "id")
        if key:
            self._new_id("contact", values, fail)
            self.contacts[key] = contact
        service = self._owner(values, fail)
        if service:
            self.services[service].contacts.append(contact)
        return contact

    def phone(self, values: Values, fail: Fail) -> None:
        self._unique("phone", values, fail)
        number = text(values, "number")
        if not number:
            raise fail("number", "the phone number is empty.")
        extension = text(values, "extension")
        number = f"{number} ext. {extension}" if extension else number
        org = self._link("organization", self.orgs, values, "organization_id", fail)
        if org:
            self.orgs[org].phones.append(number)
        location = self._link("location", self.locations, values, "location_id", fail)
        if location:
            self.locations[location].phones.append(number)
        contact = self._link("contact", self.contacts, values, "contact_id", fail)
        if contact:
            self.contacts[contact].phones.append(number)
        service = self._owner(values, fail, location_column=None)
        if service:
            self.services[service].phones.append(number)

    def language(self, values: Values, fail: Fail) -> None:
        self._unique("language", values, fail)
        words = text(values, "name") or self.mapping.language(text(values, "code", "language"))
        if not words:
            return
        service = self._link("service", self.services, values, "service_id", fail)
        location = self._link("location", self.locations, values, "location_id", fail)
        for owner in ([self.services[service].languages] if service else []) + \
                ([self.locations[location].languages] if location else []):
            if words not in owner:
                owner.append(words)

    def eligibility(self, values: Values, fail: Fail) -> None:
        self._unique("eligibility", values, fail)
        service = self._link("service", self.services, values, "service_id", fail) \
            or self._missing("service_id", fail)
        words = text(values, "eligibility")
        if words:
            self.services[service].suits.append(words)

    def schedule(self, values: Values, fail: Fail, *, holiday: bool = False) -> None:
        self._unique("holiday_schedule" if holiday else "schedule", values, fail)
        entry: Schedule | None = None
        words = read_holiday(values, fail) if holiday else ""
        if not holiday:
            key = tuple(values.get(name) for name in SCHEDULE_FIELDS)
            entry = self._schedules.get(key)
            if entry is None:
                entry = self._schedules[key] = read_schedule(values, fail)
            words = entry.words
        service = self._owner(values, fail)
        if service:
            if entry is not None:
                self.services[service].schedules.append(entry)
            if words:
                self.services[service].times.append(words)
            return
        location = self._link("location", self.locations, values, "location_id", fail)
        if location:
            if words:  # a building's hours are not a service's sessions: text only
                self.locations[location].hours.append(words)
            return
        self.skipped["schedules that belong to no service or location"] += 1

    def vocabulary(self, values: Values, fail: Fail) -> None:
        key = self._new_id("taxonomy", values, fail)
        if key:
            self.vocabularies[key] = text(values, "name") or key

    def term(self, values: Values, fail: Fail) -> Term:
        """A taxonomy term (3.0 taxonomy_term, 1.1 taxonomy)."""
        key = self._new_id("taxonomy_term", values, fail)
        term = Term(id=text(values, "id"), name=text(values, "name", "term"),
                    code=text(values, "code"), uri=text(values, "term_uri"),
                    vocabulary=self.vocabularies.get(text(values, "taxonomy_id"), "")
                    or text(values, "taxonomy", "vocabulary"))
        if key:
            self.terms[key] = term
        return self.terms.get(term.id, term)

    def tag(self, service: str, term: Term | str, values: Values, column: str,
            fail: Fail) -> None:
        """Give a service a term, itself or by id (which must be known if terms were given)."""
        if isinstance(term, str):
            if not term:
                raise fail(column, "the taxonomy term id is empty.")
            if "taxonomy_term" in self.files:
                self._link("taxonomy_term", self.terms, values, column, fail)
            term = self.terms.get(term, Term(id=term, name=""))
        terms = self.services[service].terms
        if term not in terms:
            terms.append(term)

    def attribute(self, values: Values, fail: Fail) -> None:
        """An HSDS 3.0 attribute: a term linked to a service, or to something we do not keep."""
        self._unique("attribute", values, fail)
        entity = text(values, "link_entity").lower()
        link = text(values, "link_id")
        if entity == "service" or (not entity and link in self.services):
            service = self._link("service", self.services, values, "link_id", fail)
        elif entity == "service_at_location" and "service_at_location" in self.files:
            service = self.sals[self._link("service_at_location", self.sals, values, "link_id",
                                           fail) or self._missing("link_id", fail)][0]
        else:
            self.skipped[f"attributes of {entity or 'other records'}"] += 1
            return
        self.tag(service, text(values, "taxonomy_term_id"), values, "taxonomy_term_id", fail)

    def service_term(self, values: Values, fail: Fail, column: str) -> None:
        """A row linking a service to a term by id (1.1 service_taxonomy, 2.0
        service_attribute)."""
        self._unique("service_term", values, fail)
        service = self._link("service", self.services, values, "service_id", fail) \
            or self._missing("service_id", fail)
        self.tag(service, text(values, column), values, column, fail)

    def _owner(self, values: Values, fail: Fail,
               location_column: str | None = "location_id") -> str:
        """The service a row belongs to, directly or through its service at location."""
        service = self._link("service", self.services, values, "service_id", fail)
        sal = self._link("service_at_location", self.sals, values, "service_at_location_id",
                         fail)
        if location_column is not None:
            self._link("location", self.locations, values, location_column, fail)
        return service or (self.sals[sal][0] if sal else "")

    @staticmethod
    def _missing(column: str, fail: Fail) -> str:
        raise fail(column, "this is empty, but the row means nothing without it.")

    # -- the result ---------------------------------------------------------------------

    def organisations(self) -> tuple[ImportedOrganisation, ...]:
        return tuple(organisation_result(key, org, self.locations)
                     for key, org in self.orgs.items())

    def opportunities(self) -> tuple[ImportedOpportunity, ...]:
        return tuple(opportunity_result(key, service, self.orgs[service.organisation_id],
                                        [self.locations[lid] for lid in service.location_ids],
                                        self.mapping)
                     for key, service in self.services.items())

    def notes(self) -> list[str]:
        return [f"{count} {what}: left out." for what, count in sorted(self.skipped.items())]
