"""Urgency read from kinds of meaning at stop 25 (nlp/urgency_kinds.py and patterns/urgency.jsonl; texts written for
these tests, not taken from the dev files)."""
import pytest

from nlp import extract
from nlp.urgency_kinds import hot_temperature


def urgent(text: str) -> bool:
    return extract(text).urgent


@pytest.mark.parametrize("text, expected", [
    # a fire word as the subject of "is/was out": dealt with
    ("heads up the skip fire behind the leisure centre in kettering is out, firefighters left about 10", False),
    ("the grass fire near the allotments was out by the time i got there", False),
    # still burning, or out of control: not dealt with
    ("the barn fire at the end of our lane is out of control, flames over the roof, horses inside", True),
    ("theres a fire in the flat above mine, smoke pouring out the windows and my neighbour is still inside", True),
])
def test_fire_that_is_out(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # someone lost outdoors and exposed, now
    ("two walkers lost on the ridge above the reservoir, its getting dark and one of them cant walk", True),
    ("my son and his mate got lost in the woods behind the farm, its freezing and his phone is nearly dead", True),
    # the past, or nobody at risk
    ("we got lost on the moor last winter after dark, can you put more signs up", False),
    ("the parcel got lost in the post again, so annoying", False),
])
def test_lost_and_exposed(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # barred from the tipster and here now
    ("hes parked across the street again staring at my window and hes not meant to come within 50 metres of me", True),
    # the same order without anyone here
    ("my ex is not meant to come within 50 metres of me, how do i report a breach from last week", False),
])
def test_barred_and_here(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # a child or an animal in a car in the heat, now
    ("toddler screaming in a grey car outside the pharmacy, windows shut and its like 92 out", True),
    ("a dog panting in the back of a van in the retail park, its boiling today", True),
    # not in a car, or the past
    ("kids kicking a ball at the cars on our street, its boiling today", False),
    ("last summer someone left a dog in a hot car at the beach, is that illegal", False),
])
def test_shut_in_a_hot_car(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


def test_hot_temperature():
    assert hot_temperature("its like 97 outside") and hot_temperature("it's 33c here")
    assert not hot_temperature("its 45 degrees")  # no scale: read as Fahrenheit
    assert not hot_temperature("its 12 out") and not hot_temperature("its 8c")


@pytest.mark.parametrize("text, expected", [
    # driving off without paying: property crime, nobody at risk
    ("a lad in a blue corsa just filled up at the pumps and drove off without paying 3 mins ago", False),
    # threats inside an online game
    ("some kid on xbox said hes going to shoot me and find my house, his gamertag is TOXIC_LAD", False),
    # asking which service deals with it
    ("my suitcase is still stuck at the airport with my kids meds in it, can u lot help or is it the airline", False),
])
def test_no_emergency_kinds(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # "keeps" + -ing anchored in the present by where someone is now
    ("my sister is on the last train to town and a drunk man keeps grabbing her arm, nobody is helping", True),
    # a habit stays a habit
    ("a drunk man keeps grabbing girls outside the kebab shop every weekend", False),
])
def test_keeps_with_someone_somewhere_now(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


def test_driving_off_without_paying_is_routine():
    # a sign against an emergency for the model (it needs its overrule probability): property crime, nobody at risk
    from nlp.pipeline import get_pipeline
    from nlp.urgency import counter_evidence
    pipeline = get_pipeline()
    assert counter_evidence(pipeline("a lad in a grey hoodie just took off from the pumps in a white astra without paying"))
    assert counter_evidence(pipeline("woman did a drive off at the shell garage, 70 quid of diesel"))
    assert not counter_evidence(pipeline("a lad in a grey hoodie is at the pumps with a knife"))


@pytest.mark.parametrize("text, expected", [
    # someone unknown inside the tipster's home now
    ("i can hear footsteps, i think somebody is in my attic", True),
    ("theres someone in my back garden trying the kitchen door", True),
    ("hang on i think somebody is in my cellar", True),
    ("i think theres someone in my garage", True),
    # the past, or a person who belongs there
    ("i think someone was in my shed last night, the padlock is bent", False),
    ("someone in my class keeps copying my homework", False),
])
def test_someone_in_my_home_now(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # harm said not to have happened, an accidental call, "its fine": dealt with
    ("my nephew rang 999 by mistake while playing with my phone, nobody is hurt, sorry", False),
    ("my son just rang 999 by accident, nobody is hurt, sorry", False),
    ("theres smoke from the bbq next door but its fine, they are just cooking", False),
    ("man with an air rifle on the flat roof next door, its fine hes just doing the pigeons", False),
    # a bare "now" right after the calm describes the state, not news
    ("a lad got glassed in the beer garden of the anchor on friday night, hes out of hospital now", False),
    # a danger told after the calm is still news
    ("nobody is hurt yet but the man with the machete is right now walking towards the school", True),
])
def test_dealt_with_and_state_now(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason
