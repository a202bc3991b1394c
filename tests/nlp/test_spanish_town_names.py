"""Towns of Spain in lower case read from nlp/data/es/towns_spain.txt (GeoNames): a name of two words or more whose
words are all common ("puerto real", "ciudad real"), and none whose first word reads as a person or a count ("de dos
hermanas", "de don benito"). Invented texts."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("a un chaval le han pegado en rincon de la victoria y esta sangrando", "rincon de la victoria"),
    ("me han robado la bici en torre del mar esta tarde, era una orbea azul", "torre del mar"),
    ("por palma del rio va un coche haciendo trompos, casi atropella a uno", "palma del rio"),
    # a village of under 10,000 people named in two words or more
    ("en villagordo del jucar hay un perro atado sin agua desde ayer", "villagordo del jucar"),
    ("me han rayado el coche en talavera la real, aparcado en la puerta de casa", "talavera la real"),
])
def test_a_town_of_common_words_is_a_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text", [
    "le robaron a la tienda de dos hermanas que hay al lado de mi casa",
    "en el bar de don benito venden droga por la noche",
    "pelea de navajas ahora mismo en la puerta del bar, hay uno sangrando",   # Navajas: a village of ~600
])
def test_a_person_or_a_count_is_no_town(text):
    assert places(text) == []
