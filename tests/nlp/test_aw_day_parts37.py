"""Stop 37 round 2: the Scots "aw" for "all" before a day part or period ("aw day yesterday", "aw nicht", "aw
weekend") is read as "all day" is (patterns/times.jsonl). Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("the alarm at the bank was going all day yesterday", ["all day yesterday"]),
    ("they were banging away aw day yesterday up the glen", ["aw day yesterday"]),
    ("lads drinking in the park all day today and shouting at folk", ["all day today"]),
    ("the van was parked across my drive all day sunday", ["all day sunday"]),
    ("music blaring aw nicht fae the flat below", ["aw nicht"]),
    ("scooters up and down the street all afternoon", ["all afternoon"]),
    ("the lads were on the corner all morning selling", ["all morning"]),
    ("the party went on aw weekend next door", ["aw weekend"]),
    ("dog barking all night last night in the yard", ["all night last night"]),
    ("we all went to the park yesterday and a man followed us", ["yesterday"]),
    ("i'll be in all day if an officer can come", ["all day"]),
])
def test_aw_reads_as_all(text, expected):
    assert sorted(v.lower() for v in extract(text).times) == sorted(v.lower() for v in expected)
