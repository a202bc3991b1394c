"""Spelling variants of a build word and a tattoo's place without a pronoun (nlp/data/en/people.json "build",
nlp/people_patterns.ON_BODY)."""
from nlp.people import find_people


def people(text: str) -> list[str]:
    return [t for _, _, t in find_people(text, [])]


def test_thick_set_is_a_build():
    assert "thick set" in people("bloke kicking the bus stop in, thick set, grey tracksuit")
    assert "thickset" in people("a thickset man was trying car doors")


def test_tattoo_on_a_body_part_without_a_pronoun():
    assert "scar on face" in people("lad nicked my bike, skinny, scar on face")
    assert "tattoo on hand" in people("the guy had a tattoo on hand and a black cap")


def test_tattoo_on_something_else_keeps_only_the_tattoo():
    assert "tattoo on insta" not in " ".join(people("fella showed his new tattoo on insta, bald, about 30"))
