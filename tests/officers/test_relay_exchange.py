"""The whole masked relay, scripted end to end against a real Redis, the signed
webhook, the real rq worker path and the Twilio SDK talking to the fake Twilio
server: tip filed, officer TIPS / SHOW / R, tipster answers, officer receives it,
tipster STOP, officer R refused. Then a scan of every Redis key and value, every
log line, every text any officer received and the audit CLI output for the
tipster's number in every format."""
from __future__ import annotations

import logging
import re

import phonenumbers

from bot.officers import registry
from bot.store import keys
from tests.helpers import OFFICER, TIPSTER


def number_formats(e164: str) -> list[str]:
    parsed = phonenumbers.parse(e164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(ch for ch in e164 if ch.isdigit())
    return [e164, national, national.replace(" ", ""), digits, digits[-7:],
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)]


def test_full_exchange_and_nothing_leaks_the_tipster_number(app, services, redis, officer, tipster, file_tip,
                                                            worker, fake_twilio, redis_dump, caplog):
    caplog.set_level(logging.DEBUG)
    tip_id = file_tip(tipster)

    # TIPS: one line per open tip with ID, age, place and plate.
    listing = officer.send("tips")[0]
    assert tip_id in listing and "HVM2207" in listing and "Co-op" in listing

    # SHOW (case-insensitive, extra spaces): summary with facts, then the thread.
    summary, thread = officer.send(f"  show   {tip_id.lower()} ")
    assert tip_id in summary and "Plates: HVM2207" in summary and "Honda" in summary
    assert "dealing" in thread

    # R: relayed as "<force> re <tip>: <text>", by the worker, through the SDK.
    answer = officer.send(f"R {tip_id} which way did the car go?")[0]
    assert f"Queued for the tipster of {tip_id}" in answer
    assert fake_twilio.sent_to(TIPSTER) == []  # never sent inside the webhook request
    worker()
    to_tipster = [m["body"] for m in fake_twilio.sent_to(TIPSTER)]
    assert to_tipster == [f"Avon and Somerset Police re {tip_id}: which way did the car go?"]

    # The tipster answers; it joins the thread and is forwarded to the officer who wrote.
    reply = tipster.send("towards the park, about 5 mins ago")
    assert tip_id in reply[0]
    worker()
    to_officer = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert to_officer == [f"Tipster re {tip_id}: towards the park, about 5 mins ago"]
    assert "towards the park" in officer.send(f"SHOW {tip_id}")[1]

    # STOP ends the relay: the officer is told, nothing is queued or sent.
    tipster.send("STOP")
    refused = officer.send(f"REPLY {tip_id} are you still there?")[0]
    assert "opted out" in refused and "Nothing was sent" in refused
    worker()
    assert len(fake_twilio.sent_to(TIPSTER)) == 1

    audit_out = app.test_cli_runner().invoke(args=["audit"]).output
    for action in ("tips", "show", "reply", "reply_refused"):
        assert re.search(rf"\b{action}\b", audit_out), action
    assert tip_id in audit_out

    # -- the anonymity scan --------------------------------------------------------
    officer_texts = [m["body"] for m in fake_twilio.messages if m["to"] != TIPSTER]
    officer_texts += [listing, summary, thread, answer, refused]
    sealed_key = keys.sealed_number(services.identity.pseudonym(TIPSTER))
    dump = [(k, v) for k, v in redis_dump() if k != sealed_key]
    assert len(dump) > 10
    logs = [r.getMessage() for r in caplog.records]
    assert len(logs) > 3
    places = {"redis": [f"{k} {v}" for k, v in dump], "logs": logs, "officer texts": officer_texts,
              "audit": [audit_out]}
    for fmt in number_formats(TIPSTER):
        for where, texts in places.items():
            hits = [t for t in texts if fmt in t]
            assert not hits, f"tipster number as {fmt!r} found in {where}: {hits[:2]}"
    # The sealed entry is Fernet ciphertext, never the number in the clear.
    assert redis.get(sealed_key) and TIPSTER.encode() not in redis.get(sealed_key)


def test_follow_up_goes_to_claimer_then_on_duty(app, services, officer, tipster, file_tip, worker, fake_twilio,
                                                officers):
    duty = officers.register("+447700900502", name="PC Duty", badge="12")
    tip_id = file_tip(tipster)

    # Nobody wrote, nobody claimed: the on-duty officer gets the reply.
    assert "on duty" in duty.send("ON")[0]
    tipster.send("they have gone now")
    worker()
    assert [m["body"] for m in fake_twilio.sent_to("+447700900502")][-1] == f"Tipster re {tip_id}: they have gone now"
    assert fake_twilio.sent_to(OFFICER) == []

    # Claimed: the claimer gets it (and not the on-duty officer).
    assert "You have claimed" in officer.send(f"CLAIM {tip_id}")[0]
    tipster.send("one had a red cap")
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(OFFICER)] == [f"Tipster re {tip_id}: one had a red cap"]
    assert len(fake_twilio.sent_to("+447700900502")) == 1


def test_relays_to_one_tipster_arrive_in_order_and_each_once(app, officer, tipster, file_tip, worker, fake_twilio):
    tip_id = file_tip(tipster)
    for n in range(5):
        officer.send(f"R {tip_id} question {n}")
    officer.send(f"R {tip_id} question 0")  # the same words again is a new message
    worker()
    worker()  # a second run finds nothing left to send
    bodies = [m["body"].split(": ", 1)[1] for m in fake_twilio.sent_to(TIPSTER)]
    assert bodies == [f"question {n}" for n in range(5)] + ["question 0"]


def test_tip_record_keeps_last_officer_not_numbers(app, services, redis, officer, tipster, file_tip, worker):
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} thanks, anything else?")
    record = {k.decode(): v.decode() for k, v in redis.hgetall(keys.tip(tip_id)).items()}
    assert record["last_officer"] == services.identity.pseudonym(OFFICER)
    assert registry.load(redis, record["last_officer"])["name"] == "PC Jones"


def test_relay_reconciled_after_a_crash_sends_once_and_logs_no_number(app, services, redis, officer, tipster,
                                                                       file_tip, worker, fake_twilio, caplog):
    """A worker killed between claiming and recording a relay: the retry asks Twilio
    (GET ?To=<number>) before sending again. Neither the SDK's nor urllib3's log
    lines may carry that number."""
    caplog.set_level(logging.DEBUG)
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} first")
    worker()
    # The relay went out, but its record still says "claimed" (kill -9 before recording).
    redis.hset(keys.outbound(f"relay:{tip_id}:1"), mapping={"state": "claimed"})
    from bot.messaging import outbound
    from bot.privacy.redact import SafeText

    with app.app_context():
        state = outbound.deliver(services, services.identity.pseudonym(TIPSTER),
                                 SafeText.system(f"Avon and Somerset Police re {tip_id}: first"), f"relay:{tip_id}:1")
    assert state == "sent" and len(fake_twilio.sent_to(TIPSTER)) == 1
    assert any(r["method"] == "POST" for r in fake_twilio.requests)
    logs = [r.getMessage() for r in caplog.records]
    assert any("[number]" in line for line in logs)  # the SDK did log the lookup, redacted
    for fmt in number_formats(TIPSTER):
        assert not [line for line in logs if fmt in line], fmt
