"""After STOP a phone gets no text except the answers to STOP and START (Twilio would
refuse anything else with 21610), while what it sends is still kept."""
from __future__ import annotations

from tests.helpers import conversation


def test_an_opted_out_phone_gets_no_replies_but_its_texts_are_kept(phone, services):
    phone.send("STOP")
    for text in ("MY ALERTS", "JOIN FARMWATCH", "HELP", "someone is stealing quad bikes at Manor Farm"):
        assert phone.send(text) == [], text
    assert conversation(services, phone.number)["fields"]["what"] == "someone is stealing quad bikes at Manor Farm"
    assert "no more texts" in phone.send("STOP")[0]          # STOP again: confirmed again
    assert "Welcome back" in phone.send("START")[0]
    assert phone.send("HELP") != []


def test_start_says_which_alerts_resumed(phone):
    assert "You joined" in phone.send("JOIN FARMWATCH BA3 5QE")[0]
    phone.send("JOIN HORSEWATCH ALL")
    phone.send("STOP")
    reply = phone.send("START")[0]
    assert "Welcome back" in reply and "Your alerts are back on: Farm Watch, Horse Watch." in reply
    assert "Farm Watch" in " ".join(phone.send("MY ALERTS"))


def test_start_without_subscriptions_says_nothing_about_alerts(phone):
    phone.send("STOP")
    assert "alerts" not in phone.send("START")[0].lower()
