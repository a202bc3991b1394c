"""A deadline keeps its "by" with a meal, a day part or an hour that meets its day: "by lunch", "by teatime", "by
9 tonight" (ANNOTATION.md "Times": "by" is kept before any time; nlp/patterns/times.jsonl, nlp/times.py BY_HOUR_RE).
Invented variants of the kind, written before the rule."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, expected", [
    ("he wants the 200 quid by 9 tonight or hes coming round with his mates", ["by 9 tonight"]),
    ("burst main on the high st, water board had the road open again by lunch", ["by lunch"]),
    ("the travellers on the rec were gone by lunchtime but left a mess", ["by lunchtime"]),
    ("my ex says he'll be back by teatime to take the kids", ["by teatime"]),
    ("she said to have the car back by 6 tomorrow or shes reporting it stolen", ["by 6 tomorrow"]),
    ("the dealer told me to pay by 10 today or else", ["by 10 today"]),
    ("the lads had cleared off by dinnertime", ["by dinnertime"]),
    ("if hes not home by bedtime im ringing you back", ["by bedtime"]),
    ("the van had been moved by morning, no sign of it", ["by morning"]),
    ("fire was out by 8 this morning, nobody hurt", ["by 8 this morning"]),
])
def test_deadline_keeps_by(text, expected):
    assert nlp.extract(text).times == expected


@pytest.mark.parametrize("text, expected", [
    ("i got jumped by 3 lads outside the chippy", []),
    ("he was stabbed by 2 lads tonight at the park, one in a grey hoodie", ["tonight"]),
    ("lost by 2 points and the coach went mental at the ref", []),
    ("my phone was taken by a lad on a bike", []),
])
def test_counts_after_by_stay_out(text, expected):
    assert nlp.extract(text).times == expected
