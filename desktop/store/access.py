"""Who can open the vault: staff keyslots, passphrase changes, the recovery key, key rotation.

Adding or removing a person touches one slot. Removing a slot stops that passphrase working on
this header from now on, but anyone who copied the old header could still unwrap the current
data key: `rotate_key` re-keys the database so that old copies of the header become useless.
"""

import copy
import logging
import os
import secrets

from desktop.core import models
from desktop.core.errors import NotFound, ValidationError, WrongPassphrase
from desktop.store.backup import backup_before
from desktop.store.connection import KEYS_FILE, NEXT_KEYS_FILE
from desktop.store.files import fsync_dir, storage_error
from desktop.store.keyslots import DEFAULT_KDF, KEY_BYTES, KdfPolicy, new_recovery_key
from desktop.store.records import Records
from desktop.store.vault import Vault

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 10


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases that a guess would find quickly. The GUI shows a strength meter."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(f"Use a passphrase of at least {MIN_PASSPHRASE} characters; "
                              "three or four unrelated words work well.", "passphrase")
    if len(set(passphrase)) < 5:
        raise ValidationError("That passphrase repeats too few characters to be safe; "
                              "try three or four unrelated words.", "passphrase")


def add_staff(vault: Vault, name: str, passphrase: str, *, role: str = "linker",
              team_id: str | None = None, kdf: KdfPolicy = DEFAULT_KDF) -> models.Staff:
    """A new staff member with their own keyslot."""
    check_passphrase(passphrase)
    staff = Records(vault).add(models.Staff(name=name, role=role, team_id=team_id))
    vault.header.add_passphrase_slot(vault.data_key, passphrase, staff.id, kdf)
    _save_header(vault, "add-keyslot", staff.id)
    return staff


def remove_staff(vault: Vault, staff_id: str) -> None:
    """Remove a staff member's keyslot (their record stays, marked inactive, for the audit)."""
    slots = [s for s in vault.header.slots if s.staff_id == staff_id]
    if not slots:
        raise NotFound("That staff member has no passphrase on this vault.")
    if len([s for s in vault.header.slots if s.kind == "passphrase"]) == len(slots):
        raise ValidationError("This is the last passphrase that opens the vault; add another "
                              "staff member before removing this one.")
    vault.header.slots = [s for s in vault.header.slots if s.staff_id != staff_id]
    Records(vault).update(models.Staff, staff_id, active=False)
    _save_header(vault, "remove-keyslot", staff_id)


def change_passphrase(vault: Vault, old: str, new: str,
                      kdf: KdfPolicy = DEFAULT_KDF) -> None:
    """Change the signed-in staff member's passphrase (proving the old one first)."""
    check_passphrase(new)
    found = vault.header.unwrap(old)
    if found is None or found[1].staff_id != vault.staff_id or found[1].kind != "passphrase":
        raise WrongPassphrase("The current passphrase is not right, so it was not changed.")
    old_slot = found[1]
    vault.header.slots.remove(old_slot)
    slot = vault.header.add_passphrase_slot(vault.data_key, new, vault.staff_id or "", kdf)
    slot.last_used = old_slot.last_used
    vault.slot_id = slot.id
    _save_header(vault, "change-passphrase", vault.staff_id or "")


def replace_recovery_key(vault: Vault) -> str:
    """Issue a new recovery key (the old one stops working). Returns it, to show once."""
    recovery_key = new_recovery_key()
    vault.header.add_recovery_slot(vault.data_key, recovery_key)
    _save_header(vault, "replace-recovery-key", "")
    return recovery_key


def rotate_key(vault: Vault) -> None:
    """Re-key the database with a new data key and re-seal it to every remaining slot.

    Crash-safe ordering: the new header is written beside the old one first, then the database
    is re-keyed, then the new header replaces the old. A crash between the steps leaves a
    header that opens the database either way; `Vault.unlock` tries the waiting one as well.
    """
    backup_before(vault, "key-rotation")
    new_key = secrets.token_bytes(KEY_BYTES)
    # Reseal a copy: if the re-key fails, the open vault must keep a header sealed to the key
    # the database still has, or the next header save (add_staff...) would lock everyone out.
    header = copy.deepcopy(vault.header)
    header.reseal_all(new_key)
    next_path = vault.directory / NEXT_KEYS_FILE
    header.save(next_path)
    # On failure this locks the vault and raises StorageError. vault.keys.next stays: if the
    # re-key did reach the disk after all, Vault.unlock finishes the rotation from it.
    vault.rekey(new_key, header)
    try:
        os.replace(next_path, vault.directory / KEYS_FILE)
        fsync_dir(vault.directory)
    except OSError as error:
        raise storage_error(error, vault.directory) from None
    with vault.transaction():
        vault.audit("rotate-key")
    log.info("data key rotated (generation %d)", header.key_generation)


def _save_header(vault: Vault, action: str, row_id: str) -> None:
    vault.header.save(vault.directory / KEYS_FILE)
    with vault.transaction():
        vault.audit(action, "staff", row_id)
