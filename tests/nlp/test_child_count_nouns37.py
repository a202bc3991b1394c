"""Dialect words for children are counted like "kids" (people.json count_nouns): "2 bairns", "3 weans", "4 nippers".
Texts invented for these tests (stop 37)."""
from __future__ import annotations

import pytest

import nlp

POS = [
    ("family stuck on the sandbank, 2 bairns and their mam waving, tide coming in", "2 bairns"),
    ("3 weans playing on the railway line at the back of the scheme", "3 weans"),
    ("theres 2 wains on the roof of the garages throwing slates", "2 wains"),
    ("4 nippers on bikes chucking stones at the buses on the high road", "4 nippers"),
    ("saw 2 kiddies alone at the edge of the quarry pond, no adult", "2 kiddies"),
    ("3 kiddos with fireworks aiming them at cars", "3 kiddos"),
    ("two bairns locked in a hot car outside the asda, windows up", "two bairns"),
    ("2 rugrats in a trolley rolling down the car park ramp", "2 rugrats"),
    ("the 3 childer were left alone in the house all night", "3 childer"),
]
NEG = [
    "bought 2 nail nippers from the market and one was broken",
    "the bairns school is shut today, nothing else to report",
]


@pytest.mark.parametrize("text,count", POS)
def test_children_counted(text, count):
    assert count in nlp.extract(text).people


@pytest.mark.parametrize("text", NEG)
def test_no_count(text):
    assert not any(w in " ".join(nlp.extract(text).people) for w in ("nippers", "bairns"))
