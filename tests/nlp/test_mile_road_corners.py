"""Detroit's numbered mile roads make corners ("8 mile and gratiot", "van dyke & 12 mile"); a distance in miles
joined by "and" is no corner."""
import pytest

import nlp


@pytest.mark.parametrize("text, corner", [
    ("car jacking at 8 mile and gratiot last night, black charger", "8 mile and gratiot"),
    ("guy with a gun waving it at cars at dequindre and 7 mile, right now", "dequindre and 7 mile"),
])
def test_mile_road_corner(text, corner):
    assert corner in [value.lower() for value in nlp.extract(text).locations]


@pytest.mark.parametrize("text", [
    "he followed me for 3 mile and then turned off",
    "we walked 2 mile and got lost in the dark",
])
def test_distance_is_no_corner(text):
    assert nlp.extract(text).locations == []
