"""Spanish streets second round of stop 32: "av." and "avda." with their dot name an avenue after any word, as
"avenida" does ("en av. hidalgo", "por avda. sarria"). Invented texts."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("un tipo armado asalto la farmacia en av. juarez hace rato, se fue corriendo", "av. juarez"),
    ("le robaron la bici a mi primo por av. insurgentes el lunes en la tarde", "av. insurgentes"),
    ("dos chavos en moto arrebatan celulares, av. chapultepec frente a la plaza", "av. chapultepec"),
    ("me rayaron el coche anoche en avda. sarria, lo vio el portero", "avda. sarria"),
])
def test_av_with_its_dot_opens_a_lower_case_avenue(text, place):
    assert place in places(text)


def test_av_with_its_dot_keeps_a_two_word_name_at_the_clause_end():
    assert places("me quitaron la cartera el viernes en la av. benito juarez") == ["av. benito juarez"]


# A feature or building word with "de" and an article names the place, common word or not; a word that says whose or
# where it is names none; Mexico's "el monte de <barrio>" is the scrub.
@pytest.mark.parametrize("text, place", [
    ("en el parque de las flores venden droga a los chavales por la tarde", "parque de las flores"),
    ("un tio se enseña a las niñas en el parque del norte cada domingo", "parque del norte"),
    ("hay un coche quemado en la cuesta de moyano desde el lunes", "cuesta de moyano"),
    ("unos chavales tiran piedras desde la pasarela del arenal a los coches", "pasarela del arenal"),
    ("se oyen tiros en el monte de la cruz, creo que son cazadores", "monte de la cruz"),
    ("hay humo dentro del tunel de les corts y los coches no se mueven", "tunel de les corts"),
    ("en la placeta de almona hay un hombre tirado que no responde", "placeta de almona"),
])
def test_a_feature_word_with_de_and_an_article_names_a_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text", [
    "en el parque del barrio hay unos chavales fumando porros cada tarde",
    "en el jardin del vecino hay un perro ladrando toda la noche, lleva dias solo",
    "en el parque de atracciones se pelearon dos chavales",
    "unos chavos andan tirando balazos en el monte de pharr, se oyen desde la casa",
])
def test_a_whose_word_or_the_scrub_names_no_feature(text):
    assert not any(p.startswith(("parque", "jardin", "monte")) for p in places(text))


def test_a_number_after_the_name_leaves_it_to_the_street():
    assert not any(p.startswith("monte") for p in places("tiraron basura en el monte de la mile 12 rd, otra vez"))


# A street's name runs on inside its clause over words no dictionary holds, up to the next phrase's word
@pytest.mark.parametrize("text, place", [
    ("un coche me dio un golpe en la avenida menendez pelayo y ni paro", "avenida menendez pelayo"),
    ("dos tios en moto por la calle de ramon gomez zorrilla desde hace rato mirando portales",
     "calle de ramon gomez zorrilla"),
])
def test_unknown_words_inside_the_clause_stay_in_the_name(text, place):
    assert place in places(text)


def test_a_verb_inside_the_clause_ends_the_name():
    assert places("en la calle kedzie roban carros y se van corriendo") == ["calle kedzie"]
