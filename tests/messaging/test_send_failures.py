"""A text that cannot be delivered ends in a final state with a reason and never
blocks the texts after it (defect 2; the officer's side is in
tests/officers/test_relay_undelivered.py); every Twilio SDK error class is caught
and classified, in both error formats, with no number in a log line or a stored
job result (defect 8a); a 21610 in a status callback opts the person out like one
from the API."""
from __future__ import annotations

import logging

import phonenumbers
import pytest
from rq.job import Job
from rq.registry import FailedJobRegistry

from bot.messaging import outbound, queues
from bot.privacy.redact import SafeText
from bot.store import keys

NUMBER = "+447700900321"    # the ``recipient`` fixture's (tests/messaging/conftest.py)


def forms(e164: str) -> list[str]:
    parsed = phonenumbers.parse(e164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(ch for ch in e164 if ch.isdigit())
    return [e164, national, national.replace(" ", ""), digits, digits[-7:], "%2B" + digits]


def record(redis, dedupe_key: str) -> dict:
    return {k.decode(): v.decode() for k, v in redis.hgetall(keys.outbound(dedupe_key)).items()}


def text(words: str) -> SafeText:
    return SafeText.system(words)


def no_rq_failures(redis) -> bool:
    return all(FailedJobRegistry(q, connection=redis).count == 0 for q in queues.ALL_QUEUES)


# -- defect 2: exhausted retries are a final state, and never block the next text --------
def test_ordered_text_that_exhausts_its_retries_fails_and_the_next_one_goes_out(
        services, recipient, fake_twilio, worker, redis, fast_retries):
    fake_twilio.fail_next(503, 20503, times=3)          # every attempt of the first text
    outbound.queue_text(services, recipient, text("first"), "t:x1", kind="relay", ordered=True)
    outbound.queue_text(services, recipient, text("second"), "t:x2", kind="relay", ordered=True)
    worker()
    first, second = record(redis, "t:x1"), record(redis, "t:x2")
    assert first["state"] == "failed" and first["reason"] == "retries_exhausted", first
    assert "503" in first["detail"]
    assert second["state"] == "sent"
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == ["second"]
    assert no_rq_failures(redis)        # a final state of ours, not a job rq gave up on


def test_a_text_after_a_lost_predecessor_is_not_held_back(services, recipient, fake_twilio, worker, redis,
                                                         fast_retries):
    """The earlier text's job vanished (deleted, or Redis lost it) while its record says
    'claimed': the next text settles it as failed and goes out."""
    outbound.queue_text(services, recipient, text("lost"), "t:lost", kind="relay", ordered=True)
    redis.delete("rq:job:send-t-lost")
    redis.delete(f"rq:queue:{queues.TEXTS}")
    redis.hset(keys.outbound("t:lost"), mapping={"state": "claimed", "claimed_at": 0, "recipient": recipient})
    outbound.queue_text(services, recipient, text("after"), "t:after", kind="relay", ordered=True)
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == ["after"]
    lost = record(redis, "t:lost")
    assert lost["state"] == "failed" and lost["reason"] == "unconfirmed"


def test_waiting_for_an_earlier_text_is_bounded(services, recipient, fake_twilio, worker, redis, fast_retries,
                                                monkeypatch):
    """An earlier text that stays 'scheduled' (retrying far in the future) holds the next
    one only for the wait budget; then it goes out, out of order, rather than never."""
    monkeypatch.setattr(queues, "ORDER_WAIT", {"interval": [0], "max": 3, "budget_s": 3600})
    monkeypatch.setattr(queues, "SEND_RETRY", {"max": 2, "interval": [3600]})
    fake_twilio.fail_next(503, 20503, times=1)
    outbound.queue_text(services, recipient, text("slow"), "t:slow", kind="relay", ordered=True)
    outbound.queue_text(services, recipient, text("next"), "t:next", kind="relay", ordered=True)
    worker()
    assert Job.fetch("send-t-slow", connection=redis).get_status() == "scheduled"
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == ["next"]
    assert record(redis, "t:next")["state"] == "sent"


# -- defect 8a: every SDK error class, both formats, classified; no number logged ----------
@pytest.mark.parametrize("style", ["legacy", "problem"])
def test_permanent_error_is_final_with_its_code_and_logs_no_number(style, services, recipient, fake_twilio, worker,
                                                                   redis, caplog, fast_retries):
    caplog.set_level(logging.DEBUG)
    fake_twilio.fail_next(400, 21211, style=style)
    outbound.queue_text(services, recipient, text("hello"), f"t:perm:{style}", kind="relay")
    worker()
    rec = record(redis, f"t:perm:{style}")
    assert rec["state"] == "failed" and rec["reason"] == "twilio_21211"
    assert len(fake_twilio.requests) == 1            # permanent: not tried again
    assert no_rq_failures(redis)
    _assert_no_number(caplog, redis)


@pytest.mark.parametrize("style", ["legacy", "problem"])
@pytest.mark.parametrize("status,code", [(429, 20429), (503, 20503)])
def test_transient_error_is_retried_and_sent_once(style, status, code, services, recipient, fake_twilio, worker,
                                                  redis, caplog, fast_retries):
    caplog.set_level(logging.DEBUG)
    fake_twilio.fail_next(status, code, times=2, style=style)
    outbound.queue_text(services, recipient, text("try again"), f"t:tr:{style}:{status}", kind="relay")
    worker()
    assert record(redis, f"t:tr:{style}:{status}")["state"] == "sent"
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == ["try again"]
    _assert_no_number(caplog, redis)


def test_service_exception_is_not_retried_as_transient(services, recipient, fake_twilio, app, redis, caplog):
    """Called as rq would on a first attempt: the newer format's 400 is final at once."""
    caplog.set_level(logging.DEBUG)
    fake_twilio.fail_next(400, 21614, style="problem")
    job = outbound.queue_text(services, recipient, text("hi"), "t:svc", kind="relay")
    with app.app_context():
        assert outbound.send_text(*job.args) == "failed"
    assert record(redis, "t:svc")["reason"] == "twilio_21614"
    _assert_no_number(caplog, redis)


@pytest.mark.parametrize("style", ["legacy", "problem"])
def test_21610_from_the_api_opts_out_in_either_format(style, services, recipient, fake_twilio, worker, redis):
    fake_twilio.fail_to(NUMBER, 400, 21610, style=style)
    outbound.queue_text(services, recipient, text("are you there?"), "t:21610", kind="relay")
    worker()
    assert redis.exists(keys.opt_out(recipient))
    assert record(redis, "t:21610")["reason"] == "opted_out_21610"


def _assert_no_number(caplog, redis):
    lines = [r.getMessage() for r in caplog.records]
    for raw in redis.keys("rq:job:*"):
        job = Job.fetch(raw.decode().split(":", 2)[2], connection=redis)
        lines += [r.exc_string or "" for r in job.results()]
    for form in forms(NUMBER):
        hits = [line for line in lines if form in line]
        assert not hits, f"{form!r} in {hits[:1]}"


# -- status callbacks ------------------------------------------------------------------
def _callback(phone, sid: str, status: str, code: str = ""):
    return phone.post("/sms/status", {"MessageSid": sid, "MessageStatus": status, "ErrorCode": code})


def test_21610_in_a_status_callback_opts_the_person_out(services, recipient, fake_twilio, worker, redis, phone):
    outbound.queue_text(services, recipient, text("hello"), "t:cb", kind="relay")
    worker()
    sid = fake_twilio.sent_to(NUMBER)[0]["sid"]
    assert _callback(phone, sid, "failed", "21610").status_code == 204
    assert redis.exists(keys.opt_out(recipient))
    rec = record(redis, "t:cb")
    assert rec["state"] == "failed" and rec["reason"] == "opted_out_21610" and rec["sid"] == sid


def test_undelivered_callback_is_a_final_failed_state(services, recipient, fake_twilio, worker, redis, phone):
    outbound.queue_text(services, recipient, text("hello"), "t:cb2", kind="relay")
    worker()
    sid = fake_twilio.sent_to(NUMBER)[0]["sid"]
    _callback(phone, sid, "undelivered", "30005")
    rec = record(redis, "t:cb2")
    assert rec["state"] == "failed" and rec["reason"] == "twilio_30005"
    assert not redis.exists(keys.opt_out(recipient))
