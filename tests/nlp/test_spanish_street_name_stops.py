"""A lower-case street name runs on over all its words when the sentence stops it at the area it lies in ("de la
colonia ...", "del fraccionamiento ...") or at a door number the clause goes on after ("4 y dice"), and keeps the
side of town after it ("avenida cuauhtemoc sur"): nlp/spanish_name_run_ends.py, nlp/spanish_street_directions.py.
Variants invented for the kind (Mexico, Spain), none copied from dev."""
import pytest

from nlp import extract


def places(text):
    return sorted(p.lower() for p in extract(text).to_dict()["locations"])


@pytest.mark.parametrize("text, want", [
    ("le pegaron a mi hijo afuera de la tienda de la calle gabino barreda de la colonia san rafael",
     ["calle gabino barreda", "colonia san rafael"]),
    ("un carro sospechoso en la calle melchor ocampo de la colonia obrera desde ayer", ["calle melchor ocampo", "colonia obrera"]),
    ("hay humo en la calle martin carrera de la col. guadalupe", ["calle martin carrera"]),
    ("me robaron la bici en la calle sol naciente 9 y el ladron se fue corriendo", ["calle sol naciente 9"]),
    ("hay un señor golpeando a su esposa en la calle vicente guerrero 118 y nadie hace nada", ["calle vicente guerrero 118"]),
    ("le robaron el coche en la calle agustin lara 21 y se fue hacia el centro", ["calle agustin lara 21"]),
    ("se quemo un carro en el blvd adolfo lopez mateos 1500, ya llegaron los bomberos", ["blvd adolfo lopez mateos 1500"]),
    ("asaltaron la farmacia de la avenida cuauhtemoc sur hace rato", ["avenida cuauhtemoc sur"]),
    ("hay un choque en la avenida lazaro cardenas poniente, dos carros y una moto", ["avenida lazaro cardenas poniente"]),
    ("tiroteo en la avenida juarez poniente 300, manden patrullas", ["avenida juarez poniente 300"]),
    ("asaltaron una tienda en la avenida hidalgo oriente, traian pistolas", ["avenida hidalgo oriente"]),
    ("un señor tirado en la banqueta de la calle emiliano zapata norte, no se mueve", ["calle emiliano zapata norte"]),
    ("me han forzado la puerta del trastero en la calle sierra nevada 18, anoche", ["calle sierra nevada 18"]),
])
def test_street_name_runs_to_its_stop(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text, want", [
    ("cruce la calle 2 veces y nadie me ayudo", []),
    ("en la calle kedzie roban carros cada noche", ["calle kedzie"]),
    ("vive en la calle juarez de noche no sale", ["calle juarez"]),
    ("me fui al sur de la ciudad por la calle hidalgo", ["calle hidalgo"]),
])
def test_street_name_stops_near_misses(text, want):
    assert places(text) == want
