"""Stop 37 last round: someone in the water now, adrift, taken out by a rip, current or tide
(nlp/urgency_adrift.py) or clinging to a capsized boat in dialect (data/urgency_clinging.json: Scots "tae"), with calm
twins (warnings, a figurative "adrift", a past time). Texts invented for the test, none from dev."""
import pytest

import nlp

IN_WATER = [
    "two kids adrift on a lilo off the north beach, drifting out fast",
    "a man is clinging to an upturned kayak in the middle of the lake",
    "my son got pulled out by a rip current at the pier, i cant see him",
    "boat flipped over by the marina, 3 people hanging onto the hull",
    "theres a paddleboarder drifting out to sea past the headland, cant get back",
    "lad being carried out by the current off the groyne, hes struggling",
    "my daughter got caught in a rip at bondi north end, shes too far out",
    "the tide is taking him out, hes on a bodyboard past the flags",
    "kid on an inflatable unicorn adrift off porthcawl beach, wind pushing it out",
    "the rip took my son out past the sandbar",
    "wee dinghy capsized aff the pier, twa laddies hingin ontae the hull",
    "yacht keeled over in the firth, an auld man clingin tae the keel",
]
CALM_TWINS = [
    "we capsized the dinghy on purpose in the training session, all fine",
    "rip currents at crab cove are bad, can you put up a sign",
    "found an upturned kayak washed up on the beach, nobody around",
    "is the rip current warning still up at bondi",
    "the tide is out, loads of people walking on the sand",
    "i felt adrift after my divorce, need to talk to someone about my ex",
    "a surfer got pulled out by a rip in 2019 here, can we get a flag",
    "rip to my grandad who passed last week, he loved this beach",
]


@pytest.mark.parametrize("text", IN_WATER)
def test_someone_in_the_water_now_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", CALM_TWINS)
def test_a_warning_a_figure_of_speech_or_the_past_stays_calm(text):
    assert not nlp.extract(text).urgent
