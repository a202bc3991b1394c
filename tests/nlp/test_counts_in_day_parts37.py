"""Stop 37 round 2: a count of times before "tonight", "yesterday" or a day part belongs to the time, with its hedge
("4 times tonight", "twice yesterday", "like 30 times tonight"; ANNOTATION.md: a count of times belongs to the time;
nlp/time_counts.py). A count of things ("3 lads today") stays out. Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("the alarm next door has gone off 5 times tonight and nobodys home", ["5 times tonight"]),
    ("that car has been past the school 3 times today, slow, lookin at the kids", ["3 times today"]),
    ("hes rang me 20 times today from a withheld number", ["20 times today"]),
    ("the same lads tried the back door twice tonight", ["twice tonight"]),
    ("thats the 4th time today the van has parked across my drive", ["4th time today"]),
    ("they've been round 3 times this afternoon askin for him", ["3 times this afternoon"]),
    ("my car got clipped twice yesterday in the same car park", ["twice yesterday"]),
    ("a drone over the gardens 6 times this evening", ["6 times this evening"]),
    ("hes texted me like 30 times tonight sayin hes comin round", ["like 30 times tonight"]),
    ("been sick 3 times today, is that food poisoning from the takeaway", ["3 times today"]),
    ("i have 2 kids and 3 dogs, tonight they barked at a man in the garden", ["tonight"]),
    ("3 lads today tried to sell me a bike", ["today"]),
])
def test_a_count_of_times_joins_its_day_part(text, expected):
    assert sorted(v.lower() for v in extract(text).times) == sorted(v.lower() for v in expected)
