"""Stop 29, English places: kinds of text the location rules got wrong (texts invented, not from the dev sets)."""
import pytest

from nlp import extract
from nlp.tail_verbs import past_tense, verb_form
from nlp.tagger_features import word_lists


def test_past_tense_words():
    common = word_lists()["common"]
    assert past_tense("smashed", common) and past_tense("soaked", common) and verb_form("parked", common)
    assert not any(past_tense(w, common) for w in ("tweed", "seed", "bearsted", "merced"))


@pytest.mark.parametrize("text, place, not_place", [
    ("the phone box at wexcombe smashed again last night, third time", "wexcombe", "wexcombe smashed"),
    ("found a lad on the beach at portmellon soaked to the skin and shivering", "portmellon", "portmellon soaked"),
    ("boy racers through the middle of tarbury late at night most weekends", "tarbury", "tarbury late"),
    ("im on i 40 eastbound past kingman and a truck keeps tailgating me with a gun out", "i 40", "i 40 eastbound"),
])
def test_tail_word_is_not_the_place(text, place, not_place):
    locations = [value.lower() for value in extract(text).locations]
    assert place in locations and not_place not in locations
