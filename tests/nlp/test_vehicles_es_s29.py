"""Spanish vehicles (stop 29, round 2): vehicles named in the plural with a plural colour, a "sedan" with its colour, a
colour written after "color" without "de". Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, vehicle", [
    ("tres motos rojas sin placa se metieron al parque y casi atropellan a unos niños ayer", "motos rojas"),
    ("dos camionetas blancas se estacionan en la calle del mercado cada noche y descargan cajas", "camionetas blancas"),
    ("un sedan gris me sigue desde que sali del trabajo, ya voy por la avenida central", "sedan gris"),
    ("una troca color azul tiro basura en el terreno de la esquina anoche", "troca color azul"),
])
def test_spanish_vehicle_words(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles


def test_sedan_alone_is_no_vehicle():
    # a plain type word is no vehicle (ANNOTATION.md): "tipo sedan" only says which kind the car was
    assert nlp.extract("la placa empezaba con 4KL, carro gris tipo sedan, se llevo las bocinas").vehicles == ["carro gris"]


@pytest.mark.parametrize("text, vehicle", [
    ("un chavo en una moto italika negra me quito la bolsa en la parada del camion ayer", "moto italika negra"),
    ("una pulsar roja sin placas anda asaltando en la colonia centro cada noche", "pulsar roja"),
    ("la furgoneta que choco mi coche era una citroen jumper blanca, se fue sin parar", "citroen jumper blanca"),
])
def test_spanish_models(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles


def test_model_named_by_a_word_after_its_make():
    # "metro" alone is a word; after "rover" it is the model
    assert nlp.extract("an old green rover metro keeps parking across my drive every morning").vehicles == \
        ["green rover metro"]


@pytest.mark.parametrize("text", [
    "me robaron la podadora honda roja del garaje anoche, alguien vio algo?",
    "se llevaron el generador yamaha azul de la obra en la calle 5 el domingo",
])
def test_a_machine_named_by_a_make_is_no_vehicle(text):
    assert nlp.extract(text).vehicles == []


def test_a_make_after_a_machine_in_another_clause_stays():
    assert "honda civic roja" in nlp.extract(
        "me robaron el generador de la casa y se fueron en un honda civic roja por la calle 8").vehicles
