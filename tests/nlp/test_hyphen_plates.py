"""Stop 38: European plates in three hyphenated groups ("1-JRP-806", "GV-123-K"), nlp/hyphen_plates.py, and the
case, report and folio numbers of the same look that stay out. Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, plates", [
    ("belgian car 2-KLM-445 broke into the cafe at 3am", ["2KLM445"]),
    ("belgian van 1-ABC-123 been dumping in the woods", ["1ABC123"]),
    ("a dutch registered van GV-123-K been sat outside the school", ["GV123K"]),
    ("dutch camper 12-ABC-3 parked across three bays", ["12ABC3"]),
    ("reporto el seat rojo 2-KLT-441 que me robaron en la calle mayor", ["2KLT441"]),
    ("una furgoneta holandesa VK-221-B tirando escombros en el monte", ["VK221B"]),
])
def test_three_group_hyphen_plates(text, plates):
    assert extract(text).to_dict()["plates"] == plates


@pytest.mark.parametrize("text", [
    "my crime ref is 12-AB-3456 and nobody has called me back",
    "case number 24-CR-1123, still waiting on an update about the break in",
    "the break in was on 12-MAR-2024 and they took the telly",
    "open from 9-AM-5 every day and the shop got robbed",
    "room 4-B-12 at the hospital, my dad was assaulted by a visitor",
    "my case number is 25-CR-4471 and no one rang back",
    "el folio de mi denuncia es 26-QRO-00321, cuando me llaman",
    "ticket 24-TX-1182 for parking, is it real",
])
def test_numbers_of_the_same_look_are_no_plates(text):
    assert extract(text).to_dict()["plates"] == []
