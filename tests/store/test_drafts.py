"""Drafts belong to one staff member: on a shared machine nobody sees or overwrites another's."""

from desktop.store import drafts
from desktop.store.access import add_staff
from desktop.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

BOB = "bob's own long passphrase"


def test_each_staff_member_has_their_own_drafts(vault, vault_dir):
    add_staff(vault, "Bob", BOB, kdf=FAST_KDF)
    drafts.save(vault, "participant:new", {"full_name": "Hodan Warsame"})
    vault.close()

    bob = Vault.unlock(vault_dir, BOB)
    try:
        assert drafts.load(bob, "participant:new") is None
        assert drafts.pending(bob) == []
        drafts.save(bob, "participant:new", {"full_name": "Someone else"})
        drafts.discard(bob, "participant:new")
    finally:
        bob.close()

    alice = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert drafts.load(alice, "participant:new") == {"full_name": "Hodan Warsame"}
        assert [form for form, _ in drafts.pending(alice)] == ["participant:new"]
    finally:
        alice.close()


def test_a_recovery_key_session_keeps_drafts_too(new_vault, vault_dir):
    vault, recovery_key = new_vault
    vault.close()
    session = Vault.unlock(vault_dir, recovery_key)
    try:
        drafts.save(session, "offer:new:x", {"title": "a"})
        drafts.save(session, "offer:new:x", {"title": "ab"})
        assert drafts.load(session, "offer:new:x") == {"title": "ab"}
    finally:
        session.close()
