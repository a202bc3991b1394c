"""People counts with nouns the count list did not know (stop 37): the plural person_insults ("3 little sods", "2 chavs",
"4 hoodlums") and regional plurals ("5 geezers", "2 bruvs") after a number are counts (nlp/people_patterns.counted_nouns,
nlp/data/en/people.json). Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp

COUNTS = [
    ("4 fellas in a silver van took the lead off the church roof", ["4 fellas"]),
    ("3 little sods keep throwin eggs at my windows", ["3 little sods"]),
    ("5 geezers hangin round the cashpoint all night", ["5 geezers"]),
    ("three scallies on bikes robbed the offie", ["three scallies"]),
    ("4 hoodlums smashed the bus shelter", ["4 hoodlums"]),
    ("2 chavs on the swings smoking weed", ["2 chavs"]),
    ("about 6 yobs kicking off outside the chippy", ["about 6 yobs"]),
    ("2 fellers in hi vis nicking the cable", ["2 fellers", "hi vis"]),
    ("3 druggies dealing by the bins", ["3 druggies"]),
    ("like 10 hooligans wrecking the bus stop", ["like 10 hooligans"]),
    ("2 bruvs on a moped snatched a phone", ["2 bruvs"]),
    ("four scumbags tried the car doors on our street", ["four scumbags"]),
    ("3 young thugs threw a brick at the window", ["3 young thugs"]),
]

NEAR_MISSES = [
    "my 2 kids saw it from the window",
    "4 cars in the lay-by all night",
    "2 bags of rubbish dumped by the gate",
    "the gents toilets at the park were smashed again",
    "some scumbags keep dumping rubbish on the lane",
]


@pytest.mark.parametrize("text, people", COUNTS)
def test_a_number_before_a_plural_insult_is_a_count(text, people):
    assert nlp.extract(text).people == people


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_count_without_a_number_or_of_things(text):
    assert nlp.extract(text).people == []
