"""Stop 38 round 2: a danger dealt with (help already there and handling it, or the one at risk fine now) with nothing
going on is not urgent (nlp/urgency_dealt_with.py, read through urgency_calm_texts.py); the same words with a danger
still going on (not breathing, still trapped, people inside, a knife, someone on his way back, help not there yet)
stay urgent. Texts invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.urgency_dealt_with import dealt_with

DEALT_WITH = [
    'old man slipped on the ice outside the co-op, paramedics are with him now, hes sat up chatting',
    'van caught fire in the layby off the a49, nobody in it, fire crew are there hosing it down',
    'lady collapsed at the bus station, shes ok now, staff got her a chair and her daughter picked her up',
    'there was a woman on the wrong side of the footbridge earlier, police talked her down, shes getting help now',
    'kid fell off his scooter by the school, ambulance came and took him in, his mum went with him',
    'bin fire behind the leisure centre, engines are already there putting it out',
    'my neighbour had a funny turn this afternoon, the paramedics have taken her to hospital, can someone feed her cat',
    'bloke was kicking off in the pub with a pool cue, the doormen took it off him and hes gone home',
    'grandad went walkabout from the care home this morning, found him, hes back with his family now',
    'cyclist got clipped by a bus on the high st, police and ambulance are with him, hes talking and sat up',
]
GOES_ON = [
    'paramedics are with him now but hes not breathing, theyre doing cpr',
    'police are here but he still has the knife and hes shouting at them',
    'fire engines are there but theres kids still inside the flat upstairs',
    'ambulance came but my brother is still trapped in the car',
    'lady collapsed at the bus station and shes not moving, staff are with her, please hurry',
    'police are with my sister but her ex is on his way back with his mates',
    'engines are there but the woman from the top floor is missing',
    'paramedics are with my dad but hes unconscious, were at 4 mill lane',
]


@pytest.mark.parametrize("text", DEALT_WITH)
def test_danger_dealt_with_is_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", GOES_ON)
def test_danger_going_on_with_help_there_stays_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", GOES_ON)
def test_the_calm_does_not_read_a_danger_going_on(text):
    assert not dealt_with(text.lower()), text


@pytest.mark.parametrize("text", [
    "my mum is home alone and a man is banging on her door",
    "shes home now but the guy who grabbed her ran into the woods 5 mins ago",
    "security guard here, bloke smashing car windows on the top deck rn",
    "rang for an ambulance 20 mins ago and nobodys here, my baby is floppy",
    "the fire was out by the time i got there but theres still a man inside not breathing",
])
def test_where_someone_is_and_a_guard_tipster_are_no_calm(text):
    assert not dealt_with(text.lower()), text


@pytest.mark.parametrize("text", [
    "cyclist got knocked off on the high st, hes bleeding from his head, police are there",
    "police are there now, the lad on the floor isnt moving",
])
def test_someone_hurt_now_outranks_police_at_the_scene(text):  # urgency_hurt_now.json calm: help at the scene
    assert nlp.extract(text).urgent, text
