"""The hub's ASGI app (Starlette): HTTP in, desktop.hub.service, JSON out.

Each request's body is read here with a size limit (the declared Content-Length first, then
the bytes as they stream in, so a client that lies or sends no length is still cut off), then
parsed, version-checked and handled in a worker thread: the database is blocking, and parsing
a 16 MiB body would otherwise stall every other request. Every reply, error or not, carries
the hub's protocol versions; errors are protocol.error_body with the code's HTTP status.
"""

from __future__ import annotations

from collections.abc import Callable
import logging
import time
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from desktop.hub.service import Hub, RateLimit
from desktop.hub.store_base import Store
from desktop.sync import protocol
from desktop.sync.protocol import ProtocolError

log = logging.getLogger(__name__)


def _json(status: int, payload: dict[str, Any]) -> Response:
    return Response(orjson.dumps(payload), status_code=status, media_type="application/json")


def _reply(payload: dict[str, Any]) -> bytes:
    return orjson.dumps({"protocol": protocol.versions(), **payload})


def _parse(raw: bytes) -> dict[str, Any]:
    # orjson: a few times faster than the json module both ways, and stricter (it refuses
    # invalid UTF-8, lone surrogates, NaN and integers beyond 64 bits, all as bad JSON).
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:  # nesting deeper than 1,024 too
        raise ProtocolError(protocol.BAD_REQUEST, "The request is not valid JSON.") from None
    protocol.negotiate(body)
    return body


async def _read_body(request: Request, limit: int) -> bytes:
    too_large = ProtocolError(
        protocol.TOO_LARGE, f"The request is larger than the hub accepts ({limit // 2**20} MiB);"
                            " send fewer changes at a time.", protocol.STATUS[protocol.TOO_LARGE])
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ProtocolError(protocol.BAD_REQUEST, "The request's Content-Length is invalid.")
        if int(declared) > limit:
            raise too_large
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
    except ClientDisconnect:
        raise ProtocolError(protocol.BAD_REQUEST, "The request was cut off.") from None
    return b"".join(chunks)


async def _run(work: Callable[[], bytes], path: str) -> Response:
    """Run a request's work in a worker thread. An unexpected failure is logged by its class
    alone (a database error's message can quote record ids) and answered as "unavailable":
    its transaction was rolled back, so the laptop keeps its changes and tries again later."""
    try:
        return Response(await run_in_threadpool(work), media_type="application/json")
    except ProtocolError:
        raise
    except Exception as error:
        log.error("%s failed: %s", path, type(error).__name__)
        raise ProtocolError(protocol.UNAVAILABLE, "The hub could not do this just now; "
                            "nothing was changed. Try again in a few minutes, and tell the "
                            "hub's keeper if it goes on.",
                            protocol.STATUS[protocol.UNAVAILABLE]) from None


def create_app(store: Store, *, clock: Callable[[], float] = time.time,
               enrol_limit: RateLimit | None = None,
               max_body_bytes: int = protocol.MAX_BODY_BYTES) -> Starlette:
    """The hub over `store`. `clock` (seconds since the epoch), `enrol_limit` and
    `max_body_bytes` are for tests; a hub uses the real time, 20 enrolment attempts a minute
    per address and the protocol's body limit."""
    hub = Hub(store, clock=clock, enrol_limit=enrol_limit)

    def post(handler: Callable[..., dict[str, Any]], *, auth: bool = True,
             client: bool = False) -> Callable:
        async def endpoint(request: Request) -> Response:
            raw = await _read_body(request, max_body_bytes)
            authorization = request.headers.get("authorization")
            address = request.client.host if request.client else "unknown"

            def work() -> bytes:
                body = _parse(raw)
                args: list[Any] = [authorization] if auth else []
                args.append(body)
                if client:
                    args.append(address)
                return _reply(handler(*args))
            return await _run(work, request.url.path)
        return endpoint

    def get(handler: Callable[..., dict[str, Any]], *, auth: bool = True) -> Callable:
        async def endpoint(request: Request) -> Response:
            authorization = request.headers.get("authorization")

            def work() -> bytes:
                return _reply(handler(authorization) if auth else handler())
            return await _run(work, request.url.path)
        return endpoint

    routes = [
        Route(protocol.HEALTH, get(hub.health, auth=False), methods=["GET"]),
        Route(protocol.ADMIN_COORDINATOR, post(hub.make_coordinator), methods=["POST"]),
        Route(protocol.ENROLMENTS, post(hub.create_enrolment), methods=["POST"]),
        Route(protocol.ENROL, post(hub.enrol, auth=False, client=True), methods=["POST"]),
        Route(protocol.DEVICES, get(hub.list_devices), methods=["GET"]),
        Route(protocol.REVOKE, post(hub.revoke), methods=["POST"]),
        Route(protocol.PUSH, post(hub.push), methods=["POST"]),
        Route(protocol.PULL, post(hub.pull), methods=["POST"]),
        Route(protocol.ERASE, post(hub.erase), methods=["POST"]),
    ]

    async def protocol_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, ProtocolError)
        return _json(error.status, protocol.error_body(error))

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        if error.status_code == 404:
            error = ProtocolError(protocol.NOT_FOUND, "The hub has no such address; check the "
                                                      "hub's address, or update Offerbook.", 404)
        else:
            error = ProtocolError(protocol.BAD_REQUEST, "The hub does not answer that kind of "
                                                        "request there.", error.status_code)
        return _json(error.status, protocol.error_body(error))

    return Starlette(routes=routes, exception_handlers={ProtocolError: protocol_error,
                                                        HTTPException: http_error})
