"""A stretch up to now is a time, whole with its "for", "in", "over" or "during": "for the last hour", "in the last
hour", "over the past few nights", "the last 3 evenings" (nlp/time_shapes.py RECENT_RE). Variants written for stop 39,
not copied from dev."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("helicopter been circling over the estate for the last hour", ["for the last hour"]),
    ("3 cars pulled up at the house in the last hour", ["in the last hour"]),
    ("a man has been sat in a van outside for the past 2 hours", ["for the past 2 hours"]),
    ("someones been trying car doors on our street over the past few nights", ["over the past few nights"]),
    ("the dog next door has been howling for the last couple of days", ["for the last couple of days"]),
    ("hes been following her home from work for the past fortnight", ["for the past fortnight"]),
    ("lads on quads tearing up the field for the last 3 weekends", ["for the last 3 weekends"]),
    ("been getting silent calls off a withheld number during the past week", ["during the past week"]),
    ("a drone has hovered over my garden the last 3 evenings", ["the last 3 evenings"]),
    ("same white van parked up on the verge for the last week", ["for the last week"]),
    ("the last time i saw him he had a knife", []),
    ("he lives in the last house on the left past the pub", []),
    ("he tailgated me for the last 3 miles", []),
    ("i spent the last of my money on the taxi", []),
])
def test_recent_stretches(text, expected):
    assert extract(text).times == expected
