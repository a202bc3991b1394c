"""Stop 38, round 2: the "fall" kind of urgency_danger_now_es.py (data es/urgency_danger_now.json): a person at a high or
watery place with a fall or drowning said to be close now ("se puede caer", "se tambalea", "se metio al rio y ya no lo
vemos") is urgent with no "now" word (ANNOTATION.md: a person in danger now); a habit, an old day, a worry at home or a
video is not read. Texts invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.urgency_danger_now_es import REASONS

URGENT = [
    "un borracho se ha subido a la barandilla del puente de triana y se tambalea",
    "hay un niño subido al tejado de la nave abandonada, se puede caer",
    "un chico se metio al rio con la corriente muy fuerte y ya no lo vemos",
    "un señor se bajo a las vias del tren en la estacion de atocha y no sube",
    "una mujer esta sentada en la cornisa del quinto piso con las piernas por fuera",
    "un tipo colgado por fuera del barandal del puente dice que se va a tirar",
    "dos crios andan por el borde del acantilado de la playa, se van a caer",
    "un abuelo se cayo al canal y no sabe nadar",
    "un hombre borracho se ha quedado dormido en medio de la carretera",
]
CALM = [
    "el año pasado un borracho se subio a la muralla y se cayo",
    "los chavales se suben al deposito todos los veranos, se pueden caer algun dia, pongan una valla",
    "unos chavales se suben a la barandilla del mirador los sabados para las fotos, un dia uno se va a caer",
    "en el puente de hierro los crios se cuelgan de la reja cada tarde, tarde o temprano se van a caer",
]
WORRIES = [
    "el niño se puede caer de la litera, a que edad es seguro que duerma arriba?",
    "mi abuela se puede caer en la ducha, donde pido una barra de apoyo?",
    "el hombre del video se tambalea en la cuerda floja, es de un circo",
]  # a fall feared at home or seen in a video: never this kind


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM + WORRIES)
def test_not_this_kind(text):
    assert nlp.extract(text).to_dict()["urgent_reason"] != REASONS["fall"], text
