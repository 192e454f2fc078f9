"""The sync protocol between a device and the hub: the one module both sides share.

The hub imports this and nothing else of the app (DESIGN §2), so everything the two sides must
agree on lives here: the protocol version, the paths, the wire form of a change, the limits and
the error codes. Everything is JSON over HTTP(S).

Versions. Every request body and every reply carries ``"protocol": {"min": 1, "max": 1}``, the
versions its sender speaks. The receiver picks the highest common version or answers
``protocol_mismatch`` naming both ranges, so an old laptop is told to update instead of
misreading a newer hub.

A change is one field of one record at one clock stamp (DESIGN §5)::

    {"change_id": "…",   unique per change; a replay with the same id is answered as before
     "scope": "team:<team id>" | "shared",
     "tbl": "offers", "row_id": "<record id>", "col": "title",
     "hlc": "000001764000000000-00000", "base_hlc": "…" | null,
     "device_id": "…", "kind": "set" | "erase",
     "ciphertext": "<base64 envelope>" | null}       null only for kind "erase"

Metadata is in clear so the hub can order, scope and compact; the value is sealed with the
organisation key (desktop/sync/envelope.py), its additional data binding it to the metadata, so a
hub cannot move a value to another field, record or team unnoticed. An "erase" change carries no
value: the hub deletes every change of that record and keeps a data-free marker that refuses
later changes to it (``refused: erased``). Pulled changes carry the hub's ``seq``.

Endpoints (all POST bodies are JSON objects with "protocol"; auth is ``Authorization: Bearer``):

    GET  /v1/health                       no auth: {"ok": true, "org_id": …}
    POST /v1/admin/coordinator            admin token: {"device_id", "name"} -> a coordinator
                                          device {"device_token", "org_id", "role", "teams"}
    POST /v1/enrolments                   coordinator: {"enrolment_id", "proof_sha256",
                                          "wrapped_key", "teams", "role", "label",
                                          "expires_in_s"} -> {"expires_at"}
    POST /v1/enrol                        no auth: {"enrolment_id", "proof", "device_id",
                                          "name"} -> {"device_token", "org_id", "wrapped_key",
                                          "teams", "role"}; one use; wrong proofs are counted
    GET  /v1/devices                      coordinator: {"devices": [{"device_id", "name",
                                          "role", "teams", "enrolled_at", "revoked_at",
                                          "last_seen"}]}
    POST /v1/devices/revoke               coordinator: {"device_id"} -> {"revoked_at"}
    POST /v1/push                         device: {"changes": [change, …]} (≤ MAX_BATCH) ->
                                          {"results": [{"change_id", "status", "seq"}]}
    POST /v1/pull                         device: {"after": seq, "limit": n} ->
                                          {"changes": [change + "seq"], "next": seq,
                                           "more": bool}; only the device's scopes
    POST /v1/erase                        device: {"changes": [erase change, …]} -> results

Push results: "stored" (new; its seq), "duplicate" (the same change was stored before; its
original seq), "erased" (refused: the record was erased; the device should erase it too),
"mismatch" (refused: the same change_id was stored with different content). A device drops an
outbox entry on stored, duplicate and erased; mismatch is a bug to report, never silently lost.

``next`` is the cursor to store with the page (in the same transaction that applies it); it
may move past changes of other scopes, so a device never asks for them again.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
import re
from typing import Any, TypeGuard

from desktop.core.hlc import Stamp

PROTOCOL_MIN = 1
PROTOCOL_MAX = 1

HEALTH = "/v1/health"
ADMIN_COORDINATOR = "/v1/admin/coordinator"
ENROLMENTS = "/v1/enrolments"
ENROL = "/v1/enrol"
DEVICES = "/v1/devices"
REVOKE = "/v1/devices/revoke"
PUSH = "/v1/push"
PULL = "/v1/pull"
ERASE = "/v1/erase"

# Changes per push: 2,000 measured ~12% faster end to end than 500 (a quarter of the requests
# and commits; hub memory with 20 laptops at once 96 -> 125 MiB). A laptop's batches also stop
# at half of MAX_BODY_BYTES (desktop/sync/outgoing.py), so long notes never overflow a push.
MAX_BATCH = 2000
MAX_PAGE = 2000  # changes per pull page
DEFAULT_PAGE = 500
# A request's limit, which also bounds the hub's memory per request. A batch of many long
# notes can pass it (a 50,000-character note seals to ~200 KB), so a device must also stop
# filling a batch by size, not only at MAX_BATCH.
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_VALUE_BYTES = 1024 * 1024  # one sealed value (a 50,000-character note is ~200 KB)
FUTURE_LIMIT_MS = 10 * 60 * 1000  # stamps further ahead of the hub's clock are refused
ENROL_ATTEMPTS = 5  # wrong proofs before an enrolment code is burnt

SHARED = "shared"
TEAM_PREFIX = "team:"
ALL_TEAMS = "*"  # a coordinator's teams

COORDINATOR, LINKER = "coordinator", "linker"
SET, ERASE_KIND = "set", "erase"

# The record tables that sync (DESIGN §4). Names only: the hub checks metadata, never values.
SYNCED_TABLES = frozenset({
    "teams", "staff", "participants", "consents", "conversations", "gifts", "offers",
    "requests", "organisations", "opportunities", "introductions", "follow_ups", "exchanges",
    "wellbeing", "attendance", "notes"})

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}")
_COLUMN = re.compile(r"[a-z_][a-z0-9_]{0,63}")


class ProtocolError(ValueError):
    """A request or reply that breaks the protocol. `code` and `status` travel in the
    error reply; `message` is a plain sentence for a person."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


# Error codes and their HTTP statuses.
BAD_REQUEST, PROTOCOL_MISMATCH, UNAUTHORISED, REVOKED = (
    "bad_request", "protocol_mismatch", "unauthorised", "revoked")
FORBIDDEN, TOO_LARGE, CLOCK_AHEAD, TOO_MANY = "forbidden", "too_large", "clock_ahead", "too_many"
NOT_FOUND, GONE = "not_found", "gone"
# The hub failed to do it (its database unreachable, or a bug): nothing was stored; try later.
UNAVAILABLE = "unavailable"
STATUS = {BAD_REQUEST: 400, PROTOCOL_MISMATCH: 400, UNAUTHORISED: 401, REVOKED: 401,
          FORBIDDEN: 403, NOT_FOUND: 404, GONE: 410, TOO_LARGE: 413, CLOCK_AHEAD: 422,
          TOO_MANY: 429, UNAVAILABLE: 503}


def versions() -> dict[str, int]:
    return {"min": PROTOCOL_MIN, "max": PROTOCOL_MAX}


def negotiate(body: Any) -> int:
    """The version to speak with the sender of `body`, or ProtocolError."""
    if not isinstance(body, dict):
        raise ProtocolError(BAD_REQUEST, "The message is not a JSON object.")
    theirs = body.get("protocol")
    if not (isinstance(theirs, dict) and isinstance(theirs.get("min"), int)
            and isinstance(theirs.get("max"), int)):
        raise ProtocolError(BAD_REQUEST, "The message does not say which protocol versions "
                                         "it speaks.")
    low, high = max(theirs["min"], PROTOCOL_MIN), min(theirs["max"], PROTOCOL_MAX)
    if low > high:
        older = theirs["max"] < PROTOCOL_MIN
        raise ProtocolError(
            PROTOCOL_MISMATCH,
            f"This sync speaks protocol {PROTOCOL_MIN}–{PROTOCOL_MAX}, the other side "
            f"{theirs['min']}–{theirs['max']}. "
            + ("Update Offerbook on the laptop." if older else "Update the hub."))
    return high


def error_body(error: ProtocolError) -> dict[str, Any]:
    return {"protocol": versions(), "error": {"code": error.code, "message": error.message}}


def is_id(text: object) -> TypeGuard[str]:
    """An id as the protocol writes them (change, record, device, team and enrolment ids)."""
    return isinstance(text, str) and _ID.fullmatch(text) is not None


def scope_of_team(team_id: str | None) -> str:
    return TEAM_PREFIX + (team_id or "")


_STAMP = r"[0-9]{15}-[0-9]{5}"  # desktop.core.hlc's text form; Stamp.parse is the rule
_ID_RE = _ID.pattern
# The metadata of an ordinary "set" change in one pattern, fields joined by newlines (no field
# may contain one): change_id, scope, row_id, col, hlc, device_id, then base_hlc if not null.
_SET_META = re.compile("\n".join((
    _ID_RE, rf"(?:{SHARED}|{TEAM_PREFIX}(?:{_ID_RE})?)", _ID_RE, _COLUMN.pattern, _STAMP, _ID_RE)))
_SET_META_BASED = re.compile(_SET_META.pattern + "\n" + _STAMP)
_WIRE_FIELDS = ("change_id", "scope", "tbl", "row_id", "col", "hlc", "base_hlc", "device_id",
                "kind", "ciphertext")
_KEYS = frozenset(_WIRE_FIELDS)
_KEYS_WITH_SEQ = _KEYS | {"seq"}
_MAX_CIPHERTEXT = MAX_VALUE_BYTES * 4 // 3 + 4


def _plainly_valid(data: Any, with_seq: bool) -> bool:
    """True if `data` is an ordinary "set" change that Change.from_wire's full checks would
    accept. One pattern match and a base64 decode in C instead of a dozen Python steps: a
    push is mostly these. False means "look closer", never "invalid"."""
    if type(data) is not dict or data.keys() != (_KEYS_WITH_SEQ if with_seq else _KEYS):
        return False
    ciphertext, base = data["ciphertext"], data["base_hlc"]
    if (data["kind"] != SET or type(ciphertext) is not str or len(ciphertext) > _MAX_CIPHERTEXT
            or type(data["tbl"]) is not str or data["tbl"] not in SYNCED_TABLES
            or (with_seq and not (type(data["seq"]) is int and data["seq"] >= 1))):
        return False
    try:
        meta = "\n".join((data["change_id"], data["scope"], data["row_id"], data["col"],
                          data["hlc"], data["device_id"], *(() if base is None else (base,))))
        binascii.a2b_base64(ciphertext, strict_mode=True)  # what b64decode(validate=True) does
    except (TypeError, ValueError):  # a field that is not text; binascii.Error is a ValueError
        return False
    return (_SET_META if base is None else _SET_META_BASED).fullmatch(meta) is not None


@dataclass(frozen=True)
class Change:
    change_id: str
    scope: str
    tbl: str
    row_id: str
    col: str
    hlc: str
    base_hlc: str | None
    device_id: str
    kind: str = SET
    ciphertext: str | None = None
    seq: int | None = None  # set by the hub; absent in a push

    def wire(self) -> dict[str, Any]:
        # Every field is a str, int or None, so no copying as dataclasses.asdict would.
        data: dict[str, Any] = {
            "change_id": self.change_id, "scope": self.scope, "tbl": self.tbl,
            "row_id": self.row_id, "col": self.col, "hlc": self.hlc, "base_hlc": self.base_hlc,
            "device_id": self.device_id, "kind": self.kind, "ciphertext": self.ciphertext}
        if self.seq is not None:
            data["seq"] = self.seq
        return data

    def same_content(self, other: Change) -> bool:
        """Equal apart from the hub's seq: what makes a replay a duplicate, not a mismatch."""
        return all(getattr(self, name) == getattr(other, name) for name in _WIRE_FIELDS)

    @classmethod
    def from_wire(cls, data: Any, *, with_seq: bool = False) -> Change:
        """Validate one change from the other side; ProtocolError naming what is wrong."""
        cls.check_wire(data, with_seq=with_seq)
        # The checks leave exactly the fields, so fill the instance without the frozen
        # dataclass's __init__ (one object.__setattr__ per field, the cost of a pull page).
        change = object.__new__(cls)
        fields = change.__dict__
        fields.update(data)
        if not with_seq:
            fields["seq"] = None
        return change

    @staticmethod
    def check_wire(data: Any, *, with_seq: bool = False) -> None:
        """from_wire's checks alone, for the hub, which stores the fields as they came."""
        if not _plainly_valid(data, with_seq):
            _check_closely(data, with_seq)


def _check_closely(data: Any, with_seq: bool) -> None:
    """Every check one at a time, raising ProtocolError for the first that fails."""
    if not isinstance(data, dict):
        raise ProtocolError(BAD_REQUEST, "A change is not a JSON object.")
    expected = _KEYS_WITH_SEQ if with_seq else _KEYS
    if set(data) != expected:
        raise ProtocolError(BAD_REQUEST, "A change has missing or unexpected fields: "
                                         f"{sorted(set(data) ^ expected)}.")
    for key in ("change_id", "row_id", "device_id"):
        if not isinstance(data[key], str) or not _ID.fullmatch(data[key]):
            raise ProtocolError(BAD_REQUEST, f"A change has a malformed {key}.")
    scope = data["scope"]
    if not (scope == SHARED or (isinstance(scope, str) and scope.startswith(TEAM_PREFIX)
                                and _ID.fullmatch(scope[len(TEAM_PREFIX):] or "x"))):
        raise ProtocolError(BAD_REQUEST, "A change has a malformed scope.")
    if not isinstance(data["tbl"], str) or data["tbl"] not in SYNCED_TABLES:
        raise ProtocolError(BAD_REQUEST, "A change names a table that does not sync.")
    for key in ("hlc", "base_hlc"):
        if key == "base_hlc" and data[key] is None:
            continue
        try:
            Stamp.parse(data[key])
        except ValueError:
            raise ProtocolError(BAD_REQUEST, f"A change has a malformed {key}.") from None
    kind, ciphertext = data["kind"], data["ciphertext"]
    if kind == SET:
        if not isinstance(data["col"], str) or not _COLUMN.fullmatch(data["col"]):
            raise ProtocolError(BAD_REQUEST, "A change has a malformed column name.")
        if not isinstance(ciphertext, str) or not _is_base64(ciphertext):
            raise ProtocolError(BAD_REQUEST, "A change's sealed value is not base64.")
        if len(ciphertext) > _MAX_CIPHERTEXT:
            raise ProtocolError(TOO_LARGE, "A change's value is larger than the hub "
                                           "accepts.", STATUS[TOO_LARGE])
    elif kind == ERASE_KIND:
        if data["col"] != "" or ciphertext is not None:
            raise ProtocolError(BAD_REQUEST, "An erasure carries no column and no value.")
    else:
        raise ProtocolError(BAD_REQUEST, "A change has an unknown kind.")
    if with_seq and (not isinstance(data["seq"], int) or data["seq"] < 1):
        raise ProtocolError(BAD_REQUEST, "A pulled change has no valid seq.")


def _is_base64(text: str) -> bool:
    try:
        base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True
