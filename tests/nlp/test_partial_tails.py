"""Stop 39: the last group of a plate piece written apart is part of it (nlp/partial_tails.py): "reg ends in 2 9 K",
"algo como ERT-4 y ya no vi", "acababan en 7-A". Invented variants, English and Spanish."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, partials", [
    ("fella in a red punto, reg ends in 2 9 K", ["29K"]),
    ("silver van, the reg ended with 5 5 T", ["55T"]),
    ("black bmw, the plate ends in 8-K", ["8K"]),
    ("white pickup, tag started with 3 B", ["3B"]),
    ("la placa decia algo como ERT-4 y ya no vi mas", ["ERT4"]),
    ("la placa decia algo como NLT 2 y luego no vi, un kia blanco", ["NLT2"]),
    ("tenia placas que acababan en 7-A, una urvan blanca", ["7A"]),
    ("la matricula terminaba en 4 K, un seat ibiza", ["4K"]),
    ("la placa empezaba con WX 7, una troca gris", ["WX7"]),
])
def test_the_last_group_written_apart_joins_the_piece(text, partials):
    assert extract(text).to_dict()["partial_plates"] == partials


@pytest.mark.parametrize("text, partials", [
    ("the reg ended in 2 and he drove off", ["2"]),
    ("la placa terminaba en 7 y el carro era rojo", ["7"]),
    ("plate started with KN then a 4", ["KN", "4"]),
    ("reg ended in 7 I think", ["7"]),
    ("the plate ended in 4 K or 4 X", ["4K", "4X"]),
])
def test_a_word_after_the_piece_stays_out(text, partials):
    assert extract(text).to_dict()["partial_plates"] == partials
