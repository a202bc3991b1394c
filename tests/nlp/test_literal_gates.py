"""Gates tested with `in` (nlp/literal_gates.py) answer as their regexes do."""
import re

import pytest

from nlp import counted_pieces, obscured_plates, other_numbers
from nlp.literal_gates import gate_open, holds_stem, stems_of

GATES = [(mod.GATE_RE, mod.GATE_STEMS) for mod in (counted_pieces, obscured_plates, other_numbers)]
TEXTS = [
    "plate was MUDDY, could only see YJ7",
    "the LAST three were KRV",
    "Discovered a van on the green",      # a stem inside a word still opens the gate, as the regex does
    "nothing to see here",
    "Primera vez, la matrícula tapada",
    "ultimo: el ÚLTIMO coche",
    "Badge number 4471 on his vest",
    "the ſcratch card",                    # non-ASCII: the regex decides ("ſ" is "s" ignoring case)
    "",
]


@pytest.mark.parametrize("pattern,stems", GATES)
@pytest.mark.parametrize("text", TEXTS)
def test_gate_answers_as_its_regex(pattern, stems, text):
    assert gate_open(pattern, stems, text) == (pattern.search(text) is not None)
    assert gate_open(pattern, stems, text, text.lower()) == (pattern.search(text) is not None)


def test_stems_of_refuses_other_syntax():
    assert stems_of(re.compile("mud|dirt")) == ("mud", "dirt")
    for source in (r"mud|\bdirt", "Mud|dirt", "m.d", "mud|", "tapad[oa]"):
        with pytest.raises(ValueError):
            stems_of(re.compile(source))


def test_holds_stem():
    assert holds_stem(("reg", "tag"), "the registration")
    assert not holds_stem(("reg", "tag"), "the plate")
    assert not holds_stem((), "anything")


def test_the_gated_finders_still_find():
    assert obscured_plates.obscured_pieces("plate partly covered in mud, i could see YJ7", False, [], [])
    assert not obscured_plates.obscured_pieces("plate clean, i could see YJ7", False, [], [])
    assert counted_pieces.counted_pieces("ohio plates, first three HRW", False, [], [])
    assert not counted_pieces.counted_pieces("ohio plates, three HRW", False, [], [])
    assert other_numbers.other_kind_before("his badge number 4471", 16)
