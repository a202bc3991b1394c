"""Stop 36 English urgency kinds: each danger with a calm twin that must stay calm. Texts invented for the test, none
from the dev set."""
import pytest

import nlp

# "keeps" before a sign of harm going on now (nlp/urgency_keeps_now.py): no habit
KEEPS_NOW = [
    "my son hit his head on the goalpost at football, he keeps asking what day it is",
    "grandma fell off the step and banged her head, shes confused and keeps being sick",
    "lad fell off the wall onto his head, he keeps passing out",
    "two men fighting outside the kebab shop, one is on the floor and the other keeps kicking him in the head",
    "a bloke has a woman pinned on the bonnet and keeps punching her",
]
KEEPS_CALM = [
    "my nan keeps asking the same thing every day, shes got dementia, can someone visit",
    "the lad next door keeps kicking his ball over the fence into my garden",
    "someone keeps being sick in our bin store on a saturday night, disgusting",
    "the kids on the estate keep hitting the bus stop with stones, happens all the time",
]

# a re-enactment says the weapons and the shots are a show (patterns/urgency.jsonl RESOLVED)
REENACTMENT_CALM = [
    "civil war re-enactment on the green on sunday with cannons and muskets, so if you hear gunfire thats why",
    "the lads with swords by the abbey are reenactors filming for a documentary",
    "theres a battle reenactment at the castle, men with muskets shooting blanks",
]
REENACTMENT_TWINS = [
    "re-enactment at the fort but a man has been stabbed for real and is bleeding",
    "a man is waving a sword at people outside the castle gift shop right now",
]

# someone on ice that is breaking, or through it (nlp/urgency_ice.py)
ON_ICE = [
    "two boys out on the frozen canal by the lock and the ice is cracking under them",
    "a dog went through the ice on the lake and a man has gone in after it, hes in up to his waist",
    "kids playing on the ice at the mill pond, it cracked and one fell in",
    "ice fisherman went through near the jetty, hes holding on to the edge",
]
ICE_CALM = [
    "ice fisherman on the lake asking if the ice is thick enough yet, is there a number for the ranger",
    "kids were on the ice last winter and one went through, can we get a fence",
    "there are no warning signs at the frozen pond and kids keep going on the ice",
    "the ice on the pond cracked and my son fell through but we got him out, hes fine",
    "the ice rink floor has cracked, is that a council job",
]

# a routine report broken off for a danger happening now (nlp/urgency_turned.py)
TURNED = [
    "how do i report a broken streetlight? forget that, theres a man with a knife chasing a lad past my window right now",
    "can i report a fly tip on mill lane. actually forget that, a van just hit a cyclist and hes not moving",
    "reporting my shed broken into last month ... hang on theres someone in my garden now tryin the back door",
]
TURNED_CALM = [
    "can i report a pothole on the high street, forget that one, its been fixed",
    "hold on to your bags at the market, a lad was snatching them last week",
    "reporting a stolen bike from last tuesday, hang on ill find the ref number",
]

# "shes screamin": the one attacked screaming now, after a scene told with "there was" (patterns/urgency.jsonl NOW)
SCREAMING_NOW = [
    "walking past the flats on king st there was a lad punching a girl against the wall, shes screaming",
    "cycling by the canal there was a man dragging a woman into a van, shes screamin",
]
SCREAMING_CALM = [
    "there was a fight outside the pub last night, she was screaming",
    "my baby is teething and shes screamin all night, any tips",
]

# a wrong-way driver named as such; a driver already pulled over by the police is a calm
WRONG_WAY_NOW = [
    "WRONG WAY DRIVER on the m1 by junction 24 heading south in the fast lane, silver audi",
    "i got pulled over by a guy with a blue light on his dash but its not a cop car, im scared",  # no police: no calm
]
WRONG_WAY_CALM = [
    "that wrong way driver on the a38 earlier got pulled over by police at the services, all good",
    "the van doing 90 on the ring road got pulled by the cops, just so you know",
]


@pytest.mark.parametrize("text", KEEPS_NOW + REENACTMENT_TWINS + ON_ICE + TURNED + SCREAMING_NOW + WRONG_WAY_NOW)
def test_danger_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", KEEPS_CALM + REENACTMENT_CALM + ICE_CALM + TURNED_CALM + SCREAMING_CALM + WRONG_WAY_CALM)
def test_calm_twin_stays_calm(text):
    assert not nlp.extract(text).urgent, text
