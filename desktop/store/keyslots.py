"""Keyslots: the header file that lets several people open one vault.

The database is encrypted with a random 256-bit data key. The header beside it holds that key
wrapped (AES-256-GCM) once per slot: for each staff member under an Argon2id hash of their
passphrase, and once under the recovery key printed for the coordinator's safe. The header holds
no personal data: a slot names a staff id, never a name. Writes are atomic (temp file, fsync,
rename), so a crash leaves the old header or the new one, never half of each.
"""

import base64
from dataclasses import asdict, dataclass, field
import hashlib
import json
import logging
from pathlib import Path
import secrets
import time

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core.errors import VaultDamaged
from desktop.store.files import atomic_write, storage_error

log = logging.getLogger(__name__)

FORMAT = "offerbook-keys"
VERSION = 1
KEY_BYTES = 32
# Crockford's base32: no I, L, O or U, so a recovery key read aloud or off paper is unambiguous.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CHECK_BYTES = 2


@dataclass(frozen=True)
class KdfPolicy:
    """How hard to make each passphrase guess. Calibrated once per slot, stored in the slot."""

    memory_kib: int = 64 * 1024
    parallelism: int = 1
    target_seconds: float = 0.4
    fixed_time_cost: int | None = None  # tests pin this to skip calibration

    def time_cost(self) -> int:
        if self.fixed_time_cost is not None:
            return self.fixed_time_cost
        return calibrate(self.memory_kib, self.parallelism, self.target_seconds)


DEFAULT_KDF = KdfPolicy()


# RFC 9106's second recommended setting is 3 passes over 64 MiB: never go below it, even when
# a busy machine makes one pass look slow. The cap keeps a bad measurement harmless.
MIN_TIME_COST, MAX_TIME_COST = 3, 200


def calibrate(memory_kib: int, parallelism: int, target_seconds: float) -> int:
    """The Argon2id time cost that takes about `target_seconds` on this machine.

    Doubles the cost until one run takes at least half the target, then scales linearly. An
    earlier version extrapolated from two short runs and, on a busy machine where the shorter
    run happened to be the slower, asked for thousands of passes.
    """
    salt = secrets.token_bytes(16)
    cost = 1
    while True:
        start = time.perf_counter()
        _argon2(b"calibration", salt, cost, memory_kib, parallelism)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds / 2 or cost >= MAX_TIME_COST:
            break
        cost *= 2
    return max(MIN_TIME_COST, min(MAX_TIME_COST, round(cost * target_seconds / elapsed)))


def _argon2(secret: bytes, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> bytes:
    return hash_secret_raw(secret, salt, time_cost=time_cost, memory_cost=memory_kib,
                           parallelism=lanes, hash_len=KEY_BYTES, type=Type.ID)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# ---- recovery keys -------------------------------------------------------------------------

def new_recovery_key() -> str:
    """A printable recovery key: 256 random bits plus a checksum, in groups of five."""
    return format_recovery_key(secrets.token_bytes(KEY_BYTES))


def format_recovery_key(raw: bytes) -> str:
    """The printed form of a 32-byte recovery key (split out so tests can use a fixed key)."""
    payload = raw + hashlib.sha256(raw).digest()[:_CHECK_BYTES]
    number = int.from_bytes(payload, "big")
    chars = []
    for _ in range((len(payload) * 8 + 4) // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i:i + 5] for i in range(0, len(text), 5))


def parse_recovery_key(text: str) -> bytes | None:
    """The key's 32 bytes, or None if the text is not a well-formed recovery key."""
    cleaned = text.upper().replace("-", "").replace(" ", "").strip()
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != ((KEY_BYTES + _CHECK_BYTES) * 8 + 4) // 5:
        return None
    number = 0
    for char in cleaned:
        index = _ALPHABET.find(char)
        if index < 0:
            return None
        number = number * 32 + index
    # 55 characters carry 275 bits for a 272-bit payload: the first character may only use
    # the low 3 of its 5 bits. Without this check a typo there was silently cut off.
    if number >> ((KEY_BYTES + _CHECK_BYTES) * 8):
        return None
    payload = number.to_bytes(KEY_BYTES + _CHECK_BYTES, "big")
    raw, check = payload[:KEY_BYTES], payload[KEY_BYTES:]
    if hashlib.sha256(raw).digest()[:_CHECK_BYTES] != check:
        return None
    return raw


# ---- slots and the header ------------------------------------------------------------------

@dataclass
class Slot:
    """One way in. The slot's X25519 private key is wrapped under the passphrase (or recovery
    key); the data key is sealed to the slot's public key. Sealing needs no secret, so a key
    rotation can re-seal the new data key for every remaining slot without their passphrases."""

    id: str
    kind: str  # "passphrase" or "recovery"
    staff_id: str | None
    kdf: dict
    private_nonce: str
    private_wrapped: str
    public: str
    ephemeral: str = ""
    nonce: str = ""
    sealed: str = ""
    created_at: str = ""
    last_used: float = 0.0


@dataclass
class Header:
    vault_id: str
    key_generation: int = 1
    slots: list[Slot] = field(default_factory=list)
    failures: int = 0
    retry_after: float = 0.0

    def _aad(self, slot: Slot, part: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.vault_id}/{slot.id}/{part}".encode()

    # -- adding slots

    def add_passphrase_slot(self, data_key: bytes, passphrase: str, staff_id: str,
                            policy: KdfPolicy = DEFAULT_KDF) -> Slot:
        kdf = {"name": "argon2id", "salt": _b64(secrets.token_bytes(16)),
               "time_cost": policy.time_cost(), "memory_kib": policy.memory_kib,
               "parallelism": policy.parallelism}
        return self._add(data_key, passphrase.encode("utf-8"), "passphrase", staff_id, kdf)

    def add_recovery_slot(self, data_key: bytes, recovery_key: str) -> Slot:
        """Replace the recovery slot (there is at most one) with one for `recovery_key`."""
        raw = parse_recovery_key(recovery_key)
        if raw is None:
            raise ValueError("recovery keys come from new_recovery_key()")
        kdf = {"name": "hkdf-sha256", "salt": _b64(secrets.token_bytes(16))}
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        return self._add(data_key, raw, "recovery", None, kdf)

    def _add(self, data_key: bytes, material: bytes, kind: str, staff_id: str | None,
             kdf: dict) -> Slot:
        private = X25519PrivateKey.generate()
        slot = Slot(secrets.token_hex(8), kind, staff_id, kdf, "", "",
                    _b64(private.public_key().public_bytes_raw()),
                    created_at=time.strftime("%Y-%m-%d"))
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(_derive(material, kdf)).encrypt(
            nonce, private.private_bytes_raw(), self._aad(slot, "private"))
        slot.private_nonce, slot.private_wrapped = _b64(nonce), _b64(wrapped)
        self._seal(slot, data_key)
        self.slots.append(slot)
        return slot

    # -- sealing the data key to a slot

    def _seal(self, slot: Slot, data_key: bytes) -> None:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(_unb64(slot.public)))
        nonce = secrets.token_bytes(12)
        aad = self._aad(slot, f"data-key/{self.key_generation}")
        slot.ephemeral = _b64(ephemeral.public_key().public_bytes_raw())
        slot.nonce = _b64(nonce)
        slot.sealed = _b64(AESGCM(_seal_key(shared, aad)).encrypt(nonce, data_key, aad))

    def reseal_all(self, new_key: bytes) -> None:
        """After a key rotation: seal the new data key to every slot, no passphrases needed."""
        self.key_generation += 1
        for slot in self.slots:
            self._seal(slot, new_key)

    def unwrap(self, secret: str) -> tuple[bytes, Slot] | None:
        """The data key and the slot it came from, or None when no slot opens with `secret`."""
        recovery = parse_recovery_key(secret)
        if recovery is not None:
            candidates = [(s, recovery) for s in self.slots if s.kind == "recovery"]
        else:
            # Most recently used first: on a shared machine the same person usually unlocks
            # again, so one Argon2 run is the common case rather than one per staff member.
            ordered = sorted((s for s in self.slots if s.kind == "passphrase"),
                             key=lambda s: s.last_used, reverse=True)
            candidates = [(s, secret.encode("utf-8")) for s in ordered]
        for slot, material in candidates:
            try:
                private_bytes = AESGCM(_derive(material, slot.kdf)).decrypt(
                    _unb64(slot.private_nonce), _unb64(slot.private_wrapped),
                    self._aad(slot, "private"))
            except InvalidTag:
                continue
            private = X25519PrivateKey.from_private_bytes(private_bytes)
            # The public key is stored in the clear for sealing; one that no longer matches
            # the private key was swapped, and a key rotation would seal to the wrong party.
            if private.public_key().public_bytes_raw() != _unb64(slot.public):
                raise VaultDamaged("The vault's keys file has been altered, so the vault "
                                   "cannot be unlocked. Restore the vault from a backup.")
            return self._open_sealed(slot, private), slot
        return None

    def _open_sealed(self, slot: Slot, private: X25519PrivateKey) -> bytes:
        shared = private.exchange(X25519PublicKey.from_public_bytes(_unb64(slot.ephemeral)))
        aad = self._aad(slot, f"data-key/{self.key_generation}")
        try:
            return AESGCM(_seal_key(shared, aad)).decrypt(_unb64(slot.nonce),
                                                          _unb64(slot.sealed), aad)
        except InvalidTag:
            raise VaultDamaged("The vault's keys file has been altered, so the vault cannot "
                               "be unlocked. Restore the vault from a backup.") from None

    def slot(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    # -- files

    def to_json(self) -> bytes:
        body = {"format": FORMAT, "version": VERSION, **asdict(self)}
        return json.dumps(body, indent=1, sort_keys=True).encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_json())

    @classmethod
    def load(cls, path: Path) -> "Header":
        try:
            body = json.loads(path.read_bytes())
            if body.get("format") != FORMAT:
                raise ValueError("not a keys header")
            if body.get("version") != VERSION:
                raise ValueError("unknown header version")
            slots = [_checked(Slot(**s)) for s in body["slots"]]
            if not isinstance(body["vault_id"], str):
                raise ValueError("vault id is not text")
            return cls(body["vault_id"], int(body["key_generation"]), slots,
                       int(body.get("failures", 0)), float(body.get("retry_after", 0.0)))
        except FileNotFoundError:
            raise
        except OSError as error:  # a folder where the file should be, no permission, …
            raise storage_error(error, path.parent) from None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            log.warning("keys header unreadable: %s", type(error).__name__)
            raise VaultDamaged(
                f"The vault's keys file ({path.name}) is damaged, so the vault cannot be "
                "unlocked. Restore the vault from a backup, or ask your coordinator for help."
            ) from None


# Expected decoded sizes: AES-GCM nonces, X25519 keys, and 32-byte secrets plus a 16-byte tag.
_SLOT_BYTES = {"private_nonce": 12, "nonce": 12, "public": 32, "ephemeral": 32,
               "private_wrapped": KEY_BYTES + 16, "sealed": KEY_BYTES + 16}


def _checked(slot: Slot) -> Slot:
    """Raise ValueError unless every field of a loaded slot has the right type and size, so
    that an edited header fails as "damaged" on load, never with a stray error mid-unlock."""
    if slot.kind not in ("passphrase", "recovery") or not isinstance(slot.id, str):
        raise ValueError("bad slot kind or id")
    if not (slot.staff_id is None or isinstance(slot.staff_id, str)):
        raise ValueError("bad staff id")
    if not isinstance(slot.last_used, (int, float)) or isinstance(slot.last_used, bool):
        raise ValueError("bad last_used")
    for name, size in _SLOT_BYTES.items():
        value = getattr(slot, name)
        if not isinstance(value, str) or len(_unb64(value)) != size:
            raise ValueError(f"bad slot field {name}")
    kdf = slot.kdf
    if not isinstance(kdf, dict) or not isinstance(kdf.get("salt"), str):
        raise ValueError("bad kdf")
    _unb64(kdf["salt"])
    if kdf.get("name") == "argon2id":
        # Bounds keep a hand-edited header from crashing Argon2 or asking for all the memory.
        limits = {"time_cost": (1, 1000), "memory_kib": (8, 4 * 1024 * 1024),
                  "parallelism": (1, 255)}
        for name, (low, high) in limits.items():
            value = kdf.get(name)
            if type(value) is not int or not low <= value <= high:
                raise ValueError(f"bad kdf {name}")
        if kdf["memory_kib"] < 8 * kdf["parallelism"]:
            raise ValueError("bad kdf memory")
    elif kdf.get("name") != "hkdf-sha256":
        raise ValueError("unknown kdf")
    return slot


def _seal_key(shared: bytes, context: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, None, b"offerbook seal " + context).derive(shared)


def _derive(material: bytes, kdf: dict) -> bytes:
    salt = _unb64(kdf["salt"])
    if kdf["name"] == "argon2id":
        return _argon2(material, salt, int(kdf["time_cost"]), int(kdf["memory_kib"]),
                       int(kdf["parallelism"]))
    if kdf["name"] == "hkdf-sha256":
        return HKDF(hashes.SHA256(), KEY_BYTES, salt, b"offerbook recovery").derive(material)
    raise VaultDamaged("The vault's keys file uses an unknown key derivation; "
                       "it may come from a newer version of Offerbook.")
