"""A resident's short question about alerts is answered, not taken as a tip (found in the
simulator: "how do i change my postcode" from a Farm Watch member opened a tip draft and was
asked "Where was this?")."""
from __future__ import annotations

import pytest

from bot.alerts.alert_questions import asks_about_alerts
from tests.helpers import assert_sms_sized, conversation

QUESTIONS = [
    "how do i change my postcode", "How do I change my post code?", "can i get alerts for BS1 4DJ?",
    "i moved house, how do i update my postcode", "why am i getting these texts?", "what alerts am i signed up to",
    "i want alerts about horses", "is there a farm watch near me?", "how do I join horsewatch?",
    "i'd like to change my zip code", "¿cómo cambio mi código postal?", "quiero alertas de mi barrio",
    "como me suscribo a las alertas",
]
TIPS = [
    "how do i report a drug dealer?", "theres a car with no tax parked on my road every night",
    "someone stole a parcel from my porch, postcode BS1 4DJ", "can you send someone to 12 elm road",
    "my neighbour had a fake police alert text asking for bank details, the number was 07700 900999 and they "
    "said it was about a parcel, which is a scam surely and they are targeting old people on the whole street",
    "the farm watch sign on the gate was pulled down last night by lads in a white van",
    "alguien robo un paquete en la calle Lehigh", "",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_questions_about_alerts_are_recognised(text):
    assert asks_about_alerts(text)


@pytest.mark.parametrize("text", TIPS)
def test_tips_are_not(text):
    assert not asks_about_alerts(text)


def test_a_subscriber_asking_gets_their_alerts_and_no_tip_is_started(make_phone, services):
    phone = make_phone("+447700900311")
    phone.send("JOIN FARMWATCH BA3 5QE")
    replies = phone.send("how do i change my postcode")
    assert replies[0].startswith("Your alerts: Farm Watch near BA3 5QE")
    assert "JOIN FARMWATCH and a new postcode to move" in replies[0]
    assert replies[1] == "To tell us about a crime instead, text what happened."
    assert_sms_sized(replies)
    conv = conversation(services, "+447700900311")
    assert conv is None or not conv["fields"]
    replies = phone.send("JOIN FARMWATCH BS1 4DJ")      # and what it says works
    assert "BS1 4DJ" in replies[0]


def test_someone_not_subscribed_is_told_how_to_join(make_phone):
    phone = make_phone("+447700900312")
    replies = phone.send("can i get alerts for my village?")
    assert replies[0].startswith("To join, text JOIN and a scheme, e.g. JOIN FARMWATCH.")
    assert replies[1] == "To tell us about a crime instead, text what happened."


def test_in_a_tip_draft_the_same_words_are_an_answer(make_phone, services):
    phone = make_phone("+447700900313")
    phone.send("JOIN FARMWATCH BA3 5QE")
    phone.send("someone keeps cutting the fences and letting the sheep out")
    replies = phone.send("how do i change my postcode?")
    assert not any(r.startswith("Your alerts") for r in replies)
    assert conversation(services, "+447700900313")["fields"]["where"] == "how do i change my postcode?"


def test_a_spanish_question_is_answered_in_spanish(make_phone):
    phone = make_phone("+12155550311")
    phone.send("UNIRSE NHW 19133")
    replies = phone.send("¿Cómo cambio mi código postal?")
    assert replies[0].startswith("Sus alertas:") and "UNIRSE NHW y un codigo postal nuevo" in replies[0]
    assert replies[1] == "Para contarnos un delito, escriba lo que paso."


@pytest.mark.parametrize("text", ["stop sending me alerts", "no more alerts please", "dejen de enviarme alertas"])
def test_asking_for_no_more_alerts_is_an_opt_out(make_phone, text):
    phone = make_phone("+447700900314")
    phone.send("JOIN FARMWATCH BA3 5QE")
    replies = phone.send(text)
    assert "START" in replies[0] or "INICIAR" in replies[0] or "no more texts" in replies[0].lower()
