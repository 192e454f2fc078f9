"""The JSON form of a directory: services with everything about them nested inside.

This is what an HSDS 3 API returns for `/services/{id}` (schema/compiled/service.json in
openreferral/specification), a list of them, or a page of them (`{"contents": [...]}`, the
`Page` of the HSDS 3 OpenAPI). Open Referral UK 1.0 APIs nest the same way with HSDS 1.1's
names (`regular_schedules`, `holiday_schedules`, `service_taxonomys`, `eligibilitys`,
`physical_addresses`, `accessibility_for_disabilities`), which are read too.

A place in the file is named like a JSON path, counting from 0: services[3].schedules[0].
"""

from collections.abc import Iterator
import json
from pathlib import Path
from typing import Any

from desktop.core.hsds_assemble import Assembler
from desktop.core.hsds_parts import Fail, Values, text
from desktop.core.hsds_records import DirectoryError, DirectoryImport
from desktop.core.hsds_terms import TermMapping

_ADDRESSES = (("addresses", ""), ("physical_addresses", "physical"),
              ("postal_addresses", "postal"))
_SCHEDULES = (("schedules", False), ("regular_schedules", False), ("holiday_schedules", True))
# Links a nested object may carry; nesting says what it belongs to, so these are replaced.
_LINKS = ("service_id", "location_id", "service_at_location_id", "organization_id",
          "contact_id", "phone_id")


def _nested(row: Values, **link: str) -> dict[str, object]:
    """A nested object's fields, linked to its owner by nesting rather than by its own ids."""
    values = {key: value for key, value in row.items() if key not in _LINKS}
    values.update(link)
    return values


def read_json_form(path: Path, mapping: TermMapping) -> DirectoryImport:
    file = path.name
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DirectoryError(file, "the text is not UTF-8; save it as UTF-8 and import it "
                             "again.") from None
    except json.JSONDecodeError as exc:
        raise DirectoryError(file, f"this is not valid JSON ({exc.msg}).", row=exc.lineno,
                             column=str(exc.colno), row_label="line",
                             column_label="character") from None
    reader = _Reader(file, mapping)
    for where, service in _services(file, data):
        reader.service(where, service)
    assembler = reader.assembler
    if not assembler.services:
        raise DirectoryError(file, "there are no services in this file; give a list of "
                             "services, one service, or a page with \"contents\".")
    return DirectoryImport(source=path.stem, layout="HSDS 3 / Open Referral UK JSON",
                           organisations=assembler.organisations(),
                           opportunities=assembler.opportunities(),
                           notes=tuple(assembler.notes()))


def _services(file: str, data: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items, label = data["contents"], "contents"
    elif isinstance(data, dict) and "id" in data:
        yield "the service", data
        return
    elif isinstance(data, list):
        items, label = data, "services"
    else:
        raise DirectoryError(file, "this is not an HSDS service, a list of services or a page "
                             "of them (with \"contents\").")
    for number, item in enumerate(items):
        yield f"{label}[{number}]", item


class _Reader:
    def __init__(self, file: str, mapping: TermMapping):
        self.file = file
        every_kind = ("organization", "location", "service", "service_at_location", "contact")
        self.assembler = Assembler(mapping, {kind: file for kind in every_kind}, repeats=True)

    def fail(self, where: str) -> Fail:
        return lambda column, problem: DirectoryError(
            self.file, problem, row=where, column=column, row_label="at", column_label="field")

    def _object(self, where: str, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise DirectoryError(self.file, "this should be a JSON object ({...}).", row=where,
                                 row_label="at")
        return value

    def _items(self, where: str, owner: Values, name: str) -> Iterator[tuple[str, dict[str, Any]]]:
        value = owner.get(name)
        if value is None:
            return
        if not isinstance(value, list):
            raise DirectoryError(self.file, "this should be a JSON list ([...]).",
                                 row=f"{where}.{name}", row_label="at")
        for number, item in enumerate(value):
            place = f"{where}.{name}[{number}]"
            yield place, self._object(place, item)

    def service(self, where: str, raw: Any) -> None:
        service = self._object(where, raw)
        asm = self.assembler
        org_id = self._organisation(where, service)
        sid = asm.service(service, self.fail(where), organisation_id=org_id,
                          origin=f"{self.file}, at {where}")
        for number, (place, sal) in enumerate(self._items(where, service,
                                                         "service_at_locations")):
            location = sal.get("location")
            if location is None:
                asm.skipped["services at a location given without the location"] += 1
                continue
            lid = self._location(f"{place}.location", self._object(f"{place}.location",
                                                                   location))
            sal_id = text(sal, "id") or f"{sid} {number}"
            asm.service_at_location({"id": sal_id, "service_id": sid, "location_id": lid},
                                    self.fail(place))
            self._details(place, sal, {"service_at_location_id": sal_id})
        self._details(where, service, {"service_id": sid})
        for place, row in self._items(where, service, "languages"):
            asm.language(_nested(row, service_id=sid), self.fail(place))
        for place, row in self._items(where, service, "eligibilitys"):
            asm.eligibility(_nested(row, service_id=sid), self.fail(place))
        for place, row in self._items(where, service, "attributes"):
            self._attribute(sid, place, row)
        for place, row in self._items(where, service, "service_taxonomys"):
            term = row.get("taxonomy")
            if isinstance(term, dict):
                asm.tag(sid, asm.term(term, self.fail(f"{place}.taxonomy")), row, "taxonomy",
                        self.fail(place))
            else:
                asm.tag(sid, text(row, "taxonomy_id"), row, "taxonomy_id", self.fail(place))

    def _organisation(self, where: str, service: Values) -> str:
        org = service.get("organization")
        if org is None:
            known = text(service, "organization_id")
            if known in self.assembler.orgs:
                return known
            raise self.fail(where)("organization", "the service has no organization; HSDS "
                                   "nests the organization in each service.")
        place = f"{where}.organization"
        values = self._object(place, org)
        org_id = text(values, "id")
        if org_id in self.assembler.orgs:
            return org_id
        org_id = self.assembler.organisation(values, self.fail(place), f"{self.file}, at {place}")
        for phone_place, phone in self._items(place, values, "phones"):
            self.assembler.phone(_nested(phone, organization_id=org_id),
                                 self.fail(phone_place))
        return org_id

    def _location(self, where: str, location: dict[str, Any]) -> str:
        asm = self.assembler
        known = text(location, "id")
        if known and known in asm.locations:
            return known
        # The organization a nested location names may be outside this file: not needed here.
        values = {key: value for key, value in location.items() if key != "organization_id"}
        if not known:
            values["id"] = where
        lid = asm.location(values, self.fail(where))
        for name, kind in _ADDRESSES:
            for place, row in self._items(where, location, name):
                asm.address(_nested(row, location_id=lid), self.fail(place), kind)
        for name in ("accessibility", "accessibility_for_disabilities"):
            for place, row in self._items(where, location, name):
                asm.accessibility(_nested(row, location_id=lid), self.fail(place))
        for place, row in self._items(where, location, "languages"):
            asm.language(_nested(row, location_id=lid), self.fail(place))
        self._details(where, location, {"location_id": lid})
        return lid

    def _details(self, where: str, owner: Values, link: dict[str, str]) -> None:
        """Schedules, phones and contacts nested in a service, location or service at
        location, linked to it."""
        asm = self.assembler
        for name, holiday in _SCHEDULES:
            for place, row in self._items(where, owner, name):
                asm.schedule(_nested(row, **link), self.fail(place), holiday=holiday)
        if "location_id" in link:
            # A location's phones are the building's; its contacts are not the service's.
            for place, row in self._items(where, owner, "phones"):
                asm.phone(_nested(row, **link), self.fail(place))
            return
        for place, row in self._items(where, owner, "phones"):
            asm.phone(_nested(row, **link), self.fail(place))
        for place, row in self._items(where, owner, "contacts"):
            contact_id = text(row, "id") or place
            asm.contact({**_nested(row, **link), "id": contact_id}, self.fail(place))
            for phone_place, phone in self._items(place, row, "phones"):
                asm.phone(_nested(phone, contact_id=contact_id), self.fail(phone_place))

    def _attribute(self, sid: str, place: str, row: dict[str, Any]) -> None:
        asm = self.assembler
        term = row.get("taxonomy_term")
        if isinstance(term, dict):
            asm.tag(sid, asm.term(term, self.fail(f"{place}.taxonomy_term")), row,
                    "taxonomy_term", self.fail(place))
        elif text(row, "taxonomy_term_id"):
            asm.tag(sid, text(row, "taxonomy_term_id"), row, "taxonomy_term_id",
                    self.fail(place))
        else:
            asm.skipped["attributes without a taxonomy term"] += 1
