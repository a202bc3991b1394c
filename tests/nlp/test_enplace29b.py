"""Stop 29 round 2, English places: kinds of text the location rules got wrong (texts invented, not from the dev sets)."""
import pytest

from nlp import extract
from nlp.hyphen_names import hyphen_tail_end


def locations(text: str) -> list[str]:
    return [value.lower() for value in extract(text).locations]


@pytest.mark.parametrize("text, place", [
    ("lads throwin stones at cars off the bridge in barnard-le-dale, one in a red hoodie", "barnard-le-dale"),
    ("quad bikes tearin up the common above cwm-gwyn again tonight", "cwm-gwyn"),
    ("car on its roof in the ditch just outside pont-y-mawr, driver wanderin about", "pont-y-mawr"),
])
def test_a_hyphened_name_is_one_place(text, place):
    assert place in locations(text)


def test_a_describing_tail_is_not_part_of_the_name():
    text = "x london-bound coach"
    assert hyphen_tail_end(text, 6) is None
    assert hyphen_tail_end("in cwm-gwyn now", 6) == 11
    assert hyphen_tail_end("the m6-m5 link", 6) is None   # two roads, not one name
