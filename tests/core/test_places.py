"""Postcode districts: outward codes, the bundled centroids, and distances between them."""

from pathlib import Path

from hypothesis import given, strategies as st
import pytest

from desktop.core.demo_seeds import load_seeds
from desktop.core.errors import ResourceError
from desktop.core.places import (
    ATTRIBUTION,
    MILES,
    SAME_AREA,
    SAME_DISTRICT,
    UNKNOWN,
    haversine_miles,
    load_places,
    outward_code,
    postcode_area,
)
from desktop.core.resources import resources_dir

PLACES = load_places()
DISTRICTS = sorted(PLACES.centroids)


@pytest.mark.parametrize(("text", "district"), [
    ("LS6 1AB", "LS6"), ("ls6 1ab", "LS6"), ("LS61AB", "LS6"), (" sw1a 1aa ", "SW1A"),
    ("M1 1AE", "M1"), ("B33 8TH", "B33"), ("CR2 6XH", "CR2"), ("DN55 1PT", "DN55"),
    ("LS6", "LS6"), ("ec1a", "EC1A"), ("", ""), ("hello", ""), ("12345", ""), ("LS6 1A", ""),
])
def test_the_outward_code_of_a_postcode(text, district):
    assert outward_code(text) == district


def test_the_area_is_the_letters():
    assert postcode_area("LS6") == "LS"
    assert postcode_area("M1") == "M"
    assert postcode_area("SW1A") == "SW"
    assert postcode_area("nonsense") == ""


def test_the_bundled_table_covers_great_britain():
    assert len(PLACES) > 2800
    for district in ("LS6", "SW1A", "M1", "CF10", "EH1", "AB10", "ZE1", "TR21"):
        assert district in PLACES
    assert "BT1" not in PLACES  # Northern Ireland is not in Code-Point Open
    for lat, lon in PLACES.centroids.values():
        assert 49.8 < lat < 60.9 and -8.7 < lon < 1.8


def test_every_district_the_demo_uses_has_a_centroid():
    for district in load_seeds().postcode_districts:
        assert district in PLACES


def test_distances_are_what_a_map_says():
    assert haversine_miles(53.7997, -1.5492, 51.5074, -0.1278) == pytest.approx(169.4, abs=0.5)
    assert PLACES.miles("LS1", "LS2") == pytest.approx(0.4, abs=0.15)  # city centre
    assert PLACES.miles("LS4", "LS6") == pytest.approx(0.9, abs=0.2)  # Kirkstall, Headingley
    assert PLACES.miles("LS1", "LS29") == pytest.approx(14, abs=1.5)  # Leeds to Ilkley
    assert PLACES.miles("LS6", "BT7") is None


def test_proximity_says_only_what_it_knows():
    assert PLACES.proximity("LS6", "LS6").kind == SAME_DISTRICT
    assert PLACES.proximity("LS6", "LS6").where == "LS6"
    near = PLACES.proximity("LS6", "LS4")
    assert near.kind == MILES and near.miles == pytest.approx(0.9, abs=0.2)
    # No centroids for Northern Ireland: same district and same area still hold, no numbers.
    assert PLACES.proximity("BT7", "BT7").kind == SAME_DISTRICT
    assert PLACES.proximity("BT7", "BT7").miles is None
    assert PLACES.proximity("BT1", "BT7").kind == SAME_AREA
    assert PLACES.proximity("BT1", "BT7").where == "BT"
    assert PLACES.proximity("BT1", "LS6").kind == UNKNOWN
    assert PLACES.proximity("", "LS6").kind == UNKNOWN
    assert PLACES.proximity("LS6", "").kind == UNKNOWN


@given(st.sampled_from(DISTRICTS), st.sampled_from(DISTRICTS), st.sampled_from(DISTRICTS))
def test_distances_are_symmetric_and_obey_the_triangle(a, b, c):
    ab, ba = PLACES.miles(a, b), PLACES.miles(b, a)
    assert ab == pytest.approx(ba) and ab >= 0
    assert PLACES.miles(a, a) == 0
    assert ab <= PLACES.miles(a, c) + PLACES.miles(c, b) + 1e-9
    assert PLACES.proximity(a, b).kind == PLACES.proximity(b, a).kind


def test_the_readme_gives_the_source_licence_and_attribution():
    readme = (resources_dir() / "places" / "README.md").read_text(encoding="utf-8")
    assert "Code-Point Open" in readme and "Open Government Licence v3.0" in readme
    for sentence in ATTRIBUTION.split(". ")[:3]:
        assert sentence.strip(".") in readme


@pytest.mark.parametrize(("content", "problem"), [
    ("nope\n", "header"),
    ("district,latitude,longitude\n6LS,53.8,-1.5\n", "line 2"),
    ("district,latitude,longitude\nLS6,north,-1.5\n", "not a number"),
    ("district,latitude,longitude\nLS6,40.0,-1.5\n", "outside the United Kingdom"),
])
def test_a_broken_table_names_the_problem(tmp_path: Path, content, problem):
    path = tmp_path / "districts.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match=problem):
        load_places(path)


def test_a_missing_table_says_so(tmp_path: Path):
    with pytest.raises(ResourceError, match="missing"):
        load_places(tmp_path / "nowhere.csv")
