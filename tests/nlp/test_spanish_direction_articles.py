"""An English-named US street whose name opens with a Spanish article, after its compass letter, in a Spanish tip:
"de n las vegas blvd", "la s la brea ave". The letter before the article shows the article is the name's. Invented."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("le rompieron el vidrio a mi carro en el parking de s la cienega blvd anoche", "s la cienega blvd"),
    ("hay un hombre tirado en la banqueta de n los angeles st y no se mueve", "n los angeles st"),
])
def test_a_direction_and_the_names_article_start_the_street(text, place):
    assert place in places(text)


def test_a_sentence_article_without_a_direction_stays_out():
    assert "main st" in places("hay un carro quemado en la main st desde ayer")
