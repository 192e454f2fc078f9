"""What each endpoint does, apart from HTTP: check the caller, check the request, ask the store.

Every method is blocking (the app runs it in a worker thread), takes the request's
Authorization header and its parsed JSON body, and returns the reply's JSON object without
"protocol" (the app adds it). Expected failures raise protocol.ProtocolError with the code
and a plain sentence; nothing is stored when a request is refused.

Logs name counts and roles, never tokens, ciphertext, record ids or names.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable
import logging
from operator import itemgetter
import threading
import time
from typing import Any

import orjson

from desktop.hub import tokens
from desktop.hub.store_base import (
    AT_HLC,
    AT_KIND,
    AT_SCOPE,
    CHANGE_COLUMNS,
    MISMATCH,
    Device,
    Enrolment,
    Store,
    iso,
)
from desktop.sync import protocol
from desktop.sync.protocol import Change, ProtocolError

log = logging.getLogger(__name__)

SEEN_EVERY_S = 60  # how stale a device's last_seen may get before a request writes it
MAX_NAME = 100
MAX_WRAPPED_KEY = 4096
MAX_TEAMS = 200
MIN_EXPIRY_S, MAX_EXPIRY_S = 60, 30 * 24 * 3600

# A checked change as the store takes it: a wire row (desktop.hub.store_base).
_wire_row = itemgetter(*CHANGE_COLUMNS[1:])


def _error(code: str, message: str) -> ProtocolError:
    return ProtocolError(code, message, protocol.STATUS[code])


def _bad(message: str) -> ProtocolError:
    return _error(protocol.BAD_REQUEST, message)


class RateLimit:
    """At most `calls` in any `per_s` seconds for each key (a client address)."""

    def __init__(self, calls: int = 20, per_s: float = 60.0,
                 clock: Callable[[], float] = time.monotonic):
        self.calls, self.per_s, self._clock = calls, per_s, clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            if len(self._seen) > 10_000:  # forget quiet addresses so memory stays bounded
                self._seen = {k: q for k, q in self._seen.items() if q and q[-1] > now - self.per_s}
            times = self._seen.setdefault(key, deque())
            while times and times[0] <= now - self.per_s:
                times.popleft()
            if len(times) >= self.calls:
                return False
            times.append(now)
            return True


class Hub:
    def __init__(self, store: Store, *, clock: Callable[[], float] = time.time,
                 enrol_limit: RateLimit | None = None):
        self.store = store
        self.clock = clock
        self.enrol_limit = enrol_limit or RateLimit()

    # ---- who is asking -------------------------------------------------------------------

    def _admin(self, authorization: str | None) -> None:
        stored = self.store.admin_digest()
        if stored is None:
            raise _error(protocol.UNAUTHORISED,
                         "This hub has no admin token yet: run `offerbook hub admin-token` "
                         "on the hub's machine first.")
        token = tokens.bearer(authorization)
        if token is None or not tokens.matches(token, stored):
            raise _error(protocol.UNAUTHORISED,
                         "The admin token is wrong. Check it, or make a new one with "
                         "`offerbook hub admin-token --rotate` on the hub's machine.")

    def _device(self, authorization: str | None) -> Device:
        token = tokens.bearer(authorization)
        device = None if token is None else self.store.device_by_token(tokens.digest(token))
        if device is None:
            raise _error(protocol.UNAUTHORISED,
                         "The hub does not know this laptop. Ask the coordinator for an "
                         "enrolment code and join again.")
        if device.revoked_at is not None:
            raise _error(protocol.REVOKED,
                         "The coordinator has withdrawn this laptop's access to the hub. "
                         "Ask them if you think this is a mistake.")
        now = self.clock()
        if device.last_seen is None or device.last_seen < iso(now - SEEN_EVERY_S):
            self.store.touch(device.device_id, now)
        return device

    def _coordinator(self, authorization: str | None) -> Device:
        device = self._device(authorization)
        if not device.is_coordinator:
            raise _error(protocol.FORBIDDEN, "Only a coordinator's laptop can do this.")
        return device

    # ---- the organisation and its devices ------------------------------------------------

    def health(self) -> dict[str, Any]:
        return {"ok": True, "org_id": self.store.org_id()}

    def make_coordinator(self, authorization: str | None, body: dict) -> dict[str, Any]:
        self._admin(authorization)
        device_id, name = _device_id(body), _name(body)
        token = tokens.new_token()
        device = self.store.put_coordinator(device_id, name, tokens.digest(token), self.clock())
        if device is None:
            raise _error(protocol.FORBIDDEN,
                         "This hub already holds the organisation's records, so its key is on "
                         "another coordinator's laptop. Ask that coordinator to enrol this "
                         "laptop as a coordinator with a one-time code, then join.")
        log.info("a coordinator's laptop was connected with the admin token")
        return {"device_token": token, "org_id": self.store.org_id(), "role": device.role,
                "teams": list(device.teams)}

    def create_enrolment(self, authorization: str | None, body: dict) -> dict[str, Any]:
        coordinator = self._coordinator(authorization)
        enrolment_id = body.get("enrolment_id")
        if not protocol.is_id(enrolment_id):
            raise _bad("The enrolment has a malformed enrolment_id.")
        proof_sha256 = body.get("proof_sha256")
        if not (isinstance(proof_sha256, str) and len(proof_sha256) == 64
                and all(c in "0123456789abcdef" for c in proof_sha256)):
            raise _bad("The enrolment's proof_sha256 is not a SHA-256 in lowercase hex.")
        wrapped_key = body.get("wrapped_key")
        if not (isinstance(wrapped_key, str) and 0 < len(wrapped_key) <= MAX_WRAPPED_KEY):
            raise _bad("The enrolment's wrapped_key is missing or too long.")
        role = body.get("role")
        if role not in (protocol.COORDINATOR, protocol.LINKER):
            raise _bad("The enrolment's role must be coordinator or linker.")
        teams = body.get("teams")
        if role == protocol.COORDINATOR:
            teams = [protocol.ALL_TEAMS]
        elif not (isinstance(teams, list) and 0 < len(teams) <= MAX_TEAMS
                  and all(protocol.is_id(t) for t in teams)):
            raise _bad("A linker's enrolment needs a list of team ids.")
        label = body.get("label", "")
        if not isinstance(label, str) or len(label) > MAX_NAME:
            raise _bad(f"The enrolment's label must be text of at most {MAX_NAME} characters.")
        expires_in = body.get("expires_in_s")
        if (not isinstance(expires_in, int) or isinstance(expires_in, bool)
                or not MIN_EXPIRY_S <= expires_in <= MAX_EXPIRY_S):
            raise _bad(f"expires_in_s must be a whole number of seconds from {MIN_EXPIRY_S} "
                       f"to {MAX_EXPIRY_S}.")
        now = self.clock()
        enrolment = Enrolment(enrolment_id, proof_sha256, wrapped_key, tuple(teams), role,
                              label, coordinator.device_id, iso(now), iso(now + expires_in))
        if not self.store.add_enrolment(enrolment):
            raise _bad("An enrolment with this id exists already; make a new code.")
        log.info("an enrolment code for a %s was created", role)
        return {"expires_at": enrolment.expires_at}

    def enrol(self, body: dict, client: str) -> dict[str, Any]:
        if not self.enrol_limit.allow(client):
            raise _error(protocol.TOO_MANY, "Too many enrolment attempts from this address; "
                                            "wait a minute and try again.")
        enrolment_id, proof = body.get("enrolment_id"), body.get("proof")
        if not protocol.is_id(enrolment_id):
            raise _bad("The enrolment code is malformed; check it and type it again.")
        if not isinstance(proof, str) or not 0 < len(proof) <= 512:
            raise _bad("The enrolment code is malformed; check it and type it again.")
        device_id, name = _device_id(body), _name(body)
        token = tokens.new_token()
        result = self.store.redeem(enrolment_id, proof, device_id, name, tokens.digest(token),
                                   self.clock())
        if result.outcome != "enrolled":
            log.warning("an enrolment was refused (%s)", result.outcome)
            raise _refusal(result.outcome, result.tries_left)
        device = result.device
        assert device is not None, "an enrolled redemption carries its device"
        log.info("a %s's laptop enrolled", device.role)
        return {"device_token": token, "org_id": self.store.org_id(),
                "wrapped_key": result.wrapped_key, "teams": list(device.teams),
                "role": device.role}

    def list_devices(self, authorization: str | None) -> dict[str, Any]:
        self._coordinator(authorization)
        return {"devices": [d.wire() for d in self.store.devices()]}

    def revoke(self, authorization: str | None, body: dict) -> dict[str, Any]:
        self._coordinator(authorization)
        revoked_at = self.store.revoke(_device_id(body), self.clock())
        if revoked_at is None:
            raise _error(protocol.NOT_FOUND, "The hub has no laptop with that device id.")
        log.info("a laptop was revoked")
        return {"revoked_at": revoked_at}

    # ---- the change log ------------------------------------------------------------------

    def push(self, authorization: str | None, body: dict, *,
             erasures_only: bool = False) -> dict[str, Any]:
        device = self._device(authorization)
        rows = self._batch(body, device)
        if erasures_only and any(row[AT_KIND] != protocol.ERASE_KIND for row in rows):
            raise _bad("Only erase changes can be sent to the erase endpoint.")
        results = self.store.push(rows, device.may_touch, self.clock())
        counts = Counter(result["status"] for result in results)
        level = logging.WARNING if counts.get(MISMATCH) else logging.INFO
        log.log(level, "%s: %d changes (%s)", "erase" if erasures_only else "push",
                len(results), ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))
        return {"results": results}

    def erase(self, authorization: str | None, body: dict) -> dict[str, Any]:
        return self.push(authorization, body, erasures_only=True)

    def _batch(self, body: dict, device: Device) -> list[tuple[Any, ...]]:
        """The batch's changes as tuples of the wire fields, every one valid, in scope and
        not from the future; else ProtocolError for the whole batch."""
        raw = body.get("changes")
        if not isinstance(raw, list):
            raise _bad("The request has no list of changes.")
        if len(raw) > protocol.MAX_BATCH:
            raise _error(protocol.TOO_LARGE,
                         f"A batch may carry at most {protocol.MAX_BATCH} changes and this one "
                         f"carried {len(raw)}; send them in smaller batches.")
        for item in raw:
            Change.check_wire(item)
        rows = [_wire_row(item) for item in raw]
        scopes = device.scopes()
        if scopes is not None and any(row[AT_SCOPE] not in scopes for row in rows):
            raise _error(protocol.FORBIDDEN,
                         "This laptop may not send changes for a team it is not part of; "
                         "nothing in this batch was stored.")
        # Stamps sort as text in clock order, so the latest is the largest string.
        latest = protocol.Stamp.parse(max(row[AT_HLC] for row in rows)) if rows else None
        ahead = latest.wall_ms - int(self.clock() * 1000) if latest else 0
        if ahead > protocol.FUTURE_LIMIT_MS:
            raise _error(protocol.CLOCK_AHEAD,
                         f"This laptop's clock is about {_duration(ahead)} ahead of the hub's, "
                         "so its changes look as if they were made in the future. Set the "
                         "laptop's date and time correctly (automatic time is best), then "
                         "sync again; nothing in this batch was stored.")
        return rows

    def pull(self, authorization: str | None, body: dict) -> dict[str, Any]:
        device = self._device(authorization)
        after = body.get("after", 0)
        limit = body.get("limit", protocol.DEFAULT_PAGE)
        for value, what in ((after, "after"), (limit, "limit")):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise _bad(f"The pull's {what} must be a whole number, 0 or more.")
        if limit < 1:
            raise _bad("The pull's limit must be 1 or more.")
        page = self.store.pull(after, min(limit, protocol.MAX_PAGE), device.scopes())
        # The page is JSON already (Store.pull); orjson puts it in the reply as it is.
        return {"changes": orjson.Fragment(page.changes), "next": page.cursor,
                "more": page.more}


def create_admin_token(store: Store, *, rotate: bool = False) -> str | None:
    """A new admin token, its hash stored; None if the hub has one and not `rotate`. The
    token itself is never stored, so it can be shown only now."""
    token = tokens.new_token()
    if not store.set_admin_digest(tokens.digest(token), replace_old=rotate):
        return None
    log.info("the admin token was %s", "replaced" if rotate else "created")
    return token


def _device_id(body: dict) -> str:
    device_id = body.get("device_id")
    if not protocol.is_id(device_id):
        raise _bad("The request has a missing or malformed device_id.")
    return device_id


def _name(body: dict) -> str:
    name = body.get("name")
    if not isinstance(name, str) or not 0 < len(name.strip()) <= MAX_NAME:
        raise _bad(f"The laptop's name must be text of 1 to {MAX_NAME} characters.")
    return name.strip()


def _refusal(outcome: str, tries_left: int) -> ProtocolError:
    ask = "Ask the coordinator for a new code."
    if outcome == "unknown":
        return _error(protocol.NOT_FOUND, f"The hub does not know this enrolment code. "
                                          f"Check it, or {ask[0].lower()}{ask[1:]}")
    if outcome == "wrong":
        return _error(protocol.UNAUTHORISED,
                      f"The enrolment code is wrong; {tries_left} more "
                      f"{'try' if tries_left == 1 else 'tries'} before it stops working.")
    messages = {
        "burnt": f"This enrolment code was typed wrongly too many times and no longer works. "
                 f"{ask}",
        "expired": f"This enrolment code has expired. {ask}",
        "used": f"This enrolment code has been used already. {ask}",
        "revoked": "The coordinator has withdrawn this laptop's access to the hub.",
    }
    if outcome == "revoked":
        return _error(protocol.REVOKED, messages["revoked"])
    if outcome == "taken":
        return _bad("Another laptop with this device id is enrolled already.")
    return _error(protocol.GONE, messages[outcome])


def _duration(ms: int) -> str:
    minutes = ms / 60_000
    if minutes < 120:
        return f"{round(minutes)} minutes"
    hours = minutes / 60
    if hours < 48:
        return f"{round(hours)} hours"
    return f"{round(hours / 24)} days"


