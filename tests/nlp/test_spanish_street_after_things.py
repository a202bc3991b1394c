"""A thing on a street, then "de la calle" and an article with a common word, names the street
(nlp/spanish_street_after_things.py): "el bar de la calle del pez", "el parque de la calle la magdalena venden";
"al final de la calle el tipo saco una pistola" and "la esquina de la calle del mercado" name none."""
import pytest

from nlp import extract
from nlp.spanish_street_after_things import street_after_things


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


# invented variants (Spain, Mexico; lower case, no accents), written before the rule: 4 of 11 right before, 7 after
# (left: "la calle la rosa la asaltaron", "de la calle de las flores no duermen", "la calle la paz tiene jeringas",
# "la calle del trabajo ahorita")
@pytest.mark.parametrize("text, want", [
    ("venden droga en el bar de la calle del sol, todas las noches", "calle del sol"),
    ("el cajero de la calle de la luna esta roto y lo estan forzando", "calle de la luna"),
    ("frente a la escuela de la calle del pino hay un carro sospechoso", "calle del pino"),
    ("el taller de la calle el roble compra piezas robadas", "calle el roble"),
    ("la farmacia de la calle del carmen, en sevilla, la robaron", "calle del carmen"),
    ("la parada de la calle de los olivos, ahi se juntan a vender", "calle de los olivos"),
    ("el portal de la calle del horno esta abierto toda la noche", "calle del horno"),
    ("las casas de la calle del rio, ya van tres robos", "calle del rio"),
    ("la caseta de la calle el olivo ya la quemaron dos veces", "calle el olivo"),
])
def test_street_after_a_thing_on_it(text, want):
    assert want in places(text)


# near misses: the street's middle, end or other side, a person or a day after the article, a place kind
@pytest.mark.parametrize("text", [
    "al final de la calle el tipo saco una pistola",
    "en medio de la calle la señora se cayo",
    "del otro lado de la calle de enfrente vive el",
    "en la esquina de la calle del mercado hay basura",
    "a mitad de la calle la policia lo detuvo",
    "en la orilla de la calle el domingo habia un carro",
    "la puerta de la calle de atras estaba abierta",
    "el final de la calle de mi casa esta oscuro",
    "en la casa de la calle de mi tia hay gritos",
    "en la luz de la calle la gente se junta",
    "estoy en la casa y alguien toca la puerta",
    "en el trabajo me robaron la cartera",
    "santa maria y san jose me dijeron que no hay nadie",
])
def test_near_misses_stay_empty(text):
    assert places(text) == []


@pytest.mark.parametrize("text, want", [
    ("el bar de la calle del pez en cazona", ["calle del pez"]),
    ("el bar de la calle la luz se la enganchan", []),   # after a bare article a pronoun opens no phrase
    ("el bar de la calle la luz, vengan", ["calle la luz"]),
    ("en la calle del pez hay", []),   # no thing before "de la calle": spanish_places.py's
])
def test_street_after_things(text, want):
    assert [text[s:e] for s, e in street_after_things(text, [])] == want
