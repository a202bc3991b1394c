"""Where a Spanish tip's street ends (nlp/spanish_street_tails.py) and what is no place in a Spanish tip: invented
texts, one kind of writing each."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("el bus siempre pasa tarde por la lomas blvd sw, llevo una hora", "lomas blvd sw"),
    ("hay un señor tirado frente a la tienda de la central ave ne ahorita", "central ave ne"),
    ("venden droga en la menaul blvd se cada tarde", "menaul blvd se"),
    ("robaron en el estacionamiento de la harvard dr se, ayer", "harvard dr se"),
    ("pasaron por la bryant ave s toda la mañana", "bryant ave s"),
])
def test_a_named_grid_street_after_la_keeps_its_quadrant(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("en la menaul blvd se oyen balazos", "menaul blvd"),        # "se oyen": the verb's pronoun
    ("en la menaul blvd se los llevaron", "menaul blvd"),        # "se los": a pronoun and its clitic
    ("en la main st e hijos de la vecina", "main st"),            # "e": and
])
def test_se_before_a_verb_and_e_are_no_quadrant(text, place):
    assert place in places(text)
