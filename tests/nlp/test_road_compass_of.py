"""A compass word after a street word is part of the name ("cowbridge road east") unless "of" follows it: "rd east
of chewelah" says where the road runs from the town (streets.street_end)."""
import pytest

import nlp


@pytest.mark.parametrize("text, road", [
    ("shots fired out on miller creek rd south of dayton last night", "miller creek rd"),
    ("cattle loose on the old mill road west of the village", "old mill road"),
])
def test_compass_before_of_left_out(text, road):
    places = nlp.extract(text).locations
    assert road in places and not any(p.endswith(("south", "west")) for p in places)


def test_compass_ending_a_name_kept():
    assert "cowbridge road east" in nlp.extract("lads racing on cowbridge road east most nights").locations
