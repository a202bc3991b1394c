"""A Midwest grid county road keeps its direction ("county road 500 e"); a short county road number does not
take a following "n" ("county road 12 n ..." may be "and")."""
import pytest

import nlp


@pytest.mark.parametrize("text, road", [
    ("somebody dumped a trailer full of tires on county road 500 e outside kokomo", "county road 500 e"),
    ("truck in the ditch on County Rd 2100 N, driver walking around dazed", "county rd 2100 n"),
])
def test_grid_direction_kept(text, road):
    assert road in [value.lower() for value in nlp.extract(text).locations]


def test_short_county_road_leaves_n():
    locations = [value.lower() for value in nlp.extract("dumped trash on county road 12 n behind the barn").locations]
    assert "county road 12" in locations and "county road 12 n" not in locations
