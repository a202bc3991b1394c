"""Street words of Spain and Mexico that take a bare name keep it (nlp/spanish_bare_street_words.py): "gran via
marques de vadillo", "calzada independencia", "periferico sur", "costera miguel aleman"; the roadway itself ("la calzada
contraria", "la calzada estaba mojada") names no street."""
import pytest

from nlp import extract
from nlp.spanish_bare_street_words import bare_street_places


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


# invented variants, written before the rule
@pytest.mark.parametrize("text, want", [
    ("me arrancaron el bolso en la gran via ahora mismo, un chaval en moto", ["gran via"]),
    ("hay una pelea con botellas en la gran via marques de vadillo delante de un bar", ["gran via marques de vadillo"]),
    ("un coche en sentido contrario por la rambla nova, casi atropella a dos", ["rambla nova"]),
    ("me han robado la bici en la rambla de catalunya hace 5 minutos", ["rambla de catalunya"]),
    ("balacera en la calzada zaragoza a la altura del metro, todos corriendo", ["calzada zaragoza"]),
    ("un trailer volcado en el periferico sur, el chofer atrapado", ["periferico sur"]),
    ("asaltaron un camion en el periferico norte con pistolas, ahorita", ["periferico norte"]),
    ("van haciendo arrancones en la costera miguel aleman cada noche", ["costera miguel aleman"]),
    ("un borracho manejando en sentido contrario por la calzada independencia, casi choca", ["calzada independencia"]),
    ("hay un señor tirado en el periferico de la juventud y los carros no se paran", ["periferico de la juventud"]),
])
def test_street_word_with_a_bare_name(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text, want", [
    ("me asaltaron en la calzada ermita y canal de garay, 2 chavos con cuchillo", ["calzada ermita y canal de garay"]),
    ("un trailer volcado en el periferico sur y el chofer atrapado", ["periferico sur"]),
    ("periferico de merida altura ciudad caucel, un trailer volcado", ["periferico de merida"]),
])
def test_corner_and_where_the_name_ends(text, want):
    assert places(text)[:1] == want


@pytest.mark.parametrize("text", [
    "la calzada estaba mojada y el coche patino",
    "un coche invadio la calzada contraria y choco de frente",
    "se cayo en medio de la calzada y no se levanta",
    "le dieron una gran paliza en la calle",
    "por via telefonica me pidieron dinero",
    "me cai en la rambla y me rompi el brazo",
])
def test_the_roadway_names_no_street(text):
    assert bare_street_places(text, []) == []
    assert places(text) == []
