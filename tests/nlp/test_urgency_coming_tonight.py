"""Stop 37 round 2: a threat to come round tonight told through a message is urgent (nlp/urgency_coming_tonight.py); an
errand, the past, a later day or a joke stays calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp

COMING_TONIGHT = [
    "he texted me saying hes coming round tonight to sort me out",
    "got a text from him saying hes coming to the house tonight to kill me",
    "she sent me a message sayin shes comin round later tonight to smash my face in",
    "my ex keeps texting that hes coming over tonight to get me",
    "got a voice note off him, says hes coming to mine tonight to teach me a lesson",
    "my stepdad texted saying hes coming back tonight to finish what he started",
    "he whatsapped me saying hell be round in 10 mins to sort me out",
]
ERRAND_OR_PAST = [
    "he texted me saying hes coming round tonight to sort out the boiler",
    "my ex texted saying hes coming round tonight to pick up the kids",
    "last month he texted saying he was coming round to sort me out, never did, just want it logged",
    "he texted saying hes coming round next week to sort me out, want advice on a non molestation order",
    "my brother texted saying hes coming round tonight to kill me at fifa lol",
]


@pytest.mark.parametrize("text", COMING_TONIGHT)
def test_threat_to_come_tonight_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", ERRAND_OR_PAST)
def test_errand_or_past_stays_calm(text):
    assert not nlp.extract(text).urgent, text
