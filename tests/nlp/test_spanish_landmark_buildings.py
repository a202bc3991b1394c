"""Churches, graveyards, lookouts, museums and markets named after "de" (nlp/data/es/named_features.json
building_words, read by nlp/spanish_named_features.py) and a town after a landmark noun and "de" (spanish_areas
PLACE_NOUN_DE_RE): the landmark and its name are one span; a kind, a market day or an English area is none."""
import pytest

from nlp import extract


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


@pytest.mark.parametrize("text, want", [
    ("le robaron la cartera a mi tia en el mercado de san juan esta mañana", ["mercado de san juan"]),
    ("hay un tipo raro rondando la iglesia de santa maria desde hace rato", ["iglesia de santa maria"]),
    ("unos chavos venden droga en el parque de las palomas todas las tardes", ["parque de las palomas"]),
    ("un coche se estrello contra la barandilla del puente de la salve", ["puente de la salve"]),
    ("me asaltaron en la estacion de autobuses de burgos anoche", ["estacion de autobuses de burgos"]),
    ("asaltan a los turistas en el mirador de san nicolas cada domingo", ["mirador de san nicolas"]),
    ("una pelea en el jardin de san marcos con botellas rotas", ["jardin de san marcos"]),
    ("venden cosas robadas en el tianguis de la lagunilla los domingos", ["tianguis de la lagunilla"]),
    ("se metieron a robar al museo de las momias anoche", ["museo de las momias"]),
    ("hay gente tomando en la capilla de san roque toda la noche", ["capilla de san roque"]),
    ("dejaron un bulto raro en el santuario de la virgen", ["santuario de la virgen"]),
])
def test_landmark_and_its_name_are_one_place(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "compre en el mercado de pescado y me dieron cambio falso",
    "el museo de arte estaba cerrado",
    "hay un incendio en el mercadito de la colonia",
    "venden placas en el tianguis de los domingos",
    "el tianguis de los martes se llena de carteristas",
    "unos chamacos se trepan en el mirador de garret mountain",
    "la iglesia del pueblo toca las campanas a las 6",
])
def test_kind_day_or_whose_is_no_name(text):
    found = places(text)
    assert not any(p.startswith(("mercado", "museo", "mercadito", "tianguis", "mirador", "iglesia")) for p in found)


@pytest.mark.parametrize("text, want", [
    ("dejaron un perro amarrado en la parroquia de san jose de la montaña", ["parroquia de san jose de la montaña"]),
    ("en la iglesia de san pedro de los arcos, hay un tipo dormido", ["iglesia de san pedro de los arcos"]),
    ("en la playa de santa maria del mar hay un niño ahogandose", ["playa de santa maria del mar"]),
    ("la capilla de san antonio de padua esta abierta y hay gente rara", ["capilla de san antonio de padua"]),
])
def test_saint_name_runs_on_with_its_de(text, want):
    """nlp/spanish_saint_runs.py: the saint's "de (la) X" is the landmark's name too."""
    assert places(text) == want


@pytest.mark.parametrize("text, want", [
    ("en la iglesia de san jose de la colonia hay un borracho", ["iglesia de san jose"]),
    ("en la plaza de san juan de noche se juntan a tomar", ["plaza de san juan"]),
    ("en el puente de san pablo de mi barrio hay un coche quemado", ["puente de san pablo"]),
])
def test_whose_when_or_sentence_word_ends_the_saint_name(text, want):
    assert places(text) == want
