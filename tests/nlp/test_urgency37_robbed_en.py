"""Stop 37 last round: someone robbed or mugged minutes ago, in English (nlp/urgency_robbed_now_en.py), with calm
twins (told long after, dealt with, no time, an active "robbed" in play). Texts invented for the test, none from dev."""
import pytest

import nlp

ROBBED_NOW = [
    "just got mugged 3 mins ago on kings rd, lad in a grey tracksuit ran towards the park",
    "my nan was robbed outside the co-op like 2 minutes ago, shes shaking",
    "i just got held up at the atm on 5th and main, guy had a knife, he ran north",
    "we were jumped by 3 lads a few minutes ago near the canal bridge, they took our phones",
    "me n my mate just been robbed at the bus stop on elm st, they legged it toward the shops",
    "someone mugged my brother ten minutes ago behind the leisure centre",
    "the corner shop on hill st got robbed moments ago, 2 men in balaclavas",
    "ive just been mugged outside greggs, he went off on a bike, black hoodie",
]
CALM_TWINS = [
    "my brother was robbed 3 weeks ago and the police never called back",
    "lol my mate just robbed the tuck shop with a water pistol, is he in trouble",
    "my car got robbed last night, they took the radio",
    "the price of a pint here, i just got robbed lol",
    "was mugged a couple of years ago on this road, is it still bad round here",
    "read that a bloke was mugged on elm st last month, any news",
    "my bike got robbed from the shed 2 weeks ago",
    "a man was mugged here 3 years ago",
]


@pytest.mark.parametrize("text", ROBBED_NOW)
def test_robbed_minutes_ago_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", CALM_TWINS)
def test_a_robbery_told_late_dealt_with_or_in_play_stays_calm(text):
    assert not nlp.extract(text).urgent
