"""A Spanish tip that opens with its place and a colon: the head is the place when it holds a name, and no topic word
("pregunta:", "aviso:") or call to the reader ("apuntad:") (nlp/spanish_colon_heads.py). Invented texts."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("el berrocal: dos tipos rompiendo cristales de los coches ahora mismo", "el berrocal"),
    ("playa de los muertos: un chamaco se esta ahogando y nadie lo ve", "playa de los muertos"),
    ("villaverdejo: sale humo de una nave y huele a plastico quemado", "villaverdejo"),
    ("riverside park junto al rio: un señor tirado que no responde", "riverside park"),
])
def test_an_opening_place_before_a_colon(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, word", [
    ("pregunta: cuanto tarda una denuncia en llegar al juzgado", "pregunta"),
    ("aviso urgente: mañana cortan el agua en todo el barrio", "aviso urgente"),
    ("apuntad: el chaval llevaba gorra roja y mochila negra", "apuntad"),
    ("anoten: el carro era un tsuru blanco", "anoten"),
])
def test_a_topic_before_a_colon_is_no_place(text, word):
    assert word not in places(text)
