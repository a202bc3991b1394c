"""Names set off by commas after the person they name (nlp/people_names.apposed_names)."""
from nlp.people import find_people


def people(text: str) -> list[str]:
    return [t for _, _, t in find_people(text, [])]


def test_name_between_commas_after_a_person_noun():
    assert "Declan" in people("one bloke, Declan, keeps revving outside the chippy")


def test_name_at_the_end_after_a_person_noun():
    assert "Marcus" in people("im sure who scratched it, the fella from number 4, Marcus")


def test_no_person_noun_no_name():
    assert "Bristol" not in people("parked up all night, Bristol, not sure why")


def test_stop_word_is_not_a_name():
    assert "Then" not in people("the lad ran off, Then, he came back")


def test_bare_age_after_an_apposed_name():
    found = people("a boy from the youth club, Reece, 15, keeps throwing stones at cars")
    assert "Reece" in found and "15" in found
