"""Villages joined by "in", "of" or Welsh "y" to a word no list knows ("horton in ribblesdale", "kirkton of skene",
"cwm y glo") are one span; a pub or a differently written name before "in", or a listed town after it, is not."""
import pytest

from nlp.spaced_village_names import joined_end


@pytest.mark.parametrize("text, value, expected", [
    ("quad bike gone from a farm at thornby in wendlesdale last night", "thornby", "thornby in wendlesdale"),
    ("lads racing round milton of crathes every night", "milton", "milton of crathes"),
    ("smoke from a house at 3 heol fawr, pant y gwydr, old man inside", "pant", "pant y gwydr"),
])
def test_short_joiner_and_unknown_word_joined(text, value, expected):
    start = text.index(value)
    assert text[start:joined_end(text, start + len(value), value)] == expected


@pytest.mark.parametrize("text, value", [
    ("the co-op in keynsham got robbed", "co-op"),                     # a listed town after "in": a second place
    ("fight outside the Red Lion in wendlesdale tonight", "Red Lion"),  # a capitalised pub, a lower-case village
    ("fight outside the golden fleece in wendlesdale tonight", "golden fleece"),  # two words, unlisted: a pub
    ("trouble in harrogate in yorkshire again", "harrogate"),           # a county is no part of the name
    ("the fields of wendlesdale farm are flooded", "fields"),            # the name must end after the word
])
def test_places_before_in_and_of_are_not_joined(text, value):
    start = text.index(value)
    assert joined_end(text, start + len(value), value) is None


def test_spanish_y_before_a_word_of_the_sentence_is_not_welsh():
    text = "me mude desde filadelfia y aqui me siguen"
    start = text.index("filadelfia")
    assert joined_end(text, start + len("filadelfia"), "filadelfia") is None
