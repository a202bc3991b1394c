"""Stop 39: someone who cannot be woken, gurgles or goes blue now after pills, drink or a fall is urgent whatever time
the cause was (nlp/urgency_unresponsive_now.py): "took a load of pills an hour ago and now shes gurgling". The sign told
in the past, the person fine now or advice about sleep stays calm (a laptop or phone that "wont wake up" is still read as
hurt by the HURT cues of patterns/urgency.jsonl: a gap found at stop 39, not this module's). Texts invented for the
test, none from the dev set."""
import pytest

import nlp

UNRESPONSIVE_NOW = [
    "my flatmate took a load of pills an hour ago and now shes gurgling, 12 park road",
    "me da's had a bottle of whisky n his tablets, i cant keep him awake, the ambulance from the mainland isnt due till 9",
    "found a lad in the park shelter, maybe 17, empty bottle beside him, hes no wakin up",
    "wee brother necked his mums pills at 4, now hes gone grey and cannae stay awake",
    "my girlfriend took her whole prescription earlier and her lips have gone blue",
    "boyfriend snorted something at the party about 2am, hes making a gurgling noise and wont wake up",
    "my nan had a fall this morning and now shes not waking up properly, shes 88",
    "my son drank a bottle of vodka at 6, hes barely breathing and wont wake up",
    "mate collapsed at the bus station, lips purple, not waking up when i shake him",
    "roommate took a handful of xans around midnight, cant keep her awake, shes slurring",
]
CALM = [
    "my husband was gurgling in his sleep last night but hes fine now, should he see a gp",
    "she wasnt waking up yesterday so we took her to a and e, they sent her home",
    "cant keep my eyes open at work, is it ok to take caffeine pills",
    "my teen wont wake up for school in the mornings, any advice",
]


@pytest.mark.parametrize("text", UNRESPONSIVE_NOW)
def test_cannot_be_woken_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_past_fine_now_advice_or_device_stays_calm(text):
    assert not nlp.extract(text).urgent, text
