"""Stop 28 fixes for Spanish plates, part plates, vehicles and phones. Texts invented for these tests (none copied
from dev)."""
import pytest

from nlp import extract
from nlp.spanish_old_plates import old_spain_plates


# Spain's provincial plates (1971-2000), copied as printed, with or without a plate word before them
@pytest.mark.parametrize("text, plates", [
    ("un seat ibiza rojo, MA-4471-BK, aparca todas las noches en la acera de la calle larios", ["MA4471BK"]),
    ("coche blanco matricula SE 8812 Z dando vueltas por el barrio cada tarde", ["SE8812Z"]),
    ("en el descampado de detras del polideportivo hay un opel corsa quemado, B-2280-MN, lleva ahi desde junio", ["B2280MN"]),
])
def test_a_provincial_plate_is_read_whole(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text", [
    "MX-4471-BK",          # MX is no province of Spain
    "M4471BK",             # run together: any code could be written so
    "ma-4471-bk",          # in lower case: prose, not a plate copied from the car
])
def test_only_a_province_in_capitals_in_three_groups_is_a_provincial_plate(text):
    assert old_spain_plates(text, []) == []


# Mexican plates in three groups after the state that issued them, "Baja" for Baja California
@pytest.mark.parametrize("text, plates", [
    ("una tahoe blanca de sonora, VRT-55-18, se para cada noche frente a la tiendita", ["VRT5518"]),
    ("camioneta gris con placas de baja BKR-417-D, anda rondando la primaria desde el lunes", ["BKR417D"]),
    ("placa de baja, ALW-55-20, un jetta rojo que me choco y se fue", ["ALW5520"]),
    # two readings after a state's code: both, as before
    ("TX KRT-4J1 o KRT-4J7, una camry gris que se estaciona en la banqueta", ["KRT4J1", "KRT4J7"]),
])
def test_a_mexican_plate_after_its_state_is_read_whole(text, plates):
    assert sorted(extract(text).plates) == plates


# Spain's phones in Spain's groups need no phone word before them
@pytest.mark.parametrize("text, phones", [
    ("le mande 90 euros por bizum a un tal 633 218 774 y ya no contesta", ["633 218 774"]),
    ("el 677 41 90 23 me escribe cada noche diciendo que sabe donde vivo", ["677 41 90 23"]),
    ("me piden que devuelva el dinero al 93 418 22 61, es una estafa?", ["93 418 22 61"]),
])
def test_a_spanish_phone_in_its_groups_needs_no_phone_word(text, phones):
    assert extract(text).phones == phones


@pytest.mark.parametrize("text", [
    "mi gato tiene chip 941 000 218 447 193 y se escapo por la ventana del patio el domingo",   # 15 digits: a chip
    "el pedido 612 44 71 09 de la tienda no llego nunca, me devuelven el dinero?",               # a code word before it
])
def test_a_longer_number_or_a_code_is_no_spanish_phone(text):
    assert extract(text).phones == []


# Ten digits inside a longer number are no phone: an order number goes on after a hyphen, an IBAN on both sides
@pytest.mark.parametrize("text", [
    "mi compra de amazon 114-2290417-6638102 salio entregada pero en mi casa no hay nada",
    "the order 118-5527719-0042216 says delivered but its not on my porch, neighbour has cameras",
    "me pidieron que pague a la cuenta ES76 0049 1500 0512 3456 7892 para liberar el paquete",
])
def test_ten_digits_inside_a_longer_number_are_no_phone(text):
    assert extract(text).phones == []


def test_a_phone_before_a_hyphenated_word_is_still_a_phone():
    assert extract("call me on 215-555-0143 - thanks, the blue car is back").phones == ["215-555-0143"]


# Part plates said in words: what the plate had, the plate "acabada en", which of its groups
@pytest.mark.parametrize("text, parts", [
    ("la matricula tenia LKP y luego numeros, un golf negro que me ha rayado el coche", ["LKP"]),
    ("solo se que tenia un 48 en la placa, una troca roja que atropello a un perro", ["48"]),
    ("la placa de adelante tenia los numeros 612, camioneta azul dando vueltas", ["612"]),
    ("un seat leon con la matricula terminada en KRV aparca en el vado de mi garaje", ["KRV"]),
    ("los numeros de la tablilla eran 902, no vi las letras, una guagua blanca", ["902"]),
    ("tenia placa de texas, solo vi las letras del principio, RHT, una camaro amarilla", ["RHT"]),
])
def test_a_part_plate_said_in_words(text, parts):
    assert extract(text).partial_plates == parts


@pytest.mark.parametrize("text", [
    "la placa tenia 3 numeros y no los vi, una troca blanca en la esquina",     # a count, not a part
    "vi la placa de la troca pero me cobraron en la tarjeta terminada en 4471",  # a card's last digits
    "la placa de adelante no tenia nada, un charger negro que hace arrancones",
])
def test_no_part_plate_without_the_part(text):
    assert extract(text).partial_plates == []


# The model year after the colour stays in a Spanish vehicle (the annotation guide)
@pytest.mark.parametrize("text, vehicles", [
    ("se robaron un toyota camry gris 2019 del estacionamiento del hospital anoche", ["toyota camry gris 2019"]),
    ("una guagua azul del 98 se para frente a la escuela todas las mañanas", ["guagua azul del 98"]),
])
def test_the_model_year_after_the_colour_is_kept(text, vehicles):
    assert extract(text).vehicles == vehicles


def test_a_sum_after_the_colour_is_no_model_year():
    assert extract("me vendio una troca blanca 2000 dolares y era robada").vehicles == ["troca blanca"]


# Colours with their shade ("verde limon", "azul rey", "vino tinto") and the colours "plata", "guinda"
@pytest.mark.parametrize("text, vehicles", [
    ("un nissan versa azul cielo me choco en la salida del mall y se fue", ["nissan versa azul cielo"]),
    ("una tahoe vino tinto se para cada noche frente a la tienda", ["tahoe vino tinto"]),
    ("un jeep verde militar con 3 tipos adentro da vueltas por la cuadra", ["jeep verde militar"]),
    ("una durango guinda con los vidrios oscuros sigue a mi hija", ["durango guinda"]),
])
def test_a_colour_with_its_shade(text, vehicles):
    assert extract(text).vehicles == vehicles


# A type and its colour before the make are one vehicle: "troca negra dodge ram"
@pytest.mark.parametrize("text, vehicles", [
    ("una camioneta gris toyota tacoma se llevo las herramientas del vecino", ["camioneta gris toyota tacoma"]),
    ("un carro negro honda civic da vueltas por la escuela", ["carro negro honda civic"]),
    # a comma between: two mentions, as written
    ("una troca blanca, ford, dejo basura en el lote", ["troca blanca", "ford"]),
])
def test_a_type_and_colour_before_the_make_are_one_vehicle(text, vehicles):
    assert extract(text).vehicles == vehicles


# Vehicle words of Mexican and Spain's Spanish: "ranfla", "furgo", "traila", "troquita", "quad"
@pytest.mark.parametrize("text, vehicles", [
    ("una ranfla negra con 4 vatos adentro le dispararon a la casa de enfrente", ["ranfla negra"]),
    ("una furgo blanca sin rotular lleva 3 dias aparcada en el vado", ["furgo blanca"]),
    ("un quad verde sin luces anda por el monte cada noche", ["quad verde"]),
])
def test_spanish_vehicle_words(text, vehicles):
    assert extract(text).vehicles == vehicles


# Models sold in Mexico named alone, with a colour: "una lobo negra", "un tsuru blanco"
@pytest.mark.parametrize("text, vehicles", [
    ("una lobo blanca con 3 hombres armados esta parada frente a la escuela", ["lobo blanca"]),
    ("un tsuru gris me siguio desde la gasolinera hasta mi casa", ["tsuru gris"]),
    ("una troca cheyenne roja tira basura en el arroyo cada domingo", ["troca cheyenne roja"]),
])
def test_a_mexican_model_with_its_colour(text, vehicles):
    assert extract(text).vehicles == vehicles


def test_a_mexican_model_word_without_a_colour_is_no_vehicle():
    assert extract("dicen que el lobo anda suelto por el cerro de atras del rancho").vehicles == []


# A model named by a series word and its number or letter: "bmw serie 3", "mercedes clase c"
@pytest.mark.parametrize("text, vehicles", [
    ("un bmw serie 5 gris aparca en la plaza de minusvalidos todos los dias", ["bmw serie 5 gris"]),
    ("un mercedes clase c negro me ha rayado el coche en el parking", ["mercedes clase c negro"]),
])
def test_a_series_model_with_its_colour(text, vehicles):
    assert extract(text).vehicles == vehicles


def test_a_pick_up_written_in_two_words():
    assert extract("una pick up gris con 2 tipos adentro anda robando bicis en la colonia").vehicles == ["pick up gris"]
