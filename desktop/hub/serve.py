"""Serving the hub with uvicorn: which addresses may go without TLS, the socket, a clean stop.

Tokens travel in every request, so plain HTTP is allowed only on loopback addresses (the hub
behind a reverse proxy on the same machine, or a test). Anywhere else needs a certificate, or
an explicit --allow-plain-http from someone who knows the network is private.

The socket is bound here, before uvicorn starts, so `--port 0` can report the port it got;
the "serving on" line is announced only once uvicorn is accepting connections.
"""

from __future__ import annotations

from collections.abc import Callable
import ipaddress
import logging
from pathlib import Path
import signal
import socket
import ssl
from types import FrameType

import uvicorn

from desktop.hub import DEFAULT_HOST, DEFAULT_PORT
from desktop.hub.app import create_app
from desktop.hub.errors import HubError
from desktop.hub.store_base import Store

log = logging.getLogger(__name__)



def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name could resolve to any address


def check_transport(host: str, tls_cert: Path | None, tls_key: Path | None,
                    allow_plain_http: bool) -> None:
    """HubError unless this combination is safe (or explicitly allowed)."""
    if (tls_cert is None) != (tls_key is None):
        raise HubError("TLS needs both --tls-cert and --tls-key.")
    for path in (tls_cert, tls_key):
        if path is not None and not Path(path).is_file():
            raise HubError(f"The TLS file {path} does not exist.")
    if tls_cert is None and not is_loopback(host) and not allow_plain_http:
        raise HubError(f"The hub would send device tokens unencrypted on {host}: give "
                       "--tls-cert and --tls-key, or listen on 127.0.0.1 behind a TLS proxy, "
                       "or add --allow-plain-http if this network is private.")


def bind(host: str, port: int) -> socket.socket:
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(512)
    except OSError as error:
        raise HubError(f"Could not listen on {host} port {port} ({error.strerror or error}): "
                       "choose another --port or --host, or stop the program using it.") from None
    return sock


class _Stopped(Exception):
    """SIGTERM, after uvicorn's graceful shutdown."""


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, announce: Callable[[], None]):
        super().__init__(config)
        self._announce = announce

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._announce()


def serve(store: Store, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          tls_cert: Path | None = None, tls_key: Path | None = None,
          allow_plain_http: bool = False, announce: Callable[[str], None] = print) -> None:
    """Serve until stopped (Ctrl+C or SIGTERM); closes `store` at the end."""
    try:
        check_transport(host, tls_cert, tls_key, allow_plain_http)
        sock = bind(host, port)
        bound = sock.getsockname()[1]
        scheme = "https" if tls_cert else "http"
        shown = f"[{host}]" if ":" in host else host
        config = uvicorn.Config(
            create_app(store), log_config=None, server_header=False,
            ssl_certfile=str(tls_cert) if tls_cert else None,
            ssl_keyfile=str(tls_key) if tls_key else None, timeout_graceful_shutdown=10)
        try:
            config.load()
        except (OSError, ssl.SSLError) as error:
            raise HubError(f"Could not use the TLS certificate and key ({type(error).__name__})"
                           ": check that they are PEM files that belong together.") from None
        server = _Server(config, lambda: announce(
            f"offerbook hub: serving on {scheme}://{shown}:{bound} ({store.backend} database); "
            "Ctrl+C stops it."))
        # uvicorn re-raises SIGTERM after shutting down gracefully; make that a clean return.
        previous = signal.signal(signal.SIGTERM, _raise_stopped)
        try:
            server.run(sockets=[sock])
        except (_Stopped, KeyboardInterrupt):
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            sock.close()
        log.info("the hub stopped")
    finally:
        store.close()


def _raise_stopped(signum: int, frame: FrameType | None) -> None:
    raise _Stopped()
