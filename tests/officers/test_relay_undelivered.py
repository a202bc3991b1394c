"""Defect 2, the officer's side: a relay that will not reach the tipster is reported to
the officer who wrote it (why, never the number) and noted on the tip's thread, once,
whether it was refused, ran out of retries, raced a STOP, or Twilio reported it
undelivered later. The officer is told "Queued", not "Sent", when it is queued."""
from __future__ import annotations

import pytest

from bot import events
from bot.messaging import queues
from bot.store import keys
from tests.helpers import OFFICER, TIPSTER


@pytest.fixture()
def fast_retries(monkeypatch):
    """Three attempts, no waiting between them, so one burst of the worker runs them all."""
    monkeypatch.setattr(queues, "SEND_RETRY", {"max": 2, "interval": [0]})
    monkeypatch.setattr(queues, "SETTLE_AFTER_S", 0)
    monkeypatch.setattr(queues, "ORDER_WAIT", {"interval": [0], "max": 50, "budget_s": 3600})


def _callback(phone, sid: str, status: str, code: str = ""):
    return phone.post("/sms/status", {"MessageSid": sid, "MessageStatus": status, "ErrorCode": code})


def test_relay_that_cannot_be_delivered_is_reported_to_its_officer(app, officer, tipster, file_tip, worker,
                                                                   fake_twilio, fast_retries):
    tip_id = file_tip(tipster)
    fake_twilio.fail_next(400, 21614, style="problem")
    answer = officer.send(f"R {tip_id} which way did he go?")[0]
    assert answer.startswith(f"Queued for the tipster of {tip_id}")
    worker()
    assert fake_twilio.sent_to(TIPSTER) == []
    notices = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert notices == [f"Your message to the tipster of {tip_id} could not be delivered (Twilio error 21614: "
                       f"not a mobile number). Nothing more will be tried."]
    thread = officer.send(f"SHOW {tip_id}")[1]
    assert "not delivered" in thread and "21614" in thread
    # The next relay is not held back by the failed one.
    officer.send(f"R {tip_id} are you safe?")
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)] == [f"Avon and Somerset Police re {tip_id}: are you safe?"]
    assert len(fake_twilio.sent_to(OFFICER)) == 1   # one notice, not one per worker run
    for m in fake_twilio.sent_to(OFFICER):
        assert TIPSTER not in m["body"] and "900123" not in m["body"]


def test_relay_that_exhausts_its_retries_is_reported(app, officer, tipster, file_tip, worker, fake_twilio,
                                                     fast_retries):
    tip_id = file_tip(tipster)
    fake_twilio.fail_next(503, 20503, times=3)
    officer.send(f"R {tip_id} hello?")
    worker()
    notice = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert len(notice) == 1 and notice[0].startswith(f"Your message to the tipster of {tip_id} could not be "
                                                     f"delivered (")
    assert "3 attempts" in notice[0] and "503" in notice[0] and notice[0].endswith("Nothing more will be tried.")


def test_undelivered_status_callback_on_a_relay_is_reported(app, officer, tipster, file_tip, worker, fake_twilio,
                                                            phone):
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} hello?")
    worker()
    sid = fake_twilio.sent_to(TIPSTER)[0]["sid"]
    _callback(phone, sid, "undelivered", "30006")
    _callback(phone, sid, "undelivered", "30006")   # Twilio repeats itself
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(OFFICER)] == [
        f"Your message to the tipster of {tip_id} could not be delivered (Twilio error 30006: landline or "
        f"unreachable). Nothing more will be tried."]
    assert "30006" in officer.send(f"SHOW {tip_id}")[1]


def test_relay_skipped_because_the_tipster_opted_out_meanwhile_is_reported(app, services, redis, officer, tipster,
                                                                           file_tip, worker, fake_twilio):
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} hello?")
    redis.set(keys.opt_out(services.identity.pseudonym(TIPSTER)), "STOP")   # STOP raced the relay
    worker()
    assert fake_twilio.sent_to(TIPSTER) == []
    notice = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert notice == [f"Your message to the tipster of {tip_id} was not sent (the tipster has opted out). "
                      f"Nothing more will be tried."]


class Killed(BaseException):
    """The worker dying at a hook point (see tests/messaging/test_send_faults.py)."""


def test_worker_killed_between_recording_the_failure_and_telling_the_officer(app, services, officer, tipster,
                                                                              file_tip, worker, fake_twilio,
                                                                              monkeypatch, fast_retries):
    """The failure is recorded, then the worker dies before the officer is told: the
    job's next run finds it final but not announced, and tells. Once."""
    tip_id = file_tip(tipster)
    real_emit, dropped = services.events.emit, []

    def die_once_on_undelivered(event):
        if isinstance(event, events.TextUndelivered) and not dropped:
            dropped.append(event)
            raise Killed("killed before telling anyone")
        return real_emit(event)

    monkeypatch.setattr(services.events, "emit", die_once_on_undelivered)
    fake_twilio.fail_next(400, 21211)
    officer.send(f"R {tip_id} hello?")
    worker()
    assert dropped
    assert [m["body"] for m in fake_twilio.sent_to(OFFICER)] == [
        f"Your message to the tipster of {tip_id} could not be delivered (Twilio error 21211: invalid number). "
        f"Nothing more will be tried."]
    assert officer.send(f"SHOW {tip_id}")[1].count("not delivered") == 1
