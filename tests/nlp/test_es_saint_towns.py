"""Mexico's towns named for a saint often add a name no dictionary holds ("san andres cholula"): it is the town's."""
import pytest

import nlp
from nlp.spanish_saint_areas import saint_areas


@pytest.mark.parametrize("text, place", [
    ("asaltaron una tienda en san bartolo tlaxihuicalco hace rato", "san bartolo tlaxihuicalco"),
    ("hay balazos en santa catarina yecahuizotl ahorita", "santa catarina yecahuizotl"),
])
def test_saint_town_with_second_name(text, place):
    assert place in nlp.extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("en san blas tiran cohetes cada noche", "san blas"),
    ("por san jorge hay ruido", "san jorge"),
])
def test_saint_area_ends_before_a_word_of_the_sentence(text, place):
    assert [text[s:e] for s, e in saint_areas(text, [])] == [place]
