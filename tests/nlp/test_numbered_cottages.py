"""A numbered row of cottages is a street address ("4 mill cottages"), and the village after it its own span."""
import nlp


def locations(text):
    return [value.lower() for value in nlp.extract(text).locations]


def test_numbered_cottages_then_village():
    found = locations("someone is trying the back door at 4 brook cottages kelsall right now")
    assert "4 brook cottages" in found


def test_cottages_without_a_number_are_no_street():
    assert locations("we rented one of the holiday cottages for the week") == []
