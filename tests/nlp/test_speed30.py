"""Speed work of stop 30 (outputs unchanged): each set-test veto in front of a caseless gate regex is checked against
the regex alone; a veto may only answer "no" where the regex finds nothing."""
import re

import pytest

from nlp import listed_rivers, welsh_estates
from nlp.seaside_names import SEA_RE

LETTERS_RE = re.compile(r"[a-z]+")


def words_of(text: str) -> frozenset[str]:
    """spans.lower_words without a Doc."""
    return frozenset(LETTERS_RE.findall(text.lower()))


GATE_TEXTS = [
    "", "nothing to see", "the water was rising", "WATER everywhere", "Water2 bottle", "underwater cam", "waters edge",
    "a fishin' trip", "fishin trip", "FISHING off the pier", "fishingrod", "swimmin in the wensum", "SWIM", "swimmers",
    "poached eggs", "drowned out", "Drowning", "canoeist", "kayaks", "Flooded road", "flood_2", "boat", "BOATS",
    "boathouse", "the bank of the tay", "banker", "riverbank", "footbridge", "parapet", "salmon", "weir", "towpath",
    "roarin", "roaring", "roaring'", "underneath", "current", "currently", "fishy", "s\u017fwim", "\u017fwim",
    "on the \u017fea front", "rhos on sea", "Rhos-on-Sea", "SEA", "seaside", "sea2", "overseas", "the sea.",
    "14 bro dawel", "14 BRO dawel", "14, maes y dre", "9 tan y bryn", "9 tanyard", "3 cl\u017f y", "3 clos y coed",
    "no 4 bryn\tgoch", "12 pen drive", "12 pens", "flat 2 rhes y", "caf\u00e9 at 14 bro dawel", "4 pant y", "4\u00a0bro x",
]


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_water_veto_answers_as_the_regex(text):
    assert listed_rivers.may_speak_of_water(text, words_of(text)) == bool(listed_rivers.WATER_RE.search(text))


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_estate_veto_answers_as_the_regex(text):
    expected = bool(welsh_estates.HEAD_GATE_RE.search(text))
    assert welsh_estates.may_hold_estate(text, words_of(text)) == expected
    assert welsh_estates.may_hold_estate(text, None) == expected


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_sea_veto_answers_as_the_regex(text):
    vetoed = text.isascii() and "sea" not in words_of(text)
    assert not (vetoed and SEA_RE.search(text))


def test_every_water_word_is_one_the_regex_matches_whole():
    for word in listed_rivers.WATER_WORDS:
        assert listed_rivers.WATER_RE.fullmatch(word), word
    for stem in listed_rivers.WATER_STEMS:
        assert listed_rivers.WATER_RE.fullmatch(stem + "ing"), stem


def test_a_non_ascii_text_always_takes_the_regex():
    # "\u017f" (long s) matches "s" ignoring case, and str.lower() keeps it: no letter run says "swim"
    assert listed_rivers.may_speak_of_water("\u017fwim here", words_of("\u017fwim here"))
    assert welsh_estates.may_hold_estate("3 clo\u017f y", words_of("3 clo\u017f y"))
