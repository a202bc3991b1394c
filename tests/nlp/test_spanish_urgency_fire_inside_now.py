"""Stop 38: spanish_urgency_fire_inside_now.py: a fire now with a person inside is urgent, a service on the scene
or not; nobody inside, the past, the news stay calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp

URGENT = [
    'hay un coche ardiendo en la calle sol y hay un señor dentro, ya estan los bomberos',
    'se prendio la casa de junto y dicen que la abuelita sigue adentro',
    'arde un departamento en el 3er piso de la 1200 de la main st y hay niños dentro, ya llegaron los bomberos',
    'sale fuego de la cocina del bar y el cocinero se quedo dentro, no abre la puerta',
    'se incendio la troca con el chofer adentro en la carretera 57',
    'la caravana esta en llamas y creo que hay alguien dentro, en el camping de la playa',
    'se esta quemando la nave de la calle industria con trabajadores adentro',
    'incendio en el piso de mi vecina, ella esta dentro y no contesta',
    'hay humo saliendo del bajo y el señor que vive ahi esta dentro en silla de ruedas',
    'se quema una chabola en el descampado y hay gente dentro gritando',
]
CALM = [
    'hay un coche ardiendo en el descampado y no hay nadie dentro, ya estan los bomberos',
    'el incendio de la casa de ayer, habia una señora dentro pero la sacaron, como esta?',
    'vi en las noticias un incendio con gente dentro en otra ciudad',
    'la casa se quemo la semana pasada con la familia dentro, gracias a dios salieron todos',
    'se prendio la basura del contenedor, dentro de un rato lo apagan los del ayuntamiento, no hay nadie cerca',
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text
