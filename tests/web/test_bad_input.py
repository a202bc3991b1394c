"""Every bad input gets a sensible reply or error: never a 500, never a lost text."""
from __future__ import annotations

import uuid

import pytest

from bot.web import spool
from tests.helpers import assert_sms_sized, conversation


@pytest.mark.parametrize("body", ["", "   ", "\n\t "])
def test_empty_or_whitespace_body(body, phone, services):
    replies = phone.send(body)
    assert replies and "What happened?" in " ".join(replies)
    phone.send("Stolen bike from the station racks")
    assert "empty" in " ".join(phone.send("  ")).lower()
    assert conversation(services, phone.number)["state"] == "where"  # did not advance


def test_very_long_text_is_kept(phone, services):
    long = ("The same three men have been breaking into sheds along the allotments. " * 30)[:2500]
    replies = phone.send(long)
    assert_sms_sized(replies)
    conv = conversation(services, phone.number)
    assert conv["fields"]["what"] == long.strip()


@pytest.mark.parametrize("body", ["🚨🚨 someone smashing car windows 😡", "Кто-то ломает машины во дворе",
                                  "有人在偷自行车", "شخص يسرق السيارات"])
def test_emoji_and_non_latin_text(body, phone, services):
    replies = phone.send(body)
    assert_sms_sized(replies)
    assert conversation(services, phone.number)["fields"]["what"] == body


def test_mms_with_no_text_first(phone, services):
    replies = phone.send("", media=["https://api.twilio.com/media/ME9"])
    assert "What happened?" in " ".join(replies)
    assert conversation(services, phone.number)["media"] == ["https://api.twilio.com/media/ME9"]


def test_missing_from_is_400_and_not_spooled(phone, services):
    # Junk is not an outage: a replay could never process it, so it must not clog the spool.
    params = {"To": "+447700900000", "Body": "a tip with no sender", "MessageSid": "SM" + uuid.uuid4().hex}
    resp = phone.post("/sms", params)
    assert resp.status_code == 400
    assert spool.pending(services.config) == 0


@pytest.mark.parametrize("sender", ["not a number!!", "+44", "x" * 40])
def test_malformed_from_is_400_not_500(sender, make_phone):
    make_phone(sender).send("hello", expect=400)


def test_alphanumeric_sender_is_still_processed(make_phone):
    assert "What happened?" in " ".join(make_phone("VODAFONE").send("hi"))


def test_redelivered_message_sid_gets_the_same_reply_and_does_not_advance(phone, services):
    phone.send("Someone keeps setting fire to the bins", sid="SMfirst")
    first = phone.send("Mill Lane", sid="SMsecond")
    again = phone.send("Mill Lane", sid="SMsecond")
    assert first == again
    conv = conversation(services, phone.number)
    assert conv["state"] == "when" and conv["text_count"] == 2


def test_a_burst_from_one_number_keeps_every_text_in_order(phone, services):
    texts = [f"detail number {n}" for n in range(12)]
    for t in texts:
        phone.send(t)
    conv = conversation(services, phone.number)
    assert conv["texts"] == texts


def test_unknown_keyword_mid_flow_is_answered_and_kept(phone, services):
    phone.send("Cannabis smell from flat 3")
    replies = phone.send("RESET")   # (UNDO is BACK's alias now: issue 10)
    assert "RESET is not a command" in " ".join(replies)
    assert conversation(services, phone.number)["texts"][-1] == "RESET"
