"""The hybrid logical clock: strictly increasing whatever the wall clock does."""

from hypothesis import given, strategies as st
import pytest

from desktop.core.hlc import ZERO, HybridClock, Stamp

WALL = st.integers(min_value=0, max_value=10**13)  # up to the year 2286, in milliseconds
STAMPS = st.builds(Stamp, WALL, st.integers(min_value=0, max_value=99_999))
# Each step is a local write, or news of a remote stamp; each reads the wall clock once.
STEPS = st.lists(st.tuples(WALL, st.none() | STAMPS), min_size=1, max_size=60)


class Wall:
    """A wall clock that reads whatever the test says next: forwards, still or backwards."""

    def __init__(self):
        self.now = 0

    def __call__(self) -> int:
        return self.now


@given(start=st.just(ZERO) | STAMPS, steps=STEPS)
def test_every_stamp_is_later_than_everything_before_it(start, steps):
    wall = Wall()
    clock = HybridClock(start, wall)
    previous = start
    for now, remote in steps:
        wall.now = now
        stamp = clock.tick() if remote is None else clock.observe(remote)
        assert stamp > previous
        if remote is not None:
            assert stamp > remote
        assert clock.last == stamp
        previous = stamp


@given(steps=st.lists(WALL, min_size=2, max_size=60))
def test_the_wall_clock_is_used_when_it_moves_forward(steps):
    wall = Wall()
    clock = HybridClock(wall=wall)
    for now in steps:
        before = clock.last
        wall.now = now
        stamp = clock.tick()
        if now > before.wall_ms:
            assert stamp == Stamp(now, 0)
        else:  # still or backwards: the counter carries order instead
            assert stamp.wall_ms >= before.wall_ms


def test_a_full_counter_borrows_a_millisecond():
    clock = HybridClock(Stamp(5, 99_999), wall=lambda: 5)
    assert clock.tick() == Stamp(6, 0)
    assert clock.tick() == Stamp(6, 1)


@given(STAMPS)
def test_a_stamp_survives_text_and_back(stamp):
    text = str(stamp)
    assert len(text) == 21
    assert Stamp.parse(text) == stamp


@given(STAMPS, STAMPS)
def test_text_order_is_clock_order(a, b):
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)


@given(st.text(max_size=30))
def test_only_canonical_text_parses(text):
    """Whatever parses prints back the same: otherwise text order and clock order could part."""
    try:
        stamp = Stamp.parse(text)
    except ValueError:
        return
    assert str(stamp) == text


@pytest.mark.parametrize("text", ["", "12-3", "000000000000001", "000000000000001-0000",
                                  "+00000000000001-00000", "00000000000001 -00000",
                                  "٠٠٠٠٠٠٠٠٠٠٠٠٠٠١-00000", "000000000000001-00001\n",
                                  "00000000000_001-00001"])
def test_malformed_stamps_are_refused(text):
    with pytest.raises(ValueError):
        Stamp.parse(text)
