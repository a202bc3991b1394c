"""Spanish streets second round of stop 32: "av." and "avda." with their dot name an avenue after any word, as
"avenida" does ("en av. hidalgo", "por avda. sarria"). Invented texts."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("un tipo armado asalto la farmacia en av. juarez hace rato, se fue corriendo", "av. juarez"),
    ("le robaron la bici a mi primo por av. insurgentes el lunes en la tarde", "av. insurgentes"),
    ("dos chavos en moto arrebatan celulares, av. chapultepec frente a la plaza", "av. chapultepec"),
    ("me rayaron el coche anoche en avda. sarria, lo vio el portero", "avda. sarria"),
])
def test_av_with_its_dot_opens_a_lower_case_avenue(text, place):
    assert place in places(text)


def test_av_with_its_dot_keeps_a_two_word_name_at_the_clause_end():
    assert places("me quitaron la cartera el viernes en la av. benito juarez") == ["av. benito juarez"]
