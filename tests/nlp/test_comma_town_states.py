"""A US town only its state code shows, after a street and a comma."""
import nlp


def locations(text):
    return [value.lower() for value in nlp.extract(text).locations]


def test_common_word_town_with_code_after_a_street():
    found = locations("kids throwing rocks at cars on elm st, hope ar, right now")
    assert "hope ar" in found


def test_word_codes_stay_words():
    found = locations("somebody hit my mailbox on elm st, they ok, no rush")
    assert "they ok" not in found


def test_state_of_a_corner_with_town_of_two_words():
    assert "cobb creek ga" in locations("shots by the gas station at 5th and main, cobb creek ga, hurry")


def test_text_opening_with_a_common_word_town_and_its_code():
    assert "marathon tx" in locations("marathon tx, theres a guy on the roof of the diner throwing bottles at cars")


def test_text_opening_with_a_plate_state_is_no_town():
    assert locations("plate begins NV, grey pickup tailgating everyone on the highway") == []


def test_town_after_a_word_that_says_where():
    assert "fairview mt" in locations("guy weaving all over the road near fairview mt headed north, drunk i think")


def test_scots_with_after_a_word_that_says_where_is_no_state():
    assert "hamlet wi" not in locations("a fella sleepin rough near hamlet wi dogs, no bother")
