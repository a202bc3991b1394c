"""An "earlier" that only points back to the texter's own message, report or call is no time (ANNOTATION.md
"Times", decided at stop 38): nlp/own_message_earlier.py. Variants written for stop 39, not copied from dev."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("ignore my earlier text, the dog came home", []),
    ("re my earlier message about the van, reg was KX19 ABC", []),
    ("its the fella from earlier again, hes back at the door", []),
    ("update on my call earlier, the lad turned up at his nans", []),
    ("sorry about the txt earlier, wrong number", []),
    ("hi i rang earlier about the horse on the road, its been caught", []),
    ("following up my report from earlier, case 4471", []),
    ("cancel my earlier msg pls, all sorted", []),
    ("disregard the message i sent earlier", []),
])
def test_own_message_earlier_is_no_time(text, expected):
    assert [t.lower() for t in extract(text).times] == expected


@pytest.mark.parametrize("text, expected", [
    ("someone smashed my car window earlier", ["earlier"]),
    ("saw him earlier today outside the shop", ["earlier today"]),
    ("a man was following my daughter earlier, grey hoodie", ["earlier"]),
    ("i heard gunshots earlier near the park", ["earlier"]),
    ("they came round earlier and took the tv", ["earlier"]),
    ("the guy from earlier today is back with a bat", ["earlier today"]),
    ("the barn fire from earlier is out, nobody hurt", ["earlier"]),
])
def test_event_earlier_stays(text, expected):
    assert [t.lower() for t in extract(text).times] == expected
