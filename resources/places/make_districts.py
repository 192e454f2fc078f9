"""Rebuild districts.csv from an OS Code-Point Open release (see README.md in this folder).

    python resources/places/make_districts.py path/to/codepo_gb.zip

Each postcode district's centroid is the mean National Grid position of its postcode units
(units Code-Point Open gives no position for, quality 90, are left out), so it leans towards
where the addresses are, not towards the middle of the map. The mean is converted from OSGB36
eastings and northings to WGS84 latitude and longitude with the Ordnance Survey's published
transverse Mercator and Helmert formulas (a few metres out at most, far below what "about a
mile" needs), and rounded to 4 decimal places (about 10 m).
"""

import csv
import io
import math
from pathlib import Path
import sys
import zipfile

HERE = Path(__file__).resolve().parent
NO_POSITION = "90"  # Code-Point Open's positional quality for "no coordinates"

# Airy 1830 ellipsoid and the National Grid's true origin (OS, "A guide to coordinate systems
# in Great Britain", annexes B and C).
_A, _B, _F0 = 6377563.396, 6356256.909, 0.9996012717
_LAT0, _LON0, _N0, _E0 = math.radians(49), math.radians(-2), -100_000.0, 400_000.0
# OSGB36 -> WGS84 Helmert parameters (the guide's WGS84 -> OSGB36 ones, negated).
_TX, _TY, _TZ, _S = 446.448, -125.157, 542.060, -20.4894e-6
_RX, _RY, _RZ = (math.radians(v / 3600) for v in (0.1502, 0.2470, 0.8421))
_WGS84_A, _WGS84_B = 6378137.000, 6356752.3141


def _meridional_arc(lat: float) -> float:
    n = (_A - _B) / (_A + _B)
    d, s = lat - _LAT0, lat + _LAT0
    return _B * _F0 * ((1 + n + 5 / 4 * n**2 + 5 / 4 * n**3) * d
                       - (3 * n + 3 * n**2 + 21 / 8 * n**3) * math.sin(d) * math.cos(s)
                       + (15 / 8 * n**2 + 15 / 8 * n**3) * math.sin(2 * d) * math.cos(2 * s)
                       - 35 / 24 * n**3 * math.sin(3 * d) * math.cos(3 * s))


def grid_to_osgb36(easting: float, northing: float) -> tuple[float, float]:
    """National Grid metres -> OSGB36 latitude and longitude, in radians."""
    e2 = 1 - _B**2 / _A**2
    lat, m = _LAT0, 0.0
    while abs(northing - _N0 - m) >= 0.00001:
        lat += (northing - _N0 - m) / (_A * _F0)
        m = _meridional_arc(lat)
    sin, cos, tan = math.sin(lat), math.cos(lat), math.tan(lat)
    nu = _A * _F0 / math.sqrt(1 - e2 * sin**2)
    rho = _A * _F0 * (1 - e2) / (1 - e2 * sin**2) ** 1.5
    eta2 = nu / rho - 1
    vii = tan / (2 * rho * nu)
    viii = tan / (24 * rho * nu**3) * (5 + 3 * tan**2 + eta2 - 9 * tan**2 * eta2)
    ix = tan / (720 * rho * nu**5) * (61 + 90 * tan**2 + 45 * tan**4)
    x = 1 / (cos * nu)
    xi = 1 / (cos * 6 * nu**3) * (nu / rho + 2 * tan**2)
    xii = 1 / (cos * 120 * nu**5) * (5 + 28 * tan**2 + 24 * tan**4)
    xiia = 1 / (cos * 5040 * nu**7) * (61 + 662 * tan**2 + 1320 * tan**4 + 720 * tan**6)
    de = easting - _E0
    return (lat - vii * de**2 + viii * de**4 - ix * de**6,
            _LON0 + x * de - xi * de**3 + xii * de**5 - xiia * de**7)


def osgb36_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """OSGB36 -> WGS84 through cartesian coordinates and a Helmert transform; degrees out."""
    e2 = 1 - _B**2 / _A**2
    nu = _A / math.sqrt(1 - e2 * math.sin(lat) ** 2)
    x = nu * math.cos(lat) * math.cos(lon)
    y = nu * math.cos(lat) * math.sin(lon)
    z = (1 - e2) * nu * math.sin(lat)
    s1 = 1 + _S
    x2 = _TX + s1 * x - _RZ * y + _RY * z
    y2 = _TY + _RZ * x + s1 * y - _RX * z
    z2 = _TZ - _RY * x + _RX * y + s1 * z
    e2w = 1 - _WGS84_B**2 / _WGS84_A**2
    p = math.hypot(x2, y2)
    lat2 = math.atan2(z2, p * (1 - e2w))
    for _ in range(10):
        nu2 = _WGS84_A / math.sqrt(1 - e2w * math.sin(lat2) ** 2)
        lat2 = math.atan2(z2 + e2w * nu2 * math.sin(lat2), p)
    return math.degrees(lat2), math.degrees(math.atan2(y2, x2))


def centroids(archive: Path) -> dict[str, tuple[float, float, int]]:
    """Outward code -> (mean easting, mean northing, postcode units) from a Code-Point zip."""
    sums: dict[str, list[float]] = {}
    with zipfile.ZipFile(archive) as zf:
        for name in sorted(zf.namelist()):
            if not (name.startswith("Data/CSV/") and name.endswith(".csv")):
                continue
            with zf.open(name) as raw:
                for row in csv.reader(io.TextIOWrapper(raw, encoding="utf-8")):
                    postcode, quality, easting, northing = row[:4]
                    if quality == NO_POSITION:
                        continue
                    district = postcode[:-3].strip().upper()
                    total = sums.setdefault(district, [0.0, 0.0, 0])
                    total[0] += float(easting)
                    total[1] += float(northing)
                    total[2] += 1
    return {d: (e / n, no / n, int(n)) for d, (e, no, n) in sums.items()}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write(__doc__ or "")
        return 2
    rows = []
    for district, (easting, northing, units) in sorted(centroids(Path(argv[1])).items()):
        lat, lon = osgb36_to_wgs84(*grid_to_osgb36(easting, northing))
        rows.append((district, f"{lat:.4f}", f"{lon:.4f}", units))
    with (HERE / "districts.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("district", "latitude", "longitude", "postcodes"))
        writer.writerows(rows)
    sys.stderr.write(f"wrote {len(rows)} districts\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
