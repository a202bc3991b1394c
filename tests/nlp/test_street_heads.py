"""A street's first words left off by the rules (street_heads.py): taken back up to the word that says where."""
import nlp


def locations(text):
    return [value.lower() for value in nlp.extract(text).locations]


def test_compass_letter_and_first_word_after_on():
    assert "w mountain laurel dr" in locations("2 cars racing off w mountain laurel dr tonight")


def test_first_name_and_initial_of_a_parkway():
    assert "earl b wilson pkwy" in locations("wreck on earl b wilson pkwy near the mall")


def test_house_number_and_compass_at_clause_start():
    assert "2210 e silver lake rd" in locations("please hurry, 2210 e silver lake rd, my dad fell and isnt moving")


def test_compass_before_numbered_street():
    assert "w 12 mile rd" in locations("truck flipped on w 12 mile rd by the gas station")


def test_function_word_before_street_leaves_it():
    found = locations("dog running loose on the other side of maple st")
    assert "maple st" in found and not any(value.endswith("of maple st") for value in found)
