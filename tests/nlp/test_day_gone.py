"""A day with "gone" or "just gone" after it keeps it: "saturday gone", "friday just gone", "the weekend gone"
(ANNOTATION.md stop 36; nlp/day_gone.py). Variants written for stop 39, not copied from dev."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("lads throwing fireworks at the bus stop saturday gone", ["saturday gone"]),
    ("my shed was broke into sunday gone", ["sunday gone"]),
    ("someone keyed my car on friday gone outside the co-op", ["friday gone"]),
    ("the fight outside the pub was tuesday just gone", ["tuesday just gone"]),
    ("there was a break in at the farm the weekend gone", ["the weekend gone"]),
    ("monday gone a man tried the back door", ["monday gone"]),
    ("since thursday gone hes been parking across my drive", ["since thursday gone"]),
    ("my bike was nicked from the station wednesday gone, a red one", ["wednesday gone"]),
    ("the van on saturday had gone by the time the police came", ["saturday"]),
    ("by sunday the dog had gone from the yard", ["by sunday"]),
])
def test_day_gone(text, expected):
    assert extract(text).times == expected
