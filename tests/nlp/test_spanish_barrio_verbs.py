"""After "el barrio", a verb of the sentence is no barrio's name, also one no frequency list holds ("del barrio tiran
petardos", "en el barrio pelean"); a name ending the same way still is ("el barrio logan"). Invented texts."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text", [
    "todas las noches los del barrio tiran petardos y cohetes contra las ventanas",
    "en el barrio pelean los perros de un vecino y nadie hace nada",
])
def test_a_verb_after_barrio_is_no_name(text):
    assert places(text) == []


def test_a_name_after_barrio_still_is():
    assert "barrio logan" in places("vivo en el barrio logan y anoche hubo tiros")   # the cue word stays (ANNOTATION.md)
