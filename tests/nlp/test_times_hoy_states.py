"""A Spanish "hoy" that only describes a state is not a time (nlp/now_states.py state_hoy; ANNOTATION.md "Times",
stop 36: "hoy esta tranquilo", "hoy ya no esta"). Invented variants of the kind, written before the rule."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text", [
    "el vecino le pegaba a su esposa ayer, hoy esta tranquilo todo",
    "anoche hubo balazos en la colonia, hoy ya esta calmado",
    "la camioneta llevaba dias abandonada en la esquina, hoy ya no esta",
    "el lunes se peleaban a gritos, hoy anda tranquila la calle",
    "hoy ya todo bien, gracias por mandar la patrulla a la calle olmo",
    "rompieron las ventanas del local, hoy ya nomas quedan los vidrios",
    "hoy esta dormido el señor pero ayer andaba gritando con un machete",
    "hoy amanecio tranquilo el barrio despues de la balacera del sabado",
    "los de al lado pelean cada fin de semana, hoy estan tranquilos",
    "hoy sigue cerrado el taller donde vendian piezas robadas",
])
def test_state_hoy_is_no_time(text):
    assert "hoy" not in nlp.extract(text).times


@pytest.mark.parametrize("text", [
    "lo vi hoy rondando las casas en un tsuru blanco",
    "hoy esta el mismo carro negro estacionado afuera de mi casa",
    "hoy no se ha movido el coche abandonado y huele feo",
    "hoy en la mañana me asaltaron en la parada del camion",
    "hoy ya se llevaron la moto del vecino, la segunda vez",
])
def test_hoy_placing_the_event_stays(text):
    assert any("hoy" in time for time in nlp.extract(text).times)
