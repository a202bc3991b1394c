"""Stop 38: a plate whose last letter stands apart ("VER 4418 B", "RX 4471 K"), nlp/trailing_letter_plates.py.
Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, plates", [
    ("white van VBR 2231 C parked on the verge every night", ["VBR2231C"]),
    ("reg RX 4471 K, old style, blue cortina", ["RX4471K"]),
    ("un tsuru con placas GTR 4412 B se metio a la casa", ["GTR4412B"]),
    ("placas VER 4418 B, un march gris", ["VER4418B"]),
])
def test_the_lone_letter_after_a_plate_is_its_own(text, plates):
    assert extract(text).to_dict()["plates"] == plates


@pytest.mark.parametrize("text, plates", [
    ("tiene placas PUE 2231 A y se fue", ["PUE2231"]),   # "A" may be the Spanish "a"
    ("tag KLM 4521 I think, black ram", ["KLM4521"]),
    ("tag KLM 4521 C4 engine on the back", ["KLM4521"]),
])
def test_no_letter_taken_that_may_be_a_word(text, plates):
    assert extract(text).to_dict()["plates"] == plates
