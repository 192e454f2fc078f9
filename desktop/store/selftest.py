"""Crypto self-tests, run once per process before the first vault is opened.

A broken or mismatched crypto build must stop us before it wraps a key badly, not after. Each
check is a known answer: AES-256-GCM from the GCM specification (test case 14); Argon2id from
RFC 9106's inputs without secret and associated data (the value two independent
implementations, argon2-cffi and OpenSSL via `cryptography`, agree on); SQLCipher must report
a version 4 cipher. Together they take a millisecond or two.
"""

from functools import cache

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
import sqlcipher3

from desktop.core.errors import VaultError

_GCM_EXPECTED = bytes.fromhex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919")
_ARGON2ID_EXPECTED = bytes.fromhex(
    "03aab965c12001c9d7d0d2de33192c0494b684bb148196d73c1df1acaf6d0c2e")


class SelfTestFailed(VaultError):
    """The encryption libraries on this computer give wrong answers."""


@cache
def run() -> None:
    """Raise SelfTestFailed if any primitive gives a wrong answer (cached: once a process)."""
    if AESGCM(bytes(32)).encrypt(bytes(12), bytes(16), None) != _GCM_EXPECTED:
        _fail("AES-GCM")
    argon = hash_secret_raw(b"\x01" * 32, b"\x02" * 16, time_cost=3, memory_cost=32,
                            parallelism=4, hash_len=32, type=Type.ID)
    if argon != _ARGON2ID_EXPECTED:
        _fail("Argon2id")
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        version = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not version or not str(version[0]).startswith("4."):
        _fail("SQLCipher 4")


def _fail(what: str) -> None:
    raise SelfTestFailed(f"The encryption check failed ({what}), so Offerbook will not open "
                         "the vault. Reinstall Offerbook, and tell your IT support.")
