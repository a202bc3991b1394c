"""Spanish places, stop 28 (branch nlp-esfix28): kinds of text the Spanish place rules misread. Invented texts."""
import nlp
from nlp.spanish_landmark_names import kind_of_thing


def places(text: str) -> list[str]:
    return [p.lower() for p in nlp.extract(text).to_dict()["locations"]]


# A number and what it counts is no place (nlp/spanish_counts.py)

def test_street_word_and_a_count_is_no_numbered_street():
    found = places("ese coche paso por la calle 3 veces esta noche, ahora esta aparcado en la avenida de burgos")
    assert not any(p.startswith("calle 3") for p in found)
    assert "avenida de burgos" in found


def test_a_numbered_street_still_is_one():
    assert "calle 3" in places("hay una pelea en la calle 3 ahora mismo, vengan")


def test_a_price_is_no_place():
    found = places("el recibo de la luz sale en 312 euros y el contador es el 4410023")
    assert not any("euros" in p for p in found)


def test_por_after_a_price_is_per():
    found = places("en el piso de arriba viven 15 personas y el dueño cobra 250 euros por colchon, esto es en torrero")
    assert not any("colchon" in p for p in found)
    assert "torrero" in found
    assert not any("catre" in p for p in places("el casero cobra 150 dolares por catre y son 12 en el cuarto"))


def test_the_end_of_a_card_number_is_no_place():
    assert "7781" not in places("ya cancele la tarjeta acabada en 7781, la perdi en el bus")


# A name's own article (nlp/spanish_name_articles.py): doubled or uncontracted, it is the name's

def test_doubled_article_belongs_to_the_street_name():
    assert "la brea ave" in places("hay un choque feo por la la brea ave y nadie se para a ayudar")
    assert "del amo blvd" in places("se fueron corriendo por la del amo blvd hace 5 minutos")


def test_spanish_street_word_with_english_suffix_keeps_its_article():
    assert "el camino ave" in places("el carro se fue hacia el el camino ave con las luces apagadas")


def test_area_named_with_del():
    assert "del rey heights" in places("en del rey heights hay carreras de carros todas las noches")


def test_one_article_stays_the_sentences():
    found = places("hay un choque por la harbor blvd ahorita")
    assert "harbor blvd" in found and "la harbor blvd" not in found


# "<landmark> de <area>": the area; a plural kind of thing names no landmark (nlp/spanish_landmark_names.py)

def test_park_of_an_english_named_area_is_the_area():
    found = places("anoche hubo balazos en el parque de harbor heights, ya se fueron todos")
    assert "harbor heights" in found and not any(p.startswith("parque") for p in found)
    found = places("estoy en el parque de west covina con mis hijos y un tipo nos esta siguiendo")
    assert "west covina" in found and not any(p.startswith("parque") for p in found)


def test_park_with_its_own_name_stays_whole():
    assert "parque de maria luisa" in places("en el parque de maria luisa unos tios roban bolsos a los turistas")


def test_park_of_a_plural_kind_is_no_place():
    found = places("se quemo una traila en el parque de casas rodantes de la carretera 59, hay gente adentro")
    assert not any(p.startswith("parque") for p in found)
    assert "carretera 59" in found
    text = "en el parque de los venados"
    assert not kind_of_thing(text, text.index("parque"), len(text))   # an article opens a name


# Plates: Spain's provincial plates and Mexico's three-part plates (nlp/spanish_plates.py)

def plates(text: str) -> list[str]:
    return nlp.extract(text).to_dict()["plates"]


def test_spain_provincial_plate_with_no_plate_word():
    assert plates("un seat ibiza rojo, MU-4471-BK, lleva 2 semanas aparcado en mi calle con las ruedas rajadas") == ["MU4471BK"]


def test_spain_provincial_plate_after_a_plate_word_is_read_whole():
    assert plates("un citroen xsara gris matricula SE 8820 J aparca encima de la acera todos los dias") == ["SE8820J"]


def test_road_numbers_are_no_provincial_plates():
    assert plates("un camion ha volcado en la M-30 y en la A-7 hay retenciones de 5 km") == []


def test_mexican_three_part_plate_after_its_state():
    assert plates("placa de sonora, RTX-55-12, una pickup blanca que se estaciona en la esquina") == ["RTX5512"]
    assert plates("una explorer negra con placas de baja BGT-114-A tiro basura en el canal") == ["BGT114A"]


# Part plates said by what they hold (nlp/spanish_partial_said.py) and after a participle ("acabada en")

def partials(text: str) -> list[str]:
    return nlp.extract(text).to_dict()["partial_plates"]


def test_part_plate_after_a_participle():
    assert partials("un opel corsa blanco con la matricula terminada en KLM me ha rayado el coche esta mañana") == ["KLM"]


def test_part_plate_named_by_what_it_holds():
    assert partials("los digitos de la placa eran 412, una camioneta gris que me choco y se fue") == ["412"]
    assert partials("la tablilla de atras tenia las letras PRX, un jeep negro con la musica a todo volumen") == ["PRX"]
    assert partials("tenia un 58 en la placa, un carro rojo que le pego a un perro y se fue") == ["58"]


def test_no_part_plate_without_a_plate_or_capitals():
    assert partials("me cobraron dos veces en la tarjeta terminada en 8841, como lo reporto") == []
    assert partials("la placa tenia letras rojas pero no vi el numero, un carro blanco") == []


def test_block_word_before_an_address_is_the_addresss():
    assert "bloque 2600 de la fulton ave" in places("en el bloque 2600 de la fulton ave hay una casa abandonada con gente adentro")
    assert "cuadra 1300 de la calle 8" in places("la cuadra 1300 de la calle 8 esta llena de jeringas")


def test_kings_numeral_in_capitals_ends_the_street_whatever_follows():
    found = nlp.extract("han robado en la avenida juan carlos I esta noche").to_dict()["locations"]
    assert "avenida juan carlos I" in found


# Lettered streets (nlp/spanish_lettered_streets.py)

def test_lettered_street_joins_its_corner():
    assert "21st st y k st" in places("en la 21st st y k st se pelean todos los sabados afuera del bar")


def test_a_vowel_is_a_word_not_a_lettered_street():
    assert not any(p.startswith("e st") for p in places("me robaron en la 5th ave y e st no se que hacer"))


def test_second_reading_of_a_part_plate_after_the_plate_word():
    found = partials("terminaba en KX la matricula, o quizas KZ, un golf negro que me ha rayado el coche")
    assert found == ["KX", "KZ"]
