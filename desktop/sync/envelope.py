"""Sealing one synced value with the organisation key (AES-256-GCM).

An envelope is ``version (1 byte) · key id length (1 byte) · key id (ASCII) · nonce (12 bytes)
· ciphertext with its 16-byte tag``, sent as base64. The key id lets the organisation rotate its
key later: a device keeps old keys by id and opens old envelopes with them.

The nonce is not drawn at random but derived (HMAC-SHA256 under a key of its own, taken from the
organisation key with HKDF) from the header, the metadata and the value, as SIV schemes do. Why:
one change must seal to the same bytes every time, because the hub answers a resend with the
same change_id but other bytes as "mismatch", not "duplicate" — and a change is sealed again
after a lost reply, and again when it travels in a bundle and is forwarded by another laptop.
Two different changes never share a nonce (their metadata differs), so GCM's one rule holds;
all an observer learns is that two envelopes are the same change, which the change_id says.

The additional data is the canonical form of the change's metadata (change_id, scope, tbl,
row_id, col, hlc, base_hlc, device_id, kind) together with the envelope's own header, so the
hub, which sees the metadata in clear, cannot move a sealed value to another field, record,
team or clock stamp, nor swap it for another change's value, without the envelope failing to
open. The plaintext is the column's stored value as JSON (text, number or null).
"""

from __future__ import annotations

import base64
import binascii
from functools import lru_cache
import hashlib
import hmac
import json
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.sync.errors import EnvelopeError
from desktop.sync.protocol import Change

VERSION = 1
NONCE_BYTES = 12
_LABEL = b"offerbook change v1\n"
METADATA = ("change_id", "scope", "tbl", "row_id", "col", "hlc", "base_hlc", "device_id",
            "kind")

TAMPERED = ("A synced value did not open: it was altered on the way, moved to another record, "
            "or sealed with another organisation's key. Nothing from that batch was applied; "
            "tell your coordinator.")
UNKNOWN_KEY = ("A synced value was sealed with an organisation key this laptop does not have. "
               "Nothing from that batch was applied; ask your coordinator to enrol this laptop "
               "again.")


def metadata_bytes(change: Change) -> bytes:
    """The canonical bytes of a change's metadata: sorted keys, no spaces, ASCII only."""
    meta = {name: getattr(change, name) for name in METADATA}
    return _LABEL + json.dumps(meta, sort_keys=True, separators=(",", ":"),
                               ensure_ascii=True).encode("ascii")


def _header(key_id: str) -> bytes:
    raw = key_id.encode("ascii")
    if not 0 < len(raw) < 256:
        raise ValueError("a key id is 1 to 255 ASCII characters")
    return bytes([VERSION, len(raw)]) + raw


@lru_cache(maxsize=8)
def _nonce_key(key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"offerbook envelope nonce v1").derive(key)


@lru_cache(maxsize=8)
def _cipher(key: bytes) -> AESGCM:
    return AESGCM(key)


def seal(key: bytes, key_id: str, change: Change, value: Any) -> str:
    """The base64 envelope of `value` for `change` (whose ciphertext is ignored)."""
    header = _header(key_id)
    associated = header + metadata_bytes(change)
    plain = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    nonce = hmac.new(_nonce_key(key), associated + b"\0" + plain,
                     hashlib.sha256).digest()[:NONCE_BYTES]
    sealed = _cipher(key).encrypt(nonce, plain, associated)
    return base64.b64encode(header + nonce + sealed).decode("ascii")


def key_id_of(envelope: str) -> str:
    """The key id an envelope names (EnvelopeError if it cannot be read)."""
    return _split(envelope)[1]


def _split(envelope: str) -> tuple[bytes, str, bytes, bytes]:
    try:
        raw = base64.b64decode(envelope, validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise EnvelopeError(TAMPERED) from None
    if len(raw) < 2 or raw[0] != VERSION:
        raise EnvelopeError(TAMPERED)
    end = 2 + raw[1]
    if len(raw) < end + NONCE_BYTES + 16:
        raise EnvelopeError(TAMPERED)
    try:
        key_id = raw[2:end].decode("ascii")
    except UnicodeDecodeError:
        raise EnvelopeError(TAMPERED) from None
    return raw[:end], key_id, raw[end:end + NONCE_BYTES], raw[end + NONCE_BYTES:]


def open_value(keys: dict[str, bytes], change: Change) -> Any:
    """The value sealed in `change`, checked against its metadata; EnvelopeError otherwise."""
    if change.ciphertext is None:
        raise EnvelopeError(TAMPERED)
    header, key_id, nonce, sealed = _split(change.ciphertext)
    key = keys.get(key_id)
    if key is None:
        raise EnvelopeError(UNKNOWN_KEY)
    try:
        plain = _cipher(key).decrypt(nonce, sealed, header + metadata_bytes(change))
        value = json.loads(plain.decode("utf-8"))
    except (InvalidTag, ValueError):
        raise EnvelopeError(TAMPERED) from None
    if value is not None and not isinstance(value, (str, int, float)):
        raise EnvelopeError(TAMPERED)
    return value
