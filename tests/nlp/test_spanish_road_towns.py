"""A Spanish road named for the town it goes to keeps its road word (nlp/spanish_road_towns.py,
nlp/data/es/towns_mexico.txt, nlp/data/es/road_towns.txt): "carretera de avila", "carretera a tepic", "camino de
ronda". A common word after "de"/"a" says what the road is, not where it goes, and stays empty."""
import pytest

from nlp import extract
from nlp.spanish_road_towns import road_town_places


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


# invented variants (Spain and Mexico; "de" and "a"; a town that is a word too; one no list had), written before the rule
@pytest.mark.parametrize("text, want", [
    ("hay un coche volcado en la carretera de toledo a la altura del km 12, sale humo", ["carretera de toledo"]),
    ("un camion perdio la carga en la carretera a tepic y no se puede pasar", ["carretera a tepic"]),
    ("me persigue una camioneta negra por la carretera de alcala desde hace 10 minutos", ["carretera de alcala"]),
    ("atropellaron a un perro en el camino de ronda, el conductor se fue", ["camino de ronda"]),
    ("hay un borracho tirado en medio de la carretera a cuautla, los trailers pasan rapido", ["carretera a cuautla"]),
    ("un tractor va sin luces por la carretera de valencia y casi me lo como", ["carretera de valencia"]),
    ("en el camino de almeria hay un incendio en una nave, mucho humo negro", ["camino de almeria"]),
    ("dos motos hacen carreras cada noche en la antigua carretera a texcoco", ["carretera a texcoco"]),
    ("se ha salido un coche de la carretera de salamanca y hay gente dentro", ["carretera de salamanca"]),
    ("un hombre camina por el acotamiento de la carretera a zacatecas con dos niños", ["carretera a zacatecas"]),
    ("estoy escondida en una gasolinera de la carretera a colotlan y me siguen buscando", ["carretera a colotlan"]),
    ("han encontrado un perro atropellado en el 180 del camino de ronda, aun respira", ["180 del camino de ronda"]),
])
def test_road_named_for_its_town(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "estoy en la carretera y no se donde, ayudenme",
    "el camino de la escuela esta oscuro y da miedo",
    "perdimos el camino de vuelta a casa en el monte",
    "la carretera de doble sentido estaba llena de hielo",
    "me quede sin gasolina en el camino a casa",
    "nos quedamos tirados en la carretera de noche sin luz",
    "el camino de tierra se inundo con la lluvia",
    "ya voy de camino a recogerte",
])
def test_what_a_road_is_names_no_town(text):
    assert road_town_places(text, []) == []
