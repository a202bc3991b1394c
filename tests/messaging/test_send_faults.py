"""Fault injection for sends (issue 9's harness): the worker killed at each step of a
send, and Twilio answering 429, 5xx (before and after accepting the text), 21610
and the newer error format. Each case queues a text and, behind it, a second
ordered text to the same person, and asserts on real state only: what the
Twilio-compatible server received, the outbound records and opt-outs in Redis.

Expected, whatever the fault: the first text is sent exactly once or ends failed
with a reason (never sent twice), and the text behind it is never held back.

A "kill" is a BaseException raised at a hook point: rq's SimpleWorker treats it as
the job dying, and rq runs the job again as it does after kill -9 of a work-horse.
The last test kills real work-horses with SIGKILL (rq's forking Worker), where no
failure callback runs at all.
"""
from __future__ import annotations

import os
import signal

import pytest
from rq import Worker

from bot.messaging import outbound, queues, throttle
from bot.privacy.redact import SafeText
from bot.store import keys

NUMBER = "+447700900321"    # the ``recipient`` fixture's (tests/messaging/conftest.py)
FIRST, SECOND = SafeText.system("first text"), SafeText.system("second text")


class Killed(BaseException):
    """The worker dying at a hook point (not an Exception: nothing of ours catches it)."""


def kill_at(monkeypatch, target, name: str, when: str, times: int = 1, only_body: str | None = None):
    """Make ``target.name`` die ``before`` or ``after`` doing its work, ``times`` times."""
    real, left = getattr(target, name), [times]

    def hooked(*args, **kwargs):
        mine = only_body is None or only_body in args
        if mine and left[0] > 0 and when == "before":
            left[0] -= 1
            raise Killed(f"killed before {name}")
        result = real(*args, **kwargs)
        if mine and left[0] > 0 and when == "after":
            left[0] -= 1
            raise Killed(f"killed after {name}")
        return result

    monkeypatch.setattr(target, name, hooked)


def state_of(redis, dedupe_key: str) -> dict:
    return {k.decode(): v.decode() for k, v in redis.hgetall(keys.outbound(dedupe_key)).items()}


def queue_pair(services, recipient) -> None:
    outbound.queue_text(services, recipient, FIRST, "t:first", kind="relay", ordered=True)
    outbound.queue_text(services, recipient, SECOND, "t:second", kind="relay", ordered=True)


def posts(fake_twilio) -> list[str]:
    return [r["form"].get("Body") for r in fake_twilio.requests if r["method"] == "POST"]


def bodies(fake_twilio) -> list[str]:
    return [m["body"] for m in fake_twilio.sent_to(NUMBER)]


# -- the worker killed at each step ------------------------------------------------------
KILLS = {
    # step: (where the hook goes, before/after it), what the server must have, first text's state
    "before the claim": ("throttle", "before"),
    "after the claim, before the API call": ("sender", "before"),
    "after the API call, before the state is recorded": ("sender", "after"),
}


@pytest.mark.parametrize("step", list(KILLS))
def test_worker_killed_at_a_step_of_a_send_sends_once(step, services, recipient, fake_twilio, worker, redis,
                                                      monkeypatch, fast_retries):
    where, when = KILLS[step]
    target, name = (throttle, "wait_for_turn") if where == "throttle" else (services.sender, "send")
    kill_at(monkeypatch, target, name, when)
    queue_pair(services, recipient)
    worker()
    assert bodies(fake_twilio) == ["first text", "second text"]          # each once, in order
    assert posts(fake_twilio) == ["first text", "second text"]           # never POSTed twice
    first = state_of(redis, "t:first")
    assert first["state"] == "sent" and first["sid"] == fake_twilio.sent_to(NUMBER)[0]["sid"]
    assert state_of(redis, "t:second")["state"] == "sent"


def test_worker_killed_on_every_attempt_after_the_claim_ends_failed(services, recipient, fake_twilio, worker,
                                                                    redis, monkeypatch, fast_retries):
    """No attempt reaches Twilio: the settling run finds nothing there and ends it failed."""
    kill_at(monkeypatch, services.sender, "send", "before", times=99, only_body=FIRST)
    queue_pair(services, recipient)
    worker()
    first = state_of(redis, "t:first")
    assert first["state"] == "failed" and first["reason"] == "interrupted"
    assert first["attempts"] == str(queues.SEND_RETRY["max"] + 1)
    assert bodies(fake_twilio) == ["second text"]


def test_worker_killed_after_the_api_call_on_the_last_attempt_is_found_sent(services, recipient, fake_twilio,
                                                                            worker, redis, monkeypatch,
                                                                            fast_retries):
    """Two 503s, then the last attempt gets the text accepted and dies before recording:
    the settling run asks Twilio, finds it, and records it sent. One text, not two."""
    fake_twilio.fail_next(503, 20503, times=2)
    kill_at(monkeypatch, services.sender, "send", "after", times=1, only_body=FIRST)
    queue_pair(services, recipient)
    # The 503s are not the kill: the hook fires on the call that succeeds.
    worker()
    first = state_of(redis, "t:first")
    assert first["state"] == "sent" and first["attempts"] == "3"
    assert bodies(fake_twilio) == ["first text", "second text"]


def test_settling_run_that_fails_is_settled_by_the_failure_callback(services, recipient, fake_twilio, worker,
                                                                    redis, monkeypatch, fast_retries):
    """Every attempt dies after the claim, and the settling run raises too: rq's failure
    callback (no runs left) settles it. Final state, nothing sent, the next text goes."""
    kill_at(monkeypatch, services.sender, "send", "before", times=99, only_body=FIRST)
    real_settle, calls = outbound.settle, []

    def settle_fails_once(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 1:
            raise RuntimeError("settling run broke")
        return real_settle(*args, **kwargs)

    monkeypatch.setattr(outbound, "settle", settle_fails_once)
    queue_pair(services, recipient)
    worker()
    assert calls == ["t:first", "t:first"]             # the settling run, then the callback
    first = state_of(redis, "t:first")
    assert first["state"] == "failed" and first["reason"] == "interrupted"
    assert bodies(fake_twilio) == ["second text"]


# -- Twilio's answers --------------------------------------------------------------------
TWILIO = {
    # case: (fail_next arguments, first text's state, reason, bodies the server holds)
    "429 once": ((429, 20429, 1, "legacy", False), "sent", "", ["first text", "second text"]),
    "503 once": ((503, 20503, 1, "legacy", False), "sent", "", ["first text", "second text"]),
    "502 after accepting it": ((502, 20502, 1, "legacy", True), "sent", "", ["first text", "second text"]),
    "503 on every attempt": ((503, 20503, 3, "legacy", False), "failed", "retries_exhausted", ["second text"]),
    "21610 opted out": ((400, 21610, 1, "legacy", False), "failed", "opted_out_21610", []),
    "newer format, 400 21211": ((400, 21211, 1, "problem", False), "failed", "twilio_21211", ["second text"]),
    "newer format, 503 once": ((503, 20503, 1, "problem", False), "sent", "", ["first text", "second text"]),
    "newer format, 429 twice": ((429, 20429, 2, "problem", False), "sent", "", ["first text", "second text"]),
}


@pytest.mark.parametrize("case", list(TWILIO))
def test_twilio_answers(case, services, recipient, fake_twilio, worker, redis, fast_retries):
    (status, code, times, style, created), state, reason, held = TWILIO[case]
    fake_twilio.fail_next(status, code, times=times, style=style, created=created)
    queue_pair(services, recipient)
    worker()
    first, second = state_of(redis, "t:first"), state_of(redis, "t:second")
    assert (first["state"], first["reason"]) == (state, reason)
    assert bodies(fake_twilio) == held
    if code == 21610:   # opted out at Twilio: the next text is not even tried
        assert redis.exists(keys.opt_out(recipient))
        assert (second["state"], second["reason"]) == ("skipped", "opted_out")
    else:
        assert second["state"] == "sent"
    assert posts(fake_twilio).count("second text") == (0 if code == 21610 else 1)


# -- real work-horses, killed with SIGKILL -------------------------------------------------
def test_work_horse_sigkilled_on_every_attempt_still_ends_failed(app, services, recipient, fake_twilio, redis,
                                                                 monkeypatch, fast_retries):
    """rq's forking Worker: each attempt's work-horse dies by SIGKILL after claiming the
    first text, so no exception handler and no failure callback runs. The settling run
    (which never calls the transport) still ends it failed; the second text goes out."""
    real_send = services.sender.send

    def die_on_first(redis_, to, body, meta):
        if body == FIRST:
            os.kill(os.getpid(), signal.SIGKILL)   # in the forked work-horse only
        return real_send(redis_, to, body, meta)

    monkeypatch.setattr(services.sender, "send", die_on_first)
    queue_pair(services, recipient)
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with app.app_context():
            Worker([services.queues[name] for name in queues.ALL_QUEUES], connection=redis).work(
                burst=True, logging_level="WARNING")
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    first = state_of(redis, "t:first")
    assert first["state"] == "failed" and first["reason"] == "interrupted", first
    assert first["attempts"] == str(queues.SEND_RETRY["max"] + 1)   # every attempt's horse died mid-send
    assert bodies(fake_twilio) == ["second text"]
    assert posts(fake_twilio) == ["second text"]
