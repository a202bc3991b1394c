"""people.py's fast path: the caseless kinds' regexes without IGNORECASE on the lower-cased text of an ASCII tip
find exactly what the IGNORECASE regexes find on the text as written."""
import re

import pytest

from nlp.people import find_people
from nlp.people_patterns import CASELESS_KINDS, lowered_regexes, regexes

TEXTS = [
    "2 LADS ABOUT 25, ONE IN A RED NORTH FACE JACKET AND GREY TRACKIES, TALL, SHAVED HEAD",
    "Group Of 5 Teenagers, Mid 20s, All In Black, Stocky Build, 6FT 2, ginger BEARD",
    "tall skinny guy in his 30s wearing a Nike hoodie, aged 40-45, 15 stone, about 5'10",
    "a Woman about Thirty with BLOND hair, Gucci Bag, neck TATTOO and scar on his face",
    "paid about 50 quid at 9pm, the guy was 6 foot, heavy-set, short while ago",
    "3 Masked Men, one is Dee, Mr Smith called him Smithy, early-Forties, Bald",
]


@pytest.mark.parametrize("kind", CASELESS_KINDS)
def test_lowered_regex_finds_the_same_spans(kind):
    slow, fast = regexes()[kind], lowered_regexes()[kind]
    assert not fast.flags & re.IGNORECASE
    for text in TEXTS + [t.lower() for t in TEXTS] + [t.swapcase() for t in TEXTS]:
        assert [m.span() for m in fast.finditer(text.lower())] == [m.span() for m in slow.finditer(text)], text


def test_every_caseless_kind_takes_the_fast_path():
    assert sorted(lowered_regexes()) == sorted(CASELESS_KINDS)


def test_the_same_people_whatever_the_case():
    """ASCII texts go through the lowered regexes, a non-ASCII one through the IGNORECASE ones: same finds."""
    for text in TEXTS:
        ascii_found = [(s, e) for s, e, _ in find_people(text, [])]
        assert ascii_found, text
        accented = text + " café"   # not ASCII: the IGNORECASE regexes read it
        assert [(s, e) for s, e, _ in find_people(accented, [])] == ascii_found
