"""The send job through the real Twilio SDK against the local Twilio-compatible server."""
from __future__ import annotations

import pytest
from rq.registry import FailedJobRegistry

from bot.messaging import outbound, queues
from bot.privacy.identity import keep_number
from bot.privacy.redact import SafeText
from bot.store import keys

T = SafeText.system   # queue_text takes vetted text only (tests/privacy/test_safe_text.py)

NUMBER = "+447700900321"    # the ``recipient`` fixture's (tests/messaging/conftest.py)


def _state(redis, key):
    return redis.hget(keys.outbound(key), "state").decode()


def test_text_is_sent_once_even_if_queued_twice(services, recipient, fake_twilio, worker, redis):
    outbound.queue_text(services, recipient, T("Police re T-ABCD: thanks"), "relay:T-ABCD:1", kind="relay")
    worker()
    outbound.queue_text(services, recipient, T("Police re T-ABCD: thanks"), "relay:T-ABCD:1", kind="relay")
    worker()
    sent = fake_twilio.sent_to(NUMBER)
    assert [m["body"] for m in sent] == ["Police re T-ABCD: thanks"]
    assert sent[0]["from"] == "+447700900000"
    assert _state(redis, "relay:T-ABCD:1") == "sent"
    assert redis.get(keys.message_owner(sent[0]["sid"])) == keys.outbound("relay:T-ABCD:1").encode()


@pytest.mark.parametrize("status,code", [(429, 20429), (500, 20500), (503, 20503)])
def test_transient_errors_are_retried(status, code, services, recipient, fake_twilio, app, redis):
    fake_twilio.fail_next(status, code, times=1)
    job = outbound.queue_text(services, recipient, T("hello again"), f"t:{status}", kind="relay")
    with app.app_context():
        with pytest.raises(outbound.TransientSendError):
            outbound.send_text(*job.args)
        assert outbound.send_text(*job.args) == "sent"
    assert len(fake_twilio.sent_to(NUMBER)) == 1


def test_transient_error_is_scheduled_for_retry_by_rq(services, recipient, fake_twilio, worker, redis):
    fake_twilio.fail_next(429, 20429, times=1)
    job = outbound.queue_text(services, recipient, T("retry me"), "t:rq", kind="relay")
    worker()
    job.refresh()
    assert job.get_status() in ("scheduled", "queued")  # rq Retry, not failed
    # SEND_RETRY's attempts plus one run that only settles the text (queues.SETTLE_AFTER_S)
    assert job.retries_left == queues.SEND_RETRY["max"]


def test_21610_marks_the_recipient_opted_out_and_is_not_retried(services, recipient, fake_twilio, worker, redis):
    fake_twilio.fail_to(NUMBER, 400, 21610)
    outbound.queue_text(services, recipient, T("are you there?"), "t:21610", kind="relay")
    worker()
    assert redis.exists(keys.opt_out(recipient))
    assert _state(redis, "t:21610") == "failed"
    assert FailedJobRegistry(queues.TEXTS, connection=redis).count == 0


def test_opt_out_is_checked_again_at_send_time(services, recipient, fake_twilio, worker, redis):
    outbound.queue_text(services, recipient, T("late message"), "t:late", kind="relay")
    redis.set(keys.opt_out(recipient), "STOP")
    worker()
    assert fake_twilio.sent_to(NUMBER) == []
    assert _state(redis, "t:late") == "skipped"


def test_expired_number_is_not_sent(services, fake_twilio, worker, redis):
    ghost = services.identity.pseudonym("+447700900999")
    outbound.queue_text(services, ghost, T("anyone?"), "t:ghost", kind="relay")
    worker()
    assert fake_twilio.messages == []
    assert redis.hget(keys.outbound("t:ghost"), "reason") == b"number_expired"


def test_ordered_texts_arrive_in_order(services, recipient, fake_twilio, worker):
    for n in range(5):
        outbound.queue_text(services, recipient, T(f"message {n}"), f"t:o{n}", kind="relay", ordered=True)
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == [f"message {n}" for n in range(5)]


def test_crash_after_twilio_accepted_is_not_sent_twice(services, recipient, fake_twilio, app, redis):
    """A worker killed between POST and recording leaves 'claimed'; the retry asks Twilio."""
    with app.app_context():
        outbound.send_text(recipient, T("only once"), "t:crash", "relay")
    redis.hset(keys.outbound("t:crash"), "state", "claimed")  # as if the record was never written
    with app.app_context():
        assert outbound.send_text(recipient, T("only once"), "t:crash", "relay") == "sent"
    assert len(fake_twilio.sent_to(NUMBER)) == 1


def test_local_mode_records_instead_of_sending(local_app, worker):
    local = local_app
    svc = local.extensions["tipline"]
    assert local.config["LOCAL_MODE"]
    p = svc.identity.pseudonym(NUMBER)
    pipe = svc.redis.pipeline()
    keep_number(pipe, svc.identity, p, NUMBER, 3600)
    pipe.execute()
    outbound.queue_text(svc, p, T("local hello"), "t:local", kind="relay", label="tipster")
    worker(local)
    entries = svc.redis.lrange(keys.LOCAL_OUTBOX, 0, -1)
    assert len(entries) == 1 and b"local hello" in entries[0] and NUMBER.encode() not in entries[0]


def test_flask_worker_command_sends_in_a_forked_job(config, services, recipient, fake_twilio, redis):
    """`flask --app wsgi worker --burst`: the real CLI, rq's forking Worker, env config."""
    import os
    import subprocess
    import sys

    outbound.queue_text(services, recipient, T("via the worker"), "t:cli", kind="relay")
    env = {k: str(v) for k, v in config.items() if k.isupper() and v is not None and k != "TESTING"}
    env["PATH"] = os.environ.get("PATH", "")
    done = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "worker", "--burst"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == ["via the worker"]


def test_rotate_keys_reseals_numbers_with_the_new_key(config, services, recipient, redis):
    from cryptography.fernet import Fernet

    from bot import create_app

    new_key = Fernet.generate_key().decode()
    ttl_before = redis.ttl(keys.sealed_number(recipient))
    rotated = create_app({**config, "SEALING_KEYS": f"{new_key},{config['SEALING_KEYS']}"})
    result = rotated.test_cli_runner().invoke(args=["rotate-keys"])
    assert "re-sealed 1 numbers" in result.output
    only_new = create_app({**config, "SEALING_KEYS": new_key}).extensions["tipline"]
    assert only_new.identity.unseal(redis.get(keys.sealed_number(recipient))) == NUMBER
    assert abs(redis.ttl(keys.sealed_number(recipient)) - ttl_before) <= 2
