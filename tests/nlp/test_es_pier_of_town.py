"""A pier named for its town is one span with "muelle" (ANNOTATION.md: "muelle de san roque"), as "la playa de palma"
is: spanish_areas.PLACE_NOUN_DE_RE."""
import nlp


def test_pier_of_town_is_one_span():
    places = nlp.extract("un chaval se ha caido al agua desde el muelle de santa pola y no sabe nadar").to_dict()["locations"]
    assert "muelle de santa pola" in places and "santa pola" not in places
