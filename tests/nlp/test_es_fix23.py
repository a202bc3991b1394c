"""Spanish fixes of stop 23 (issue 14): kinds from the es-d23 batch, each with texts written here (not copied
from the dev files) and a negative that must stay as it was."""
import pytest

from nlp import extract


def got(text, field):
    return extract(text).to_dict()[field]


# A corner opening a clause after a comma (a town first, then the corner): one place when both sides carry a
# street word, as it is at the start of the text
@pytest.mark.parametrize("text, corner", [
    ("en north phoenix, 19th ave esquina con 35th st, roban catalizadores", "19th ave esquina con 35th st"),
    ("west dallas, singleton blvd y bataan st, hay carreras cada noche", "singleton blvd y bataan st"),
])
def test_a_corner_after_a_comma_is_one_place(text, corner):
    assert corner in got(text, "locations")


@pytest.mark.parametrize("text, absent", [
    ("vinieron mi tio, carlos y su esposa a la casa", "carlos y su esposa"),
    ("en north phoenix, maple st y luego se fueron", "maple st y luego"),
])
def test_after_a_comma_a_list_of_words_is_no_corner(text, absent):
    assert absent not in got(text, "locations")


# A common Spanish word made smaller ("cajitas") or carrying a pronoun ("quitarle") after "en"/"por" is no barrio
@pytest.mark.parametrize("text, absent", [
    ("guardan la droga en cajitas de carton detras del bar", "cajitas"),
    ("lo buscan por amenazarla con un cuchillo", "amenazarla"),
    ("lo arrestaron por golpearlo cerca de la tienda", "golpearlo"),
])
def test_a_small_or_pronoun_form_of_a_common_word_is_no_barrio(text, absent):
    assert not any(absent in place for place in got(text, "locations"))


def test_an_unknown_name_after_en_is_still_a_barrio():
    assert "pacoima" in got("en pacoima venden cuernos de chivo", "locations")


# A name the gazetteer holds after an article ("en el southside") or a compass word ("en north tucson")
@pytest.mark.parametrize("text, place", [
    ("anoche en el southside hubo balazos cerca del parque", "southside"),
    ("se roban las bicis por el east end cada fin de semana", "east end"),
    ("en north tucson, venden cristal afuera de la tienda", "north tucson"),
])
def test_a_known_area_after_an_article_or_compass_word(text, place):
    assert place in got(text, "locations")


@pytest.mark.parametrize("text, absent", [
    ("me asaltaron en la rotonda de la avenida principal", "rotonda"),
    ("vivo en el centro con mi hermana", "centro"),
])
def test_a_spanish_noun_after_an_article_is_no_known_area(text, absent):
    assert absent not in got(text, "locations")


# A size written with a lower-case "x" between two numbers is no plate
def test_a_size_is_no_plate():
    assert got("rentan una bodega de 20x30 sin permiso", "plates") == []


def test_a_plate_after_placa_stays():
    assert "KTR4471" in got("la placa es KTR 4471, un sedan gris", "plates")


# Spanish words that the danger is over or never was (nlp/data/es/urgency.jsonl, RESOLVED and NEGATION)
@pytest.mark.parametrize("text", [
    "se prendio fuego la cocina del vecino pero todos salieron bien",
    "no manden a nadie, mi hijo estaba jugando con una pistola de agua",
    "se oyo una explosion en la fabrica pero no paso nada",
])
def test_spanish_words_that_the_danger_is_over(text):
    assert not extract(text).urgent


def test_a_fire_going_on_is_still_urgent():
    assert extract("se esta quemando la casa de al lado y hay niños adentro, vengan rapido").urgent


# A part plate named by where it sits: "en medio" (in the middle); "en medio de la calle" is no part plate
def test_a_part_plate_in_the_middle():
    assert "47" in got("la placa tenia un 47 en medio, un sedan azul", "partial_plates")


def test_in_the_middle_of_the_street_is_no_part_plate():
    assert got("sin placa, dejaron 30 en medio de la calle", "partial_plates") == []


# The tagger's span "calle y <verb>": a street word with "y" right after it names no street
@pytest.mark.parametrize("text", [
    "dejan la basura en la calle y huele feo todo el dia",
])
def test_a_street_word_and_y_is_no_name(text):
    assert not any(place.startswith("calle") for place in got(text, "locations"))


def test_a_street_word_and_a_name_stays():
    assert "calle maple" in got("venden droga en la calle maple todas las noches", "locations")
