"""A "now" that closes a count, an age, a duration or a state places nothing (nlp/now_states.py; ANNOTATION.md
"Times": a "now" that only describes a state is not a time, a bare count with no period is not a time, ages and
durations without "for" are not times). Invented variants of the kind, written before the rule."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, expected", [
    ("a white van has blocked my drive 3 times this week now, reg unknown", ["3 times this week"]),
    ("lad keeps throwing eggs at my window, twice this month now, lives at no 8", ["twice this month"]),
    ("someone has cut the padlock on the allotment gate 4 times now", []),
    ("car alarm going off 5 nights now on brook st, nobody comes out", []),
    ("scooter kids been doing wheelies outside the spar 6 evenins now", []),
    ("my stepdad hit me when i was little, im 30 now, can i still report it", []),
    ("drunk fella fell in the canal by the lock, been under 3 min now", []),
    ("my nan fell in the kitchen earlier but shes grand now, just bruised", ["earlier"]),
    ("power cut on elm road and its pitch dark now, alarms going off everywhere", []),
    ("the lad who was on the bridge railing is getting help now, thanks to the officers", []),
    ("my son is 15 now and his dad keeps turning up at the school gates", []),
    ("the bins have been set alight 3 times now since easter behind the co-op", ["since easter"]),
])
def test_now_after_a_count_or_state_is_no_time(text, expected):
    assert nlp.extract(text).times == expected


@pytest.mark.parametrize("text, expected", [
    ("theres a man with a knife trying car doors on elm st now", ["now"]),
    ("hes kicking my front door in right now, 4 oak close", ["right now"]),
    ("someones smashing up the bus shelter on kent rd now, lad in a red hoodie", ["now"]),
    ("been parked outside for 3 weeks, grey corsa", ["for 3 weeks"]),
    ("4th time this year someone has nicked the lead off the church roof", ["4th time this year"]),
    ("fire in the bins behind the chippy now and its spreading to the fence", ["now"]),
    ("a woman is screaming for help now at number 8, i can hear glass going", ["now"]),
    ("grey jeep been following me since the services, im on the a66 now headed west", ["now"]),
    ("hes right behind me on route 52 now flashing his lights", ["now"]),
])
def test_now_placing_the_event_stays(text, expected):
    assert nlp.extract(text).times == expected
