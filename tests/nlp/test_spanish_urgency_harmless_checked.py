"""Stop 38: spanish_urgency_harmless_checked.py: bangs, smoke or cries explained by a harmless source the writer
checked are calm; the same words with someone hurt or a weapon aimed stay urgent. Texts invented for the test, none from the dev set."""
import pytest

import nlp

URGENT = [
    'se oyen tiros en la plaza, pensaba que eran cohetes pero hay un hombre en el suelo sangrando',
    'humo en la casa de al lado, fui a ver y hay una señora dentro que no puede salir',
    'pense que eran fuegos artificiales pero es un tipo disparando a la gente en la feria',
    'es el vecino quemando basura pero el fuego ya se paso a la casa y hay niños dentro',
    'fui a ver el humo y un hombre me apunto con una pistola',
    'oigo tiros, decian que era la feria pero hay gente corriendo y un chico en el suelo',
    'pense que eran cohetes pero un señor esta disparando al aire y apuntando a la gente en la plaza',
]
CALM = [
    'se oyen tiros en la plaza pero son cohetes de la fiesta del pueblo, ya pregunte',
    'mucho humo en la parcela de al lado, es el vecino quemando rastrojos, fui a ver y lo tiene controlado',
    'disparos en el barrio? tranquilos son los fuegos artificiales de la boda del salon',
    'sale humo negro de la nave pero es la prueba de un generador, ya hable con el encargado, no hay fuego',
    'se oyen balazos cerca de la escuela pero es la feria, la caseta de tiro al blanco, ya fui a checar',
    'humo en el patio del 300 de la calle luna, es una barbacoa, baje a ver, todo bien',
    'explosiones en el monte, son los de la cantera con barrenos, lo hacen cada martes, ya llame al ayuntamiento',
    'humareda en el campo de atras, es una quema autorizada, estan los del ayuntamiento vigilando',
    'escuche como disparos en el estacionamiento pero era el escape de una moto, ya sali a ver',
    'olor a quemado y humo en la escalera, era la tostadora del vecino del 2, ya lo he visto yo, todo controlado',
    'oi como balazos en la cuadra, sali y era un camion que petardeaba, todo bien',
    'hay una columna de humo en el cerro pero son los ejidatarios quemando pasto, ya les pregunte',
    'se oyeron explosiones en la plaza, eran cohetes de la procesion, me lo dijo el cura',
    'tiros en el descampado? no se asusten, es el club de tiro olimpico, entrenan los domingos',
    'sale mucho humo del jardin del 14 pero es una parrillada, me asome y estan comiendo',
    'escucho a una mujer gritando auxilio pero es mi vecino jugando al videojuego con los cascos, ya subi',
    'humo en la azotea del edificio, es el de mantenimiento soldando, ya le pregunte al conserje',
    'estallidos en la calle mayor, son petardos de los chavales por las fiestas, los estoy viendo',
    'se oyen disparos por la loma, son los cazadores de palomas del coto? no, es la fiesta del santo con cohetones, ya pregunte en la tienda',
    'oi una explosion muy fuerte, era el transformador de la luz, ya vino la compañia y todo bien',
    'gente gritando en el portal 5, fui a ver y era una despedida de soltera, todo tranquilo',
    'mucho humo en la playa, es una hoguera de san juan, tranquilos, esta lleno de gente con cubos',
    'estruendos en el polígono, es la cantera con las voladuras de los jueves, me lo ha confirmado el vigilante',
    'se escuchan balazos pero son los de la pelicula que estan grabando en la plaza, ya me acerque a ver',
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text
