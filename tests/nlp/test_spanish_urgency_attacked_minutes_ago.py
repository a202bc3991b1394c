"""Stop 38, round 2: the "attacked" kind of urgency_danger_now_es.py (data es/urgency_danger_now.json): shots fired at
a person, a house or a car, or a person beaten, stabbed or run over, a few minutes ago is urgent (ANNOTATION.md), with
the plate and car words told with it; the same words weeks ago, with fireworks or a film, with the police already
there, or a blow to a car, a thing or an animal stay calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.urgency_danger_now_es import REASONS

URGENT = [
    "le dispararon a una casa en la colonia hidalgo hace 5 minutos y se fueron en una camioneta gris",
    "hace un ratito balacearon la tienda de la esquina de la calle 8, no se si hay heridos",
    "acaban de tirotear un carro en la avenida juarez, fue hace como 3 min, se fueron hacia el centro",
    "hicieron un drive by en la 27th ave hace unos minutos, un sedan negro, creo que nadie herido",
    "hace 10 minutos le pegaron a un señor en la parada del bus de la calle mayor y se escaparon en moto",
    "me golpearon hace 5 min en el parque del oeste dos chavales para quitarme la cartera, me sangra la nariz",
    "hace un momento un tipo le dio un puñetazo a la cajera del super y salio corriendo",
    "le dieron de balazos a la puerta de mi vecino hace 15 minutos, placas VKR-22-19, una ram blanca",
    "un tipo en un seat ibiza rojo atropello a un ciclista hace 5 min en la rotonda y no paro, matricula 4410 KLM",
]
CALM = [
    "le dispararon a una casa en la colonia hidalgo el mes pasado, quiero saber si hay avances",
    "hace 5 años balacearon la tienda de la esquina, hoy abrieron otra vez",
    "me golpearon en el parque hace dos semanas, ya estoy bien, quiero denunciar",
    "hace un rato escuche cohetes por la feria, es normal?",
    "hace 5 minutos le pegaron a mi carro por detras en el semaforo y el otro conductor se fue, solo la defensa rota, placas ABC-12-34",
    "hace un momento le pegaron un cartel a la puerta del ayuntamiento con amenazas",
    "en la pelicula le disparan a una casa hace 5 minutos, jaja que susto",
    "acaban de pegar carteles en la parada del bus",
    "hace 10 min le dispararon a una casa en la colonia centro pero ya llego la policia y esta todo acordonado",
    "hace diez minutos atropellaron a un perro en la calle 5 y el dueño se lo llevo al veterinario, el coche no paro",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text


def test_plates_do_not_veto_it():
    got = nlp.extract("placas VKR-22-19, una ram blanca, le dieron de balazos a la puerta de mi vecino hace 15 minutos")
    assert got.urgent and got.to_dict()["urgent_reason"] == REASONS["attacked"]
