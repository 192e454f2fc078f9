"""`offerbook hub serve` and `offerbook hub admin-token` as real processes: uvicorn on 127.0.0.1,
plain HTTP only on loopback, TLS, a clean stop, logs without secrets."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import datetime
import ipaddress
import os
from pathlib import Path
import signal
import socket
import ssl
import subprocess
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
import httpx
import pytest

from desktop.hub import tokens
from desktop.hub.errors import HubError
from desktop.hub.serve import check_transport, is_loopback
from desktop.hub.storage import open_store
from desktop.sync import protocol
from tests.hub.helpers import VERSIONS, change


def offerbook(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


@contextmanager
def serving(*args: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """A running `offerbook hub serve …`; yields (base URL, process) once it accepts."""
    process = subprocess.Popen([sys.executable, "-m", "desktop", "hub", "serve", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=os.environ.copy())
    try:
        line = process.stdout.readline()  # the hub announces itself once it is accepting
        assert line.startswith("offerbook hub: serving on "), process.stderr.read()
        yield line.split()[4], process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()


def admin_token(db: str) -> str:
    result = offerbook("hub", "admin-token", "--db", db)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].strip()


def test_a_real_hub_serves_devices_over_loopback_and_stops_cleanly(store_url, _private_log_dir):
    token = admin_token(store_url)
    with serving("--db", store_url, "--port", "0") as (url, process):
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, timeout=30) as client:
            health = client.get(protocol.HEALTH)
            assert health.status_code == 200 and health.json()["ok"] is True
            coordinator = client.post(
                protocol.ADMIN_COORDINATOR, headers={"Authorization": f"Bearer {token}"},
                json={"protocol": VERSIONS, "device_id": "coord-1", "name": "Office"}
            ).json()["device_token"]
            auth = {"Authorization": f"Bearer {coordinator}"}
            batch = [change(row_id=f"rec-{n}") for n in range(20)]
            pushed = client.post(protocol.PUSH, headers=auth,
                                 json={"protocol": VERSIONS, "changes": batch})
            assert [r["status"] for r in pushed.json()["results"]] == ["stored"] * 20
            pulled = client.post(protocol.PULL, headers=auth,
                                 json={"protocol": VERSIONS, "after": 0}).json()
            assert [c["change_id"] for c in pulled["changes"]] == \
                [c["change_id"] for c in batch]
            refused = client.post(protocol.PULL, content=b"{", headers=auth)
            assert refused.status_code == 400 and refused.json()["error"]["code"] == \
                protocol.BAD_REQUEST
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert "Traceback" not in process.stderr.read()
    logged = (_private_log_dir / "offerbook.log").read_text(encoding="utf-8")
    assert "POST /v1/push" in logged and "push: 20 changes (20 stored)" in logged
    for secret in (token, coordinator, batch[0]["ciphertext"], "rec-1"):
        assert secret not in logged


def test_admin_token_is_printed_once_and_rotate_replaces_it(tmp_path):
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    first = admin_token(db)
    again = offerbook("hub", "admin-token", "--db", db)
    assert again.returncode == 1 and again.stdout == ""
    assert "--rotate" in again.stderr and "Traceback" not in again.stderr
    rotated = offerbook("hub", "admin-token", "--db", db, "--rotate")
    assert rotated.returncode == 0 and "no longer works" in rotated.stdout
    second = rotated.stdout.strip().splitlines()[-1].strip()
    store = open_store(db)
    try:
        assert store.admin_digest() == tokens.digest(second) != tokens.digest(first)
        assert first not in repr(list(store.dump())) and second not in repr(list(store.dump()))
    finally:
        store.close()


@pytest.mark.parametrize("args,words", [
    (["--host", "0.0.0.0"], "unencrypted on 0.0.0.0"),
    (["--host", "192.0.2.10"], "--allow-plain-http"),
    (["--tls-cert", "missing.pem"], "both --tls-cert and --tls-key"),
    (["--tls-cert", "missing.pem", "--tls-key", "missing.key"], "does not exist"),
])
def test_serve_refuses_plain_http_off_loopback_and_half_tls(tmp_path, args, words):
    result = offerbook("hub", "serve", "--db", f"sqlite:///{tmp_path / 'hub.db'}", *args)
    assert result.returncode == 1 and words in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize("db,words", [("mysql://hub", "must start with sqlite:///"),
                                      ("sqlite:///", "names no file"),
                                      ("sqlite:////no/such/folder/hub.db", "Could not open")])
def test_serve_explains_a_database_it_cannot_use(db, words):
    result = offerbook("hub", "serve", "--db", db)
    assert result.returncode == 1 and words in result.stderr and "Traceback" not in result.stderr


def test_serve_explains_a_port_in_use(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = offerbook("hub", "serve", "--db", f"sqlite:///{tmp_path / 'hub.db'}",
                           "--port", str(port))
    assert result.returncode == 1 and f"port {port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_which_addresses_count_as_loopback():
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.9.1", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "10.0.0.5", "hub.example.org"))
    check_transport("10.0.0.5", None, None, allow_plain_http=True)
    with pytest.raises(HubError):
        check_transport("hub.example.org", None, None, allow_plain_http=False)


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "offerbook test hub")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "hub.pem", folder / "hub.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_serve_with_tls(tmp_path):
    cert, key = _self_signed(tmp_path)
    with serving("--db", f"sqlite:///{tmp_path / 'hub.db'}", "--port", "0",
                 "--tls-cert", str(cert), "--tls-key", str(key)) as (url, _):
        assert url.startswith("https://127.0.0.1:")
        trusted = ssl.create_default_context(cafile=str(cert))
        with httpx.Client(base_url=url, verify=trusted, timeout=30) as client:
            assert client.get(protocol.HEALTH).json()["ok"] is True
        with pytest.raises(httpx.ConnectError):  # an untrusted certificate is not accepted
            httpx.get(url + protocol.HEALTH, timeout=30)


def test_serve_refuses_a_certificate_that_is_not_one(tmp_path):
    cert, key = tmp_path / "hub.pem", tmp_path / "hub.key"
    cert.write_text("not a certificate")
    key.write_text("not a key")
    result = offerbook("hub", "serve", "--db", f"sqlite:///{tmp_path / 'hub.db'}", "--port", "0",
                       "--tls-cert", str(cert), "--tls-key", str(key))
    assert result.returncode == 1 and "PEM files" in result.stderr
    assert "Traceback" not in result.stderr
