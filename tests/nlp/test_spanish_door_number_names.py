"""A Spanish street's name runs on to the house number written after it, whatever the clause says next
(nlp/spanish_door_number_names.py): the rest of the name, joined by "de (la)" or a double surname's "y", then the door.
A number that counts something, a clock or an article that opens the sentence's next phrase stays out. Invented texts."""
import pytest

from nlp import extract


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


@pytest.mark.parametrize("text, place", [
    ("me robaron la cartera en la calle benito juarez 145 cuando salia del banco", "calle benito juarez 145"),
    ("hay una fuga de agua enorme en la avenida lazaro cardenas 2210 desde la mañana", "avenida lazaro cardenas 2210"),
    ("un tio esta rompiendo retrovisores en la calle gran capitan 8 ahora mismo", "calle gran capitan 8"),
    ("mi vecino le pega a su mujer en el piso de la calle doctor fleming 33 todas las noches", "calle doctor fleming 33"),
    ("se metieron a robar en la casa de la calle francisco villa 412 y se llevaron la tele", "calle francisco villa 412"),
    ("hay un perro muerto tirado en la av miguel aleman 1500 pero nadie lo recoge", "av miguel aleman 1500"),
    ("dejaron un coche quemado en la calle santa engracia 120 junto al contenedor", "calle santa engracia 120"),
    ("pelea a cuchillo en el bar de la calle de lope de vega 27 hace un rato", "calle de lope de vega 27"),
    ("balacera afuera de la avenida ignacio zaragoza 300 mientras pasaban los niños", "avenida ignacio zaragoza 300"),
    ("un carro chocado en la calle pedro moreno 56 sin nadie adentro", "calle pedro moreno 56"),
    ("me siguio un hombre hasta la calle de goya 41 pero ya me meti al portal", "calle de goya 41"),
    ("atropellaron a un ciclista en la calle de zubiria y lopez 19 y el coche siguio", "calle de zubiria y lopez 19"),
])
def test_the_name_runs_on_to_the_door(text, place):
    assert places(text) == [place]


@pytest.mark.parametrize("text, place", [
    ("en la calle hidalgo 3 tipos armados asaltaron una tienda", "calle hidalgo"),
    ("pasaron por la calle morelos 2 veces en una camioneta negra", "calle morelos"),
    ("en la calle reforma 4 hombres golpeaban a un chavo", "calle reforma"),
    ("estuve en la calle mayor 20 minutos esperando y no vino nadie", "calle mayor"),
    ("en la calle hidalgo ayer como a las 3 asaltaron una tienda", "calle hidalgo"),
    ("en la avenida reforma hace 2 dias vi una pelea", "avenida reforma"),
    ("en la calle cuauhtemoc esta el 7 eleven donde asaltan", "calle cuauhtemoc"),
    ("en la avenida insurgentes van 3 patrullas", "avenida insurgentes"),
    ("todos los dias en la av zaragoza el camion urbano 76 va con la puerta abierta", "av zaragoza"),
])
def test_a_count_a_clock_or_the_next_phrase_is_no_door(text, place):
    assert places(text) == [place]
