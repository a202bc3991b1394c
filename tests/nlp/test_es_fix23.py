"""Spanish fixes of stop 23 (issue 14): kinds from the es-d23 batch, each with texts written here (not copied
from the dev files) and a negative that must stay as it was."""
import pytest

from nlp import extract


def got(text, field):
    return extract(text).to_dict()[field]


# A corner opening a clause after a comma (a town first, then the corner): one place when both sides carry a
# street word, as it is at the start of the text
@pytest.mark.parametrize("text, corner", [
    ("en north phoenix, 19th ave esquina con 35th st, roban catalizadores", "19th ave esquina con 35th st"),
    ("west dallas, singleton blvd y bataan st, hay carreras cada noche", "singleton blvd y bataan st"),
])
def test_a_corner_after_a_comma_is_one_place(text, corner):
    assert corner in got(text, "locations")


@pytest.mark.parametrize("text, absent", [
    ("vinieron mi tio, carlos y su esposa a la casa", "carlos y su esposa"),
    ("en north phoenix, maple st y luego se fueron", "maple st y luego"),
])
def test_after_a_comma_a_list_of_words_is_no_corner(text, absent):
    assert absent not in got(text, "locations")
