"""Stop 38: spanish_urgency_service_on_scene.py: a service already on the scene with nobody at risk is calm; the
same words with someone inside, trapped or hurt stay urgent. Texts invented for the test, none from the dev set."""
import pytest

import nlp

URGENT = [
    'hay un coche ardiendo en la calle sol y hay un señor dentro, ya estan los bomberos',
    'accidente en la carretera 45, ya esta la policia pero hay un herido sangrando mucho y no llega la ambulancia',
    'casa en llamas en la calle pino, los bomberos ya llegaron pero hay una niña atrapada en el segundo piso',
    'choque en la esquina, ya llego la patrulla pero el conductor no se mueve',
    'se esta quemando la casa de mi vecina, los bomberos ya vienen y ella sigue adentro',
    'se volco un trailer en la 57, ya esta la federal pero el chofer sigue atrapado en la cabina',
    'pelea afuera del bar, ya llego una patrulla pero uno esta en el suelo sangrando',
]
CALM = [
    'hay un coche ardiendo en el descampado de la calle sol, esta vacio y ya estan los bomberos apagandolo',
    'un contenedor en llamas en la 300 de la main st, los bomberos ya llegaron y no hay nadie cerca',
    'accidente en la carretera 45, ya esta la policia y la ambulancia, nadie herido, solo para que sepan',
    'se incendio una camioneta abandonada en el baldio, ya la apagaron los bomberos, no hubo heridos',
    'choque en la esquina de 5 de mayo y juarez, ya llego la patrulla, todos estan bien',
    'un arbol cayo sobre un carro estacionado en la calle robles, estaba vacio, ya estan los de proteccion civil',
    'humo en la nave de la calle industria, ya estan ahi los bomberos y sacaron a todos, nadie herido',
    'la moto que se prendio en el parking ya la apagaron los bomberos, no habia nadie',
    'se quema una troca en el lote de la 700 de la elm st, no hay nadie adentro y ya vinieron los bomberos',
    'el incendio del contenedor de la plaza ya esta apagado, vinieron los bomberos, todo bien',
    'se volco un trailer en la 57, ya esta la federal ahi, el chofer esta bien, solo daños materiales',
    'arde un contenedor en la plaza mayor, ya lo estan apagando los bomberos, no hay nadie cerca',
    'una señora se cayo en el mercado, ya llego la ambulancia y la estan atendiendo, esta consciente y bien',
    'pelea afuera del bar la estrella pero ya llegaron dos patrullas y se calmo todo, nadie lastimado',
    'se quemo un coche en el parking del centro comercial, estaba vacio, ya lo apagaron los bomberos',
    'fuga de gas en la calle sol, ya estan los bomberos y desalojaron a todos, todos bien',
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text
