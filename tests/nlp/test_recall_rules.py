"""Real outputs of nlp.extract for the general rules added after the s19 dev batch (nlp/devset/dev_s19.jsonl).

Every text here is new (none is in a dev file), so each test checks the rule, not one labelled text; the
negative cases check the guard that keeps the rule from firing on ordinary words.
"""
import pytest

from nlp import extract
from nlp.extraction import CONFIDENT


@pytest.mark.parametrize("text, place", [
    ("someone nicking fuel from tractors near east chinnock every week", "east chinnock"),
    ("kids on quad bikes at hewish again", "hewish"),
    ("lights on in the empty barn outside westhay, think someone is sleeping there", "westhay"),
])
def test_lower_case_village_after_a_place_cue_is_a_guessed_place(text, place):
    result = extract(text)
    assert place in result.locations
    assert result.confidence["locations"][place] < CONFIDENT  # a guess: not said back to the tipster


@pytest.mark.parametrize("text", [
    "he was robbed at knifepoint outside the cashpoint",   # two dictionary words run together
    "they keep parking outside thier house",               # an unknown word followed by a noun: a typo
    "lads in balaclavas near the shop",                    # a word of the people lists (plural)
])
def test_words_that_are_no_village_stay_out(text):
    assert extract(text).locations == []


@pytest.mark.parametrize("text, corner", [
    ("two cars crashed at old mill road and bath lane", "old mill road and bath lane"),
    ("dealing on n 22nd and lehigh ave all day", "n 22nd and lehigh ave"),
    ("fight at st johns lane & wells road", "st johns lane & wells road"),
])
def test_corner_keeps_the_direction_or_saint_before_the_first_street(text, corner):
    assert corner in extract(text).locations


@pytest.mark.parametrize("text, time", [
    ("van parked up fri eve with the engine running", "fri eve"),
    ("they were back last sat causing trouble", "last sat"),
    ("someone tried my door yesterday arvo", "yesterday arvo"),
    ("it happens most days outside the shop", "most days"),
    ("been parked there for months with no tax", "for months"),
    ("my bike went missing a couple hours ago", "a couple hours ago"),
    ("heard a crash 3 nights ago and a car drive off", "3 nights ago"),
    ("saw him at half 10 by the garages", "half 10"),
    ("the attack was early hours of saturday morning", "early hours of saturday morning"),
])
def test_times_people_text(text, time):
    assert time in extract(text).times


def test_a_day_after_on_is_the_day_and_a_short_day_word_alone_is_no_time():
    assert extract("my shed was broken into on wednesday").times == ["wednesday"]
    assert extract("he sat on the wall and watched").times == []
    assert extract("the guy was 30ish, red hat").times == []  # "30ish" is an age, not half past six


@pytest.mark.parametrize("text, vehicle", [
    ("a white polo gti with blacked out windows", "white polo gti"),
    ("grey merc c class no plates", "grey merc c class"),
    ("lad on a red honda cbr doing wheelies", "red honda cbr"),
    ("black focus st parked on the kerb", "black focus st"),
])
def test_vehicle_trims_and_bike_models(text, vehicle):
    assert vehicle in extract(text).vehicles


def test_a_colour_before_a_generic_car_or_a_word_like_up_is_no_vehicle():
    assert extract("a dark car drove past slowly").vehicles == []
    assert extract("they keep smashing up cars on our road").vehicles == []
    assert extract("a dark van drove past slowly").vehicles == ["dark van"]


@pytest.mark.parametrize("text, phrase", [
    ("one of them was maybe 40s with a grey beard", "maybe 40s"),
    ("two lads about 13 or 14 years old on bikes", "about 13 or 14 years old"),
    ("a teenage lad with a red trackie", "teenage"),
    ("woman with pink hair and a gold chain", "gold chain"),
])
def test_people_descriptions(text, phrase):
    assert phrase in extract(text).people


def test_no_age_inside_a_reference_and_no_bare_chain():
    assert extract("my ref is 12/44512/25 please call").people == []
    assert extract("man swinging a bike chain at people").people == []


@pytest.mark.parametrize("text", [
    "theres a lad trying all the car doors on our street rn",
    "he is smashing the door in",
    "her boyfriend says hes going to do her in, shes locked in the bathroom",
    "can hear a girl shouting get off me in the alley",
    "there is a woman walking on the railway line near the station",
])
def test_urgent_without_the_usual_words(text):
    assert extract(text).urgent


@pytest.mark.parametrize("text", [
    "a car was following me home last week, just want it logged",
    "kids throwing eggs at windows on friday night",
    "the lads play pool at the club, shooting pool all night",
])
def test_not_urgent(text):
    assert not extract(text).urgent


def test_a_model_number_is_no_plate():
    assert extract("the model number on my stolen mower is HRX476").plates == []
    assert extract("the model number is on the box, the van reg is WX19 KLM").plates == ["WX19KLM"]


def test_two_days_joined_by_and_are_one_time():
    assert extract("the van comes tues and thurs night to the yard").times == ["tues and thurs night"]
    assert extract("last night and this morning the car was there").times == ["last night", "this morning"]


def test_in_joins_a_village_name_no_list_knows_but_never_a_street_and_its_area():
    assert "Weston in Gordano" in extract("sheep rustling near Weston in Gordano").locations
    assert extract("car alarm going off on Mill Lane in Pennwick").locations == ["Mill Lane", "Pennwick"]
