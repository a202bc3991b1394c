"""Where a Spanish tip's street ends (nlp/spanish_street_tails.py) and what is no place in a Spanish tip: invented
texts, one kind of writing each."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("el bus siempre pasa tarde por la lomas blvd sw, llevo una hora", "lomas blvd sw"),
    ("hay un señor tirado frente a la tienda de la central ave ne ahorita", "central ave ne"),
    ("venden droga en la menaul blvd se cada tarde", "menaul blvd se"),
    ("robaron en el estacionamiento de la harvard dr se, ayer", "harvard dr se"),
    ("pasaron por la bryant ave s toda la mañana", "bryant ave s"),
])
def test_a_named_grid_street_after_la_keeps_its_quadrant(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("en la menaul blvd se oyen balazos", "menaul blvd"),        # "se oyen": the verb's pronoun
    ("en la menaul blvd se los llevaron", "menaul blvd"),        # "se los": a pronoun and its clitic
    ("en la main st e hijos de la vecina", "main st"),            # "e": and
])
def test_se_before_a_verb_and_e_are_no_quadrant(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("dejaron una moto quemada en la calle escultor benlliure el lunes", "calle escultor benlliure"),
    ("hay una pelea en la avenida reina sofia y nadie hace nada", "avenida reina sofia"),
    ("me robaron el bolso en la calle maestro rodrigo anoche", "calle maestro rodrigo"),
])
def test_a_title_after_a_street_word_takes_the_name_after_it(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("hay humo en el portal de la calle de san juan de la cruz, venid ya", "calle de san juan de la cruz"),
    ("un coche mal aparcado en la calle de san vicente ferrer 30, lleva dias", "calle de san vicente ferrer 30"),
])
def test_a_name_with_a_verbs_ending_is_no_verb(text, place):
    assert place in places(text)


def test_a_time_word_after_a_lower_case_street_stays_out_of_it():
    assert "calle tordera" in places("rompieron los buzones en la calle tordera anteayer")


@pytest.mark.parametrize("text, place", [
    ("choque enfrente de la tienda de la calle 20 de noviembre, vengan", "calle 20 de noviembre"),
    ("hay un incendio en la avenida 16 de septiembre ahorita", "avenida 16 de septiembre"),
])
def test_a_street_named_for_a_date_ends_with_its_month_and_is_no_time(text, place):
    d = extract(text).to_dict()
    assert place in d["locations"]
    assert not any("de noviembre" in t or "de septiembre" in t for t in d["times"])


def test_a_day_of_the_month_after_a_numbered_street_and_no_month_stays_out():
    assert "calle 5" in places("en la calle 5 de mi barrio hay una pelea")


@pytest.mark.parametrize("text, place", [
    ("se oye a alguien pidiendo ayuda, flat 2, 18 hawthorn road, no abre nadie", "flat 2, 18 hawthorn road"),
    ("el de arriba en flat 9, 63 linden grove grita que la va a matar", "flat 9, 63 linden grove"),
])
def test_a_flat_before_an_address_is_one_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text", [
    "el recibo dice 2,310 kwh y no puede ser, me roban la luz?",
    "me estafaron en airbnb con una casa que no existe",
    "mi hijo habla con un señor en roblox todas las noches",
    "perdi mi green card en el camion, como saco otra?",
    "me marca el 312 555 0199 ext 40 y no contestan",
    "me robaron la bici, serial WTB88213X, la compre en mayo",
    "compre un celular y esta bloqueado por imei 351234567890123",
])
def test_sites_units_papers_and_codes_are_no_places(text):
    assert places(text) == []


@pytest.mark.parametrize("text, place", [
    ("hay un perro atorado en la reja del oscar johnson park, esta llorando", "oscar johnson park"),
    ("se cayo un niño del ray lake pier y no sale", "ray lake pier"),
])
def test_an_english_place_named_for_a_person_is_a_place(text, place):
    assert place in places(text)


def test_a_spanish_word_before_an_english_place_word_names_none():
    assert places("siempre vamos al mismo mall los sabados") == []


@pytest.mark.parametrize("text, place", [
    ("los chavales venden en hollin side todas las noches", "hollin side"),
    ("aparcan las furgos en kelby down cada finde", "kelby down"),
])
def test_an_english_area_word_after_a_barrio_name_is_the_areas(text, place):
    assert place in places(text)
