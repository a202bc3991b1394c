"""Spanish tips (nlp/spanish.py, nlp/data/es/): the examples of issue 14, mixed English and
Spanish, and the Spanish dev set's targets (plates F1 >= 0.98, locations >= 0.90, urgent >= 0.95
on the dev split; the test split is scored by hand at the end: python -m nlp.evaluate --lang es --split test)."""
import json

import pytest

from nlp import extract
from nlp.evaluate import DEFAULT_DEVSET, evaluate, prf

ES = DEFAULT_DEVSET.parent / "es"


def f1(counts):
    return prf(counts["tp"], counts["fp"], counts["fn"])[2]


@pytest.mark.parametrize("text, field, value", [
    ("un hombre vende drogas en la esquina de 5th y Cambria", "locations", "5th y Cambria"),
    ("disparos cerca de la calle Lehigh", "locations", "calle Lehigh"),
    ("hay un carro raro frente a la escuela Roberto Clemente", "locations", "escuela Roberto Clemente"),
    ("en la calle Somerset venden todo el día", "locations", "calle Somerset"),
    ("pasó anoche", "times", "anoche"),
    ("está pasando ahora mismo", "times", "ahora mismo"),
    ("se fueron hace 10 minutos", "times", "hace 10 minutos"),
    ("siempre llegan a las 3 de la mañana", "times", "a las 3 de la mañana"),
    ("una camioneta blanca sin tablilla", "vehicles", "camioneta blanca"),
    ("un carro negro dando vueltas", "vehicles", "carro negro"),
    ("un Honda Civic gris", "vehicles", "Honda Civic gris"),
    ("placa JKM4410", "plates", "JKM4410"),
    ("la tablilla es GXM 4410", "plates", "GXM4410"),
    ("matrícula HKJ-2290", "plates", "HKJ2290"),
    ("con placa NY HGT7782", "plates", "HGT7782"),
    ("la placa empezaba con HXR", "partial_plates", "HXR"),
])
def test_spanish_facts(text, field, value):
    assert value in extract(text).to_dict()[field], extract(text).to_dict()


@pytest.mark.parametrize("text", ["tiene una pistola", "disparos en la calle", "me están siguiendo", "ayuda",
                                  "me estan siguiendo en una camioneta", "hay un fuego en la casa de al lado",
                                  "alguien está entrando a la casa ahora"])
def test_spanish_emergencies_are_urgent(text):
    assert extract(text).urgent, text


@pytest.mark.parametrize("text", ["anoche hubo disparos en la avenida Girard", "gracias por la ayuda",
                                  "un muchacho con una pistola de juguete", "mi vecino vende armas en su casa",
                                  "me robaron el celular la semana pasada", "venden drogas todas las noches"])
def test_past_talk_and_thanks_are_not_urgent(text):
    assert not extract(text).urgent, (text, extract(text).urgent_reason)


def test_mixed_english_and_spanish():
    found = extract("guy with a gun en la esquina de 7th y Butler right now, carro negro tag HVM2207").to_dict()
    assert found["urgent"] and "7th y Butler" in found["locations"] and "right now" in found["times"]
    assert found["plates"] == ["HVM2207"] and "carro negro" in found["vehicles"]
    found = extract("white van plate KLP4471 frente a la escuela Julia de Burgos hace 5 minutos").to_dict()
    assert found["plates"] == ["KLP4471"] and "escuela Julia de Burgos" in found["locations"]
    assert "white van" in found["vehicles"] and "hace 5 minutos" in found["times"]


def test_spanish_words_make_no_plates_or_cars():
    found = extract("en el 3200 de la calle Kensington hay una fiesta en la casa 2900").to_dict()
    assert found["plates"] == [] and found["vehicles"] == []
    assert "3200 de la calle Kensington" in found["locations"]


# Issue 14's targets (plates 0.98, locations 0.90, urgent 0.95) are for Spanish text the rules never saw
# (nlp/devset/es/HELDOUT*.md). The dev file met them until stop 21 folded in es-d21 (150 fresh texts: locations
# 0.720, urgent 0.741 at their first score); after their fixes, the Spanish location tagger and the stop's
# urgency model the dev file met them again (locations 0.956, urgent 0.968); folding in es/heldout3 after its
# one score (locations 0.785, urgent 0.879) gave locations 0.931 and urgent 0.949: the floors below.
# Stop 22 folded in es-d22 (160) and es/heldout4 (213, after its one score: plates 0.957, locations 0.858, urgent
# 0.885): dev then stands at plates 0.978, locations 0.926, urgent 0.921. Stop 23 appended es-d23 (140 fresh texts:
# plates 0.923 with one false plate "10X12", locations 0.874, urgent 0.806 at their one score): dev then stood at
# plates 0.974, locations 0.919, urgent 0.911. After the stop's fixes, and es/heldout5 folded in after its one score
# (196: plates 0.927, locations 0.856, urgent 0.868), dev stands at plates 0.969 (0 false plates), locations 0.920,
# urgent 0.947; two take-back fixes after the fold lifted plates to 0.978. Stop 24 appended es-d24 (140 fresh texts:
# plates 0.933 with one false plate, a bike serial "WTU 229", locations 0.807, urgent 0.800 at their one score): dev
# then stood at plates 0.975, locations 0.911, urgent 0.937. After the stop's fixes (the urgency model retrained on
# dev) and es/heldout6 folded in after its one score (226: plates 1.000, locations 0.813, urgent 0.930), dev stands
# at plates 0.997 (0 false plates), locations 0.909, urgent 0.979; the floors are those, rounded down. Stop 25
# appended es-d25 (164 fresh texts: plates 1.000, locations 0.800, urgent 0.975 at their one score, on the rules of
# stop 24): dev then stood at plates 0.997, locations 0.900, urgent 0.979; the location floor is 0.895 until the
# stop's fixes. After them, and es/heldout7 folded in after its one score (178: plates 0.959, locations 0.850, urgent
# 0.893), dev stands at plates 0.994 (0 false plates), locations 0.925, urgent 0.972; the floors are those, rounded down.
# Stop 26 appended es-d26 (121 fresh texts: plates 0.889 with 4 missed, locations 0.913, urgent 0.932 at their one
# score): dev then stood at plates 0.989, locations 0.924, urgent 0.970; the plate floor is 0.985 and the urgent floor 0.965 until the stop's fixes.
# After them, and es/heldout8 folded in after its one score (195: plates 0.963 with 1 false plate, fixed after the
# fold; locations 0.867; urgent 0.933), dev stands at plates 0.998 (0 false plates), locations 0.939, urgent 0.982.
# After the stop's second round: locations 0.941, urgent 0.984.
# Stop 29 appended es-d29 (120) and, after its one score, es/heldout11 (228: plates 1.000, locations 0.796, urgent
# 0.905): dev then stood at plates 1.000, locations 0.940, urgent 0.976. After the stop's second round: locations
# 0.943, urgent 0.982; the floors are those, rounded down.
# Stop 31 appended es-d31 (120 fresh texts: plates 0.812 with a booking locator "8812-KWT" read as a plate, fixed
# after the score; locations 0.825, urgent 0.846 at their one score): dev then stood at locations 0.938, so the
# locations floor is 0.93 until the stop's fixes.
# After the first round, es/heldout13 folded in after its one score (241: plates 0.913 with 1 false plate, "por un s24
# que" read as the UK plate S24 QUE, fixed after the fold; locations 0.841; urgent 0.913): dev stands at plates 0.992
# (3 FP after the fix, 9 missed), locations 0.935, urgent 0.982; the plate floor is 0.99 until the second round.
# After the stop's second round: plates 0.9949 (1 FP, 7 missed), locations 0.938, urgent 0.984: the floors stay
# 0.99 / 0.93 / 0.98 (the two new Spanish sets of the stop, es-d31 and es-h13, are harder than the rest).
# Stop 32 folded in es-heldout14 (233: plates 1.000, locations 0.799, urgent 0.939): dev locations 0.928, so that
# floor is 0.925 until the stop's second round.
# After the stop's second round: plates 0.997, locations 0.931, urgent 0.983: the floors 0.99 / 0.93 / 0.98.
# Stop 33 settled open labelling conventions (ANNOTATION.md: a Spanish-named barrio keeps its article, a pier's
# inner "de" is one span; 24 Spanish rows relabelled): dev locations 0.9284 with the same rules, floor 0.925.
# Then es-d33 (120, locations 0.757 on its one score) took dev locations to 0.924: floor 0.92.
# The fold of es-heldout15 (222: locations 0.728 on its one score) took dev locations to 0.918: floor 0.915.
# Stop 35: the fold of es-h17 (233: urgent 0.857 unseen) left dev urgent at 0.974 (floor 0.97 for the second
# round); after it, urgent 0.979: back to 0.975.
# Stop 37: the fresh es-d37 batch (120: urgent 0.938 on its one score) left dev urgent at 0.9746: floor 0.97 until
# the second round has read its kinds. After it, dev urgent 0.973 (10 texts better, 0 worse; the folded es-h19
# rows, 0.871 unseen, are most of the rest): the floor stays 0.97 until dev is back above 0.975.
# Stop 38: round 1 (Spanish urgency, 28 texts better, 0 worse) and the fold of es-h20 (220: urgent 0.892 unseen)
# left dev urgent at 0.978: back to 0.975. At the end of stop 38 (round 2: urgent 22 better, locations 30 better, 0
# worse) dev is urgent 0.984, locations 0.922: floors 0.98 and 0.915.
# Stop 39: the fresh es-d39 batch (urgent 0.889: 10 false alarms) and the fold of es-h21 (219: urgent 0.867 unseen, 15
# misses) left dev urgent at 0.978: back to 0.975 until the second round has read those kinds.
SPANISH_DEV_FLOORS = {"plates": 0.99, "locations": 0.915, "urgent": 0.975}


def test_spanish_dev_split_figures_do_not_fall():
    items = [json.loads(line) for line in (ES / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    test = [line for line in (ES / "test.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) + len(test) >= 150 and len(test) >= 50
    result = evaluate(items)  # once: the whole Spanish dev set takes seconds
    for field, floor in SPANISH_DEV_FLOORS.items():
        assert f1(result["counts"][field]) >= floor, field
    assert result["false_plates"] == []


# Rule kinds added after the Spanish held-out set (issue 14): street names typed in lower case, corners,
# codes that are neither plates nor places, dates, part plates by position, vehicles with a model that is
# also a word, and urgency cues typed without accents. Texts written for these tests, not taken from the set.
@pytest.mark.parametrize("text, field, value", [
    ("venden perico en la calle tioga casi todas las noches", "locations", "calle tioga"),
    ("balazos en el 2700 de la avenida lehigh", "locations", "2700 de la avenida lehigh"),
    ("pelea en la esquina de broad y olney", "locations", "broad y olney"),
    ("hay un carro raro en la 5ta avenida", "locations", "5ta avenida"),
    ("lo vi por la calle 110 oeste", "locations", "calle 110 oeste"),
    ("venden en allegheny y kensington", "locations", "allegheny y kensington"),
    ("un tipo armado en la 52 y market", "locations", "52 y market"),
    ("se fueron hacia castor ave", "locations", "castor ave"),
    ("me asaltaron saliendo de la estacion de somerset", "locations", "estacion de somerset"),
    ("dejaron el carro en el parque pennypack", "locations", "parque pennypack"),
    ("pasó el 3 de marzo", "times", "el 3 de marzo"),
    ("viene desde el jueves", "times", "desde el jueves"),
    ("los lunes y viernes a las 9 de la noche", "times", "los lunes y viernes a las 9 de la noche"),
    ("se fueron hace como 3 horas", "times", "hace como 3 horas"),
    ("llegaron a las 11pm", "times", "a las 11pm"),
    ("un escalade negro dando vueltas", "vehicles", "escalade negro"),
    ("una minivan honda odyssey blanca", "vehicles", "minivan honda odyssey blanca"),
    ("un chevy malibu gris plata", "vehicles", "chevy malibu gris plata"),
    ("la placa temporal es 71234K", "plates", "71234K"),
    ("la tablilla es de florida, QTR 551", "plates", "QTR551"),
    ("la placa era LKT 4419 o algo asi", "plates", "LKT4419"),
    ("las placas empezaban con 7G", "partial_plates", "7G"),
    ("las ultimas 3 de la placa eran XRT", "partial_plates", "XRT"),
    ("tenia 4J al final la tablilla", "partial_plates", "4J"),
    ("frente al walmart de la ave cottman", "locations", "ave cottman"),
    ("en el 1200 de roosevelt blvd", "locations", "1200 de roosevelt blvd"),
    ("estan en el callejon entre la 7 y la 8", "locations", "7 y la 8"),
    ("placa de jersey R45 KLM", "plates", "R45KLM"),
    ("el martes 3 de junio a eso de las 5 de la tarde", "times", "el martes 3 de junio a eso de las 5 de la tarde"),
    ("desde las 8 hasta las 10", "times", "desde las 8 hasta las 10"),
    ("el guy del corner de kensington y somerset sells every night", "locations", "kensington y somerset"),
    ("somebody is breaking in ahorita en el 3300 de la calle A", "locations", "3300 de la calle A"),
    ("yo vi el accidente on broad street y nadie ayudo", "locations", "broad street"),
])
def test_spanish_rule_kinds(text, field, value):
    assert value in extract(text).to_dict()[field], extract(text).to_dict()


@pytest.mark.parametrize("text, field", [
    ("tengo dos hijos de 9 y 12 años", "locations"),          # two numbers are not a corner
    ("el sospechoso tiene un tatuaje en la cara y maneja mucho", "locations"),   # two common words
    ("me gustan los perros y gatos", "locations"),
    ("la calle esta llena de basura", "locations"),           # a verb after calle is no street name
    ("mi vuelo UA5521 sale a las 7", "plates"),               # a flight code
    ("el caso 25-CR-1180 sigue abierto", "locations"),
    ("el numero de mi cuenta es AB55123", "plates"),
    ("me cobra 200 y dice paga 150 cada semana", "plates"),  # a Spanish word and a number
    ("ella trabaja en limpieza y cocina", "locations"),     # common Spanish words after "en" (es/common_words.txt)
    ("llevamos a los niños al parque de diversiones", "locations"),
    ("mi codigo es numero 55120", "locations"),
    ("me siguen desde la 4 y el parque", "times"),             # "desde la 4" is a street, not a time
    ("un morro flaco como de 20 con gorra roja", "locations"),  # an age, then what he wore (found by hand)
    ("un señor de 50 con barba", "locations"),
    ("un chavo de unos 17 y flaco", "locations"),
])
def test_spanish_non_places_and_codes(text, field):
    assert extract(text).to_dict()[field] == [], extract(text).to_dict()


@pytest.mark.parametrize("text", [
    "un tipo con un fierro en la esquina ahorita",             # slang weapon
    "alguien se esta metiendo a la casa de al lado",           # typed without accents
    "le estan pegando a una señora afuera de la tienda",
    "hay humo negro saliendo del edificio",
    "un señor tirado en la acera sin moverse",
    "hay un niño caminando solo en medio de la calle",
    "mi vecina se quiere aventar del techo",
    "me vienen siguiendo desde la estacion",
    "se llevaron a una muchacha a la fuerza en una van",
    "estoy escondida en el baño, hay alguien adentro",
    "mandenme a alguien por favor, no puedo hablar",
    "hay dos tipos probando la puerta de mi casa",  # car doors alone are not urgent (ANNOTATION.md, stop 33; stop 38)
    "hay dos tipos probando las puertas de los carros y uno trae una pistola",  # a weapon out (ANNOTATION.md, stop 33)
    "mi papa tiene alzheimer y se salio de la casa, no lo encuentro",
])
def test_spanish_urgency_shapes(text):
    assert extract(text).urgent, text


@pytest.mark.parametrize("text", [
    "hace 3 horas hubo una pelea con cuchillos, ya no hay nadie",   # over: resolved
    "ayer me amenazo con un arma, hoy ya esta tranquilo",
    "mi tio tiene una pistola registrada para protegerse",           # weapon talk
    "gracias, ya llego la policia y ya estoy bien",
    "hay dos tipos probando las puertas de los carros",  # car doors, nobody in danger (ANNOTATION.md, stop 33)
    "mi abuela tiene demencia, hay programas de ayuda?",            # a vulnerable person, no danger
    "alguien adentro de la tienda vende cigarros sueltos",
    "vienen para mi casa el sabado a pintar",                         # coming over is no threat without a now
])
def test_spanish_resolved_and_talk_not_urgent(text):
    assert not extract(text).urgent, (text, extract(text).urgent_reason)


@pytest.mark.parametrize("text, corner", [
    ("en la esquina de 26 con kedzie", "26 con kedzie"),
    ("cerca de 103 y roosevelt", "103 y roosevelt"),
    ("la balacera fue en 16 y main", "16 y main"),
])
def test_a_numbered_corner_is_not_taken_for_an_age(text, corner):
    assert corner in extract(text).locations


@pytest.mark.parametrize("text, plate", [
    ("un carro azul placa colorado CKN-J48 esta parqueado frente a mi casa", "CKNJ48"),
    ("troca gris placas de nevada 84B-519 tirando basura", "84B519"),
    ("una troca con placas de michoacan PGH-472-B anda vendiendo", "PGH472B"),
    ("la honda gris con placa de jersey F22-MVR se estaciona cada mañana", "F22MVR"),
])
def test_spanish_plates_after_any_state(text, plate):
    assert extract(text).plates == [plate]


@pytest.mark.parametrize("text, place", [
    ("estamos en el 2250 s lowell blvd", "2250 s lowell blvd"),
    ("ella vive en el 2do piso del 88 clinton ave", "88 clinton ave"),
    ("balacera en nolensville pike ahorita", "nolensville pike"),
])
def test_spanish_texts_with_english_addresses(text, place):
    assert place in extract(text).locations


def test_a_badge_and_a_key_are_not_plates_or_corners():
    assert extract("el oficial era el de la placa 2217").partial_plates == []
    assert extract("estoy encerrada, el cerro la puerta con llave").locations == []


@pytest.mark.parametrize("text, place", [
    ("aparcado en doble fila en la calle de bravo murillo, lleva toda la mañana", "calle de bravo murillo"),
    ("hay un tio con una navaja, calle del amparo 42, daos prisa", "calle del amparo 42"),
    ("en la rotonda de la avenida de la albufera", "avenida de la albufera"),
    ("estamos en la gasolinera de nellis y stewart", "nellis y stewart"),
    ("adentro del mcdonalds de la kedzie y fullerton", "kedzie y fullerton"),
    ("afuera del bar de la calle 145 y uno ya esta sangrando", "calle 145"),
])
def test_spain_streets_and_corners_with_spanish_around(text, place):
    assert extract(text).locations == [place]


def test_a_neighbourhood_after_en_is_a_guess():
    result = extract("se llevaron un generador de la obra en gulfton anoche")
    assert result.locations == ["gulfton"] and "gulfton" not in result.confident("locations")


@pytest.mark.parametrize("text", ["lo vi en facebook ayer", "estoy en casa con mi hija", "vivo en la calle de enfrente",
                                  "lo estan diciendo en instagram"])
def test_no_neighbourhood_or_street_from_common_words(text):
    assert extract(text).locations == []


def test_two_spanish_readings_of_a_plate_are_both_uncertain_and_a_corrected_one_is_dropped():
    result = extract("tablilla FL RTK-88J o RTK-89J no estoy seguro, un kia forte blanco")
    assert result.plates == ["RTK88J", "RTK89J"] and result.confident("plates") == []
    assert extract("la placa no era 5JKR771, era 5JKR711, me equivoque").plates == ["5JKR711"]
    assert extract("placas de mexico, creo que decia VGB-123-A, la vi").plates == ["VGB123A"]


@pytest.mark.parametrize("text, places", [
    ("una van blanca estuvo rondando la escuela de la e 8th st ayer", ["e 8th st"]),   # "e" is east; "ayer" yesterday
    ("hay un hombre en la e 4th st que se exhibe", ["e 4th st"]),
])
def test_a_direction_before_an_english_street_stays_and_yesterday_is_no_town(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text", [
    "eso de los balazos que les dije fue el 4 de julio del año pasado no es ahorita, a quien le pregunto",
    "si oigo disparos lejos que hago, llamo o les escribo aqui?",
    "cual es el numero que no es de emergencia? nadie contesta",
    "mi hermano dice q lo van a sacar a balazos del grupo de whatsapp jaja es broma",
])
def test_spanish_talk_about_an_emergency_is_not_one(text):
    assert extract(text).urgent is False


@pytest.mark.parametrize("text, places", [
    ("venden en la n kellogg ave y mercer rd casi todas las noches", ["n kellogg ave y mercer rd"]),
    ("oak st y pine st, ahi se juntan a vender", ["oak st y pine st"]),
    ("hay un choque feo en el loop 1604 y bandera rd", ["loop 1604 y bandera rd"]),
    ("me siguieron hasta la 24th st y van ness", ["24th st y van ness"]),
    ("tiene su carro en el 2200 de la e van dorn st", ["2200 de la e van dorn st"]),
    ("entraron a la tienda de la elm ave con pistolas", ["elm ave"]),
    ("estan en la 5th y cambria ahora", ["5th y cambria"]),
])
def test_corners_of_english_streets_in_spanish(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text", ["Juan y Pedro se pelean en la casa", "una van blanca y van corriendo",
                                  "pepe y van llegando los demas"])
def test_no_corner_from_names_or_the_verb_van(text):
    assert extract(text).locations == []


@pytest.mark.parametrize("text, places", [
    ("tiran botellas desde el puente del loop 1604 a los carros", ["loop 1604"]),
    ("hubo un choque en la hwy 87 y nadie ayuda", ["hwy 87"]),
    ("se subio al loop de la montaña rusa", []),
])
def test_a_road_number_after_a_road_word(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, places", [
    ("en la calle pedro infante ruiz, venden droga", ["calle pedro infante ruiz"]),
    ("roban en la calle maestro alonso gil.", ["calle maestro alonso gil"]),
    ("en la calle kedzie roban carros, ya no se puede", ["calle kedzie"]),
    ("en la calle pulaski venden todos los dias", ["calle pulaski"]),
])
def test_a_lower_case_name_after_calle_runs_to_the_end_of_its_clause(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, places", [
    ("en el northgate park se juntan a fumar", ["northgate park"]),
    ("venden cosas robadas en el west side market", ["west side market"]),
    ("en el flea market venden de todo", []),
    ("en el mismo mall de siempre", []),
])
def test_an_english_place_word_after_a_name_with_el_before(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, places", [
    ("cerca del parque juegan futbol con una pelota", []),
    ("en el parque humboldt roban celulares", ["parque humboldt"]),
    ("en la estacion de bethnal green me robaron", ["estacion de bethnal green"]),
])
def test_a_landmark_name_ends_before_a_spanish_verb(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, places", [
    ("en north tustin roban paquetes de los porches", ["north tustin"]),
    ("viven en el barrio de chamberi y venden ahi", ["barrio de chamberi"]),
    ("en el barrio de mi tia venden droga", []),
    ("andan vestidos en north face y gorras", []),
])
def test_a_compass_word_before_a_town_and_the_name_after_barrio(text, places):
    assert extract(text).locations == places


def test_a_catalan_street_after_carrer():
    assert extract("roban moviles en el carrer de la riereta cada noche").locations == ["carrer de la riereta"]


@pytest.mark.parametrize("text, places", [
    ("me vendieron un celular falso en vinted y ya no contestan", []),
    ("le pague por venmo a un tipo que no existe", []),
    ("los ladrones se fueron en bicicleta hacia el norte", []),
    ("en pilsen venden en la esquina", ["pilsen"]),
])
def test_apps_and_ways_of_getting_about_are_no_neighbourhood(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, places", [
    ("en la main st de mesa venden pastillas", ["main st", "mesa"]),
    ("en la calle pulaski de victoria roban", ["calle pulaski", "victoria"]),
    ("en la main st de noche hay pleitos", ["main st"]),
])
def test_a_known_town_after_a_street_and_de(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, places", [
    ("hay pleitos cada noche en la van ness ave cerca del bar", ["van ness ave"]),
    ("venden en la esquina de north 3rd st todo el dia", ["north 3rd st"]),
    ("una van blanca se paro en la elm st", ["elm st"]),
])
def test_a_particle_and_a_compass_word_start_an_english_street(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, places", [
    ("en el parque roosevelt se juntan a tomar", ["parque roosevelt"]),
    ("venden mota en el parque esperanza en las noches", ["parque esperanza"]),
    ("los niños juegan en el parque infantil", []),
    ("se cayo del puente roto ayer", []),
    ("fuimos al parque de diversiones", []),
])
def test_a_word_right_after_parque_names_it_unless_it_is_an_adjective(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, places", [
    ("mi abuelo salio en pijama y no lo encontramos", []),
    ("un niño en calzones caminando solo por hialeah", ["hialeah"]),
])
def test_clothes_after_en_are_no_neighbourhood(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, places", [
    ("hacen arrancones por la coronel obregon cada noche", ["coronel obregon"]),
    ("trabaja en la general electric de noche", []),
    ("la doctor nos dijo que no", []),
])
def test_a_title_and_a_surname_after_la_is_a_street(text, places):
    assert extract(text).locations == places
