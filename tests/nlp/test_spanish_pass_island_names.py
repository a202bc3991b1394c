"""A mountain pass or port, an island, an arch, a breakwater and a rural spot are named after "de" as a beach is, with
their place word (nlp/data/es/named_features.json "feature_words"; a town after "de" is the landmark's name:
nlp/spanish_areas.PLACE_NOUN_DE_RE): "el puerto de navacerrada", "la isla de la cartuja", "el arco de cuchilleros"."""
import pytest

from nlp import extract


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


# invented variants, written before the rule
@pytest.mark.parametrize("text, want", [
    ("hay nieve y un coche atascado en el puerto de navacerrada con niños dentro", ["puerto de navacerrada"]),
    ("se ha caido un hombre al agua en el puerto de cambados, ayuda", ["puerto de cambados"]),
    ("un camion ha volcado al bajar el puerto del pico, hay gasoil en la carretera", ["puerto del pico"]),
    ("en la isla de la cartuja unos chavales hacen carreras con motos cada noche", ["isla de la cartuja"]),
    ("dos kayaks volcados cerca de la isla de tabarca y no los vemos", ["isla de tabarca"]),
    ("un tio con un cuchillo junto al arco de cuchilleros amenazando a la gente", ["arco de cuchilleros"]),
    ("se oyen golpes en el arco de santa maria, hay una pelea", ["arco de santa maria"]),
    ("un pescador se ha caido del espigon de la barceloneta, esta en el agua", ["espigon de la barceloneta"]),
    ("fuego en el paraje de los pinos, las llamas se acercan a las casas", ["paraje de los pinos"]),
    ("un pescador se ha caido de las rocas del espigon de juan carlos i, esta en el agua", ["espigon de juan carlos i"]),
])
def test_feature_named_after_de(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "llegamos al puerto de madrugada y nos robaron la maleta",
    "en la isla de la cocina dejaron la pistola, no se que hacer",
    "al cabo de un rato volvio con un cuchillo",
    "el arco de la puerta esta roto y se meten a robar",
    "se fue a la isla de vacaciones y no contesta",
])
def test_what_it_is_names_none(text):
    assert places(text) == []
