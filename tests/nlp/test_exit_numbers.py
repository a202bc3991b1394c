"""A motorway exit or junction number is no place; the road alone is (ANNOTATION.md): codes.find_roads takes no
"exit N", the tagger's "jct 18" is a code head and its number (code_heads.txt), and "jct" after a road is no town
(road_town_not_words.txt). Places with "junction" or "exit" in their names stay."""
import re

import pytest

import nlp

EXIT_RE = re.compile(r"(exit|jct|junction|junc|j)\.? ?\d+[a-z]?|jct|exit")


@pytest.mark.parametrize("text, road", [
    ("broken down truck on the shoulder near exit 41, hazards on", None),
    ("guy throwing rocks off the overpass by exit 7b on the turnpike", None),
    ("crash on the m25 between jct 10 and 11, car on its roof", "m25"),
    ("lorry shed its load at j14 of the m6, all lanes shut", "m6"),
    ("woman walking on the hard shoulder past junction 23 of the m1", "m1"),
    ("wrong way driver on i-95 just after exit 88", "i-95"),
    ("car on fire at exit 3 of the a14", "a14"),
    ("drunk driver swerving northbound on i 70 near exit 240", "i 70"),
    ("deer on the road at jct 5, m4", None),
    ("motorbike doing 150 heading for junc 9 on the m62", "m62"),
    ("kids on the footbridge over the m5 nr jct 21 throwing eggs", "m5"),
    ("pulled off at exit 12a and hes still behind me", None),
])
def test_exit_number_is_no_place(text, road):
    found = [value.lower() for value in nlp.extract(text).locations]
    assert not [value for value in found if EXIT_RE.fullmatch(value)]
    if road:
        assert road in found


@pytest.mark.parametrize("text, place", [
    ("fight outside the station at clapham junction", "clapham junction"),
    ("car crash at the junction of mill rd and high st", "mill rd and high st"),
    ("someone keyed my car on exeter street", "exeter street"),
    ("flooding at seven sisters junction", "seven sisters junction"),
    ("break in at 12 exit lane", "12 exit lane"),
    ("a man collapsed in junction city", "junction city"),
    ("bags nicked at grand junction", "grand junction"),
])
def test_places_named_with_junction_or_exit_stay(text, place):
    assert place in [value.lower() for value in nlp.extract(text).locations]
