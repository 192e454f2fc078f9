"""One-time enrolment codes: how a new laptop gets the hub's address and the organisation key.

The coordinator's app makes a code of eight words (from the BIP-39 English list: 2,048 common
words whose first four letters differ, so "abil" is enough for "ability") and shows it with a
QR code that also carries the hub's address. The words are 88 random bits. From them both
sides derive, with HKDF, three independent values:

- the enrolment id, which names the code on the hub;
- the proof, which the new laptop shows the hub once (the hub keeps only its SHA-256);
- the wrapping key, which seals the organisation key (AES-256-GCM) and never leaves a device.

So the hub holds the wrapped organisation key and can hand it over, but cannot open it: it sees
the proof only when the code is used, and the proof tells nothing about the wrapping key.
88 bits cannot be guessed offline from what the hub stores, and the hub burns a code after a
few wrong proofs, so they cannot be guessed online either.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
import hashlib
import io
import json
import os
import re
import secrets
from urllib.parse import parse_qs, quote, urlsplit

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from mnemonic import Mnemonic
import segno

from desktop.core.errors import OfferbookError

WORDS = 8
_BITS_PER_WORD = 11
_SALT = b"offerbook enrolment v1"
_URI = "offerbook-join"
_WORDLIST: tuple[str, ...] = tuple(Mnemonic("english").wordlist)
_BY_PREFIX = {word[:4]: word for word in _WORDLIST}


class EnrolmentCodeError(OfferbookError):
    """A code that was mistyped, is for another organisation, or could not be read."""


@dataclass(frozen=True)
class OrgKey:
    """The organisation key: seals every synced value. `key_id` names it in envelopes."""

    org_id: str
    key_id: str
    key: bytes

    @classmethod
    def new(cls, org_id: str) -> OrgKey:
        return cls(org_id, secrets.token_hex(4), AESGCM.generate_key(bit_length=256))


@dataclass(frozen=True)
class Derived:
    enrolment_id: str
    proof: str
    proof_sha256: str
    wrap_key: bytes


@dataclass(frozen=True)
class JoinCode:
    hub_url: str
    words: tuple[str, ...]

    @classmethod
    def new(cls, hub_url: str) -> JoinCode:
        return cls(hub_url, tuple(secrets.choice(_WORDLIST) for _ in range(WORDS)))

    def text(self) -> str:
        """What a person reads out or types: the hub's address, then the words."""
        return f"{self.hub_url} {' '.join(self.words)}"

    def uri(self) -> str:
        return f"{_URI}:?hub={quote(self.hub_url, safe='')}&words={'-'.join(self.words)}"

    def qr_png(self, scale: int = 6) -> bytes:
        out = io.BytesIO()
        segno.make_qr(self.uri(), error="m").save(out, kind="png", scale=scale, border=4)
        return out.getvalue()

    def secret(self) -> bytes:
        number = 0
        for word in self.words:
            number = (number << _BITS_PER_WORD) | _WORDLIST.index(word)
        return number.to_bytes((WORDS * _BITS_PER_WORD + 7) // 8, "big")

    def derive(self) -> Derived:
        secret = self.secret()
        enrolment_id = _hkdf(secret, b"enrolment id", 16).hex()
        proof = _hkdf(secret, b"proof", 32).hex()
        return Derived(enrolment_id, proof, hashlib.sha256(proof.encode()).hexdigest(),
                       _hkdf(secret, b"wrapping key", 32))


def _hkdf(secret: bytes, purpose: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=_SALT,
                info=purpose).derive(secret)


def parse_code(text: str) -> JoinCode:
    """A code as typed or scanned: "https://hub… word word …" or the QR's offerbook-join URI.

    Words may be in any case and shortened to their first four letters; a hyphen or comma
    between them is fine. Each mistake is named so the linker knows what to retype.
    """
    text = (text or "").strip()
    if text.startswith(_URI + ":"):
        query = parse_qs(urlsplit(text).query)
        hub = (query.get("hub") or [""])[0]
        typed = (query.get("words") or [""])[0]
    else:
        parts = text.split(None, 1)
        if len(parts) < 2 or not parts[0].lower().startswith(("http://", "https://")):
            raise EnrolmentCodeError(
                "A code starts with the hub's address (https://…) followed by eight words. "
                "Type it as the coordinator's screen or sheet shows it.")
        hub, typed = parts
    if not hub.lower().startswith(("http://", "https://")):
        raise EnrolmentCodeError("The code's hub address should start with https://.")
    words = [w for w in re.split(r"[\s,;-]+", typed.lower()) if w]
    if len(words) != WORDS:
        raise EnrolmentCodeError(f"The code has {len(words)} words; it needs {WORDS}. "
                                 "Check none is missing or doubled.")
    known = []
    for position, word in enumerate(words, 1):
        full = word if word in _WORDLIST else _BY_PREFIX.get(word[:4]) \
            if len(word) >= 4 else None
        if full is None or not full.startswith(word[:4]):
            raise EnrolmentCodeError(f"Word {position} of the code is not one of its words; "
                                     "check its spelling.")
        known.append(full)
    return JoinCode(hub.rstrip("/"), tuple(known))


def wrap_org_key(code: JoinCode, org: OrgKey) -> str:
    """The organisation key sealed for this code (what the hub keeps until it is used)."""
    derived = code.derive()
    nonce = os.urandom(12)
    plain = json.dumps({"org_id": org.org_id, "key_id": org.key_id,
                        "key": org.key.hex()}).encode()
    sealed = AESGCM(derived.wrap_key).encrypt(nonce, plain, derived.enrolment_id.encode())
    return base64.b64encode(nonce + sealed).decode()


def unwrap_org_key(code: JoinCode, wrapped: str) -> OrgKey:
    derived = code.derive()
    try:
        raw = base64.b64decode(wrapped, validate=True)
        plain = AESGCM(derived.wrap_key).decrypt(raw[:12], raw[12:],
                                                 derived.enrolment_id.encode())
        data = json.loads(plain)
        return OrgKey(data["org_id"], data["key_id"], bytes.fromhex(data["key"]))
    except (InvalidTag, ValueError, KeyError, TypeError, binascii.Error):
        raise EnrolmentCodeError(
            "The hub's answer did not open with this code, so nothing was saved. Ask the "
            "coordinator for a new code.") from None
