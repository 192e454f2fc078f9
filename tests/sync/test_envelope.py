"""Envelopes: a value sealed to its change's metadata, opened only with the right key."""

import base64
from dataclasses import replace
import secrets

import pytest

from desktop.sync import envelope
from desktop.sync.errors import EnvelopeError
from desktop.sync.protocol import Change

KEY = secrets.token_bytes(32)
KEYS = {"k1": KEY}
CHANGE = Change(change_id="c-1", scope="team:t-1", tbl="participants", row_id="p-1",
                col="full_name", hlc="000001764000000000-00000", base_hlc=None,
                device_id="d-1")


def sealed(value="Siân Pritchard", change=CHANGE):
    return replace(change, ciphertext=envelope.seal(KEY, "k1", change, value))


@pytest.mark.parametrize("value", ["Siân Pritchard", "", None, 0, 3.5, "x" * 50_000,
                                   '{"mon": ["am"]}', "مرحبا"])
def test_a_value_round_trips(value):
    assert envelope.open_value(KEYS, sealed(value)) == value


def test_the_envelope_names_its_key_and_hides_the_value():
    change = sealed()
    assert envelope.key_id_of(change.ciphertext) == "k1"
    raw = base64.b64decode(change.ciphertext)
    assert raw[0] == envelope.VERSION
    assert "Siân".encode() not in raw and b"Pritchard" not in raw


def test_the_same_change_seals_to_the_same_bytes_and_others_do_not():
    # A resend after a lost reply must be a duplicate on the hub, not a mismatch.
    assert sealed().ciphertext == sealed().ciphertext
    assert sealed("other").ciphertext != sealed().ciphertext
    assert sealed(change=replace(CHANGE, change_id="c-2")).ciphertext != sealed().ciphertext


@pytest.mark.parametrize("field,value", [
    ("change_id", "c-2"), ("scope", "team:t-2"), ("tbl", "offers"), ("row_id", "p-2"),
    ("col", "phone"), ("hlc", "000001764000000001-00000"),
    ("base_hlc", "000001764000000000-00000"), ("device_id", "d-2"), ("kind", "erase")])
def test_a_value_moved_to_other_metadata_does_not_open(field, value):
    moved = replace(sealed(), **{field: value})
    with pytest.raises(EnvelopeError, match="did not open"):
        envelope.open_value(KEYS, moved)


def test_a_swapped_value_does_not_open():
    other = sealed(change=replace(CHANGE, col="phone"))
    with pytest.raises(EnvelopeError):
        envelope.open_value(KEYS, replace(sealed(), ciphertext=other.ciphertext))


def test_every_flipped_bit_is_noticed():
    raw = bytearray(base64.b64decode(sealed().ciphertext))
    for position in range(len(raw)):
        for bit in (0x01, 0x80):
            raw[position] ^= bit
            tampered = replace(CHANGE, ciphertext=base64.b64encode(bytes(raw)).decode())
            with pytest.raises(EnvelopeError):
                envelope.open_value(KEYS, tampered)
            raw[position] ^= bit


@pytest.mark.parametrize("cut", [0, 1, 5, 20, 30])
def test_a_truncated_envelope_does_not_open(cut):
    raw = base64.b64decode(sealed().ciphertext)[:cut]
    with pytest.raises(EnvelopeError):
        envelope.open_value(KEYS, replace(CHANGE, ciphertext=base64.b64encode(raw).decode()))


def test_another_organisations_key_does_not_open_and_says_so():
    with pytest.raises(EnvelopeError, match="another organisation"):
        envelope.open_value({"k1": secrets.token_bytes(32)}, sealed())
    with pytest.raises(EnvelopeError, match="does not have"):
        envelope.open_value({"k2": KEY}, sealed())


def test_no_value_or_not_base64_does_not_open():
    for ciphertext in (None, "not base64!", ""):
        with pytest.raises(EnvelopeError):
            envelope.open_value(KEYS, replace(CHANGE, ciphertext=ciphertext))
