"""A guessed barrio (nlp/spanish_areas.find_barrios) keeps a side or age word after its name: "en trinitat nova",
"por gotleu norte". Invented texts."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("ahora mismo en bonpastor nova: dos tios se estan pegando con botellas", "bonpastor nova"),
    ("hay humo saliendo de un bajo por gotleu norte, venid", "gotleu norte"),
])
def test_side_word_is_the_barrios(text, place):
    assert place in extract(text).locations


def test_este_after_a_barrio_is_this():
    places = extract("en gotleu este sabado hubo una pelea con navajas").locations
    assert "gotleu" in places and not any("este" in p for p in places)
