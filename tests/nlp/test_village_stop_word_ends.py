"""A lower-case village's name ends before a stop word, even one the gazetteer lists as a village ("Over")."""
import pytest

import nlp


@pytest.mark.parametrize("text, village", [
    ("someone nicked the quad from our barn in thrumpleton over the weekend, blue honda", "thrumpleton"),
    ("lads doing doughnuts on the green at wexcombe over and over every night", "wexcombe"),
])
def test_village_stops_before_over(text, village):
    locations = [value.lower() for value in nlp.extract(text).locations]
    assert village in locations and not any(value.endswith(" over") for value in locations)
