"""Bearer tokens and one-time proofs: made with `secrets`, kept only as SHA-256 hex.

A token is 32 random bytes, so a plain SHA-256 is enough to keep a stolen hub database from
giving tokens away (there is nothing to guess, unlike a password). Comparisons of a secret
against a stored hash are constant-time.
"""

import hashlib
import hmac
import secrets

TOKEN_PREFIX = "obh_"


def new_token() -> str:
    """32 random bytes, URL-safe, after a fixed prefix: a bare token starts with "-" one time
    in 64, and `offerbook connect --admin-token -…` then reads it as an option."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def matches(secret: str, stored_digest: str | None) -> bool:
    """Whether `secret` hashes to `stored_digest`, in time independent of where they differ."""
    if stored_digest is None:
        return False
    return hmac.compare_digest(digest(secret), stored_digest)


def bearer(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer …` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        return None
    return token
