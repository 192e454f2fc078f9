"""Sheet geometry: validated specs in mm, cells in reading order, crop marks on the cuts."""

import pytest

from desktop.cards.sheet import SHEETS, SheetSpec, cells, crop_marks


def _inside(spec, x, y):
    return (-1e-9 <= x and x + spec.card_w_mm <= spec.page_w_mm + 1e-9
            and -1e-9 <= y and y + spec.card_h_mm <= spec.page_h_mm + 1e-9)


def test_a6_is_one_card_filling_its_page():
    assert cells(SHEETS["a6"]) == [(0.0, 0.0)]
    assert not SHEETS["a6"].crop_marks and crop_marks(SHEETS["a6"]) == []


def test_four_a6_on_a4_in_reading_order():
    spec = SHEETS["a6x4"]
    (x1, y1), (x2, y2), (x3, y3), (x4, y4) = cells(spec)
    assert (spec.page_w_mm, spec.page_h_mm) == (210, 297)
    assert x1 == x3 == 0 and x2 == x4 == 105
    assert y1 == y2 > y3 == y4 and y1 - y3 == 148
    assert all(_inside(spec, x, y) for x, y in cells(spec))


def test_ten_credit_cards_fit_a4_without_overlapping():
    spec = SHEETS["credit-card-x10"]
    places = cells(spec)
    assert len(places) == 10 and (spec.card_w_mm, spec.card_h_mm) == (85.6, 54)
    assert all(_inside(spec, x, y) for x, y in places)
    for i, (xa, ya) in enumerate(places):
        for xb, yb in places[i + 1:]:
            apart_x = abs(xa - xb) >= spec.card_w_mm + spec.gutter_mm - 1e-9
            apart_y = abs(ya - yb) >= spec.card_h_mm + spec.gutter_mm - 1e-9
            assert apart_x or apart_y
    # reading order: along the top row first, then downwards
    assert places[0][1] == places[1][1] > places[2][1] and places[0][0] < places[1][0]
    assert min(x for x, _ in places) >= spec.margin_mm


@pytest.mark.parametrize("name", ["a6x4", "credit-card-x10"])
def test_crop_marks_lie_on_cut_lines_and_on_the_page(name):
    spec = SHEETS[name]
    cut_x = {round(v, 6) for x, _ in cells(spec) for v in (x, x + spec.card_w_mm)}
    cut_y = {round(v, 6) for _, y in cells(spec) for v in (y, y + spec.card_h_mm)}
    marks = crop_marks(spec)
    assert marks
    for x1, y1, x2, y2 in marks:
        assert 0 <= min(x1, x2) and max(x1, x2) <= spec.page_w_mm
        assert 0 <= min(y1, y2) and max(y1, y2) <= spec.page_h_mm
        if x1 == x2:
            assert round(x1, 6) in cut_x
        else:
            assert y1 == y2 and round(y1, 6) in cut_y


@pytest.mark.parametrize(("changes", "words"), [
    ({"columns": 3}, "only 210 mm wide"),
    ({"rows": 3}, "only 297 mm high"),
    ({"margin_mm": 1}, "only 210 mm wide"),
    ({"card_w_mm": 0}, "card width must be more than 0 mm"),
    ({"page_h_mm": -5}, "page height must be more than 0 mm"),
    ({"columns": 0}, "at least one column and one row"),
    ({"gutter_mm": -1}, "cannot be negative"),
])
def test_a_sheet_that_cannot_work_is_refused_in_plain_words(changes, words):
    values = {"name": "test", "page_w_mm": 210, "page_h_mm": 297, "card_w_mm": 105,
              "card_h_mm": 148, "columns": 2, "rows": 2, "gutter_mm": 0, "margin_mm": 0,
              "crop_marks": True}
    SheetSpec(**values)  # the unchanged spec is fine
    with pytest.raises(ValueError, match=words):
        SheetSpec(**{**values, **changes})
