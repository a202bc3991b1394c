"""Scots "the now" means right now and is copied whole, like "the noo" (nlp/patterns/times.jsonl; ANNOTATION.md
"Times": copy the time as written; dev labels "the now" in all 3 rows, d38a, h16, h21). Invented variants."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text", [
    "lads fighting outside the spar in kirkcaldy the now",
    "the now, theres a fire in the close at 12 wallace st",
    "my da's collapsed in the kitchen the now, he's no breathin right",
    "theres a boy on the roof o the school the now n he's shoutin",
    "a car's on fire in the car park at asda the now",
    "he's battering the door the now, please hurry",
    "smoke pourin oot the flat above the now",
    "dug's loose on the main road the now causing chaos",
    "there's lads wi a knife at the chippy the now",
    "wee yin's no answerin her phone the now and she's 10",
])
def test_the_now_is_one_time(text):
    assert nlp.extract(text).times == ["the now"]


@pytest.mark.parametrize("text, expected", [
    ("my gran fell this morning but shes fine now", ["this morning"]),
    ("theres a man with a crowbar at the back door now", ["now"]),
])
def test_other_nows_unchanged(text, expected):
    assert nlp.extract(text).times == expected
