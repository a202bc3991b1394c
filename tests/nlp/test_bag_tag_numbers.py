"""Stop 38: a cued "tag number" whose number goes on in a group of six digits or more is a bag tag's or a ticket's,
not a plate ("tag number 0125 BA 338812", d38a-009's kind), nlp/plates.py. Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text", [
    "airport lost my case, tag number 0220 AA 441122, nobody answers the phone",
    "my bag never came, the tag number is 0081 LH 667788, can you help",
    "suitcase stolen off the carousel, tag no 0125 BA 338812",
])
def test_a_bag_tag_number_is_no_plate(text):
    assert extract(text).to_dict()["plates"] == []


@pytest.mark.parametrize("text, plates", [
    ("reg KX66 HZD 07700900461 is my number if you need me, it hit my car", ["KX66HZD"]),
    ("tag number 4KLM221 on the blue accord that keyed my car", ["4KLM221"]),
    ("tag number TRK 4410, white f150, 2 guys stealing catalytic converters", ["TRK4410"]),
])
def test_a_plate_before_other_numbers_stays(text, plates):
    assert extract(text).to_dict()["plates"] == plates
