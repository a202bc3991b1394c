"""Defect 1, made structural: tipster text reaches an officer, a job payload or an
event only as SafeText, which only redaction (tipster text) and the explicit
staff/system/stored constructors make. A plain str is refused at every door."""
from __future__ import annotations

import pickle
import re
import zlib

import pytest
from rq.job import Job

from bot import events
from bot.messaging import outbound, queues
from bot.officers import duty, follow_ups, relay
from bot.privacy.redact import REPLACEMENT, SafeText, redact_own_number
from bot.store import keys
from tests.helpers import OFFICER, TIPSTER, number_forms

TIP = {"id": "T-2345", "fields": {"what": "two lads dealing"}, "facts": {}}


def test_only_the_named_constructors_make_safe_text():
    with pytest.raises(TypeError):
        SafeText("ring me on 07700 900123")
    assert isinstance(redact_own_number("ring me on 07700 900123", TIPSTER), SafeText)
    assert isinstance(redact_own_number("text 60060", "60060"), SafeText)   # nothing to redact: still vetted
    assert isinstance(redact_own_number("", TIPSTER), SafeText)
    for made in (SafeText.staff("which way?"), SafeText.system("URGENT tip"), SafeText.stored("at the Co-op")):
        assert isinstance(made, SafeText)
    # Any str operation gives back a plain str: a changed text must be vetted again.
    assert type(SafeText.staff("  hi ").strip()) is str
    assert type(SafeText.staff("a") + "b") is str


def test_compose_needs_every_part_vetted():
    part = SafeText.staff("which way?")
    assert isinstance(SafeText.compose(f"Police re T-2345: {part}", part), SafeText)
    with pytest.raises(TypeError):
        SafeText.compose("Police re T-2345: ring me on 07700 900123", "ring me on 07700 900123")


def test_safe_text_survives_the_job_payload():
    text = SafeText.staff("hello")
    back = pickle.loads(pickle.dumps(text, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == "hello" and isinstance(back, SafeText)


@pytest.mark.parametrize("build", [
    lambda: relay.relay_body({"FORCE_NAME": "Police"}, "T-2345", "which way did he go?"),
    lambda: follow_ups.forward_body(TIP, "call me on 07700 900123"),
    lambda: duty.notification(TIP, SafeText.system("URGENT tip"), latest="call me on 07700 900123"),
    lambda: duty.notification(TIP, "URGENT tip"),
], ids=["relay_body", "forward_body", "duty_latest", "duty_heading"])
def test_notification_builders_refuse_a_plain_str(build):
    with pytest.raises(TypeError):
        build()


def test_queue_text_refuses_a_plain_str(services, redis):
    with pytest.raises(TypeError):
        outbound.queue_text(services, "p" * 32, "call me on 07700 900123", "t:plain", kind="relay")
    assert not redis.keys("rq:job:*")   # nothing reached a job payload


def test_events_carrying_tipster_text_refuse_a_plain_str():
    with pytest.raises(TypeError):
        events.TipUrgent(tip_id="T-2345", reason="weapon", text="call me on 07700 900123")
    with pytest.raises(TypeError):
        events.TipsterFollowUp(tip_id="T-2345", text="call me on 07700 900123")
    events.TipUrgent(tip_id="T-2345", reason="weapon")   # no text: the news is the tip itself
    events.TipsterFollowUp(tip_id="T-2345", text=redact_own_number("gone now", TIPSTER))


def test_a_job_enqueued_around_queue_text_with_a_plain_str_is_not_sent(services, redis, fake_twilio, worker):
    """Only queue_text enqueues send_text; a payload that skipped it ends failed, unsent."""
    from bot.privacy.identity import keep_number

    p = services.identity.pseudonym(TIPSTER)
    pipe = redis.pipeline()
    keep_number(pipe, services.identity, p, TIPSTER, 3600)
    pipe.execute()
    services.queues[queues.TEXTS].enqueue(outbound.send_text, p, "raw words", "t:raw", "relay", "")
    worker()
    assert fake_twilio.messages == []
    record = redis.hgetall(keys.outbound("t:raw"))
    assert record[b"state"] == b"failed" and record[b"reason"] == b"body_not_vetted"


EMERGENCIES = [
    "he has a knife and is coming back, ring me on 07700 900123",
    "gun fired outside now call 07700/900/123",
    "there is a fire, someone is hurt, my number is +44 7700 900 123",
    "knife fight happening now, 07700–900123 is me",
]


def test_urgent_text_after_filing_reaches_officers_and_job_payloads_without_the_number(
        app, services, redis, officers, make_phone, worker, fake_twilio, redis_dump):
    """The original defect end to end: file, then text emergencies carrying the tipster's own
    number in several written forms; the officer's texts and every job payload are clean."""
    officer, tipster = officers.register(OFFICER, name="PC Jones", badge="4411"), make_phone(TIPSTER)
    assert "on duty" in officer.send("ON")[0]
    tipster.send("Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street")
    assert any("Your tip is T-" in r for r in tipster.send("SEND"))
    for text in EMERGENCIES:
        tipster.send(text)

    def job_payloads(func_suffix: str) -> list[str]:
        found = []
        for raw in redis.keys("rq:job:*"):
            job = Job.fetch(raw.decode().split(":", 2)[2], connection=redis)
            if job.func_name.endswith(func_suffix):
                found.append(zlib.decompress(redis.hget(raw, "data")).decode("latin-1"))
                if func_suffix == "send_text":
                    assert isinstance(job.args[1], SafeText)
        return found

    # The news is queued in the save as after-save deliveries (they carry the text), then
    # a worker turns them into send jobs: both kinds of payload must be clean.
    payloads = job_payloads("deliver_event")
    assert len(payloads) >= len(EMERGENCIES)
    worker()
    sends = job_payloads("send_text")
    assert len(sends) >= len(EMERGENCIES)
    payloads += sends
    texts = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    urgent = [text for text in texts if text.startswith("URGENT")]
    # An emergency after filing is an urgent tip of its own (issue 10), not a follow-up of the
    # filed tip: each text reaches duty once, as urgent news of that new tip.
    assert len(urgent) == len(EMERGENCIES) == len(texts)
    assert all(REPLACEMENT in text for text in texts)
    sealed = keys.sealed_number(services.identity.pseudonym(TIPSTER))
    stored = [f"{k} {v}" for k, v in redis_dump() if k != sealed]
    for form in number_forms(TIPSTER) + ["07700/900/123", "07700–900123", "7700 900 123"]:
        for where, blobs in (("officer texts", texts), ("job payloads", payloads), ("redis", stored)):
            hits = [b for b in blobs if form in b]
            assert not hits, f"{form!r} in {where}: {hits[:1]}"
    assert not [t for t in texts if re.search(r"900\D{0,3}123", t)]
