"""A hedged vehicle or partial plate scores below CONFIDENT (issue 13, session 23); a sure one keeps its score."""
from __future__ import annotations

import nlp
from nlp.extraction import CONFIDENT


def test_a_hedged_vehicle_and_partial_plate_are_not_confident():
    result = nlp.extract("maybe a dark blue astra, the reg started with LD i think")
    assert "dark blue astra" in result.vehicles and "dark blue astra" not in result.confident("vehicles")
    assert result.partial_plates == ["LD"] and result.confidence["partial_plates"]["LD"] < CONFIDENT


def test_a_hedge_in_an_earlier_clause_leaves_a_vehicle_sure():
    result = nlp.extract("reg started with LD i think, a dark blue astra")
    assert "dark blue astra" in result.confident("vehicles")


def test_a_sure_partial_plate_keeps_its_score():
    result = nlp.extract("dark blue astra, the reg started with LD")
    assert result.confidence["partial_plates"]["LD"] >= CONFIDENT
