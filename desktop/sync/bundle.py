"""Sync bundles: changes carried on a USB stick where there is no network at all.

`export_bundle` writes every change this device holds for the hub — its waiting outbox
changes sealed exactly as a push would seal them, its waiting erasures, and changes it imported
from other bundles — into one file. `import_bundle` merges a bundle's changes here (the same
merge as a pull) and keeps them to forward to the hub at this device's next sync, where the
hub answers "duplicate" for any that arrived by another road. Importing twice changes nothing.

The file is ``magic · version (1 byte) · key id length (1 byte) · key id · nonce (12 bytes) ·
AES-256-GCM(zlib(JSON))``, the header being the additional data, sealed with the organisation
key. Each value inside is also sealed on its own as on the wire, so the bundle's outer seal
is what keeps the metadata (which records changed, when) from whoever finds the stick.
A bundle of another organisation, altered or cut short is refused whole.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import time
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.core.hlc import Stamp
from desktop.core.ids import utc_now
from desktop.store.files import atomic_write
from desktop.store.vault import Vault
from desktop.sync import incoming, outgoing, protocol, state
from desktop.sync.errors import BundleError, SyncError
from desktop.sync.protocol import Change, ProtocolError

MAGIC = b"OFFERBOOK SYNC BUNDLE\n"
VERSION = 1
NONCE_BYTES = 12

NO_KEY = ("This laptop has not joined an organisation yet, so it has no key to seal or open "
          "sync bundles. Join with the code from your coordinator first.")
DAMAGED = ("That sync bundle is damaged, cut short or altered, or is from another "
           "organisation, so nothing was imported. Export it again on the laptop that made it.")
NOT_A_BUNDLE = "That file is not an Offerbook sync bundle; nothing was imported."
OTHER_ORG = ("That sync bundle was sealed with a key this laptop does not have: it is from "
             "another organisation, or from before the key was changed. Nothing was imported.")
NEWER = ("That sync bundle was made by a newer Offerbook. Update Offerbook on this laptop, "
         "then import it again.")
CLOCK_AHEAD = ("That sync bundle holds changes stamped well in the future: the laptop that made "
               "it has its clock set wrong. Correct its date and time, export again, and import "
               "the new bundle. Nothing was imported.")


def _header(key_id: str) -> bytes:
    raw = key_id.encode("ascii")
    return MAGIC + bytes([VERSION, len(raw)]) + raw


def _held_changes(vault: Vault, saved: state.SyncState) -> list[Change]:
    changes = [c for batch in outgoing.batches(vault, saved) for c in batch.changes]
    with vault.reading() as conn:
        for table in ("erase_queue", "relay"):
            changes += [Change.from_wire(json.loads(text)) for (text,) in conn.execute(
                f"SELECT change FROM {table} ORDER BY seq")]
    return changes


def export_bundle(vault: Vault, path: Path) -> int:
    """Write this device's changes for the hub to `path` (atomically). Returns their count."""
    saved = state.load(vault)
    if not saved.has_key:
        raise BundleError(NO_KEY)
    changes = _held_changes(vault, saved)
    payload = json.dumps({"org_id": saved.org_id, "device_id": vault.device_id,
                          "made_at": utc_now(), "changes": [c.wire() for c in changes]},
                         separators=(",", ":")).encode("utf-8")
    header = _header(saved.key_id)
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(saved.org_key).encrypt(nonce, zlib.compress(payload, 6), header)
    atomic_write(Path(path), header + nonce + sealed)
    return len(changes)


def read_bundle(vault: Vault, path: Path) -> list[Change]:
    """The changes in a bundle file, checked whole; BundleError if anything is wrong."""
    saved = state.load(vault)
    if not saved.has_key:
        raise BundleError(NO_KEY)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise BundleError(f"There is no file at {path}; check the USB stick is plugged in "
                          "and the name is right.") from None
    except OSError as error:
        raise BundleError(f"The file {path} could not be read ({os.strerror(error.errno or 0)})"
                          ". Check the USB stick, then try again.") from None
    if not raw.startswith(MAGIC):
        raise BundleError(NOT_A_BUNDLE)
    at = len(MAGIC)
    if len(raw) < at + 2:
        raise BundleError(DAMAGED)
    if raw[at] != VERSION:
        raise BundleError(NEWER if raw[at] > VERSION else NOT_A_BUNDLE)
    end = at + 2 + raw[at + 1]
    if len(raw) < end + NONCE_BYTES + 16:
        raise BundleError(DAMAGED)
    try:
        key_id = raw[at + 2:end].decode("ascii")
    except UnicodeDecodeError:
        raise BundleError(DAMAGED) from None
    key = saved.keys().get(key_id)
    if key is None:
        raise BundleError(OTHER_ORG)
    try:
        plain = AESGCM(key).decrypt(raw[end:end + NONCE_BYTES], raw[end + NONCE_BYTES:],
                                    raw[:end])
        payload = json.loads(zlib.decompress(plain))
        changes = [Change.from_wire(item) for item in payload["changes"]]
    except (InvalidTag, zlib.error, ValueError, KeyError, TypeError, ProtocolError):
        raise BundleError(DAMAGED) from None
    limit_ms = int(time.time() * 1000) + protocol.FUTURE_LIMIT_MS
    if any(Stamp.parse(c.hlc).wall_ms > limit_ms for c in changes):
        raise BundleError(CLOCK_AHEAD)
    return changes


def _in_scope(saved: state.SyncState, changes: list[Change]) -> list[Change]:
    """A linker's laptop takes only its teams' people and the shared directory from a bundle,
    as from the hub: it may not hold the others, and the hub would refuse to take them."""
    if saved.role != protocol.LINKER or protocol.ALL_TEAMS in saved.teams:
        return changes
    allowed = {protocol.SHARED} | {protocol.scope_of_team(team) for team in saved.teams}
    return [change for change in changes if change.scope in allowed]


def import_bundle(vault: Vault, path: Path) -> int:
    """Merge a bundle's changes here and keep them for the hub. Returns how many were new
    to this laptop (0 the second time)."""
    changes = _in_scope(state.load(vault), read_bundle(vault, path))
    try:
        opened = incoming.open_all(state.load(vault).keys(), changes)
    except SyncError as error:  # sealed by the organisation, yet a value does not open
        raise BundleError(error.message) from None
    return incoming.apply(vault, opened, relay=True).relayed
