"""Stop 38: spanish_urgency_fire_spreading.py: a fire spreading towards homes or people now is urgent; the past,
the news stay calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp

URGENT = [
    'se quema el monte detras de la colonia y el aire lleva el fuego hacia las casas, la gente esta saliendo',
    'el incendio del cerro ya llego a las primeras casas de la urbanizacion, estamos evacuando',
    'las llamas avanzan hacia el pueblo por la ladera, ya se ven desde la plaza',
    'fuego en el pastizal junto a la escuela, el viento lo empuja hacia los salones y hay niños',
    'se esta quemando el solar de al lado y las llamas ya tocan la pared de mi casa',
    'el fuego se esta acercando a las casas de la calle pinar, hay humo por todos lados',
    'arde el pinar de la sierra y va directo a las cabañas del campamento',
    'el incendio forestal se extiende hacia la carretera y las casas de la urbanizacion los olivos',
    'se prendio la maleza del baldio y el fuego ya esta pegando a las bardas de las casas',
    'hay un incendio en el monte y avanza hacia el barrio, los vecinos estan sacando a los niños',
    'hay fuego en el cañaveral y el aire lo esta llevando hacia las casas del ejido',
    'el incendio del monte ya esta bajando hacia la colonia, la gente esta subiendo cosas a los carros',
]
CALM = [
    'el incendio del monte de la semana pasada llego hasta las casas, queremos saber si hay ayudas',
    'hubo un incendio el verano pasado que llego a las casas, este año aun no',
    'vi en la tele un incendio que avanza hacia las casas en california, que miedo',
    'arde el cerro de enfrente pero va hacia el otro lado, lejos del pueblo',
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text
