"""Nebraska's "ne" after a town in mid-clause is its state ("in wahoo ne last night"); as north-east ("ne of")
or before a place it stays out of the town's span."""
from nlp.mid_clause_codes import code_mid_clause


def _reads(text: str, town: str) -> bool:
    start = text.index(town)
    code_end = start + len(town) + 3
    return code_mid_clause(text, start, code_end, "ne", frozenset())


def test_ne_after_town_in_mid_clause_is_the_state():
    assert _reads("somebody smashed the windows at the bar in wahoo ne last night", "wahoo")


def test_ne_before_of_is_north_east():
    assert not _reads("the fire is in wahoo ne of the grain elevator", "wahoo")


def test_ne_without_a_place_word_before_the_town_is_left():
    assert not _reads("wahoo ne got hail last night", "wahoo")
