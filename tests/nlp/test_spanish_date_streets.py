"""Streets, squares and colonias named for a date ("calzada 1 de mayo", "colonia 10 de abril") are places, not the
time of the event, also as a corner's first side ("avenida 20 de noviembre y juarez"): nlp/spanish_date_streets.py."""
import pytest

from nlp import extract


def read(text):
    d = extract(text).to_dict()
    return [p.lower() for p in d["locations"]], d["times"]


@pytest.mark.parametrize("text, place, times", [
    ("asaltaron una tienda en la calle 5 de mayo hace rato", "calle 5 de mayo", ["hace rato"]),
    ("vendiendo droga en la calle 16 de septiembre todos los dias", "calle 16 de septiembre", ["todos los dias"]),
    ("me robaron en el bulevar 15 de mayo", "bulevar 15 de mayo", []),
    ("disparos en la colonia 10 de abril ahorita", "colonia 10 de abril", ["ahorita"]),
    ("un carro sospechoso en la av 18 de marzo", "av 18 de marzo", []),
    ("pelea en la plaza 2 de abril", "plaza 2 de abril", []),
    ("en la calzada 1 de mayo hay un muerto", "calzada 1 de mayo", []),
    ("por la calle 21 de marzo anda un borracho", "calle 21 de marzo", []),
    ("en la privada 3 de octubre rompieron una ventana el 5 de mayo", "privada 3 de octubre", ["el 5 de mayo"]),
    ("hay un choque en avenida 20 de noviembre y juarez", "avenida 20 de noviembre y juarez", []),
    ("en calle 16 de septiembre esquina con morelos hay un muerto", "calle 16 de septiembre esquina con morelos", []),
    ("en la avenida 16 de septiembre y reforma chocaron", "avenida 16 de septiembre y reforma", []),
])
def test_date_named_street_is_a_place(text, place, times):
    assert read(text) == ([place], times)


@pytest.mark.parametrize("text, times", [
    ("me robaron el carro el 5 de mayo en la noche", ["el 5 de mayo en la noche"]),
    ("desde el 16 de septiembre no lo veo", ["desde el 16 de septiembre"]),
])
def test_a_date_with_no_street_word_stays_a_time(text, times):
    places, found = read(text)
    assert places == [] and found == times


@pytest.mark.parametrize("text, place", [
    ("en la calle 5 de mayo y luego se fue corriendo", "calle 5 de mayo"),
    ("en la calle 5 de mayo y pues nadie hace nada", "calle 5 de mayo"),
])
def test_a_word_of_the_sentence_is_no_corner_side(text, place):
    assert read(text)[0] == [place]


@pytest.mark.parametrize("text, place, times", [
    ("asaltaron a un señor en la 5 de mayo frente al banco", "5 de mayo", []),
    ("por la 16 de septiembre pasan las motos a toda velocidad", "16 de septiembre", []),
    ("por la 16 de septiembre ahorita hay balazos", "16 de septiembre", ["ahorita"]),
    ("sobre la 20 de noviembre y 5 oriente chocaron dos combis", "20 de noviembre y 5 oriente", []),
    ("vivo por la 2 de abril y me robaron el carro el 3 de mayo", "2 de abril", ["el 3 de mayo"]),
    ("por la 18 de marzo esquina con juarez venden droga", "18 de marzo esquina con juarez", []),
])
def test_a_date_after_la_is_the_street(text, place, times):
    """A date of the event is masculine ("el 5 de mayo"): after "la" the date names the street, whose article goes."""
    assert read(text) == ([place], times)


@pytest.mark.parametrize("text, place", [
    ("en la calle 5 de mayo y la av. hidalgo golpean a un señor", "calle 5 de mayo y la av. hidalgo"),
    ("en la avenida 16 de septiembre y calle morelos hay un choque", "avenida 16 de septiembre y calle morelos"),
    ("en la av. 5 de febrero y calle zaragoza chocaron", "av. 5 de febrero y calle zaragoza"),
    ("en la calle 5 de mayo y la av. pino suarez, ya esta en el piso", "calle 5 de mayo y la av. pino suarez"),
])
def test_corner_side_with_a_street_word_is_read_whole(text, place):
    assert read(text) == ([place], [])


def test_a_date_in_a_landmark_name_is_no_time():
    assert read("hay un borracho en el puente de la 16 de septiembre") == (["puente de la 16 de septiembre"], [])


@pytest.mark.parametrize("text", ["desde la 1 de la tarde hay un carro raro", "a la 1 de la mañana se oyeron tiros",
                                  "el 5 de mayo fue la pelea en la escuela"])
def test_a_clock_or_a_masculine_date_is_no_street(text):
    assert read(text)[0] == []
