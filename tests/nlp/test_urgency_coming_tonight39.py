"""Stop 39: a threat to come and harm, told through a message, with the coming told as a drive or a walk ("hes driving
over now to finish it", "drivin round tonight to finish what he started") or "on his way" with anything after it ("on
his way with his mates to sort me out"); nlp/urgency_coming_tonight.py. An errand, the past, a later day or a joke
stays calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp

COMING_TO_HARM = [
    "my ex just messaged saying hes driving over now to finish it, im at 4 oak road",
    "got a text off him, hes drivin round tonight to sort me out, im home alone",
    "he sent me a voice note, hes on his way with a bat to smash my face in, hes left his house now",
    "my stepdad texted he is on his way now to kill me, im at my nans on bell st",
    "her brother just rang, says hes walking over now to batter my son",
    "ex snapchatted me hes getting a taxi over tonight to finish the job, hes got a knife",
    "my ex whatsapped me saying hes on his way to burn the house down, me and the kids are inside",
    "got a dm off him saying hes driving up tonight to do me in",
    "my dad just phoned saying hes coming back tonight to hurt my mum",
]
CALM = [
    "he texted me last week saying he was driving over to sort me out but never did",
    "my mate texted hes driving over tonight to sort out the boiler",
    "he texted me saying hes on his way to finish the kitchen, lol",
    "got a text saying hes driving round tomorrow to kill me, should i report it",
]


@pytest.mark.parametrize("text", COMING_TO_HARM)
def test_coming_to_harm_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_errand_past_later_or_joke_stays_calm(text):
    assert not nlp.extract(text).urgent, text
