"""Talking to the hub: `HubClient` (HTTP), and `sync`, which sends and fetches everything.

`sync` sends in this order: erasures (so the hub refuses anything later about those people),
this device's outbox, then changes imported from bundles (relay); then it pulls page after page
until the hub says there is no more, each page merged in short transactions, the last with
its cursor (incoming.apply_page).
Every step is safe to cut short anywhere: an entry leaves the outbox only after the hub's
answer, a resend is answered "duplicate", and a page not applied is fetched again. So a failed
sync loses nothing; the next one carries on.

Errors are plain sentences (desktop/sync/errors.py): no connection, connection refused, a
dropped reply, a revoked laptop, a clock ahead of the hub's, a protocol mismatch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
import ipaddress
import json
import logging
import ssl
from typing import Any, Self
from urllib.parse import urlsplit

import httpx
import orjson

from desktop import __version__
from desktop.core.ids import utc_now
from desktop.store.vault import Vault
from desktop.sync import erasure, incoming, outgoing, protocol, state
from desktop.sync.errors import (
    ClockAhead,
    DeviceRevoked,
    Forbidden,
    HubError,
    HubUnreachable,
    NotConnected,
    ProtocolMismatch,
    SyncError,
)
from desktop.sync.protocol import Change, ProtocolError

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total or 0)
SENDING, RECEIVING = "sending", "receiving"

TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_LOOPBACK_NAMES = {"localhost"}

NOT_CONNECTED = ("This laptop has not joined an organisation's hub yet. Join with the code "
                 "from your coordinator, or move changes with a sync bundle file.")
GARBLED = ("The hub's answer was cut short or garbled, so it was not used. Nothing was lost: "
           "sync again, and tell your IT support if it keeps happening.")


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Page:
    changes: list[Change]
    next: int
    more: bool


class HubClient:
    """One hub, one device token. Use as a context manager, or `close()`."""

    def __init__(self, hub_url: str, device_token: str, *, verify: bool | str = True,
                 timeout: httpx.Timeout | float = TIMEOUT,
                 transport: httpx.BaseTransport | None = None):
        parts = urlsplit(hub_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SyncError("The hub's address should look like https://hub.example.org.")
        if parts.scheme == "http" and not _is_loopback(parts.hostname):
            # The device token and the (sealed) changes would cross the network in clear.
            raise SyncError("The hub's address must start with https:// (plain http is only "
                            "for a hub on this same computer). Ask your coordinator for the "
                            "right address.")
        self.host = parts.hostname
        self._http = httpx.Client(
            base_url=hub_url.rstrip("/"), timeout=timeout, verify=verify, transport=transport,
            headers={"Authorization": f"Bearer {device_token}",
                     "User-Agent": f"Offerbook/{__version__}"})

    @classmethod
    def for_vault(cls, vault: Vault, **kwargs: Any) -> HubClient:
        saved = state.load(vault)
        if not saved.connected:
            raise NotConnected(NOT_CONNECTED)
        return cls(saved.hub_url, saved.device_token, **kwargs)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- calls ---------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._call("GET", protocol.HEALTH, None)

    def push(self, changes: list[Change], *, path: str = protocol.PUSH) -> object:
        """The hub's results as it sent them: outgoing.results_by_id checks them."""
        reply = self._call("POST", path, {"changes": [c.wire() for c in changes]})
        return reply.get("results")

    def erase(self, changes: list[Change]) -> object:
        return self.push(changes, path=protocol.ERASE)

    def pull(self, after: int, limit: int = protocol.DEFAULT_PAGE) -> Page:
        reply = self._call("POST", protocol.PULL, {"after": after, "limit": limit})
        raw, cursor, more = reply.get("changes"), reply.get("next"), reply.get("more")
        if not (isinstance(raw, list) and isinstance(cursor, int) and isinstance(more, bool)
                and not isinstance(cursor, bool)):
            raise HubError(GARBLED)
        try:
            changes = [Change.from_wire(item, with_seq=True) for item in raw]
        except ProtocolError:
            raise HubError(GARBLED) from None
        return Page(changes, cursor, more)

    def _call(self, method: str, path: str, body: dict | None) -> dict[str, Any]:
        payload = None
        if body is not None:
            # orjson, as on the hub: a push of 2,000 sealed changes is mostly JSON work.
            payload = orjson.dumps({"protocol": protocol.versions(), **body})
        try:
            response = self._http.request(
                method, path, content=payload,
                headers={"Content-Type": "application/json"} if payload else None)
        except httpx.HTTPError as error:
            raise self._unreachable(error) from None
        return self._answer(response)

    def _unreachable(self, error: httpx.HTTPError) -> SyncError:
        host = self.host
        if isinstance(error, httpx.TimeoutException):
            return HubUnreachable(f"The hub at {host} did not answer in time. Your changes "
                                  "are kept; try again when the connection is better.")
        if isinstance(error, httpx.ConnectError):
            cause = error.__cause__ or error.__context__
            text = str(error).lower()
            if isinstance(cause, ssl.SSLError) or "certificate" in text or "ssl" in text:
                return HubUnreachable(f"The hub at {host} did not show a certificate this "
                                      "laptop trusts, so nothing was sent. Tell your IT "
                                      "support.")
            if "refused" in text or isinstance(cause, ConnectionRefusedError):
                return HubUnreachable(f"The hub at {host} refused the connection: it may be "
                                      "stopped or restarting. Your changes are kept; try "
                                      "again in a few minutes.")
            return HubUnreachable(f"No connection to the hub at {host}. Check the internet "
                                  "connection; your changes are kept and go at the next "
                                  "sync.")
        return HubUnreachable("The connection to the hub dropped before its answer arrived. "
                              "Nothing is lost: sync again and it carries on where it "
                              "stopped.")

    def _answer(self, response: httpx.Response) -> dict[str, Any]:
        try:
            body = orjson.loads(response.content)
        except (orjson.JSONDecodeError, httpx.HTTPError):
            body = None
        if not isinstance(body, dict):
            if response.status_code >= 500:
                raise HubError(f"The hub had a problem (HTTP {response.status_code}). Nothing "
                               "was lost; try again later, and tell your IT support if it "
                               "lasts.")
            raise HubError(GARBLED)
        error = body.get("error")
        if response.status_code != 200 or error is not None:
            raise _refusal(response.status_code, error)
        try:
            protocol.negotiate(body)
        except ProtocolError as problem:
            if problem.code == protocol.PROTOCOL_MISMATCH:
                raise ProtocolMismatch(problem.message) from None
            raise HubError(GARBLED) from None
        return body


def _refusal(status: int, error: Any) -> SyncError:
    code = error.get("code") if isinstance(error, dict) else None
    said = error.get("message") if isinstance(error, dict) else None
    said = said[:400] if isinstance(said, str) else ""
    if code == protocol.REVOKED:
        return DeviceRevoked(said or "The coordinator has withdrawn this laptop's access to "
                                     "the hub. Ask them if you think this is a mistake.")
    if code == protocol.UNAUTHORISED:
        return DeviceRevoked(said or "The hub does not know this laptop. Ask the coordinator "
                                     "for an enrolment code and join again.")
    if code == protocol.CLOCK_AHEAD:
        return ClockAhead(said or "This laptop's clock is ahead of the hub's. Set the date and "
                                  "time correctly, then sync again.")
    if code == protocol.UNAVAILABLE:
        return HubUnreachable("The hub could not do that just now (it may be restarting, or "
                              "its database is out of reach). Nothing was lost; try again in a "
                              "few minutes.")
    if code == protocol.FORBIDDEN:
        return Forbidden(said or "The hub refused changes for a team this laptop is not part "
                                 "of. Ask your coordinator.")
    if code == protocol.PROTOCOL_MISMATCH:
        return ProtocolMismatch(said or "This Offerbook and the hub speak different versions "
                                        "of the sync protocol. Update Offerbook.")
    if said:
        return HubError(f"The hub refused: {said}")
    return HubError(f"The hub refused the request (HTTP {status}). Nothing was lost; tell your "
                    "IT support if it keeps happening.")


# ---- sync --------------------------------------------------------------------------------

@dataclass
class SyncReport:
    pushed: int = 0  # changes the hub now holds (new or known before)
    pulled: int = 0  # changes fetched from the hub
    conflicts: int = 0  # new conflicts to review
    erased: int = 0  # records erased here because they were erased elsewhere
    waiting: int = 0  # changes still waiting to be sent
    refused: int = 0  # changes the hub refused as mismatches (a bug to report)
    # Waiting items dealt with, for progress: outbox entries, relayed changes and erasures,
    # counted as `waiting` counts them (an outbox entry may stand for many field changes).
    handled: int = 0
    held: int = 0  # changes the hub refused as outside this laptop's teams; still waiting


@dataclass(frozen=True)
class SyncStatus:
    connected: bool
    waiting: int
    last_sync_at: str  # ISO 8601 UTC, "" if never
    last_error: str

    @property
    def last_sync(self) -> datetime | None:
        return datetime.fromisoformat(self.last_sync_at) if self.last_sync_at else None


def waiting(vault: Vault) -> int:
    """Changes made or imported here that the hub has not taken yet."""
    with vault.reading() as conn:
        return sum(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                   for table in ("outbox", "relay", "erase_queue"))


def status(vault: Vault) -> SyncStatus:
    """What the status line shows; reads the vault only, never the network."""
    saved = state.load(vault)
    return SyncStatus(saved.connected, waiting(vault), saved.last_sync_at, saved.last_error)


def sync(vault: Vault, client: HubClient | None = None, progress: Progress | None = None
         ) -> SyncReport:
    """Send everything waiting, then fetch everything new. Raises a SyncError (saved as the
    last error for the status line) if the hub cannot be reached or refuses."""
    saved = state.load(vault)
    if not saved.connected:
        raise NotConnected(NOT_CONNECTED)
    own = client is None
    hub = client or HubClient(saved.hub_url, saved.device_token)
    report = SyncReport()
    tell = progress or (lambda stage, done, total: None)
    try:
        total = waiting(vault)
        tell(SENDING, 0, total)
        _send_erasures(vault, hub, report, tell, total)
        _send_outbox(vault, saved, hub, report, tell, total)
        _send_relay(vault, hub, report, tell, total)
        _receive(vault, saved, hub, report, tell)
    except SyncError as error:
        state.put(vault, last_error=error.message)
        raise
    finally:
        if own:
            hub.close()
    report.waiting = waiting(vault)
    state.put(vault, last_sync_at=utc_now(), last_error="")
    return report


def _queued(vault: Vault, table: str, after: int) -> list[tuple[int, Change]]:
    with vault.reading() as conn:
        found = conn.execute(f"SELECT seq, change FROM {table} WHERE seq > ? ORDER BY seq "
                             "LIMIT ?", (after, protocol.MAX_BATCH)).fetchall()
    return [(seq, Change.from_wire(json.loads(text))) for seq, text in found]


def _send_erasures(vault: Vault, hub: HubClient, report: SyncReport, tell: Progress,
                   total: int) -> None:
    after = 0
    while (queued := _queued(vault, "erase_queue", after)):
        changes = [change for _, change in queued]
        statuses = _erase_each(hub, changes)
        with vault.transaction() as conn:
            conn.executemany("DELETE FROM erase_queue WHERE change_id = ?",
                             [(cid,) for cid, s in statuses.items() if s in outgoing.TAKEN])
        report.pushed += _count(statuses, report)
        after = queued[-1][0]
        report.handled += len(queued)
        tell(SENDING, min(report.handled, total), total)


def _erase_each(hub: HubClient, changes: list[Change]) -> dict[str, str]:
    """The hub's answers to erasures. A linker may not erase a record another team holds
    too (an exchange with someone in another team): the hub refuses the whole batch, so the
    rest go one by one and a refused one is let go. Nothing is lost by that: the person's
    own erasure reaches a coordinator's laptop, which erases everything about them, in every
    team, and sends those erasures itself."""
    try:
        return outgoing.results_by_id(changes, hub.erase(changes))
    except Forbidden:
        if len(changes) == 1:
            log.warning("an erasure outside this laptop's teams was left to a coordinator")
            return {changes[0].change_id: "erased"}
    statuses: dict[str, str] = {}
    for change in changes:
        statuses |= _erase_each(hub, [change])
    return statuses


def _send_outbox(vault: Vault, saved: state.SyncState, hub: HubClient, report: SyncReport,
                 tell: Progress, total: int) -> None:
    after = 0
    seen: set[tuple[str, str]] = set()  # records in batches already built
    while (batch := outgoing.build_batch(vault, saved, after_seq=after, skip=seen)):
        for copies in outgoing.chunked(batch.copies):  # before the move they belong to
            _push_split(hub, copies, SyncReport())
        if batch.changes:
            statuses = _push_split(hub, batch.changes, report)
        else:
            statuses = {}  # only overtaken entries: they go without asking the hub
        taken, erased, refused = outgoing.finish(vault, batch, statuses)
        report.pushed += taken
        report.refused += refused
        report.erased += erased
        after, seen = batch.last_seq, seen | batch.rows
        report.handled += len(batch.needs)
        tell(SENDING, min(report.handled, total), total)


def _push_split(hub: HubClient, changes: list[Change], report: SyncReport) -> dict[str, str]:
    """The hub's answers to a push. The hub refuses a whole batch that holds a change outside
    this laptop's teams (a linker moved someone to another team): then each record goes on
    its own, so the rest are sent and the sync carries on to fetch; the refused ones stay in
    the outbox, counted in `report.held`, for a coordinator to sort out."""
    try:
        return outgoing.results_by_id(changes, hub.push(changes))
    except Forbidden:
        pass
    by_record: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        by_record.setdefault((change.tbl, change.row_id), []).append(change)
    statuses: dict[str, str] = {}
    for record in by_record.values():
        try:
            statuses |= outgoing.results_by_id(record, hub.push(record))
        except Forbidden:
            report.held += len(record)
    if report.held:
        log.warning("%d changes outside this laptop's teams stay in its outbox", report.held)
    return statuses


def _send_relay(vault: Vault, hub: HubClient, report: SyncReport, tell: Progress,
                total: int) -> None:
    after = 0
    while (queued := _queued(vault, "relay", after)):
        changes = [change for _, change in queued]
        statuses: dict[str, str] = {}
        # Values first, then erasures: an erasure sent first would have the hub refuse
        # the values as erased (the same outcome, with more traffic).
        values = [c for c in changes if c.kind == protocol.SET]
        if values:
            statuses |= outgoing.results_by_id(values, hub.push(values))
        erasures = [c for c in changes if c.kind == protocol.ERASE_KIND]
        if erasures:
            statuses |= _erase_each(hub, erasures)
        by_id = {change.change_id: change for change in changes}
        with vault.transaction() as conn:
            conn.executemany("DELETE FROM relay WHERE change_id = ?",
                             [(cid,) for cid, s in statuses.items() if s in outgoing.TAKEN])
            for cid, status_ in statuses.items():
                change = by_id[cid]
                if status_ == "erased" and change.kind == protocol.SET:
                    report.erased += erasure.erase_here(vault, change.tbl, change.row_id,
                                                        forward=False)
        report.pushed += _count(statuses, report)
        after = queued[-1][0]
        report.handled += len(queued)
        tell(SENDING, min(report.handled, total), total)


def _count(statuses: dict[str, str], report: SyncReport) -> int:
    refused = sum(1 for s in statuses.values() if s == "mismatch")
    if refused:
        log.error("the hub refused %d changes as mismatches; they are kept", refused)
        report.refused += refused
    return len(statuses) - refused


def _receive(vault: Vault, saved: state.SyncState, hub: HubClient, report: SyncReport,
             tell: Progress) -> None:
    after = state.load(vault).cursor
    keys = saved.keys()
    while True:
        page = hub.pull(after)
        if page.next < after or (page.more and page.next == after):
            raise HubError("The hub's log went backwards or stood still (was it restored "
                           "from a backup?). Nothing was changed here; tell your IT support.")
        outcome = incoming.apply_page(vault, incoming.open_all(keys, page.changes), page.next)
        report.pulled += len(page.changes)
        report.conflicts += outcome.conflicts
        report.erased += outcome.erased
        after = page.next
        tell(RECEIVING, report.pulled, 0)
        if not page.more:
            return
