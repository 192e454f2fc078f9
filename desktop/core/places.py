"""Where people are, as much as matching needs: postcode districts and the distance between them.

A UK postcode's outward code ("LS6" of "LS6 1AB") names its district. The bundled table
`resources/places/districts.csv` gives each district in Great Britain a centroid, made from
Ordnance Survey's Code-Point Open (Open Government Licence; `ATTRIBUTION` says how to credit it,
and `resources/places/README.md` how it was made). Distances are between district centroids,
so they are said loosely ("about 2 miles apart"): they tell a linker whether a bus ride is
likely, not an address.

Where the table has no centroid (Northern Ireland's BT districts are not in Code-Point Open, a
district new since the table was made, a mistyped postcode) nothing is invented: the same
district still reads "both in LS6", the same postcode area "both in the LS area", and
otherwise no distance is given at all.
"""

from collections.abc import Mapping
import csv
from dataclasses import dataclass
from functools import lru_cache
import math
from pathlib import Path
import re

from desktop.core.resources import Checker, resources_dir

WHAT = "postcode districts"
ATTRIBUTION = (
    "Contains OS data © Crown copyright and database right 2025. "
    "Contains Royal Mail data © Royal Mail copyright and database right 2025. "
    "Contains National Statistics data © Crown copyright and database right 2025. "
    "Licensed under the Open Government Licence v3.0."
)
EARTH_RADIUS_MILES = 3958.8  # the mean radius; the Earth's flattening matters less than a mile

# An outward code: area letters, a district number, and in central London a letter (SW1A).
_OUTWARD = re.compile(r"^([A-Z]{1,2})([0-9][0-9A-Z]?)$")
# A full postcode: the outward code, then the inward code of a digit and two letters.
_FULL = re.compile(r"^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$")

# How a pair of places relate, from nearest to least known.
SAME_DISTRICT, MILES, SAME_AREA, UNKNOWN = "same-district", "miles", "same-area", "unknown"


@lru_cache(maxsize=8192)
def outward_code(postcode: str) -> str:
    """The district of a postcode ("ls6 1ab" -> "LS6"); a bare outward code is returned as it
    is; "" when the text is not a UK postcode."""
    text = re.sub(r"\s+", "", postcode or "").upper()
    full = _FULL.match(text)
    if full:
        return full.group(1)
    return text if _OUTWARD.match(text) else ""


def postcode_area(district: str) -> str:
    """The letters of a district ("LS6" -> "LS"), or "" for something that is not one."""
    match = _OUTWARD.match(district)
    return match.group(1) if match else ""


def haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class Proximity:
    """How two places relate. `miles` is set only for MILES (and 0.0 within one district when
    its centroid is known); `where` is the shared district or area for the words."""

    kind: str
    miles: float | None = None
    where: str = ""


NO_PROXIMITY = Proximity(UNKNOWN)


@dataclass(frozen=True)
class Places:
    """District centroids, keyed by outward code."""

    centroids: Mapping[str, tuple[float, float]]

    def __contains__(self, district: object) -> bool:
        return district in self.centroids

    def __len__(self) -> int:
        return len(self.centroids)

    def miles(self, a: str, b: str) -> float | None:
        """Miles between two districts' centroids, or None if either is not in the table."""
        first, second = self.centroids.get(a), self.centroids.get(b)
        if first is None or second is None:
            return None
        return haversine_miles(*first, *second)

    def proximity(self, a: str, b: str) -> Proximity:
        """How districts `a` and `b` relate (outward codes, as `outward_code` gives them)."""
        if not a or not b:
            return NO_PROXIMITY
        if a == b:
            return Proximity(SAME_DISTRICT, 0.0 if a in self.centroids else None, a)
        miles = self.miles(a, b)
        if miles is not None:
            return Proximity(MILES, miles)
        area = postcode_area(a)
        if area and area == postcode_area(b):
            return Proximity(SAME_AREA, None, area)
        return NO_PROXIMITY


def default_places_path() -> Path:
    return resources_dir() / "places" / "districts.csv"


def load_places(path: Path | str | None = None) -> Places:
    """Read the districts table; a missing or malformed file raises `ResourceError`."""
    path = Path(path) if path is not None else default_places_path()
    if path == default_places_path():
        return _default_places()
    return _read(path)


@lru_cache(maxsize=1)
def _default_places() -> Places:
    # 2,900 rows, read once per process: every matcher shares the same table.
    return _read(default_places_path())


def _read(path: Path) -> Places:
    check = Checker(path, WHAT)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    except FileNotFoundError:
        raise check.fail("the file", "is missing. Reinstall Offerbook.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise check.fail("the file", f"could not be read ({exc}).") from None
    if not rows or rows[0][:3] != ["district", "latitude", "longitude"]:
        raise check.fail("the first line", "should be the header district,latitude,longitude.")
    centroids: dict[str, tuple[float, float]] = {}
    for number, row in enumerate(rows[1:], 2):
        where = f"line {number}"
        if len(row) < 3 or not _OUTWARD.match(row[0]):
            raise check.fail(where, "should start with an outward code such as LS6.")
        try:
            lat, lon = float(row[1]), float(row[2])
        except ValueError:
            raise check.fail(where, "has a latitude or longitude that is not a number.") from None
        if not (49.0 <= lat <= 61.5 and -9.0 <= lon <= 2.5):
            raise check.fail(where, "has a position outside the United Kingdom.")
        centroids[row[0]] = (lat, lon)
    return Places(centroids)
