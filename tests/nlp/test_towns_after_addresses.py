"""The town texted right after an address: before a pronoun that starts the next clause, after a Welsh street
(street word first), and two words no list knows between commas; not Spanish words after a street's comma."""
import pytest

import nlp


@pytest.mark.parametrize("text, street, town", [
    ("smoke pouring out of 22 Mill Terrace brynteg shes still inside with the baby", "22 Mill Terrace", "brynteg"),
    ("someone at 9 Orchard Square felindre thats the third time this week", "9 Orchard Square", "felindre"),
    ("bangin on my back door, 7 Heol Dinas cwmtwrch", "7 Heol Dinas", "cwmtwrch"),
    ("fire at 12 Ffordd Celyn, glan dwyfach, the old boy is still in there", "12 Ffordd Celyn", "glan dwyfach"),
])
def test_town_after_address(text, street, town):
    locations = [value.lower() for value in nlp.extract(text).locations]
    assert street.lower() in locations and town in locations


@pytest.mark.parametrize("text, street", [
    ("hay un tipo con un cuchillo en la maple rd, ahorita mismo", "maple rd"),
    ("me sigue un carro negro en la 5th st y grand ave, tengo miedo", "5th st y grand ave"),
])
def test_spanish_words_after_comma_are_no_town(text, street):
    assert [value.lower() for value in nlp.extract(text).locations] == [street]


def test_street_then_a_verb_is_no_town():
    assert [value.lower() for value in nlp.extract("lads on Mill Lane tryin car doors").locations] == ["mill lane"]
