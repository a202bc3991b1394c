"""A name before "mini mart" names the shop, and a town after a comma places it ("the mini mart" alone is no name)."""
from nlp import extract


def places(text: str) -> list[str]:
    return [value.lower() for value in extract(text).locations]


def test_name_before_mini_mart_then_comma_town():
    assert places("lad with a knife at the till in kellys mini mart, hunstanton, hes still in there") == \
        ["kellys mini mart", "hunstanton"]


def test_plain_mini_mart_is_no_name():
    assert "the mini mart" not in places("someone nicked my bike from outside the mini mart, hunstanton")
