"""Change.from_wire's fast path (one pattern, base64 in C) accepts nothing its full checks refuse.

The hub checks every change of every push, so protocol.py first tries a one-pattern check of
an ordinary change and falls back to the checks one at a time, which name what is wrong. A
fast path that let through what the full checks refuse would weaken the hub, so Hypothesis
breaks valid changes in the ways a device, a bug or an attacker might, and compares.
"""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from desktop.sync import protocol
from desktop.sync.protocol import Change, ProtocolError
from tests.hub.helpers import change

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="

# Text that lands near the edges of each pattern: separators, non-ASCII digits and letters,
# padding in odd places, the scope prefix alone, lengths around the limits.
tricky_text = st.one_of(
    st.text(alphabet=st.sampled_from("ab09Z_.:-\n \t=+/é٣ﬁ"), max_size=12),
    st.text(alphabet=st.sampled_from(B64 + "\n -_"), max_size=24),
    st.sampled_from(["", "team:", "team:x", "team:\n", "shared", "shared\n", "x" * 80,
                     "x" * 81, "a" * 64, "a" * 65, "000001764000000000-00000",
                     "001764000000000-00000", "001764000000000-00000\n",
                     "00176400000000٣-00000", "AAAA", "AAA=", "AA==", "A===", "AAAA====",
                     "AAAAAA==", "QUJD\nREVG", "offers", "Offers", "set", "erase",
                     "title\n", "_x", "9x"]),
    st.builds(lambda n: base64.b64encode(bytes(n)).decode(), st.integers(0, 20)),
)
odd_values = st.one_of(tricky_text, st.none(), st.booleans(), st.integers(-2, 2**70),
                       st.floats(allow_nan=False), st.lists(st.just("offers"), max_size=1),
                       st.dictionaries(st.just("a"), st.just(1), max_size=1))
mutation = st.tuples(st.sampled_from([*protocol._WIRE_FIELDS, "seq", "extra"]),
                     st.one_of(st.just("delete"), odd_values))


@st.composite
def wire_changes(draw) -> tuple[dict, bool]:
    with_seq = draw(st.booleans())
    data = change(kind=draw(st.sampled_from([protocol.SET, protocol.SET, protocol.ERASE_KIND])),
                  scope=draw(st.sampled_from(["shared", "team:t-1", "team:"])))
    if draw(st.booleans()):
        data["base_hlc"] = data["hlc"]
    if with_seq:
        data["seq"] = draw(st.integers(1, 2**40))
    for key, value in draw(st.lists(mutation, max_size=3)):
        if value == "delete":
            data.pop(key, None)
        else:
            data[key] = value
    return data, with_seq


def fully_checked(data: dict, with_seq: bool) -> bool:
    try:
        protocol._check_closely(data, with_seq)
    except ProtocolError:
        return False
    return True


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wire_changes())
def test_the_fast_path_accepts_only_what_the_full_checks_accept(case):
    data, with_seq = case
    accepted = fully_checked(data, with_seq)
    if protocol._plainly_valid(data, with_seq):
        assert accepted, data
    if accepted:
        made = Change.from_wire(data, with_seq=with_seq)
        assert made == Change(**data)
        assert made.wire() == data
        Change.check_wire(data, with_seq=with_seq)
    else:
        with pytest.raises(ProtocolError):
            Change.from_wire(data, with_seq=with_seq)
        with pytest.raises(ProtocolError):
            Change.check_wire(data, with_seq=with_seq)


def test_ordinary_changes_take_the_fast_path():
    """Else the fast path is dead code and the hub slow; each shape a device sends."""
    based = change(scope="team:t-1")
    based["base_hlc"] = based["hlc"]
    for data in (change(), based, change(scope="team:"), {**change(), "seq": 7}):
        assert protocol._plainly_valid(data, "seq" in data), data


@pytest.mark.parametrize("tbl", [["offers"], {"offers": 1}])
def test_a_table_name_that_is_not_text_is_a_clear_error(tbl):
    with pytest.raises(ProtocolError, match="table that does not sync"):
        Change.from_wire({**change(), "tbl": tbl})


def test_same_content_ignores_only_the_seq():
    data = change()
    a, b = Change.from_wire(data), Change.from_wire({**data, "seq": 3}, with_seq=True)
    assert a.same_content(b) and b.same_content(a)
    assert not a.same_content(Change.from_wire({**data, "ciphertext": "AAAA"}))
