"""Stop 38, round 2: spanish_urgency_fire_out.py: a Spanish fire or smoke already out, dying out, under control or
planned, or alight with nobody inside and no homes near, is calm (ANNOTATION.md: a danger dealt with; a car alight with
nobody in it); the same words with the fire going on, out of hand, or someone hurt or inside stay urgent. Texts
invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.spanish_urgency_fire_out import fire_out

URGENT = [
    "ya apagaron el fuego de la cocina pero mi abuela sigue adentro y no responde",
    "hay humo saliendo de la casa de al lado y no se apaga, hay niños adentro",
    "la quema controlada se salio de control y el fuego va hacia las casas de la urbanizacion",
    "el fuego de la cocina ya lo apagaron pero se volvio a prender y hay gente en el segundo piso",
    "se esta quemando la casa de enfrente con la señora dentro, no lo pueden apagar",
    "incendio en el edificio de la calle sol, el humo llega al tercer piso y hay gente atrapada en el balcon",
    "carro en llamas pegado a la casa y la familia esta dentro",
    "fuego en la cocina del vecino, no contesta nadie y sale mucho humo por la ventana",
    "ya esta apagado el incendio del piso pero hay un hombre tirado en la escalera que no respira",
    "el fuego se esta apagando pero hay un niño atrapado en el baño",
    "ya apagamos la estufa pero mi mama se desmayo por el humo",
    "la sarten se prendio, ya la apague pero me queme el brazo y tengo ampollas enormes, ayuda",
    "quema controlada en el monte y ahora las llamas estan cruzando la carretera hacia el pueblo",
    "ya lo apagaron pero otra vez sale humo del techo y los vecinos siguen dentro",
    "el incendio no esta controlado, hay llamas enormes en el cerro y la gente esta evacuando",
]
CALM = [
    "se quemaba la sarten en la cocina del 2o B pero el vecino ya la apago con una tapa, solo queda olor",
    "hubo fuego en un contenedor de la calle mayor, ya esta apagado, solo aviso para que lo cambien",
    "sale humo de un solar en la colonia centro pero es una quema controlada del ayuntamiento, ya hay gente del municipio vigilando",
    "el incendio del monte de la sierra de mijas ya esta controlado segun la radio, solo huele a humo en el pueblo",
    "hay una fogata en la playa que se esta apagando sola, no hay nadie cerca",
    "una moto ardiendo en un descampado junto a la nacional, no hay nadie dentro ni casas cerca",
    "el humo del cerro es de una quema de rastrojos autorizada, el dueño lo tiene controlado con la manguera",
    "salieron llamas del asador del vecino pero ya las apagamos con el extintor, nadie herido",
    "el fuego del lote baldio de la 5 de mayo ya se apago solo, solo quedan cenizas",
    "una moto en llamas en un descampado junto a la nacional, no hay nadie dentro ni casas cerca",
    "hay humo en el cerro pero es una quema programada",
    "el humo negro es de unas llantas en un lote vacio, ya se esta apagando solo",
    "hay una fogata en la playa que se esta apagando sola",
    "salia humo de un piso pero ya lo apagaron, solo huele a quemado",
]


CALM_ELSEWHERE = [  # a harmless source checked: spanish_urgency_harmless_checked.py reads it first
    "vimos humo negro en la fabrica, pensamos que era incendio pero es la prueba de los quemadores, ya pregunte al guardia",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", URGENT)
def test_no_fire_out_calm(text):
    assert not fire_out(text.lower()), text


@pytest.mark.parametrize("text", CALM + CALM_ELSEWHERE)
def test_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_fire_out_reads_it(text):
    assert fire_out(text.lower()), text
