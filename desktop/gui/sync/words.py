"""Plain words for what sync talks about: which kind of record, which field, and a stored value
as a person would read it.

A conflict names a table and a column as the database knows them ("offers", "for_whom"); a
coordinator should read "Offer" and "Who it is for". Columns that hold ids (a team, a linker)
are shown by the name they point at, lists as a comma-separated list, yes/no as words. Values
arrive as the record holds them (desktop.sync.conflicts decodes lists and dicts).
"""

from typing import Any

from PySide6.QtCore import QObject


class SyncWords(QObject):
    """Words for tables, columns and values (a QObject so lupdate finds every string)."""

    def record(self, table: str) -> str:
        words = {
            "teams": self.tr("Team"), "staff": self.tr("Staff member"),
            "participants": self.tr("Person's details"), "consents": self.tr("Consent"),
            "conversations": self.tr("Conversation"), "gifts": self.tr("Gift"),
            "offers": self.tr("Offer"), "requests": self.tr("Request for help"),
            "organisations": self.tr("Organisation"), "opportunities": self.tr("Opportunity"),
            "introductions": self.tr("Introduction"), "follow_ups": self.tr("Follow-up"),
            "exchanges": self.tr("Hours"), "wellbeing": self.tr("Wellbeing scores"),
            "attendance": self.tr("Drop-in visit"), "notes": self.tr("Note")}
        return words.get(table, self.tr("Record"))

    def field(self, column: str) -> str:
        words = {
            "name": self.tr("Name"), "area": self.tr("Area"), "role": self.tr("Role"),
            "team_id": self.tr("Team"), "work_email": self.tr("Work email"),
            "work_phone": self.tr("Work phone"), "active": self.tr("Active"),
            "full_name": self.tr("Full name"), "preferred_name": self.tr("Preferred name"),
            "linker_id": self.tr("Linker"), "phone": self.tr("Phone"),
            "email": self.tr("Email"), "address": self.tr("Address"),
            "postcode": self.tr("Postcode"), "languages": self.tr("Languages"),
            "accessibility_needs": self.tr("Access needs"), "status": self.tr("Status"),
            "first_met_on": self.tr("First met"), "purpose": self.tr("What it is for"),
            "given": self.tr("Agreed"), "method": self.tr("How it was given"),
            "recorded_on": self.tr("Recorded on"), "recorded_by": self.tr("Recorded by"),
            "expires_on": self.tr("Ends on"), "withdrawn_on": self.tr("Withdrawn on"),
            "answers": self.tr("Answers"), "present": self.tr("Who was there"),
            "location": self.tr("Where"), "started_on": self.tr("Started on"),
            "completed_on": self.tr("Finished on"), "kind": self.tr("Kind"),
            "tag": self.tr("Tag"), "own_words": self.tr("In their own words"),
            "title": self.tr("Title"), "tags": self.tr("Tags"),
            "for_whom": self.tr("Who it is for"), "availability": self.tr("When they are free"),
            "frequency": self.tr("How often"), "conditions": self.tr("Conditions"),
            "support_needed": self.tr("Support needed"), "details": self.tr("Details"),
            "description": self.tr("Description"), "website": self.tr("Website"),
            "schedule": self.tr("When it happens"), "contact": self.tr("Contact"),
            "accompanied_by": self.tr("Who goes with them"), "planned_on": self.tr("Planned for"),
            "met_on": self.tr("Met on"), "notes": self.tr("Notes"),
            "due_on": self.tr("Due on"), "done_on": self.tr("Done on"),
            "note": self.tr("Note"), "hours": self.tr("Hours"),
            "occurred_on": self.tr("Date"), "life_satisfaction": self.tr("Life satisfaction"),
            "worthwhile": self.tr("Things feel worthwhile"), "happiness": self.tr("Happiness"),
            "anxiety": self.tr("Anxiety"), "site": self.tr("Where"),
            "checked_in_at": self.tr("Arrived"), "checked_out_at": self.tr("Left"),
            "body": self.tr("Note"), "deleted": self.tr("Deleted or kept")}
        if column in words:
            return words[column]
        return column.replace("_", " ").capitalize()  # a column added later: still readable

    def value(self, column: str, value: Any, names: dict[str, str]) -> str:
        """A field's value in words. `names` maps ids to names (teams, staff, people)."""
        if value is None or value == "" or value == [] or value == {}:
            return self.tr("(empty)")
        if column == "deleted":
            return self.tr("Deleted") if value in (1, "1", True) else self.tr("Kept")
        if isinstance(value, bool) or column in ("active", "given"):
            return self.tr("Yes") if value in (1, "1", True) else self.tr("No")
        if column.endswith("_id") or column in ("recorded_by", "accompanied_by"):
            return names.get(str(value), self.tr("someone not on this laptop"))
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        if isinstance(value, dict):
            lines = []
            for key, item in value.items():
                if isinstance(item, list):
                    item = ", ".join(str(part) for part in item)
                lines.append(f"{key}: {item}")
            return "\n".join(lines)
        return str(value)
