"""A state code that is also a word ("ok", "la", "me") taken after a town in mid-clause when the tip says where."""
import nlp


def locations(text):
    return [value.lower() for value in nlp.extract(text).locations]


def test_code_mid_clause_after_a_place_word():
    assert "ponca city ok" in locations("loud party at a house in ponca city ok been going all night")


def test_louisiana_before_a_time():
    assert "breaux bridge la" in locations("a van parks by breaux bridge la every morning at 5")


def test_code_before_another_place_is_a_word():
    assert "leeds in" not in locations("outside greggs in leeds in the rain")


def test_ok_as_a_word_stays_out():
    assert "leeds ok" not in locations("is everyone in leeds ok for the match tonight")
