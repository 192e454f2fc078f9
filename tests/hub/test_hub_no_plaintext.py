"""The hub only ever holds sealed values: no participant's name or note in its database bytes or
rows, and no token, value or record id in its logs."""

import base64
import logging
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.sync import protocol
from tests.hub.helpers import change, erasure, linker

NAME = "Zofia Wiśniewska-Marker"
NOTE = "MARKER-NOTE: prefers mornings, allergic to cats"


def sealed(key: bytes, text: str, aad: bytes) -> str:
    nonce = os.urandom(12)
    return base64.b64encode(nonce + AESGCM(key).encrypt(nonce, text.encode(), aad)).decode()


def _push_marked(hub, coordinator) -> tuple[str, list[dict]]:
    key = AESGCM.generate_key(bit_length=256)
    token = linker(hub, coordinator, "lap-1", ["north"])
    changes = [change(scope="team:north", tbl="participants", row_id="p-marker", col=col,
                      ciphertext=sealed(key, text, f"participants/p-marker/{col}".encode()))
               for col, text in (("full_name", NAME), ("notes", NOTE))]
    for reply in (hub.push(token, changes),
                  hub.post(protocol.ERASE, {"changes": [erasure(scope="team:north",
                                                                row_id="p-other")]},
                           token=token)):
        assert reply.status_code == 200, reply.text
    return token, changes


def test_the_hub_database_holds_no_participant_data_in_clear(hub, coordinator, store):
    _, changes = _push_marked(hub, coordinator)
    markers = [NAME, NOTE, "Wiśniewska", "MARKER-NOTE"]
    if store.backend == "sqlite":
        store.close()  # every byte on disk: the file (and its WAL, if one is left)
        blob = b"".join(p.read_bytes() for p in Path(store.path).parent.glob("hub.db*"))
        # The scan sees the stored data: the sealed values are there, as sent.
        assert changes[0]["ciphertext"].encode() in blob
        for marker in markers:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert marker.encode(encoding) not in blob, marker
    else:
        text = repr(list(store.dump()))
        assert changes[0]["ciphertext"] in text
        for marker in markers:
            assert marker not in text, marker


def test_the_hub_logs_no_tokens_values_or_record_ids(hub, coordinator, caplog):
    with caplog.at_level(logging.DEBUG, logger="desktop.hub"):
        token, changes = _push_marked(hub, coordinator)
        hub.post(protocol.PULL, {"after": 0}, token=token)
        hub.push(token, [{**changes[0], "ciphertext": change()["ciphertext"]}])  # a mismatch
        hub.post(protocol.ENROL, {"enrolment_id": "enr-x", "proof": "secret-proof",
                                  "device_id": "lap-2", "name": "Laptop"})
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "push: 2 changes (2 stored)" in logged  # the hub does log, in counts
    for secret in (token, coordinator, changes[0]["ciphertext"], "p-marker", "p-other",
                   "secret-proof", "lap-1"):
        assert secret not in logged


def test_a_new_sqlite_hub_file_is_owner_only(tmp_path):
    from desktop.hub.storage import open_store
    store = open_store(f"sqlite:///{tmp_path / 'hub.db'}")
    try:
        for path in tmp_path.glob("hub.db*"):
            assert path.stat().st_mode & 0o077 == 0, path.name
    finally:
        store.close()
