"""A US corner in a Spanish tip whose side is a compass letter and a name or a numbered street ("s grand", "9th"),
joined by "y" (or "y la") to an English street: one corner (nlp/spanish_english_corners.py)."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("un tipo le pego a mi hermano en n western y w 63rd st y se fue corriendo", "n western y w 63rd st"),
    ("anoche tiraron balazos por la 14th y s central, ya se fueron", "14th y s central"),
    ("hay un choque en e 4th ave y n oak, un carro volteado", "e 4th ave y n oak"),
    ("asaltaron la tienda de la s halsted y la w 47th st hace rato", "s halsted y la w 47th st"),
])
def test_bare_side_joins_corner(text, place):
    assert place in nlp.extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("vivo en la main st y e hizo mucho frio anoche", "main st"),   # "e hizo": a Spanish verb, no street
    ("estaba en la 5th st y s que paso algo", "5th st"),
])
def test_spanish_word_is_no_side(text, place):
    assert nlp.extract(text).to_dict()["locations"] == [place]
