"""Spanish times of nlp/spanish_time_words.py: a routine after "despues de", "todo el <day>", "antes del <day>"."""
import pytest

import nlp


@pytest.mark.parametrize("text, expected", [
    ("unos chavos le quitan el dinero a mi hijo en la parada despues de clases", ["despues de clases"]),
    ("el jueves despues de la escuela lo esperaron en el parque para pegarle", ["el jueves despues de la escuela"]),
    ("mañana despues de clase dicen que van a golpear a mi sobrina", ["mañana despues de clase"]),
    ("cada domingo despues de misa de 11 se pelean en el estacionamiento de la iglesia", ["cada domingo despues de misa de 11"]),
    ("una van gris estuvo parada frente a mi casa todo el sabado con dos tipos adentro", ["todo el sabado"]),
    ("dice que si no le pago antes del lunes va a subir las fotos", ["antes del lunes"]),
    # "para" says what the day is for and is dropped, as the English "on" (stop 31, round 2)
    ("publicaron en tiktok que habra una pelea en la secundaria para el lunes, es broma dicen", ["el lunes"]),
])
def test_spanish_time_words(text, expected):
    assert nlp.extract(text).times == expected


@pytest.mark.parametrize("text", [
    "el perro del vecino no hace nada despues de todo, solo ladra",   # "despues de todo": no routine
    "pregunta, para el permiso de armas que papeles necesito",        # "para el" before no day
])
def test_spanish_time_words_not_times(text):
    assert nlp.extract(text).times == []


@pytest.mark.parametrize("text, expected", [   # nlp/spanish_time_edges.py: the day a clock or a part of the day is of
    ("la camara grabo a dos tipos saltando la reja a las 3:15 del sabado", ["a las 3:15 del sabado"]),
    ("unas motos hacen carreras por la avenida cada noche de viernes", ["cada noche de viernes"]),
])
def test_spanish_day_of_a_time(text, expected):
    assert nlp.extract(text).times == expected
