"""Urgency read from kinds of meaning at stop 24 (nlp/urgency_kinds.py; texts written for these tests, not taken
from the dev files)."""
import pytest

from nlp import extract
from nlp.urgency_kinds import vulnerable_age


@pytest.mark.parametrize("text, urgent", [
    # someone missing now who cannot look after themselves: the time they left does not make it the past
    ("my mum went to the post office at 9 this morning and still isnt back, she has dementia", True),
    ("our boy hasnt come home from football practice, hes only 10 and his phone is off", True),
    ("grandpa left the house after lunch and hasnt come back, hes 84, its getting dark", True),
    ("my sister walked off from the ward in her pyjamas about an hour ago, nobody has seen her", True),
    ("mi abuelo salio a caminar en la mañana y no ha regresado, tiene alzheimer", True),
    ("mi hija de la prepa no ha llegado y ya oscurecio, tiene 14 y no contesta", True),
    # unchanged: missing without a sign of risk, found again, a lost pet, or a question
    ("my flatmate hasnt come home yet, probably at her boyfriends", False),
    ("my dad went missing this morning but hes back home now, he has dementia", False),
    ("our cat hasnt come home since tuesday, shes 14, black with a white chest", False),
    ("what should i do if my nan with dementia goes missing", False),
])
def test_missing_and_at_risk(text, urgent):
    assert extract(text).urgent is urgent, extract(text).urgent_reason


@pytest.mark.parametrize("text, urgent", [
    # someone who hurt or is barred from the tipster is near them now, whatever the past the text tells
    ("the guy who threatened me on saturday is outside my flat right now", True),
    ("my ex has a non molestation order and hes sat outside my house in his van", True),
    ("shes back at my front door, the woman who hit me last month", True),
    ("el que me amenazo la semana pasada esta afuera de mi casa", True),
    # unchanged: the same past without anyone here now
    ("the guy who threatened me on saturday was parked outside my work, can i report it", False),
    ("i have a restraining order against my ex, how do i get it extended", False),
])
def test_offender_here_now(text, urgent):
    assert extract(text).urgent is urgent, extract(text).urgent_reason


@pytest.mark.parametrize("text, urgent", [
    # "keeps" + a verb in -ing in a text anchored in the present: going on, not a habit
    ("theres a little girl on the garage roof and she keeps sliding towards the edge", True),
    ("im walking back from the tram stop and a man keeps following me", True),
    # unchanged: "keeps" that says how often, or with nothing in the present
    ("the lad next door keeps revving his bike every night at 2am", False),
    ("a woman keeps leaving bin bags by the postbox on carr road", False),
])
def test_keeps_going_on_or_a_habit(text, urgent):
    assert extract(text).urgent is urgent, extract(text).urgent_reason


@pytest.mark.parametrize("text, urgent", [
    # a cry before the explanation is what the explanation explains: the model no longer overrules the calm
    ("we heard a man yelling for help by the canal but it was just lads messing about on a boat", False),
    ("heard someone screaming in the woods but it was a fox, loads of them round here", False),
    # unchanged: a cry for help or a danger after the calm is news
    ("it was just shouting at first but now someone is screaming help", True),
    ("the bang was just a car backfiring, but now a man is waving a gun at the shop", True),
])
def test_cry_before_the_explanation(text, urgent):
    assert extract(text).urgent is urgent, extract(text).urgent_reason


@pytest.mark.parametrize("text, found", [
    ("hes 11", True), ("she is only 9", True), ("shes 88 and frail", True), ("tiene 6 años", True),
    ("hes 35", False), ("its 10 mins away", False), ("shes 5 ft 2", False), ("he is 15:30 late", False), ("no ages", False),
])
def test_vulnerable_age(text, found):
    assert vulnerable_age(text) is found


@pytest.mark.parametrize("text, urgent", [
    # round 2 (the fresh batches of stop 24): a small child out alone ("my 3 year old"), found by the missing kind
    ("my 3 year old got out the front door and i cant see her anywhere, we live on a busy road", True),
    # a question about the law, a film's fake blood, a strapped-up ankle, "nothing for you lot", a dummy explained
    ("would i get arrested for having a bread knife in my bag on the way home from my mums", False),
    ("theyre filming a tv drama on our street and theres fake blood on the pavement", False),
    ("cant get out with my knee strapped up, nothing for you lot, just moaning", False),
    ("thought it was a man lying in the road but its a dummy from the halloween shop", False),
    ("no es crimen pero los baches de mi calle estan horribles", False),
    # unchanged: a child out alone with no sign of risk, and a real knife in the hand
    ("my 30 year old son slipped out without telling me, typical", False),
    ("theres a man on the tube waving a kitchen knife at people right now", True),
])
def test_round_two_kinds(text, urgent):
    assert extract(text).urgent is urgent, extract(text).urgent_reason
