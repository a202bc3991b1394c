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


# The lower-case twins (nlp/lowered.py) against the caseless regexes they stand in for: the same spans.
TWIN_TEXTS = GATE_TEXTS + [
    "parked AT THE Tesco by the lights", "At the old Aldi, near The Co-op", "outside the\tsubway", "by the the mace",
    "fishin by the Wensum at Hellesdon", "swam in The Tay Near the bridge", "OVER THE ARUN AT PULBOROUGH",
    "off the wear below daddry shield", "left the lidl. the spar next", "(the greggs) round THE corner",
]


@pytest.mark.parametrize("module,name,twin", [
    ("nlp.brands", "BEFORE_RE", "BEFORE_LOWER_RE"), ("nlp.brands", "ANY_THE_RE", "ANY_THE_LOWER_RE"),
    ("nlp.named_waters", "THE_RIVER_RE", "THE_RIVER_LOWER_RE"),
])
def test_lower_twins_find_the_same_spans(module, name, twin):
    import importlib

    from nlp.lowered import caseless_finditer
    mod = importlib.import_module(module)
    pattern, lower = getattr(mod, name), getattr(mod, twin)
    for text in TWIN_TEXTS:
        assert [m.regs for m in caseless_finditer(pattern, lower, text)] == [m.regs for m in pattern.finditer(text)], text


def test_lower_twin_refuses_a_pattern_that_reads_case():
    from nlp.lowered import lower_twin
    for pattern in (re.compile(r"[A-Z]\d", re.IGNORECASE), re.compile(r"the\s+(?-i:[A-Z])", re.IGNORECASE),
                    re.compile(r"the"), re.compile("\u212a", re.IGNORECASE)):
        with pytest.raises(ValueError):
            lower_twin(pattern)


STATE_TEXTS = ["tag was wisconsin 881-LRX", "maryland 2CX4471", "NEW  HAMPSHIRE plate 44 KL1", "north carolina 12ab",
               "the carolinas 44", "kansas", "arkansas 4", "texas_1 2", "a texas plate", "west virginia 7x", "no state 99"]


@pytest.mark.parametrize("text", STATE_TEXTS)
def test_state_word_gate_keeps_every_state_cue(text):
    from nlp.state_cues import STATE_CUE_RE, STATE_LAST_WORDS
    if STATE_CUE_RE.search(text):
        assert not words_of(text).isdisjoint(STATE_LAST_WORDS)


@pytest.mark.parametrize("text", TWIN_TEXTS + STATE_TEXTS)
def test_find_plates_is_the_same_with_the_words_given(text):
    from nlp.plates import find_plates
    assert find_plates(text, [], True, words_of(text)) == find_plates(text, [], True)


CLOCK_TEXTS = TWIN_TEXTS + ["AT 10PM", "about 9.30 PM", "Approx 11am-ish", "~ 3 PM", "5 MINS AGO", "12/03/2024", "JAN 5th",
                            "the 3rd of March", "1430 HRS", "10 O'CLOCK", "Sept 9", "arnd 4", "9pm\u017f", "pay 1.45 fee"]


@pytest.mark.parametrize("key", [(False, False), (False, True), (True, False), (True, True)])
def test_clock_twins_find_the_same_spans(key):
    from nlp.lowered import caseless_finditer
    from nlp.times import CLOCK_RES, CLOCK_TWINS
    pattern = CLOCK_RES[key]
    for text in CLOCK_TEXTS:
        found = [m.regs for m in caseless_finditer(pattern, CLOCK_TWINS[pattern], text)]
        assert found == [m.regs for m in pattern.finditer(text)], text
