"""Hybrid logical clock.

Every synced field carries the stamp of its last write. A stamp is wall-clock milliseconds plus a
logical counter, so stamps stay ordered on one device even when its clock jumps backwards, and a
device that hears of a later stamp moves past it (`observe`). Stamps are text that sorts in the
same order as the clocks they encode, so SQL can compare them directly.
"""

from collections.abc import Callable
from dataclasses import dataclass
import re
import time

_WALL_DIGITS = 15
_LOGICAL_DIGITS = 5
_MAX_LOGICAL = 10**_LOGICAL_DIGITS - 1
_STAMP = re.compile(rf"[0-9]{{{_WALL_DIGITS}}}-[0-9]{{{_LOGICAL_DIGITS}}}")


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    logical: int = 0

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.logical:0{_LOGICAL_DIGITS}d}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        # Strictly ASCII digits: int() also takes "+1", " 1", "1_0" and Arabic-Indic digits,
        # and such a stamp from another device would then sort wrongly as text in SQL.
        if not isinstance(text, str) or not _STAMP.fullmatch(text):
            raise ValueError("not a clock stamp")
        return cls(int(text[:_WALL_DIGITS]), int(text[_WALL_DIGITS + 1:]))


ZERO = Stamp(0, 0)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing stamps. Not thread-safe: the vault serialises writes."""

    def __init__(self, last: Stamp = ZERO, wall: Callable[[], int] = _wall_ms):
        self.last = last
        self._wall = wall

    def tick(self) -> Stamp:
        """A stamp for a local write, later than every stamp issued or observed so far."""
        now = self._wall()
        if now > self.last.wall_ms:
            stamp = Stamp(now, 0)
        else:
            stamp = self._next_logical(self.last)
        self.last = stamp
        return stamp

    def observe(self, remote: Stamp) -> Stamp:
        """Move past a stamp received from another device; returns the new last stamp."""
        now = self._wall()
        top = max(self.last, remote)
        if now > top.wall_ms:
            stamp = Stamp(now, 0)
        else:
            stamp = self._next_logical(top)
        self.last = stamp
        return stamp

    @staticmethod
    def _next_logical(stamp: Stamp) -> Stamp:
        # The counter only grows while the wall clock stands still or lags; on overflow we borrow
        # one millisecond from the future rather than break ordering.
        if stamp.logical >= _MAX_LOGICAL:
            return Stamp(stamp.wall_ms + 1, 0)
        return Stamp(stamp.wall_ms, stamp.logical + 1)
