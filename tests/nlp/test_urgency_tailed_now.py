"""Stop 38 round 2: a vehicle after the tipster, or someone they name, told as going on as they write (since they left,
for miles or turns, every turn, still behind, will not back off, afraid to stop, on a road now) is urgent with or without
a NOW cue (nlp/urgency_followed_now.py, data urgency_tailed_now.json); before now, a habit over days, a question, or a
follower gone stays calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.urgency_followed_now import tailed_now

TAILED_NOW = [
    'silver astra been right on my tail since i came off the m6 at junction 16, flashing me, i dont know him',
    'theres a pickup following me for about 10 miles now, every turn i make he makes, im on route 9',
    'red van sat behind me since i left the gym, ive gone round the roundabout twice and hes still there',
    'a black audi keeps tailing my daughter since she left school, shes on the a40 headed home in her fiesta',
    'guy in a white transit has been on ma bumper since kilwinning, flashin his lights, im feart tae stop',
    'car behind me wont back off, tried to box me in at the lights, im on the bypass',
    'blue ford been following us from the services for 20 mins, me and the kids in the car',
    'someone in a grey suv is tailgating me and flashing on the i-95 north and wont pass, i dont want to stop',
    'motorbike been behind me for 6 junctions, pulls up beside me at every light and stares',
    'a guy in a jeep followed me out of the walmart lot and has made every turn with me, hes still behind me',
]
CALM = [
    'some idiot tailgated me on the a road yesterday, reg AB12 CDE, can you do anything',
    'is it illegal to tailgate in texas or just rude',
    'a car followed me home from work last week, im fine, just want it logged',
    'white van was on my bumper for a few miles but he turned off at the last junction, all good now',
    'my dashcam caught a bmw tailgating a lorry on the m25 this morning, where do i send the footage',
    'someone keeps following my insta account and liking old pics, creepy but not urgent',
    'a grey focus followed my son for 4 streets then sped off, lad was shaken',
    'he tailgated me for 5 miles on the a1 then brake checked me, reg on the dashcam',
]


@pytest.mark.parametrize("text", TAILED_NOW)
def test_followed_by_a_vehicle_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_before_habit_question_or_gone_stays_calm(text):
    assert not nlp.extract(text).urgent, text


# a habit over weeks: the rule reads no following now (the text as a whole still reads urgent from its "now": left as before)
@pytest.mark.parametrize("text", CALM + ["the same van has been following my mum home from the bus stop for 2 weeks now"])
def test_the_rule_reads_no_following_now_in_the_calm_texts(text):
    assert not tailed_now(text.lower()), text
