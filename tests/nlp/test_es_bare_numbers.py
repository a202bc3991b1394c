"""Digits alone are no Spanish place unless an article or a street word names them as a street ("en la 82")."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text", [
    "compre una tele por facebook en 420 y llego rota, el vendedor ya no contesta",
    "me vendieron unos tenis por marketplace en 650 y eran falsos",
])
def test_a_price_or_code_is_no_place(text):
    assert not any(place.replace(" ", "").isdigit() for place in extract(text).locations)


def test_a_numbered_street_with_its_article_stays():
    assert any("82" in place for place in extract("hay una pelea ahorita en la 82 y roosevelt").locations)
