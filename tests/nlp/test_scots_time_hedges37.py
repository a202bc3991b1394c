"""Stop 37 round 2: the Scots "aboot" and "aroond" hedge a time as "about" and "around" do ("aboot 2am", "this mornin
aboot 7", "aboot half hour ago"; ANNOTATION.md: keep hedges). times.py reads them in its hedge lists; "aboot 10 of
them" counts people and stays calm. Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("seen a lad tryin car doors aboot 2am on the main st", ["aboot 2am"]),
    ("aboot 20 mins ago a motor went through the fence at the park", ["aboot 20 mins ago"]),
    ("aboot an hour ago twa boys broke the windae at the chippy", ["aboot an hour ago"]),
    ("they were back at the garages this mornin aboot 6", ["this mornin aboot 6"]),
    ("every nicht aboot 10 the dirt bikes start up on the brae", ["every nicht aboot 10"]),
    ("aboot half hour ago my bag was snatched on union st", ["aboot half hour ago"]),
    ("heard shots ower the hill aboot 3 o'clock", ["aboot 3 o'clock"]),
    ("the van came roon aroond 11pm and took the quad", ["aroond 11pm"]),
    ("last nicht aboot 1 someone tried the back door", ["last nicht aboot 1"]),
    ("aboot midnight a car was set alight in the lane", ["aboot midnight"]),
])
def test_a_scots_hedge_stays_with_its_time(text, expected):
    assert sorted(v.lower() for v in extract(text).times) == sorted(v.lower() for v in expected)


@pytest.mark.parametrize("text", [
    "there were aboot 10 of them at the bus stop shoutin",
    "whit was that aboot, a polis car flew past",
    "aboot 5 lads on bikes kickin the fence",
])
def test_near_misses_stay_calm_a_scots_hedge_stays_with_its_time(text):
    assert not extract(text).times
