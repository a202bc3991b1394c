"""A barrio named with its article anywhere in a Spanish tip, when no dictionary or slang list holds the name
(nlp/spanish_article_names.py, nlp/data/es/dictionary_words.txt, nlp/data/es/not_article_names.txt): "en el
zurguen", "por la chacarita". Things with an article ("en la cochera", "en la troca", "en el depa") stay empty."""
import pytest

from nlp import extract
from nlp.spanish_article_names import mid_article_areas


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


# invented variants (Spain, Mexico, Southern Cone; no accents, lower case), written before the rule
@pytest.mark.parametrize("text, want", [
    ("mi tia vive sola y no contesta desde el martes, esta en los tarajales y nadie le abre", ["los tarajales"]),
    ("se oyen tiros por el tepetate, mi hermano dice que son cuetes pero no se", ["el tepetate"]),
    ("un señor vende cristal a los morros en la chimalhuacana todas las tardes", ["la chimalhuacana"]),
    ("estan pegando a un señor en la chacarita, venid rapido por favor", ["la chacarita"]),
    ("hay dos tios pegandose en el zurguen al lado de la parada del bus", ["el zurguen"]),
    ("los petardos que se oyen en el cabanyal son de la fiesta del barrio", ["el cabanyal"]),
    ("un transformador ha reventado en el poble sec, no hay luz en toda la calle", ["el poble sec"]),
    ("me siguen dos tipos desde la tenderina, voy andando rapido hacia casa", ["la tenderina"]),
])
def test_article_barrio_mid_text(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "el ladron entro en la cochera y se llevo la bici del niño",
    "me robaron el celular en la troca de mi compa anoche",
    "dejaron al niño solo en el sotano del edificio toda la tarde",
    "se pelearon en la prepa dos chavos y uno saco una navaja",
    "hay un perro encerrado en el depa de al lado llorando todo el dia",
    "estaba en el trabajo cuando me llamaron que entraron a robar en la casa",
    "mi hija dejo la mochila en el carro y se la robaron",
    "unos chavos se pelean en los columpios del parque cada tarde",
    "la señora se cayo en la bañera y no se puede levantar",
    "se metieron a robar en el oxxo con pistola y se fueron en moto",
    "encontre una cartera en el trax, me la puedo quedar?",
])
def test_things_with_an_article_are_no_barrio(text):
    assert mid_article_areas(text, []) == []
    assert places(text) == []


@pytest.mark.parametrize("text, want", [
    ("estan pateando a un muchacho en la coahuila y constitucion", []),   # a corner's first side: the corner rules'
    ("choco contra mi moto en el coll d'en rabassa y se fue", []),   # a longer name with Catalan "d'"
    ("estoy en bushwick por la knickerbocker", []),   # an English name drops its article: not this rule's
    ("le robaron el bolso en el fry's de la e thomas rd", []),
])
def test_shapes_left_to_other_rules(text, want):
    assert [text[s:e] for s, e in mid_article_areas(text, [])] == want
