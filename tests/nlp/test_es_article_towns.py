"""Towns whose name opens with an article ("el ejido", "los realejos"), listed in nlp/data/es/article_towns.txt."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("anoche en el ejido unos tipos rompieron tres escaparates", "el ejido"),
    ("se ha escapado un perro grande por los realejos y muerde", "los realejos"),
    ("hay un coche ardiendo a la altura de la pobla de vallbona", "la pobla de vallbona"),
])
def test_an_article_town_is_read(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text", [
    "el niño se cayo en la alberca, ya lo sacamos",      # Mexico's pool, also a village in Spain
    "dejaron una mochila en la valla del colegio",    # a fence, also a village
    "puso la pistola en la mesa y se fue",            # a table, also a town
])
def test_the_words_stay_words(text):
    assert extract(text).locations == []
