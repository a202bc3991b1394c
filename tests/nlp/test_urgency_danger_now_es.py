"""Spanish gunshots heard minutes ago, someone stuck or shivering in the cold, a strong gas smell
(nlp/urgency_danger_now_es.py, stop 37). Invented variants of each kind, and calm twins that must stay calm."""
from __future__ import annotations

import pytest

from nlp.pipeline import extract

GUNSHOT = [
    "oi un tiro hace 10 minutos por la calle morelos",
    "se escucharon balazos hace rato en la colonia centro",
    "hace como 5 min se oyeron varios disparos atras del mercado",
    "escuche dos tiros hace un ratito cerca de la escuela",
    "acabo de oir, hace nada se oyo un disparo en el estacionamiento del super",
    "se escucharon como tres detonaciones hace unos minutos en la avenida juarez",
    "hace 2 minutos sonaron unos balazos en la esquina de mi casa",
    "oimos disparos hace poco en el parque, hay gente corriendo",
    "escuche un balazo hace 5 minutos por la plaza, ya no se escucha nada pero tengo miedo de salir",
    "oí disparos hace 3 min en el edificio de enfrente, ahora esta todo en silencio",
]
GUNSHOT_CALM = [
    pytest.param("se escucharon balazos ayer en la noche por la calle morelos",
                 marks=pytest.mark.xfail(reason="the older 'shots fired' cue rule reads it urgent, before this module")),
    "se oyen tiros hace rato pero es el campo de tiro de los domingos",
    "oi como disparos hace 10 minutos pero eran cohetes de la fiesta del santo",
    pytest.param("hace rato se escucharon tiros en la pelicula que estaba viendo el vecino",
                 marks=pytest.mark.xfail(reason="the older 'shots fired' cue rule reads it urgent, before this module")),
]
COLD = [
    "hay un señor mayor temblando de frio en la parada del bus",
    "esta nevando mucho y hay un coche atascado con una familia dentro en el puerto",
    "un abuelito perdido en la nieve cerca del refugio, no encuentra el camino",
    "hay unos senderistas atrapados por la ventisca en la sierra",
    "una chica esta temblando de frío en la calle sin chamarra, esta descalza",
    "nos quedamos varados en la carretera por la nevada y el niño tiene mucho frio",
    "hay un hombre tirado en la calle y esta helando, no se mueve mucho",
]
COLD_CALM = [
    "ayer un señor estaba temblando de frio en la parada",
    "hace frio hoy, pongan la calefaccion en el albergue",
    "un coche atascado en la nieve, ya los rescataron los bomberos",
    "mi perro esta temblando de frio en el patio",
]
GAS = [
    "hay un olor a gas muy fuerte en el edificio",
    "hay olor muy fuerte a gas en todo el bloque 22 y hay ancianos en los pisos",
    "huele muchisimo a gas en el portal de mi edificio",
    "hay una fuga de gas en el tercer piso, la vecina no abre",
    "un olor fuerte a gas sale del departamento de al lado",
    "apesta mucho a gas en la escuela y los niños estan dentro",
    "hay un tufo a gas insoportable en la escalera",
]
GAS_CALM = [
    "ayer hubo un olor a gas muy fuerte en el edificio",
    "hay un olor fuerte a gas pero ya vinieron los del gas y lo arreglaron",
    "me cobraron de mas en el recibo del gas",
    "huele un poco a gas en la cocina a veces",
    "le echaron gas pimienta a mi hijo la semana pasada",
]


@pytest.mark.parametrize("text", GUNSHOT + COLD + GAS)
def test_danger_now_is_urgent(text):
    assert extract(text).urgent, text


@pytest.mark.parametrize("text", GUNSHOT_CALM + COLD_CALM + GAS_CALM)
def test_calm_twins_stay_calm(text):
    assert not extract(text).urgent, text
