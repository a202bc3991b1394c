"""Stop 38 round 2: someone struggling in the water now (going under, thrashing, not swimming, in trouble off a beach,
out of sight after going in) is urgent whatever calm the text holds (nlp/urgency_water_struggle.py, read through
urgency_hurt_now.py); a report of before, a habit or a day to come, a joke or drill, and someone already out and safe
stay calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.urgency_water_struggle import WATER_STRUGGLE, struggling_in_water

STRUGGLING = [
    'lad jumped off the pier at the end of the prom n hes goin under, mates just watchin',
    'swimmer in difficulty off west sands, arms flailing, nobody on the beach has a board',
    'kayaker in trouble out past the point at rhossili, boats upside down and hes waving his arms',
    'my pal swam out to the raft on the loch and we cant see him now, its been a few minutes',
    'woman went in off the jetty after her dog and shes thrashing about, cant get to her',
    'teen did a backflip off the bridge into the river and we lost sight of her, 2 lads diving for her',
    'old boy slipped off the slipway into the harbour, hes not swimming just bobbing',
    'paddleboarder in trouble off the breakwater, board gone, hes going under between the waves',
    'my son fell between the boat and the dock at the marina and he cant get himself out',
    'girl swimming in the quarry lake has gone under and not come back up, were all shouting',
    'everyone says hes a good swimmer but he went past the buoys ages ago and none of us can see him anymore',
    'bodyboarder struggling in the rip at fistral, keeps disappearing under the waves',
]
CALM = [
    'a surfer went under at the reef last summer and never came up, why is there still no warning sign',
    'kayaker was in trouble off the point earlier but the lifeboat got him out, hes fine now',
    'lads jumping off the harbour wall every day after school, someone will go under one day',
    'somebody going under in the pool!! jk its the lifeguard training dummy',
    'swimmer waving his arms at the lido but hes just waving at his mum lol',
    'my dad nearly drowned in the lake in 1998, can i get the incident report',
    'lorries going under the bridge at the quay all night, can you do something about the noise',
    'we lost sight of the dog in the river for a bit but he came back out on the bank, all good',
    'the kids are in the pool with a lifeguard, theyre swimming fine, just wondering about the opening hours',
]


@pytest.mark.parametrize("text", STRUGGLING)
def test_someone_struggling_in_the_water_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_before_play_or_rescued_stays_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_the_rule_reads_no_struggle_in_the_calm_texts(text):
    assert struggling_in_water(text.lower()) is None, text


def test_a_calm_before_the_sign_is_what_the_tipster_doubts():
    text = "they all say hes fine, hes a strong swimmer, but he swam out past the flags and i cant see him now"
    assert struggling_in_water(text) == WATER_STRUGGLE
