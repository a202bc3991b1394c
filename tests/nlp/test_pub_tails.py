"""A pub is labelled by its name, without the word "pub"; a one-word name keeps its "the"."""
from nlp import extract


def places(text: str) -> list[str]:
    return [value.lower() for value in extract(text).locations]


def test_two_word_pub_name_drops_pub():
    assert places("someone scratched my car in the car park of the otters holt pub in barnby") == ["otters holt", "barnby"]
    assert places("fight in the car park of the Cross Keys pub in wem") == ["cross keys", "wem"]


def test_one_word_pub_keeps_the():
    assert "the Ship" in extract("someone smashed the windscreen of my van by the Ship pub on Mill Lane").locations
