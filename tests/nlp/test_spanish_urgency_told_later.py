"""Stop 38, round 2: spanish_urgency_told_later.py: a Spanish danger days, months or years ago, whose only now words
are about the telling ("ahora que ya estoy mas tranquila", "se puede denunciar ahora?", "hoy ya no esta"), is calm
(ANNOTATION.md: past events); the same words with a danger now ("ahorita", "esta afuera", "viene para aca", "hace un
mes que" lasting up to now) stay urgent or are never read as told later. Texts invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.spanish_urgency_told_later import told_later

URGENT = [
    "ahorita un tipo me esta apuntando con una pistola en el metro",
    "hay un señor amenazando a la gente con un palo en el parque, esta gritando",
    "me acaban de asaltar con una navaja en la parada del bus, el tipo corrio hacia el mercado",
    "el tipo que me asalto con pistola hace un mes esta ahorita en la tienda de la esquina, lo estoy viendo",
    "un tipo con un cuchillo esta amenazando a la cajera ahora mismo",
    "hace un mes me asalto con pistola y ahora que salgo del trabajo lo veo esperandome en la puerta",
    "hace dos semanas me amenazo con un cuchillo y ahora me entere que viene para aca",
    "la semana pasada me pego con un bate y ahora esta afuera de mi casa gritando",
    "hace un año me apuñalo y ahora que estoy sola en casa esta tocando la puerta",
]
CALM = [
    "el año pasado un tipo me apunto con una pistola en el metro para quitarme la cartera, nunca lo denuncie, se puede hacer ahora?",
    "hace un mes me asaltaron con pistola en sunnyside, ahora que ya estoy mas tranquila quiero dar la descripcion del tipo",
    "en la fairview cerca de centennial park un señor amenazaba a la gente con un palo y gritaba, pero eso fue el domingo y hoy ya no esta",
    "hace dos años me amenazaron con un cuchillo en la parada del bus y nunca lo reporte, todavia puedo?",
    "en marzo un tipo me saco una navaja en el parque para robarme el celular, quiero denunciarlo aunque ya paso tiempo",
    "el verano pasado le dispararon a mi primo afuera de su casa, ahora me entere de quien fue, a quien le digo?",
    "hace unas semanas me robaron a punta de pistola en la gasolinera de la 5 de febrero, tengo el video de la camara",
    "la semana pasada un borracho amenazo a mi hermano con una botella rota en el bar, ya no ha vuelto",
    "en 2024 me asaltaron con un machete en el camino a la finca, ahora reconoci al tipo en facebook",
    "hace tres meses un señor me apunto con una escopeta por pasar por su terreno, puedo denunciar todavia?",
]
NOT_TOLD_LATER = URGENT + [  # the rules miss these two (a danger now with no danger word read); never a calm of this module
    "el año pasado me apunto con una pistola y hoy lo tengo enfrente otra vez",
    "hace un mes que mi ex me amenaza con una pistola, ahora que lo deje me manda fotos del arma",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", NOT_TOLD_LATER)
def test_not_told_later(text):
    assert not told_later(text.lower()), text
