"""Times (stop 33, round 2): "overnight" as texters spell it ("overnite", Scots "overnicht") places the event, as
"overnight" does. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, times", [
    ("shed broke into overnite at 4 ferndale close, mower and strimmer gone", ["overnite"]),
    ("twa sheep taken fae the park field overnicht, gate left open", ["overnicht"]),
])
def test_overnight_spellings(text, times):
    assert nlp.extract(text).times == times


@pytest.mark.parametrize("text, times", [
    ("lads revving quads on the green every dinner time, kids walking past", ["every dinner time"]),
    ("fireworks going off behind the flats every bedtime, baby wont settle", ["every bedtime"]),
])
def test_every_meal_or_bedtime_keeps_every(text, times):
    assert nlp.extract(text).times == times
