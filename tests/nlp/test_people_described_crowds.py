"""Stop 38: "N of them" opening a clause counts people when the clause goes on with what only people wear, ride or do
("2 of them on a moped", "3 of them in balaclavas", "5 of them kicking a lad") or the next clause describes one of
them ("2 of them, one had a hammer"), nlp/people_crowds.py and people.json "crowd_after_words". Texts invented for
these tests."""
from __future__ import annotations

import pytest

from nlp import extract


def people(text):
    return sorted(value.lower() for value in extract(text).to_dict()["people"])


@pytest.mark.parametrize("text, count", [
    ("someone banging on the door, 3 of them in balaclavas", "3 of them"),
    ("theres 2 of them on a moped going round the estate snatching phones", "2 of them"),
    ("like 4 of em on scramblers ripping up the field behind the school", "like 4 of em"),
    ("4 or 5 of them outside the shop shouting at people coming out", "4 or 5 of them"),
    ("2 of them in the back garden trying the shed door right now", "2 of them"),
    ("there were 3 of them, one in a red hoodie", "3 of them"),
    ("about 6 of em all in black hanging round the bus shelter every night", "about 6 of em"),
    ("my car window just got put in, 2 of them, one had a hammer", "2 of them"),
    ("3 of them on pushbikes throwing stones at the buses on the high road", "3 of them"),
    ("theres like 8 of them wearing masks outside the offy", "like 8 of them"),
])
def test_a_described_crowd_is_counted(text, count):
    assert count in people(text)


@pytest.mark.parametrize("text", [
    "fireworks going off, like 20 of them in the park at midnight",
    "someone dumped puppies, 4 of them in a box by the bins",
    "heard shots, 3 of them, from the flats behind us",
    "all 4 tyres slashed, 2 of them on the drive side",
    "found syringes in the play park, 3 of them in the sandpit",
    "sent my rent to a scammer, 2 of them in one month",
])
def test_things_counted_of_them_stay_out(text):
    assert people(text) == []
