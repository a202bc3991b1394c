"""US roads with a lettered branch written lower case ("route 12a", "us 19w") and "us" before a road word."""
import nlp


def locations(text):
    return [value.lower() for value in nlp.extract(text).locations]


def test_lower_case_letter_after_a_route_number():
    assert "route 9w" in locations("tractor trailer on its side on route 9w near the bridge")


def test_us_road_with_a_letter_after_a_place_word():
    assert "us 11e" in locations("2 cars racing on us 11e right now doing 100")


def test_us_before_highway_after_a_place_word():
    assert "us highway 64" in locations("cow standing in the middle of us highway 64, cars swerving")


def test_us_as_a_pronoun_before_a_route_stays_out():
    found = locations("the trooper told us route 5 was closed for the wreck")
    assert "us route 5" not in found


def test_road_glued_to_a_longer_code_is_no_road():
    assert locations("got a letter about claim AB-NC-4471, is it a scam") == []


def test_hyphened_road_after_a_space_stays_a_road():
    assert "nc-147" in locations("crash on nc-147 by the exit, lanes blocked")
