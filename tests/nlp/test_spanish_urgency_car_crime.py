"""Stop 38: spanish_urgency_car_crime.py: car crime now with nobody in danger is calm (ANNOTATION.md, stop 33);
the same words with a weapon, someone struck or a person inside stay urgent, and so does getting into or breaking
into cars now (stop 38). Texts invented for the test, none from the dev set."""
import pytest

import nlp

URGENT = [
    'hay 2 tipos probando las puertas de los carros ahorita, uno trae una pistola',
    'un tipo esta rompiendo los vidrios de los carros con un bate y le pego a un señor que le grito',
    'estan robando las llantas de un carro y el dueño salio y lo estan golpeando',
    'un hombre jalando las manijas de los carros, se metio a uno donde hay un bebe dentro',
    'dos tipos jalando las manijas de los carros en el parking, uno trae un cuchillo en la mano',
    'un tio esta rompiendo los cristales de los coches en mi calle y le ha pegado a mi vecino',
    'un wey esta jalando las puertas de los carros en mi cuadra y tiene un arma en la cintura',
    'estan robando la bateria de un carro en la 800 de la lake st y el dueño les esta gritando, se van a pelear',
    # getting into or breaking into cars now is urgent (ANNOTATION.md, decided at stop 38)
    'unos morros se estan metiendo a los carros del estacionamiento, ya abrieron dos',
]
CALM = [
    'dos chavos estan jalando las manijas de los carros en el estacionamiento del walmart ahorita',
    'hay un tipo probando puertas de coches en la calle mayor ahora mismo, no lleva nada en las manos',
    'ahorita estan robando las llantas de una camioneta en la 300 de la elm st, son dos',
    'un tio esta abriendo los coches aparcados en mi calle uno por uno, ahora mismo',
    'alguien esta robando el catalizador de un carro en el parking de la iglesia ahorita',
    'estan desvalijando una furgoneta en el poligono ahora mismo, le quitan las ruedas',
    'un señor va probando las manijas de las trocas en el parking del h-e-b, ahorita',
    'ahora mismo un chaval con capucha esta probando las manillas de los coches del parking del mercadona',
    'en la 1400 de la pine st hay dos batos quitandole los rines a un honda, ahorita',
    'estan sacando el estereo de una camioneta en el estacionamiento de la prepa ahorita, son 3',
    'oigan en el parking del soriana hay un chavo abriendo las trocas con una ganzua, ahorita, ya se metio a una gris',
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text
