"""A size word as an item of a description list about someone named by an insult ("some nutter ..., bald,
massive, ...") is a build (stop 36), as it is after a person noun."""
from nlp import extract


def test_listed_size_after_an_insult_noun():
    people = extract("a druggie kicking off at the bus stop on mill lane, bald, huge, grey trackies").people
    assert "huge" in people and "bald" in people


def test_listed_size_needs_someone_in_the_text():
    assert "massive" not in extract("the bonfire on the rec was lit at 9, massive, flames over the fence").people
