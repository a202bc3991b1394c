"""Indiana's code "in" after a US town in mid-clause, before a word the preposition never takes ("in peru in last
weekend", "in madison in every night"): the code belongs to the town's span (nlp/indiana_codes.py). The preposition
after a town stays out ("in dallas in the morning", "by walterboro in this heat", "askham in full spate")."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("somebody keeps slashing tires at the apartments in kokomo in every weekend", "kokomo in"),
    ("the guy who robbed the gas station in muncie in last night had a red bandana", "muncie in"),
    ("my truck got broke into in elkhart in and they took my tools", "elkhart in"),
    ("car fire on the side of the road in columbus in tonight, no one in it", "columbus in"),
    ("a man exposing himself at the park in lafayette in this afternoon", "lafayette in"),
    ("loose horses on the county road in greensburg in since this morning", "greensburg in"),
    ("shots fired in evansville in yesterday near the river", "evansville in"),
])
def test_indiana_code_mid_clause(text, place):
    assert place in [value.lower() for value in nlp.extract(text).locations]


@pytest.mark.parametrize("text, not_place", [
    ("the old boy wandered off near llanellen in just a nappy", "llanellen in"),
    ("the river at askham in full spate, kids on the bank", "askham in"),
    ("we were in dallas in the morning and he followed us", "dallas in"),
    ("he lives in boston in a blue house", "boston in"),
    ("she was in denver in 2019 when it happened", "denver in"),
    ("i was in madison in my car", "madison in"),
    ("left him in tulsa in a motel", "tulsa in"),
    ("someone dumped a dog in a crate on the side of rt 17 by walterboro in this heat, no water", "walterboro in"),
])
def test_the_preposition_stays_out(text, not_place):
    assert not_place not in [value.lower() for value in nlp.extract(text).locations]
