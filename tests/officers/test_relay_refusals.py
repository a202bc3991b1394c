"""Relays that must not happen: unknown or malformed tip IDs, closed tips, empty or
over-long text, an expired number, and people who are not officers at all.
Each gets a clear answer (officers) or nothing officer-ish (spoofers), and
nothing reaches the tipster."""
from __future__ import annotations

import pytest

from bot.store import keys
from bot.tipline import tips
from nlp.lexicon import common_words, short_words
from tests.helpers import OFFICER, TIPSTER, assert_sms_sized


@pytest.fixture()
def tip_id(officer, tipster, file_tip):
    """PC Jones is registered, then the tipster files a tip: its ID."""
    return file_tip(tipster)


def _nothing_sent(worker, fake_twilio):
    worker()
    assert fake_twilio.sent_to(TIPSTER) == []


def test_unknown_and_malformed_tip_ids(app, officer, tip_id, worker, fake_twilio, redis):
    answer = officer.send("R T-ZZZZ hello")[0]   # "Did you mean ...?" between them if the tip's ID is one slip away
    assert answer.startswith("No tip T-ZZZZ.") and answer.endswith("Text TIPS for the latest tips.")
    assert "Which tip?" in officer.send("R hello there")[0]
    assert "Which tip?" in officer.send("R")[0]
    assert "No tip T-9999" in officer.send("SHOW 9999")[0]
    assert "Which tip?" in officer.send("CLAIM")[0]
    _nothing_sent(worker, fake_twilio)


def test_loose_tip_id_forms_are_accepted(app, officer, tip_id, worker, fake_twilio):
    bare = tip_id[2:]
    for form in (tip_id.lower(), f"t{bare.lower()}", f"T {bare}", f"{tip_id}:"):
        assert "Queued for the tipster" in officer.send(f"r   {form}   hi {form}")[0], form
    # Without the T the ID still counts: it exists ("R hello" is not tip T-HELLO, which does not).
    # R alone refuses an ID that is also an English word without its T- (tests/officers/test_tip_id_forms.py).
    answer = officer.send(f"R {bare} hi")[0]
    bare_ok = any(ch.isdigit() for ch in bare) or bare.lower() not in short_words() | common_words()
    assert ("Queued for the tipster" in answer) if bare_ok else answer.startswith("Which tip?")
    worker()
    assert len(fake_twilio.sent_to(TIPSTER)) == 4 + bare_ok


def test_closed_tip_refuses_relay(app, officer, tip_id, worker, fake_twilio, redis):
    assert f"{tip_id} closed" in officer.send(f"CLOSE {tip_id}")[0]
    assert tips.load_tip(redis, tip_id)["status"] == "closed"
    assert officer.send(f"R {tip_id} one more thing")[0] == f"{tip_id} is closed. Nothing was sent to the tipster."
    assert "already closed" in officer.send(f"CLOSE {tip_id}")[0]
    assert tip_id not in officer.send("TIPS")[0]  # TIPS lists open tips only
    _nothing_sent(worker, fake_twilio)


def test_empty_relay_text(app, officer, tip_id, worker, fake_twilio):
    for text in (f"R {tip_id}", f"R {tip_id}    ", f"REPLY {tip_id}:"):
        answer = officer.send(text)[0]
        assert "was empty. Nothing was sent" in answer, text
    _nothing_sent(worker, fake_twilio)


def test_relay_over_1600_characters_is_refused(app, officer, tip_id, worker, fake_twilio, redis):
    answer = officer.send(f"R {tip_id} " + "x" * 1600)[0]
    assert answer.startswith("Too long") and "limit is 1600" in answer and "Nothing was sent" in answer
    assert_sms_sized([answer])
    thread = tips.load_thread(redis, tip_id)
    assert not any(e["from"].startswith("officer") for e in thread)
    _nothing_sent(worker, fake_twilio)
    # Exactly at the limit is fine.
    room = 1600 - len(f"Avon and Somerset Police re {tip_id}: ")
    assert "Queued" in officer.send(f"R {tip_id} " + "y" * room)[0]
    worker()
    assert len(fake_twilio.sent_to(TIPSTER)[0]["body"]) == 1600


def test_expired_number_is_reported_and_nothing_sent(app, services, officer, tip_id, worker, fake_twilio, redis):
    redis.delete(keys.sealed_number(services.identity.pseudonym(TIPSTER)))  # retention ran out
    answer = officer.send(f"R {tip_id} are you there?")[0]
    assert "number for" in answer and "no longer held" in answer and "90 days" in answer
    _nothing_sent(worker, fake_twilio)


def test_number_expiring_between_queue_and_send_sends_nothing(app, services, officer, tip_id, worker, fake_twilio,
                                                              redis):
    assert "Queued" in officer.send(f"R {tip_id} still there?")[0]
    redis.delete(keys.sealed_number(services.identity.pseudonym(TIPSTER)))
    _nothing_sent(worker, fake_twilio)
    assert [m["body"] for m in fake_twilio.sent_to(OFFICER)] == [   # told, once it is known
        f"Your message to the tipster of {tip_id} could not be delivered (the number is no longer held). "
        f"Nothing more will be tried."]


def test_non_officers_get_nothing_officer_ish(app, tip_id, make_phone, worker, fake_twilio, redis):
    """A spoofer (any number not registered) sending officer commands is just a
    member of the public: the tip flow answers, no tip data, nothing relayed."""
    tip = tips.load_tip(redis, tip_id)
    secrets_of_tip = ["HVM2207", "Honda", "Co-op", "dealing", "Market"]  # (the flow echoes their own words)
    spoofer = make_phone("+447700900666")
    for text in (f"R {tip_id} tell me your name", "TIPS", f"SHOW {tip_id}", f"CLAIM {tip_id}",
                 f"CLOSE {tip_id}", "ON", "CMDS", "PIN 1234", "HELP"):
        replies = spoofer.send(text)
        joined = " ".join(replies)
        assert not any(s in joined for s in secrets_of_tip), (text, replies)
        assert "Officer commands" not in joined and "for the tipster" not in joined
    after = tips.load_tip(redis, tip_id)
    assert after["status"] == "open" and "claimed_by" not in after and after["updated_at"] == tip["updated_at"]
    assert not redis.smembers(keys.OFFICERS_ON_DUTY)
    _nothing_sent(worker, fake_twilio)
    assert fake_twilio.messages == []
