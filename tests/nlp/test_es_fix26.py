"""Spanish fixes of stop 26 (issue 14): kinds from the folded Spanish held-out rows (es-h7 and before), each with texts
written here (not copied from the dev files) and a negative that must stay as it was."""
import pytest

from nlp import extract
from nlp.pipeline import get_pipeline
from nlp.spanish_rules import flown, verb_form
from nlp.tagged_places_es import ENDS_IN_BEFORE_RE, after_street_word, not_a_place, trimmed


def got(text, field):
    return extract(text).to_dict()[field]


# A street, then "y" and what happened next: a verb or a word only Spanish holds is no second street
@pytest.mark.parametrize("text, place", [
    ("un camion blanco choco mi carro en la 12th st y arranco sin parar", "12th st"),
    ("cada noche paran en la morgan ave y bajan cajas de la troca", "morgan ave"),
    ("el carro esta estacionado en la calle romero y tapa la entrada de mi casa", "calle romero"),
])
def test_a_street_then_what_happened_next(text, place):
    assert got(text, "locations") == [place]


@pytest.mark.parametrize("text, place", [
    ("hay una pelea en la esquina de la 9th st y quincy ahorita", "9th st y quincy"),
    ("en la 44 y racine hay un carro quemado", "44 y racine"),
])
def test_a_corner_still_a_corner(text, place):
    assert place in got(text, "locations")


def test_verb_forms():
    assert verb_form("arranco") and verb_form("bajan") and verb_form("tiraron")
    assert not any(verb_form(w) for w in ("racine", "kedzie", "union", "skillman", "cambria", "fullerton"))


# After "con" a count is how many people, not a second street ("calle X con calle Y" stays a Spain corner)
@pytest.mark.parametrize("text, place", [
    ("dejaron un coche negro en la puerta del bar de baker road con 3 tios dentro", "baker road"),
    ("un coche da vueltas por el barrio de getafe con dos tipos mirando las casas", "barrio de getafe"),
])
def test_con_and_a_count_ends_the_place(text, place):
    assert got(text, "locations") == [place]


# After an English street word ("st", "ave") a common word is the sentence again, not the street's name
@pytest.mark.parametrize("text, place", [
    ("la señora del 40 de la linden st cobra por cuidar niños sin licencia", "40 de la linden st"),
    ("se esta quemando la cocina, 815 maple ave segundo piso, vengan ya", "815 maple ave"),
])
def test_an_english_street_word_ends_the_name(text, place):
    assert place in got(text, "locations")
    assert not any(len(p) > len(place) and p.startswith(place) for p in got(text, "locations"))


# The tagger's spans are trimmed the same way (tagged_places_es.trimmed), whatever the tagger reads
@pytest.mark.parametrize("text, span, kept", [
    ("me asaltaron en la estacion de kings cross y aun tengo miedo", "estacion de kings cross y aun",
     "estacion de kings cross"),
    ("el carro tapa la salida de la calle roble y tapa el vado", "calle roble y tapa", "calle roble"),
    ("lo vi en la harlan ave y bajan cosas", "harlan ave y bajan", "harlan ave"),
    ("vive en el 12 de la oak st cobra renta", "12 de la oak st cobra", "12 de la oak st"),
    ("un coche da vueltas por getafe con dos tipos", "getafe con dos", "getafe"),
    ("me estan robando, 3310 de la calle rosales porfa", "3310 de la calle rosales porfa", "3310 de la calle rosales"),
    ("estan en la 9th st y quincy", "9th st y quincy", "9th st y quincy"),
    ("estan en la 16th ave sw", "16th ave sw", "16th ave sw"),
])
def test_tagged_spans_trimmed(text, span, kept):
    doc = get_pipeline().make_doc(text)
    start = text.index(span)
    s, e = trimmed(doc, start, start + len(span))
    assert text[s:e] == kept


def test_a_date_after_a_street_word_is_its_name():
    text = "en la avenida 20 de noviembre, anoche a las 3"
    assert after_street_word(text, text.index("20 de noviembre"))
    assert not after_street_word(text, text.index("anoche"))


def test_the_tagger_keeps_a_street_named_by_a_date():
    assert "avenida 5 de mayo" in got("hubo un choque en la avenida 5 de mayo anoche", "locations")


# A time after a street ends it ("la calle X anteayer"); a date after "calle" is the street's own name
def test_a_time_ends_a_tagged_street():
    assert "calle hidalgo anteayer" not in got("esos rayaron los carros en la calle hidalgo anteayer", "locations")


# "porfa" after an address is "please", not part of the street
def test_please_after_an_address():
    assert got("me estan robando el carro ahorita, 3310 de la calle rosales porfa", "locations") == \
        ["3310 de la calle rosales"]


# Five digits with no ZIP word or state before them are a ticket, a receipt or an id in a Spanish text, no place
@pytest.mark.parametrize("text", [
    "me llego una multa y el numero de la boleta es el 60629, como la pago?",
    "el chofer de la app se porto mal y su id es 77036, a quien le reporto",
    "el recibo dice 90210 y ya pague, por que me siguen cobrando",
])
def test_five_digits_are_no_zip_in_spanish(text):
    assert got(text, "locations") == []


@pytest.mark.parametrize("text, zip_code", [
    ("vivo en el codigo postal 60629 y hay balazos cada noche", "60629"),
    ("mi zip es 77036 y no llega la patrulla", "77036"),
])
def test_a_zip_after_a_zip_word_stays(text, zip_code):
    assert zip_code in got(text, "locations")


# Two capitals and five digits are a ZIP only after a state's code ("NY 10001"); else a US plate ("AN 43221")
@pytest.mark.parametrize("text, plate", [
    ("NJ plate KR 55190, un dodge gris, se para frente a la escuela", "KR55190"),
    ("la de atras decia calif TW 40871 y se fue por la 5", "TW40871"),
    ("tablilla texas tag GM 30442, una troca negra", "GM30442"),
])
def test_a_state_then_two_letters_and_five_digits(text, plate):
    assert got(text, "plates") == [plate]


def test_a_zip_after_its_state_code_is_no_plate():
    assert got("vivo en brooklyn NY 11221 y los vecinos venden droga", "plates") == []


# A vanity plate ("placa personalizada") may hold letters only
@pytest.mark.parametrize("text, plate", [
    ("un camaro rojo con placa personalizada TATA-LOCO corre en la calle", "TATALOCO"),
    ("la placa personalizada dice REINA, es una jeep blanca", "REINA"),
])
def test_a_vanity_plate_of_letters(text, plate):
    assert got(text, "plates") == [plate]


def test_letters_after_a_plain_plate_word_are_no_plate():
    assert got("la placa GATO no existe, estaba borrosa", "plates") == []


# A plate taken back by a bare "no" and a reading of the same plate, or by "sorry no es"
@pytest.mark.parametrize("text, plate", [
    ("placa TRK 4410? no, TRK 4419, un seat blanco", "TRK4419"),
    ("texas plate HLM2290!! no HLM2209, una van gris", "HLM2209"),
    ("reg KX19 BHT, perdon no es KX19 BHF, un golf", "KX19BHF"),
])
def test_a_plate_taken_back(text, plate):
    assert got(text, "plates") == [plate]


@pytest.mark.parametrize("text, plates", [
    ("placa TRK 4410, no, no vi mas, un seat blanco", ["TRK4410"]),
    ("la placa no es TRK4410, es TRK4419", ["TRK4419"]),
])
def test_no_take_back_without_a_reading_of_the_same_plate(text, plates):
    assert got(text, "plates") == plates


# An area named before another cue ("en X por Y"): the second is read too; "a la altura de", "rumbo a" place a car
@pytest.mark.parametrize("text, area", [
    ("en tarrasa por sabadellet, cerca del mercado, roban motos cada noche", "sabadellet"),
    ("un camion va en sentido contrario en la A-92 a la altura de valdemoriel, ahora mismo", "valdemoriel"),
    ("me van siguiendo por la carretera 281 rumbo a edcouch, un carro negro", "edcouch"),
])
def test_an_area_after_a_position_cue(text, area):
    assert area in got(text, "locations")


@pytest.mark.parametrize("text", [
    "voy rumbo a casa y me sigue un carro",
    "a la altura de la gasolinera se paro una troca",
])
def test_no_area_from_common_words_after_a_position_cue(text):
    assert got(text, "locations") == []


# A town's side in English ("north end", "south side"), with "el" before it
@pytest.mark.parametrize("text, area", [
    ("anoche hubo balazos en el north side, cerca de la escuela", "north side"),
    ("por el south side venden cristal en las esquinas", "south side"),
])
def test_a_towns_side_in_english(text, area):
    assert area in got(text, "locations")


# Two streets found side by side with "y" between are one corner; "entre X y Y" stays two
@pytest.mark.parametrize("text, corner", [
    ("AUXILIO maple dr y birch rd, un señor le pega a una señora en la banqueta", "maple dr y birch rd"),
    ("en la 22nd ave ne y ne 41st st venden droga cada tarde", "22nd ave ne y ne 41st st"),
])
def test_two_streets_side_by_side_are_a_corner(text, corner):
    assert corner in got(text, "locations")


def test_between_two_streets_stays_two():
    assert got("hay una pelea entre la 3rd st y la 4th st ahorita", "locations") == ["3rd st", "4th st"]


# A foreign plate's country between the plate word and the plate
@pytest.mark.parametrize("text, plate", [
    ("un renault negro con matricula portuguesa 45-TR-88 aparca en el vado", "45TR88"),
    ("la placa mexicana JKL-442-A, una pickup roja, se para en la esquina", "JKL442A"),
])
def test_a_foreign_plate_after_its_country(text, plate):
    assert got(text, "plates") == [plate]


# Spain's plates (four digits, three consonants) read with no plate word; sums and units are none
@pytest.mark.parametrize("text, plate", [
    ("cada noche un coche blanco (4410 GHT) se para en el portal y trapichean", "4410GHT"),
    ("casi me atropella un seat gris, 7781-BCD, en el paso de cebra", "7781BCD"),
])
def test_a_spain_plate_without_a_plate_word(text, plate):
    assert got(text, "plates") == [plate]


@pytest.mark.parametrize("text", [
    "me cobraron 1200 MXN por el arreglo y no funciona",
    "el coche tiene 2300 KMS y me lo vendieron como nuevo",
    "la cuenta era 1234 ABC y la cerraron",
])
def test_no_spain_plate_from_sums_units_or_vowels(text):
    assert got(text, "plates") == []


# The plate first, then "la matricula" with no verb
def test_a_plate_before_la_matricula():
    assert got("casi me pilla un coche rojo, 5512 HKD la matricula, iba rapidisimo", "plates") == ["5512HKD"]


# A second reading after "pero" and a hedge
def test_a_second_reading_after_pero_igual():
    assert got("la placa era KTR 441 pero igual era KTR 447, un nissan azul", "plates") == ["KTR441", "KTR447"]


# "y algo mas" after a plate: the start of one, a part plate
def test_a_plate_then_algo_mas_is_a_part_plate():
    out = extract("la placa era GWN 47T y algo mas, no vi bien, una van blanca").to_dict()
    assert out["plates"] == [] and out["partial_plates"] == ["GWN47T"]


# "los primeros dos numeros de la matricula vi, 45": a part plate by where it sits
def test_first_digits_i_saw():
    assert got("solo las primeras letras de la placa vi, KX, era un carro gris", "partial_plates") == ["KX"]


# Where a flight left from or went to is no place of the tip (ANNOTATION.md)
@pytest.mark.parametrize("text", [
    "mi vuelo DL 1180 de phoenix a tucson se cancelo y perdi la maleta, a quien le hablo",
    "compre un boleto de avion para oaxaca y la agencia no existe",
])
def test_a_flights_from_and_to(text):
    assert got(text, "locations") == []


def test_a_place_after_a_flight_in_another_clause_stays():
    assert "calle pulaski" in got("el vuelo llego tarde. me robaron en la calle pulaski", "locations")


def test_flown():
    text = "mi vuelo de reno a elko"
    assert flown(text, (text.index("reno"), 0)) and flown(text, (text.index("elko"), 0))


# Laughter, apologies and thanks are no street's name; a car's trunk and a parcel carrier are no barrio
@pytest.mark.parametrize("text, span, kept", [
    ("dice que le dispararon en la calle jaja perdon", "calle ortega jaja perdon", "calle ortega"),
])
def test_laughter_and_apologies_end_a_span(text, span, kept):
    text = text.replace("calle jaja perdon", span)
    doc = get_pipeline().make_doc(text)
    start = text.index(span)
    s, e = trimmed(doc, start, start + len(span))
    assert text[s:e] == kept


@pytest.mark.parametrize("text", [
    "lo metieron a la fuerza en la cajuela de un carro gris",
    "me llego un mensaje de dhl que pague 3 dolares, es estafa?",
])
def test_no_barrio_from_a_trunk_or_a_carrier(text):
    assert got(text, "locations") == []


# "la (tarjeta) que acaba en 4471": the end of a number, no place
def test_a_number_after_acaba_en_is_no_place():
    assert got("me cobraron dos veces en la tarjeta, la que acaba en 8812, que hago", "locations") == []


@pytest.mark.parametrize("word", ["cajuela", "maletero", "usps", "fedex"])
def test_trunks_and_carriers_are_listed_as_no_place(word):
    assert not_a_place(word)


def test_a_code_tail_before_a_tagged_span():
    text = "en mi debito (la que acaba en 4471) de una pagina"
    assert ENDS_IN_BEFORE_RE.search(text, 0, text.index("4471"))


# "avenida", "paseo", "rambla", "explanada" only name: a common word after "de (la)" names the street
@pytest.mark.parametrize("text, place", [
    ("le robaron el bolso a una señora en el paseo de la independencia anoche", "paseo de la independencia"),
    ("en la rambla de san carlos hay un hombre tirado que no responde", "rambla de san carlos"),
    ("unos chavales tiran botellas desde la explanada del puerto a los coches", "explanada del puerto"),
])
def test_a_naming_street_word_and_a_common_name(text, place):
    assert place in got(text, "locations")


@pytest.mark.parametrize("text", [
    "los de la calle de mi casa hacen ruido toda la noche",
    "los vecinos de la avenida de enfrente, siempre con fiestas",
])
def test_no_street_from_calle_de_or_an_adverb(text):
    assert got(text, "locations") == []


# "la", a compass letter and a name with no street word: a grid street ("la n broadway")
@pytest.mark.parametrize("text, place", [
    ("se estan peleando afuera del bar en la w lincoln cerca del parque", "w lincoln"),
    ("un carro sin placas anda robando en la S halsted de noche", "S halsted"),
])
def test_a_compass_letter_and_a_name_after_la(text, place):
    assert place in got(text, "locations")


def test_no_grid_street_from_a_common_word():
    assert got("lo vi en la s casa de su mama", "locations") == []
