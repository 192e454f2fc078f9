"""Identifiers and timestamps shared by every record."""

from datetime import UTC, datetime

import uuid6


def new_id() -> str:
    """A UUIDv7 as text: made on the device, unique across devices, sortable by creation time."""
    return str(uuid6.uuid7())


def utc_now() -> str:
    """The current UTC time as ISO 8601 with milliseconds (what `created_at` holds)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
