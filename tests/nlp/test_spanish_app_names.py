"""An app named short after "en"/"por" is no barrio ("me amenazan por insta": es/lexicon.json not_barrios). Invented texts."""
import pytest

from nlp import extract


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


@pytest.mark.parametrize("text", [
    "me amenazan por insta que me van a golpear",
    "publicaron mis fotos en insta sin permiso",
    "el que vende pistolas en instagram dice que las entrega",
    "lo vi en face que vende armas",
    "me contactaron por telegram para venderme droga",
])
def test_an_app_is_no_place(text):
    assert places(text) == []


def test_the_town_beside_the_app_stays():
    assert places("el tipo que anuncia perritos en insta quiere que nos veamos en paterson el domingo") == ["paterson"]
