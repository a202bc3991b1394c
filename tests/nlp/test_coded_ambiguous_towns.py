"""A gazetteer name that is also a common word is the town when a state code that is no word follows it ("over
llano tx", "circling superior az"), with no place cue before it; a word-like code ("me", "ok") is not enough."""
import nlp


def _places(text: str) -> list[str]:
    return nlp.extract(text).to_dict()["locations"]


def test_ambiguous_name_with_never_word_code_is_the_town():
    assert "superior az" in _places("a plane circling superior az for an hour now, really low")


def test_ambiguous_name_without_code_still_needs_a_cue():
    assert _places("a plane circling superior for an hour now, really low") == []


def test_town_and_state_code_opening_the_text():
    assert "wahoo ne" in _places("wahoo ne: a man selling meth out of his garage on 5th st")
