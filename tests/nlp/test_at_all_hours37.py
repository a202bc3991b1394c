"""Stop 37 round 2: "at all hours" keeps its "at" as a fixed phrase with no number or day name (ANNOTATION.md:
`"at all hours"`), with "of the night" and the Scots "aw"; written without "at", "all hours" as written
(patterns/times.jsonl). Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("cars in and out of number 12 at all hours, deffo dealing", ["at all hours"]),
    ("people knocking at all hours of the night at the flat above", ["at all hours of the night"]),
    ("dirt bikes at all hours on the field behind the estate", ["at all hours"]),
    ("theyre up and down the stairs at aw hours", ["at aw hours"]),
    ("visitors at all hours of the day and night, 10 minutes each", ["at all hours of the day and night"]),
    ("cars pulling up all hours outside 4 kent rd", ["all hours"]),
    ("the music goes on at all hours and the council do nothing", ["at all hours"]),
    ("at all hours theres lads on the corner", ["at all hours"]),
    ("shes ringin me at all hours, blocked and she uses new numbers", ["at all hours"]),
    ("vans come and go at all hours from the unit on mill lane", ["at all hours"]),
])
def test_at_all_hours_keeps_its_at(text, expected):
    assert sorted(v.lower() for v in extract(text).times) == sorted(v.lower() for v in expected)
