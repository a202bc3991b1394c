"""Stop 38: the ways texters write "right now" that place the event are times, as written (ANNOTATION.md: "right
now", "as we speak"; "at the minute" keeps its "at" as a fixed phrase): "right this minute", "this very second",
"right noo", "at the minute", "right about now". nlp/patterns/times.jsonl. Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("2 lads kicking the door in at number 4 right this minute", ["right this minute"]),
    ("theres a fight outside the spar right this second, one has a knife", ["right this second"]),
    ("someones trying my car door right noo, hurry", ["right noo"]),
    ("hes outside my window at the minute shouting", ["at the minute"]),
    ("fire in the bin store this very minute, flames up the wall", ["this very minute"]),
    ("lads on scramblers on the field rite this minute", ["rite this minute"]),
    ("hes in the back garden right about now", ["right about now"]),
    ("theyre fighting in the car park right at this moment", ["right at this moment"]),
    ("a man is climbing the scaffold at this very moment", ["at this very moment"]),
    ("Someone Is Breaking Into The Van Right This Second", ["Right This Second"]),
])
def test_a_now_phrasing_is_a_time(text, times):
    assert extract(text).times == times


@pytest.mark.parametrize("text", [
    "the minute he left they started fighting",
    "the second floor flat has loud music",
    "go right this way past the shop",
    "kept me waiting a minute at the counter",
    "noo idea who it was",
])
def test_minute_and_second_alone_are_no_time(text):
    assert extract(text).times == []
