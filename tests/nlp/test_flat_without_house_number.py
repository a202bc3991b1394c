"""A flat number before a street with no house number ("flat 2 hamilton ct") is the flat's: the span starts at
"flat" (streets.extend_with_number), as it does before a house number ("flat 3, 12 park row")."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("flat 4 kingsley court, neighbour screaming for help", "flat 4 kingsley court"),
    ("my ex is outside flat 12 Marlow House right now", "flat 12 Marlow House"),
    ("apt 2 cedar ct, the smoke alarm has gone off for an hour", "apt 2 cedar ct"),
    ("someone in flat 3, 12 park row again", "flat 3, 12 park row"),
])
def test_flat_number_kept(text, place):
    assert place in nlp.extract(text).locations
