"""Car parks: a name of their own is labelled whole, a town's car park is the town, a generic one is no place."""
import pytest

from nlp import extract


def places(text: str) -> list[str]:
    return [value.lower() for value in extract(text).locations]


@pytest.mark.parametrize("text, expected", [
    ("someone keyed my car on the roof level of the wellgate car park in forfar", ["wellgate car park", "forfar"]),
    ("lad being sick on the stairs of union street car park, think hes taken something", ["union street car park"]),
])
def test_named_car_park_is_whole(text, expected):
    assert places(text) == expected


def test_town_car_park_is_the_town():
    assert places("my bike was nicked from saxmundham car park this morning") == ["saxmundham"]


@pytest.mark.parametrize("text", [
    "kids throwing stones at cars in the seafront car park in brora",
    "boy racers round the harbour car park in portsoy every night",
])
def test_generic_car_park_is_no_place(text):
    assert all("car park" not in value for value in places(text))


def test_shop_car_park_stays_the_shop():
    assert places("dog left in a hot car in the tesco car park in ripon") == ["tesco", "ripon"]
