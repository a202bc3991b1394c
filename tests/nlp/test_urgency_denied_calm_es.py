"""Stop 37, Spanish: a calm word denied ("no es la tele", "no es una pelicula") confirms the danger
(nlp/urgency_misreads.doubted_calm); "no se levanta" about a habit or school ("para ir a la escuela", "por las
mananas") is no one collapsed (NEGATION phrases in data/es/urgency.jsonl, data/es/urgency_cannot_move.json), while
"no se levanta" of someone down stays urgent. Texts invented for the test, none from the dev set."""
import pytest

import nlp

DENIED_NOW = [
    "estan gritando al lado, no es la tele, se oyen golpes",
    "no es la television, la vecina esta pidiendo auxilio",
    "los gritos no son de la tele, le esta pegando",
    "oigo a una mujer gritar que la suelten, no es una pelicula",
    "no es broma, hay un hombre con un cuchillo en la puerta",
    "mi padre se cayo y no se levanta, no responde",
    "hay un senor tirado en la acera que no se levanta",
    "mi abuela no se levanta del suelo y respira raro",
    "no es la radio, se oyen disparos en el edificio",
    "un hombre se desplomo en el metro y no se levanta",
    "se oye a una chica gritando que la suelten en el portal",
]
DENIED_CALM = [
    "mi hijo no se levanta para ir a la escuela",
    "mi hija nunca se levanta temprano para el colegio",
    "el nino no se levanta por las mananas, que hago",
    "es la tele de los vecinos, esta muy alta",
    "mi marido no se levanta del sofa en todo el dia",
    "los gritos eran de la tele, ya lo comprobe",
    "le grite que lo suelte al perro y lo solto, todo bien",
]


@pytest.mark.parametrize("text", DENIED_NOW)
def test_danger_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", DENIED_CALM)
def test_calm_twin_stays_calm(text):
    assert not nlp.extract(text).urgent, text
