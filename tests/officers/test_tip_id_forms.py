"""Tip IDs as officers type them (issue 10, "Forgiving input"): every ID the bot hands
out, in any case, with or without "T-", "T " or "T", wherever an ID is typed (R/REPLY,
SHOW, CLAIM, CLOSE). A word without a digit ("xwyw") is an ID when such a tip exists;
"R hello there" is never tip HELLO; an ID one slip away is suggested.

Tips with chosen IDs are made the way a tipster makes any tip, from a conversation
record that already holds its ID (as the handler leaves it after a first text)."""
from __future__ import annotations

import random

import pytest

from bot.store import conversations, keys
from bot.tipline import tips
from tests.helpers import TIPSTER, assert_sms_sized

OTHER_TIPSTER = "+447700900124"


@pytest.fixture()
def tip_as(services, make_phone):
    """``tip_as(tip_id, number=TIPSTER)``: that phone files a tip that gets ``tip_id``."""
    def make(tip_id: str, number: str = TIPSTER) -> str:
        conv = services.flows.new_conversation()
        conv["tip_id"] = tip_id
        services.redis.sadd(keys.TIP_IDS, tip_id)
        pipe = services.redis.pipeline()
        conversations.save(pipe, services.identity.pseudonym(number), conv, 3600)
        pipe.execute()
        phone = make_phone(number)
        phone.send("Two lads dealing from a grey Honda Civic outside the Co-op on Market Street")
        assert tip_id in " ".join(phone.send("SEND"))
        return tip_id
    return make


def test_ids_without_a_digit_work_everywhere(officer, tip_as, worker, fake_twilio, redis):
    tip_as("T-XWYW")
    tip_as("T-TZNS", OTHER_TIPSTER)
    for form in ("xwyw", "XWYW", "t-xwyw", "T xwyw", "txwyw", "#xwyw", "T - XWYW"):
        replies = officer.send(f"SHOW {form}")
        assert replies[0].startswith("T-XWYW open"), (form, replies)
        assert_sms_sized(replies)
    assert officer.send("SHOW tzns")[0].startswith("T-TZNS open")  # T-TZNS, not T + ZNS
    assert officer.send("SHOW ttzns")[0].startswith("T-TZNS open")
    assert "You have claimed T-TZNS" in officer.send("claim tzns")[0]
    assert "Queued for the tipster of T-XWYW" in officer.send("R xwyw which way did the car go?")[0]
    assert "Queued for the tipster of T-XWYW" in officer.send("REPLY Xwyw: and what colour?")[0]
    assert "T-TZNS closed" in officer.send("CLOSE tzns")[0]
    assert tips.load_tip(redis, "T-TZNS")["status"] == "closed"
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)] == [
        "Avon and Somerset Police re T-XWYW: which way did the car go?",
        "Avon and Somerset Police re T-XWYW: and what colour?"]


def test_a_word_is_not_a_tip_unless_that_tip_exists(officer, tip_as, worker, fake_twilio):
    tip_as("T-XWYW")
    answer = officer.send("R hello there")[0]        # L and O are never in an ID
    assert answer == "Which tip? Usage: R <tip> <message>, e.g. R T-7K2Q"
    answer = officer.send("R were you there?")[0]     # T-WERE could be an ID, but there is no such tip
    assert answer == "Which tip? Usage: R <tip> <message>, e.g. R T-7K2Q"
    assert officer.send("SHOW tzns")[0] == "Which tip? Usage: SHOW <tip>, e.g. SHOW T-7K2Q"
    worker()
    assert fake_twilio.sent_to(TIPSTER) == []


def test_r_does_not_take_an_english_word_for_an_id(officer, tip_as, worker, fake_twilio):
    """R's rest goes to a member of the public: "R were you there?" must not reach the
    tipster of T-WERE because the officer forgot the tip ID. SHOW and the others, which
    take nothing but the ID, read the word."""
    tip_as("T-WERE")
    answer = officer.send("R were you there?")[0]
    assert answer.startswith("Which tip? WERE is also a word: for tip T-WERE, write it as T-WERE.")
    assert_sms_sized([answer])
    assert officer.send("SHOW were")[0].startswith("T-WERE open")
    assert "Queued for the tipster of T-WERE" in officer.send("R t-were were you there?")[0]
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)] == [
        "Avon and Somerset Police re T-WERE: were you there?"]


def test_t_then_five_characters_that_could_be_two_tips(officer, tip_as):
    """Once IDs grow to 5 characters, "T7K2Q" could be T-7K2Q or T-T7K2Q."""
    tip_as("T-7K2Q")
    assert officer.send("SHOW T7K2Q")[0].startswith("T-7K2Q open")   # only one of them exists
    tip_as("T-T7K2Q", OTHER_TIPSTER)
    answer = officer.send("SHOW T7K2Q")[0]
    assert answer.startswith("Which tip? T7K2Q could be T-7K2Q or T-T7K2Q: write it with the hyphen.")
    assert officer.send("SHOW T-7K2Q")[0].startswith("T-7K2Q open")
    assert officer.send("SHOW 7k2q")[0].startswith("T-7K2Q open")
    assert officer.send("SHOW t-t7k2q")[0].startswith("T-T7K2Q open")
    assert officer.send("SHOW TT7K2Q")[0].startswith("T-T7K2Q open")


def test_an_id_one_slip_away_is_suggested(officer, tip_as, worker, fake_twilio):
    tip_as("T-7K2Q")
    tip_as("T-XWYW", OTHER_TIPSTER)
    assert officer.send("SHOW 7K2R")[0] == "No tip T-7K2R. Did you mean T-7K2Q? Text TIPS for the latest tips."
    assert officer.send("CLAIM t-k72q")[0].startswith("No tip T-K72Q. Did you mean T-7K2Q?")  # two swapped
    answer = officer.send("R xwyx which way?")[0]
    assert answer == "Which tip? No tip T-XWYX; did you mean T-XWYW? Usage: R <tip> <message>, e.g. R T-7K2Q"
    answer = officer.send("SHOW txwyx")[0]        # T-XWYX or T-TXWYX: neither, but T-XWYW is one slip away
    assert answer.startswith("Which tip? No tip T-XWYX; did you mean T-XWYW?")
    assert officer.send("SHOW 9999")[0] == "No tip T-9999. Text TIPS for the latest tips."
    worker()
    assert fake_twilio.sent_to(TIPSTER) == [] and fake_twilio.sent_to(OTHER_TIPSTER) == []


def test_every_id_the_bot_hands_out_reads_back():
    """Pure: any ID of the allocator's alphabet and lengths, typed any of the ways officers
    type it, reads as that ID (the only other candidate being T + the rest)."""
    rng = random.Random(10)
    for _ in range(3000):
        body = "".join(rng.choice(tips.TIP_ALPHABET) for _ in range(rng.randint(4, tips.TIP_ID_MAX_LENGTH)))
        tip_id = f"T-{body}"
        for form in (tip_id, tip_id.lower(), f"t{body.lower()}", f"T {body}", body, body.lower(), f"{tip_id}:"):
            reading = tips.read_tip_id(f"{form} which way?")
            assert reading is not None and tip_id in reading.candidates, (form, reading)
            assert reading.rest == "which way?" and len(reading.candidates) <= 2
    for prose in ("hello there", "let's go", "you ok?", "I saw him", "07700 900123 call me", "T hello", "x"):
        assert tips.read_tip_id(prose) is None, prose
