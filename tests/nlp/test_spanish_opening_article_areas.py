"""A Spanish tip that opens with "en el X"/"en la X", X a name no dictionary holds: a barrio that keeps its article."""
import nlp


def _places(text: str) -> list[str]:
    return nlp.extract(text).to_dict()["locations"]


def test_opening_barrio_keeps_its_article():
    assert "el puntal" in _places("en el puntal, junto a la farmacia, unos chavales rompen los retrovisores cada noche")


def test_opening_barrio_without_comma():
    assert "la chanca" in _places("en la chanca hay un hombre con un palo pegando a los perros ahora mismo")


def test_opening_thing_is_no_barrio():
    assert not any(p.startswith("el garaje") for p in _places("en el garaje de mi casa alguien entro anoche y se llevo la bici"))


def test_opening_street_word_is_no_barrio():
    assert "el callejon" not in _places("en el callejon hay un tipo vendiendo droga a los chamacos")


def test_mid_text_article_is_left_alone():
    assert "la troca" not in _places("tengo un machete en la troca para el trabajo, es legal?")


def test_uncontracted_de_el_after_barrio_is_the_names_article():
    assert "el puntal" in _places("anoche robaron dos motos en el barrio de el puntal, nadie vio nada")
