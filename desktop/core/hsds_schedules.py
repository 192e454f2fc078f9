"""HSDS schedules: read, checked against what HSDS allows, as weekly grid cells and as text.

Two shapes reach us. HSDS 1.1 `regular_schedule` rows give one `weekday` with `opens_at` and
`closes_at`; the standard does not number the days, so we follow Ohana API, the reference
implementation HSDS 1.x grew from (codeforamerica/ohana-api, app/validators/weekday_validator.rb):
1 to 7 with Monday 1 (ISO 8601), or a day name. HSDS 3.0 `schedule` rows (and Open Referral
UK's extended 1.1 rows) are RFC 5545 RRULE parts: `freq` WEEKLY or MONTHLY (the only values
HSDS 3.0 lists), `interval`, `byday` (MO…SU, and for MONTHLY an ordinal such as 2MO or -1FR),
`bymonthday`, `valid_from`/`valid_to`, `dtstart`, `until`, `count`.

The grid says on which days, and in which parts of the day, something takes place at all; a
fortnightly or monthly rhythm, the exact times and the dates it holds for are in the text,
which is always made, so a schedule is never lost for want of a cell. Times are read as local
clock time: a UTC offset is dropped, since the directory and the linker share a place.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
import re

from desktop.core.hsds_records import DirectoryError, quote
from desktop.core.offers import DAYS, PARTS

Fail = Callable[[str, str], DirectoryError]

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FREQUENCIES = ("WEEKLY", "MONTHLY")
# Every field read_schedule looks at: equal values here make an equal schedule.
SCHEDULE_FIELDS = ("weekday", "freq", "interval", "byday", "bymonthday", "opens_at",
                   "closes_at", "valid_from", "valid_to", "dtstart", "until", "count",
                   "description", "notes")
# Where each part of the day starts and ends, in minutes after midnight.
PART_SPANS = {"morning": (0, 12 * 60), "afternoon": (12 * 60, 17 * 60),
              "evening": (17 * 60, 24 * 60)}
_ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last",
                  -2: "second to last", -3: "third to last", -4: "fourth to last",
                  -5: "fifth to last"}
_BYDAY = re.compile(r"^([+-]?\d{1,2})?([A-Z]{2})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$")
_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f", ""}


@dataclass(frozen=True)
class Schedule:
    """One schedule entry. `days` and the days of `ordinals` are grid day ids (mon…sun)."""

    days: tuple[str, ...] = ()
    ordinals: tuple[tuple[int, str], ...] = ()
    month_days: tuple[int, ...] = ()
    opens: int | None = None
    closes: int | None = None
    freq: str = ""
    interval: int = 1
    valid_from: str = ""
    valid_to: str = ""
    until: str = ""
    count: int | None = None
    description: str = ""

    @property
    def weekdays(self) -> tuple[str, ...]:
        """Every day of the week it can fall on, in week order."""
        found = set(self.days) | {day for _, day in self.ordinals}
        return tuple(day for day in DAYS if day in found)

    @cached_property
    def grid(self) -> dict[str, list[str]]:
        """`cells()`, worked out once: directories repeat the same few schedules."""
        return self.cells()

    @cached_property
    def words(self) -> str:
        """`text()`, worked out once."""
        return self.text()

    def cells(self) -> dict[str, list[str]]:
        """The grid cells it touches; none when its days or its times are not known."""
        if not self.weekdays or (self.opens is None and self.closes is None):
            return {}
        segments = _segments(self.opens, self.closes)
        found: dict[str, set[str]] = {}
        for day in self.weekdays:
            index = DAYS.index(day)
            for shift, start, end in segments:
                cell_day = DAYS[(index + shift) % 7]
                for part in PARTS:
                    part_start, part_end = PART_SPANS[part]
                    if start < part_end and end > part_start:
                        found.setdefault(cell_day, set()).add(part)
        return _ordered(found)

    def text(self) -> str:
        """The whole schedule in plain English, exact times and dates included."""
        words = [phrase for phrase in (self._when(), self._hours()) if phrase]
        sentence = ", ".join(words)
        limits = [f"from {self.valid_from}" if self.valid_from else "",
                  f"until {self.valid_to or self.until}" if self.valid_to or self.until else "",
                  f"{self.count} times" if self.count else ""]
        limits_text = " ".join(part for part in limits if part)
        if limits_text:
            sentence = f"{sentence} ({limits_text})" if sentence else limits_text
        if sentence:
            sentence = sentence[0].upper() + sentence[1:]
        if self.description:
            sentence = f"{sentence}. {self.description}" if sentence else self.description
        return sentence

    def _when(self) -> str:
        parts: list[str] = []
        if self.days:
            names = _join([DAY_NAMES[DAYS.index(day)] for day in self.days])
            parts.append(f"every {self.interval} weeks on {names}" if self.interval > 1
                         else f"every {names}")
        if self.ordinals:
            names = _join([f"the {_ORDINAL_WORDS[n]} {DAY_NAMES[DAYS.index(day)]}"
                           for n, day in self.ordinals])
            parts.append(f"{names} of {self._months()}")
        if self.month_days:
            days_text = _join([str(n) if n > 0 else f"{-n} from the end" for n in
                               self.month_days])
            parts.append(f"on day {days_text} of {self._months()}")
        return "; ".join(parts)

    def _months(self) -> str:
        return f"every {self.interval} months" if self.interval > 1 else "each month"

    def _hours(self) -> str:
        if self.opens is not None and self.closes is not None:
            return f"{_clock(self.opens)}–{_clock(self.closes)}"
        if self.opens is not None:
            return f"from {_clock(self.opens)}"
        if self.closes is not None:
            return f"until {_clock(self.closes)}"
        return ""


def _segments(opens: int | None, closes: int | None) -> list[tuple[int, int, int]]:
    # (day shift, start, end): a session past midnight goes on into the next day's morning.
    if opens is None:
        assert closes is not None
        return [(0, max(closes - 1, 0), max(closes, 1))]
    if closes is None or closes == opens:
        return [(0, opens, opens + 1)]
    if closes > opens:
        return [(0, opens, closes)]
    return [(0, opens, 24 * 60), (1, 0, closes)]


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def grid(schedules: Iterable[Schedule]) -> dict[str, list[str]]:
    """The union of the schedules' cells, in week and day order (as check_availability
    leaves an offer's)."""
    found: dict[str, set[str]] = {}
    for schedule in schedules:
        for day, parts in schedule.grid.items():
            found.setdefault(day, set()).update(parts)
    return _ordered(found)


def _ordered(found: Mapping[str, set[str]]) -> dict[str, list[str]]:
    return {day: [part for part in PARTS if part in found[day]] for day in DAYS
            if found.get(day)}


def _text(values: Mapping[str, object], name: str) -> str:
    value = values.get(name)
    return "" if value is None else str(value).strip()


def read_schedule(values: Mapping[str, object], fail: Fail) -> Schedule:
    """A schedule from one row or JSON object, or `fail(column, problem)` raised for the first
    value HSDS does not allow."""
    freq = _text(values, "freq").upper()
    if freq and freq not in FREQUENCIES:
        raise fail("freq", f"{quote(freq)} is not a frequency HSDS allows; use WEEKLY or "
                   "MONTHLY.")
    days: list[str] = []
    weekday = _text(values, "weekday")
    if weekday:
        days.append(_weekday(weekday, fail))
    ordinals: list[tuple[int, str]] = []
    for token in _list(_text(values, "byday")):
        match = _BYDAY.match(token.upper())
        if not match or match.group(2) not in DAY_CODES:
            raise fail("byday", f"{quote(token)} is not a day; use MO, TU, WE, TH, FR, SA or "
                       "SU, separated by commas.")
        day = DAYS[DAY_CODES.index(match.group(2))]
        if match.group(1) is None:
            if day not in days:
                days.append(day)
            continue
        number = int(match.group(1))
        if freq != "MONTHLY":
            raise fail("byday", f"{quote(token)} picks one week of the month, which HSDS "
                       "allows only when freq is MONTHLY.")
        if number not in _ORDINAL_WORDS:
            raise fail("byday", f"{quote(token)} asks for week {number} of a month; use 1 to "
                       "5, or -1 to -5 counting from the end.")
        ordinals.append((number, day))
    month_days = tuple(_month_day(token, fail) for token in _list(_text(values, "bymonthday")))
    if month_days and freq != "MONTHLY":
        raise fail("bymonthday", "days of the month are allowed only when freq is MONTHLY.")
    schedule = Schedule(
        days=tuple(day for day in DAYS if day in days), ordinals=tuple(ordinals),
        month_days=month_days, opens=_time(values, "opens_at", fail),
        closes=_time(values, "closes_at", fail), freq=freq,
        interval=_whole(values, "interval", fail) or 1,
        valid_from=_date(values, "valid_from", fail), valid_to=_date(values, "valid_to", fail),
        until=_date(values, "until", fail), count=_whole(values, "count", fail),
        description=" ".join(part for part in (_text(values, "description"),
                                               _text(values, "notes")) if part))
    _date(values, "dtstart", fail)
    if schedule.valid_from and schedule.valid_to and schedule.valid_to < schedule.valid_from:
        raise fail("valid_to", "the schedule ends before it starts (valid_to is earlier than "
                   "valid_from).")
    return schedule


def read_holiday(values: Mapping[str, object], fail: Fail) -> str:
    """An HSDS 1.1 holiday_schedule entry, as text: the grid has no place for dates."""
    closed = _text(values, "closed").lower()
    if closed not in _TRUE | _FALSE:
        raise fail("closed", f"{quote(closed)} is not true or false.")
    start, end = _date(values, "start_date", fail), _date(values, "end_date", fail)
    if start and end and end < start:
        raise fail("end_date", "the holiday ends before it starts (end_date is earlier than "
                   "start_date).")
    span = f"{start} to {end}" if start and end and start != end else start or end
    if closed in _TRUE:
        return f"Closed {span}" if span else "Closed on holidays"
    hours = Schedule(opens=_time(values, "opens_at", fail),
                     closes=_time(values, "closes_at", fail))._hours()
    return " ".join(part for part in ("Holiday opening", span, hours) if part)


def _list(value: str) -> list[str]:
    return [token.strip() for token in value.split(",") if token.strip()]


def _weekday(value: str, fail: Fail) -> str:
    if value.isdigit() and 1 <= int(value) <= 7:
        return DAYS[int(value) - 1]
    for index, name in enumerate(DAY_NAMES):
        if len(value) >= 2 and name.lower().startswith(value.lower()[:3]):
            return DAYS[index]
    raise fail("weekday", f"{quote(value)} is not a day; use 1 (Monday) to 7 (Sunday) or the "
               "day's name.")


def _month_day(value: str, fail: Fail) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= abs(number) <= 31:
        raise fail("bymonthday", f"{quote(value)} is not a day of the month; use 1 to 31, or "
                   "-1 to -31 counting from the end.")
    return number


def _time(values: Mapping[str, object], column: str, fail: Fail) -> int | None:
    value = _text(values, column)
    if not value:
        return None
    match = _TIME.match(value)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if (hours < 24 and minutes < 60) or (hours == 24 and minutes == 0):
            return hours * 60 + minutes
    raise fail(column, f"{quote(value)} is not a time; use the 24-hour form 09:30.")


def _date(values: Mapping[str, object], column: str, fail: Fail) -> str:
    value = _text(values, column)
    if not value:
        return ""
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise fail(column, f"{quote(value)} is not a date; use the form 2026-03-31.") from None


def _whole(values: Mapping[str, object], column: str, fail: Fail) -> int | None:
    value = _text(values, column)
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if number < 1 or number != int(number):
        raise fail(column, f"{quote(value)} is not a whole number of 1 or more.")
    return int(number)
