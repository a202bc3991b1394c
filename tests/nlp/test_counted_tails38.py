"""A place span run on into a count and what was counted ("seamill 4 days"): counted_tails.py cuts it back to the
name. Variants invented for stop 38 (UK villages of our own choosing, lower case); near misses are numbered roads."""
import pytest

from nlp.pipeline import extract


def places(text):
    return sorted(value.lower() for value in extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("silver golf parked at the slipway in portsoy 4 days, nobody near it", ["portsoy"]),
    ("a white van has sat in the layby at ballater 2 weeks now", ["ballater"]),
    ("caravan dumped on the verge outside staithes 5 nights running", ["staithes"]),
    ("black bmw parked up in the square at mountsorrel 3 days, no tax", ["mountsorrel"]),
    ("a boat has been tied up at the quay in porthleven 6 weeks, nobody on it", ["porthleven"]),
    ("trailer left in the lane at hinderclay 10 days now", ["hinderclay"]),
    ("a car abandoned at the beach car park in dornoch 2 days", ["dornoch"]),
    ("theres been a tent at the end of the pier at saltburn 3 nights", ["saltburn"]),
])
def test_a_count_after_a_village_is_cut_off(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("fight outside the shops on route 66 tonight, 2 lads", ["route 66"]),
    ("lorry jackknifed on the m6 at junction 14, 3 cars stuck", ["m6"]),
])
def test_a_numbered_road_keeps_its_number(text, expected):
    assert places(text) == expected
