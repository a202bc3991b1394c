"""Real outputs of nlp.extract for the place rules added in stop 26 (issue 13: English places on unseen text).
Every text here is written for the test (none is in a dev file); each rule has a negative case that must stay
as it was.
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, places", [
    ("a woman on the ice on hollins pond shoutin for her dog, its cracking", ["hollins pond"]),
    ("three men in hi vis knocking on doors on our road claimin theyre from the council", []),
    ("fella in a red cap walked out the shop and drove off smilin", []),
    ("some guy on our close shoutin abuse at my mum", []),
])
def test_a_verb_with_its_g_dropped_is_no_place(text, places):
    assert extract(text).locations == places


def test_a_lower_case_village_ending_in_in_is_still_a_place():
    assert extract("someone keeps dumping rubbish in the lay by near kilmarin every week").locations == ["kilmarin"]
