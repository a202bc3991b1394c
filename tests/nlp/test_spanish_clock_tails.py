"""Spanish clock times whole: the vague minutes ("a las 2 y pico"), a second hour ("a las 2 o 3 de la mañana"), the
range's end ("desde las 10 hasta la 1", "hasta como las 3") and a day's clock range ("cada martes entre las 11 y la 1",
"cada jueves a partir de las 8"): nlp/spanish_clock_tails.py. Variants written for stop 39, not copied from dev."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("venden droga todas las noches desde las 10 hasta la 1", ["todas las noches desde las 10 hasta la 1"]),
    ("se juntan cada martes entre las 11 y la 1 en la cancha", ["cada martes entre las 11 y la 1"]),
    ("pasa un coche despacio a las 2 o 3 de la mañana", ["a las 2 o 3 de la mañana"]),
    ("asaltan a los de los elotes todas las noches entre 8 y 9", ["todas las noches entre 8 y 9"]),
    ("el que vende llega cada jueves a partir de las 8", ["cada jueves a partir de las 8"]),
    ("me robaron el movil a las 2 y pico en la avenida", ["a las 2 y pico"]),
    ("da vueltas por la escuela desde las 7 y pico", ["desde las 7 y pico"]),
    ("hacen ruido los sabados de 11 a 1 de la madrugada", ["los sabados de 11 a 1 de la madrugada"]),
    ("el vecino pone musica desde la 1 hasta las 5", ["desde la 1 hasta las 5"]),
    ("se pelearon anoche como a las 12 y algo", ["anoche como a las 12 y algo"]),
    ("llegan a partir de las 10 de la noche cada viernes", ["a partir de las 10 de la noche cada viernes"]),
    ("entran y salen carros desde las 7 de la noche hasta como las 3", ["desde las 7 de la noche hasta como las 3"]),
    ("tengo 2 o 3 carros viejos en el patio", []),
    ("le debo entre 8 y 9 mil pesos al prestamista", []),
    ("robaron la tienda a las 3 y pico de la madrugada", ["a las 3 y pico de la madrugada"]),
    ("me siguen desde la 4 y el parque", []),
    ("el carro se paro en la 5 hasta la 8 de la colonia", []),
])
def test_spanish_clock_tails(text, expected):
    assert extract(text).times == expected
