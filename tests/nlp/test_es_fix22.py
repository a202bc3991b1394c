"""Spanish fixes of stop 22 (issue 14): kinds from the es-d22 batch, each with texts written here (not copied
from the dev files) and a negative that must stay as it was."""
import pytest

from nlp import extract


def got(text, field):
    return [v for v in extract(text).to_dict()[field]]


# A code word before a number: a bike serial, an order, a ticket, a money transfer's code, a VIN, a report
@pytest.mark.parametrize("text, field", [
    ("el numero de serie de la patineta es KRT 5520 81A, la dejé en el garaje", "plates"),
    ("el serial de mi bicicleta era PQM 3318, es una trek negra", "plates"),
    ("mi pedido 205-7718820-4431 nunca llego y ya pague", "phones"),
    ("tengo el ticket 6619024437 del estacionamiento y no lo puedo pagar", "phones"),
    ("me pidieron el mtcn 771 540 2290 por telefono y se los di", "phones"),
    ("el vin acaba en 40417 y el dueño no aparece", "locations"),
    ("quiero el informe NY-2025-40012 para el seguro", "locations"),
])
def test_code_word_before_a_number_is_no_plate_phone_or_place(text, field):
    assert got(text, field) == []


@pytest.mark.parametrize("text, field, value", [
    ("llamame al 713 555 0199 si sabes algo del carro", "phones", "713 555 0199"),   # no code word: still a phone
    ("la placa de la troca es GHT 4418, una silverado", "plates", "GHT4418"),           # a plate, not a serial
    ("me robaron la tarjeta en la calle 5 de mayo", "locations", "calle 5 de mayo"),     # "tarjeta en la": no code
])
def test_without_a_code_word_nothing_changes(text, field, value):
    assert value in got(text, field)


# Towns of two words or more in lower case after a Spanish cue, opening the text, or between commas
@pytest.mark.parametrize("text, value", [
    ("se pelean afuera del bar en santa ana todos los sabados", "santa ana"),
    ("cerca de council bluffs hay un trailer con perros amarrados", "council bluffs"),
    ("santa ana, la bristol st por la lavanderia venden cristal", "santa ana"),
    ("un robo en la canal st, nueva orleans, anoche a las 3", "nueva orleans"),
    ("me mude desde filadelfia y aqui me siguen amenazando", "filadelfia"),
])
def test_towns_after_a_spanish_cue(text, value):
    assert value in got(text, "locations")


@pytest.mark.parametrize("text, absent", [
    ("la placa era de nueva york, una camry gris", "nueva york"),      # the plate's state, not where it happened
    ("estaba en el centro con mis primas", "el centro"),                 # an article first: the words, not El Centro
    ("la iglesia de santa ana abre tarde hoy", "santa ana"),            # a landmark's name, not the town
    ("santa ana me ayude, le pegaron a mi hijo", "santa ana"),          # no comma after it: not a listed town
])
def test_no_town_where_the_words_mean_something_else(text, absent):
    assert absent not in got(text, "locations")


# "entre la A y la B" with a street word on both sides is two places; "A esquina con B" is one corner
@pytest.mark.parametrize("text, values", [
    ("tiran basura en el lote entre la 4th st y la 5th st cada noche", ["4th st", "5th st"]),
    ("hay un retén entre la carretera 59 y la bissonnet st desde temprano", ["carretera 59", "bissonnet st"]),
    ("en la oak st esquina con pine st se juntan a vender", ["oak st esquina con pine st"]),
])
def test_between_two_streets_and_esquina_con(text, values):
    assert got(text, "locations") == values


def test_a_corner_without_street_words_between_stays_one():
    assert got("se pelean entre la 7 y la 8 todos los dias", "locations") == ["7 y la 8"]


# Two readings joined by "o puede que", "o puede ser", "o creo que"; a reading corrected at once ("no perdon, ...")
@pytest.mark.parametrize("text, plates", [
    ("matricula 5520 LKD o puede que 5520 LKB, un seat leon negro", ["5520LKB", "5520LKD"]),
    ("la placa era PLM 4410 o puede ser PLM 4416, una tacoma", ["PLM4410", "PLM4416"]),
    ("ohio 3KRT 41? no perdon, 3KRT 47, un malibu gris", ["3KRT47"]),
    ("tablilla HJK 2291, digo, HJK 2297, una pathfinder", ["HJK2297"]),
])
def test_second_readings_and_corrections(text, plates):
    assert sorted(got(text, "plates")) == plates


@pytest.mark.parametrize("text, plates", [
    ("placa TRK 4410, perdon por escribir tan tarde", ["TRK4410"]),   # "perdon" with no plate after it
    ("placa JKM4410 o creo que era una van", ["JKM4410"]),             # "o creo que" with no second reading
])
def test_no_second_reading_without_a_plate_after(text, plates):
    assert got(text, "plates") == plates


# A plate in capitals right after its state, with no plate word
@pytest.mark.parametrize("text, plates", [
    ("oregon 552-KRW, un subaru verde, se metio al carril sin ver", ["552KRW"]),
    ("me choco un ford negro, arizona CKT 4410, y se fue", ["CKT4410"]),
])
def test_plate_after_its_state(text, plates):
    assert got(text, "plates") == plates


@pytest.mark.parametrize("text", [
    "desde ohio AB 12 no nos llaman",                           # too short for a plate
    "mi direccion en nueva york NY 10001 ya no sirve",          # a zip code
    "en florida 5 AM ya estaban tirando cohetes",               # a clock time
])
def test_no_plate_after_a_state_without_one(text):
    assert got(text, "plates") == []


# Phones: another country's code, and Spain's nine digits after a phone word
@pytest.mark.parametrize("text, phone", [
    ("me escribio por whatsapp desde el +52 33 1187 4409 pidiendo dinero", "+52 33 1187 4409"),
    ("me llamaron al movil desde el 722 41 09 83 diciendo que era del banco", "722 41 09 83"),
    ("el numero del tipo es 655 120 447, siempre llama de noche", "655 120 447"),
])
def test_spanish_and_international_phones(text, phone):
    assert phone in got(text, "phones")


@pytest.mark.parametrize("text", [
    "me cobraron 655120447 pesos de una vez en el banco",         # nine digits with no phone word
    "el pedido +52 33 1187 4409 no ha llegado",                   # after a code word
])
def test_no_phone_without_a_phone_word_or_after_a_code(text):
    assert got(text, "phones") == []


# "colonia X", "polígono X", "barrio <Spanish word>": the area word and its name are one place
@pytest.mark.parametrize("text, value", [
    ("en la colonia los pinos se meten a robar a las casas", "colonia los pinos"),
    ("queman llantas en el poligono norte cada fin de semana", "poligono norte"),
    ("venden droga en barrio chino detras del mercado", "barrio chino"),
])
def test_area_word_and_name_are_one_place(text, value):
    assert value in got(text, "locations")


@pytest.mark.parametrize("text, value", [
    ("en el barrio de triana roban bolsos", "barrio de triana"),  # the cue word and its "de" stay (stop 34)
    ("en el barrio fordham por la noche asaltan", "barrio fordham"),  # any name: the cue word stays (ANNOTATION.md)
])
def test_barrio_keeps_its_cue_word(text, value):
    assert value in got(text, "locations")
