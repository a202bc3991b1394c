"""A beach, lagoon, lake or island named by the bare word after its feature word ("en playa condesa", "la laguna
bacalar", "playa las gatas") is a place; a word of kind or state after it ("la playa publica", "la playa llena") and the
sentence's words ("la playa hay", "la playa con") name none: nlp/spanish_bare_features.py. Variants invented for the
kind, none copied from dev."""
import pytest

from nlp import extract


def places(text):
    return sorted(p.lower() for p in extract(text).to_dict()["locations"])


@pytest.mark.parametrize("text, want", [
    ("se esta ahogando un niño en playa caleta, no hay salvavidas", ["playa caleta"]),
    ("asaltaron a unos turistas en la playa icacos hace rato", ["playa icacos"]),
    ("hay un hombre armado en la playa gaviotas, ahorita", ["playa gaviotas"]),
    ("encontraron a una persona flotando en la laguna bacalar cerca del muelle", ["laguna bacalar"]),
    ("se incendio un carro en la playa miramar esta noche", ["playa miramar"]),
    ("alguien esta disparando al aire en playa tamarindo", ["playa tamarindo"]),
    ("hay un tiburon cerca de playa las gatas, saquen a los niños", ["playa las gatas"]),
    ("un cocodrilo salio de la laguna del carpintero y anda por la calle", ["laguna del carpintero"]),
    ("hay una pelea en la playa de la malvarrosa con botellas", ["playa de la malvarrosa"]),
])
def test_bare_named_feature_is_a_place(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "estabamos en la playa publica y se robaron una mochila",
    "en la playa llena de gente hay un perro suelto",
    "se metieron al agua en la playa ayer en la noche",
    "en la playa hay un señor tirado",
    "fuimos a la playa con mis hijos y un tipo nos siguio",
    "la laguna esta muy crecida y el agua llega a las casas",
    "a la playa nudista llegan mirones todo el dia",
    "en la isla tambien roban",
    "hay un carro abandonado por la playa desde el lunes",
])
def test_beach_words_that_name_none(text):
    assert places(text) == []
