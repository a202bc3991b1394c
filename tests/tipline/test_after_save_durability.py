"""Work that follows a saved turn is never lost: the idle-draft check, urgent
notifications and a tipster's follow-up to an officer survive Redis failing (or the
web process dying) right after the save, a re-run of that work texts nobody twice,
and a draft whose check went missing is still filed, by the worker's sweep.

Redis is made to fail at the exact moment with a TCP proxy (tests/fakes/redis_proxy.py)
between the app and the real Redis: the save's MULTI/EXEC commits, and every command
after it fails until the proxy is restored.
"""
from __future__ import annotations

import functools
import logging
import re
import time
from types import SimpleNamespace

import pytest
from rq import SimpleWorker
from rq.job import JobStatus
from rq.registry import ScheduledJobRegistry, StartedJobRegistry

from bot import create_app, events
from bot.messaging import after_save, outbound, queues
from bot.privacy.redact import SafeText
from bot.store import keys
from bot.tipline import tips
from tests.helpers import OFFICER, TIPSTER, conversation

IDLE_MINUTES = 0.03   # 1.8 s: a loaded CI machine must still land two texts inside it (test_idle_drafts failed at 0.6 s)
URGENT_TEXT = "A man with a knife is breaking into the house at 12 Elm Road right now"
TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")


@pytest.fixture()
def app(config, proxy):
    return create_app({**config, "REDIS_URL": proxy.url, "DRAFT_IDLE_MINUTES": IDLE_MINUTES})


@pytest.fixture()
def officer(officers):
    return officers.register(OFFICER, name="PC Jones", badge="4411")


@pytest.fixture()
def tipster(make_phone):
    return make_phone(TIPSTER)


def file_tip(tipster) -> str:
    tipster.send("Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street")
    match = TIP_ID.search(" ".join(tipster.send("SEND")))
    assert match
    return match.group(0)


def sent_after_redis_fails(proxy, phone, text: str) -> list[str]:
    """Text ``text`` with Redis failing right after the turn's save; Redis comes back after."""
    proxy.cut_after_next_exec()
    try:
        return phone.send(text)
    finally:
        assert proxy.is_down, "the turn never reached its save"
        proxy.restore()


def delivery_jobs(services) -> list:
    """The queued jobs that deliver a saved turn's events to their listeners."""
    return [job for name in queues.ALL_QUEUES for job in services.queues[name].get_jobs()
            if job.func_name.endswith("deliver_event")]


# -- Redis fails between the save and the work that follows it ------------------------
def test_idle_check_survives_redis_failing_right_after_the_save(services, proxy, tipster, worker):
    replies = sent_after_redis_fails(proxy, tipster, "Someone is stripping the lead off the church roof")
    assert "Where" in " ".join(replies) or "where" in " ".join(replies)  # the turn's answer stands
    conv = conversation(services, TIPSTER)
    assert conv["state"] == "where"
    time.sleep(IDLE_MINUTES * 60 + 0.3)
    worker()
    conv = conversation(services, TIPSTER)
    assert conv["state"] == "filed", "the quiet draft was never filed: its idle check was lost"
    tip = tips.load_tip(services.redis, conv["tip_id"])
    assert tip["partial"] and tip["fields"]["what"].startswith("Someone is stripping")


def test_follow_up_reaches_the_officer_when_redis_fails_right_after_the_save(proxy, officer, tipster, worker,
                                                                             fake_twilio):
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} which way did the car go?")
    worker()
    assert fake_twilio.sent_to(TIPSTER)
    replies = sent_after_redis_fails(proxy, tipster, "towards the park, about 5 mins ago")
    assert replies  # the tipster is answered as usual
    worker()
    forwarded = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert forwarded == [f"Tipster re {tip_id}: towards the park, about 5 mins ago"]


def test_urgent_notification_survives_redis_failing_right_after_the_save(proxy, officer, tipster, worker,
                                                                         fake_twilio):
    officer.send("ON")
    replies = sent_after_redis_fails(proxy, tipster, URGENT_TEXT)
    assert "999" in " ".join(replies)
    worker()
    texts = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert len(texts) == 1 and texts[0].startswith("URGENT (weapon mentioned: knife) tip T-")


# -- a re-run never doubles the effect --------------------------------------------------
def test_a_delivery_run_twice_forwards_once_and_keeps_later_forwards_in_order(app, services, officer, tipster,
                                                                              worker, fake_twilio):
    """The worker ran the listeners, then died before rq recorded the job as done:
    rq runs the job again. Each officer still gets the follow-up once, and the next
    follow-up (ordered after it) still goes out."""
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} which way did the car go?")
    worker()
    tipster.send("towards the park")
    jobs = delivery_jobs(services)
    assert len(jobs) == 1
    assert jobs[0].id.startswith(f"event-{tip_id}-")  # found by the tip's ID (to erase what names it)
    with app.app_context():
        jobs[0].func(*jobs[0].args, **jobs[0].kwargs)  # the first run: its effects are in Redis
    worker()  # ... and rq runs it again
    tipster.send("he had a dog with him")
    worker()
    forwarded = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert forwarded == [f"Tipster re {tip_id}: towards the park", f"Tipster re {tip_id}: he had a dog with him"]


def test_urgent_delivery_run_twice_texts_each_officer_once(app, services, officer, tipster, worker, fake_twilio):
    officer.send("ON")
    tipster.send(URGENT_TEXT)
    jobs = delivery_jobs(services)
    assert len(jobs) == 1
    with app.app_context():
        jobs[0].func(*jobs[0].args, **jobs[0].kwargs)
    worker()
    assert len(fake_twilio.sent_to(OFFICER)) == 1


def test_a_delivery_whose_worker_died_is_run_again_by_rq(app, services, officer, tipster, worker, fake_twilio):
    """A worker takes the delivery, its listeners queue the forward, and the worker
    dies before rq records the job as done. rq's maintenance finds the job abandoned
    (its heartbeat lapsed) and, because deliveries keep retries, runs it again: the
    officer gets the follow-up once, and the job does not end up failed."""
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} which way did the car go?")
    worker()
    tipster.send("towards the park")
    [job] = delivery_jobs(services)
    queue = services.queues[after_save.QUEUE]
    queue.remove(job.id)  # taken by a worker ...
    SimpleWorker([queue], connection=services.redis).prepare_execution(job)  # ... that starts it
    with app.app_context():
        job.func(*job.args, **job.kwargs)  # the listeners' work is done; then the worker dies
    StartedJobRegistry(queue=queue).cleanup(timestamp=time.time() + 3600)  # rq maintenance, heartbeat lapsed
    time.sleep(queues.SEND_RETRY["interval"][0] + 0.2)
    worker()
    assert job.get_status(refresh=True) == JobStatus.FINISHED
    assert [m["body"] for m in fake_twilio.sent_to(OFFICER)] == [f"Tipster re {tip_id}: towards the park"]


def test_a_failing_listener_gets_the_delivery_retried_not_dropped(services, officer, tipster, worker,
                                                                  fake_twilio):
    """A listener that hits a transient error fails the delivery job; rq retries it
    (all listeners again), and the listener that had already done its work does not
    text the officer a second time."""
    calls = []

    def flaky(event):
        calls.append(event)
        if len(calls) == 1:
            raise ConnectionError("transient")

    services.events.subscribe(events.TipsterFollowUp, flaky)
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} which way did the car go?")
    worker()
    tipster.send("towards the park")
    worker()
    assert len(calls) == 1
    time.sleep(queues.SEND_RETRY["interval"][0] + 0.2)
    worker()
    assert len(calls) == 2, "the failed delivery was not retried"
    assert [m["body"] for m in fake_twilio.sent_to(OFFICER)] == [f"Tipster re {tip_id}: towards the park"]


# -- the sweep: a draft whose check went missing is filed anyway ----------------------
def test_the_worker_sweep_files_a_draft_whose_check_went_missing(app, services, tipster):
    tipster.send("Someone is stripping the lead off the church roof")
    scheduled = ScheduledJobRegistry(queues.HOUSEKEEPING, connection=services.redis)
    assert scheduled.count == 1
    for job_id in scheduled.get_job_ids():  # lost: e.g. its retries ran out while Redis was away
        scheduled.remove(job_id, delete_job=True)
    time.sleep(2 * IDLE_MINUTES * 60 + 0.3)  # past the deadline and the sweep's grace
    result = app.test_cli_runner().invoke(args=["worker", "--burst", "--simple"])
    assert result.exit_code == 0, result.output
    conv = conversation(services, TIPSTER)
    assert conv["state"] == "filed"
    assert tips.load_tip(services.redis, conv["tip_id"])["partial"]


def test_the_draft_index_drains_and_expires(app, services, tipster, worker):
    tipster.send("Someone is stripping the lead off the church roof")
    pseudonym = services.identity.pseudonym(TIPSTER)
    assert services.redis.zscore(keys.DRAFT_IDLE_CHECKS, pseudonym) is not None
    assert services.redis.ttl(keys.DRAFT_IDLE_CHECKS) > 0
    time.sleep(IDLE_MINUTES * 60 + 0.3)
    worker()
    assert conversation(services, TIPSTER)["state"] == "filed"
    assert services.redis.zcard(keys.DRAFT_IDLE_CHECKS) == 0


# -- the hot path keeps its round trips ----------------------------------------------------
def test_after_save_work_adds_no_round_trip_to_an_inbound_text(proxy, officer, tipster, make_phone):
    """Lock and read, then the save: the news that follows it is part of the save."""
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} which way did the car go?")
    proxy.reset_count()
    tipster.send("towards the park")  # a follow-up, forwarded to the officer
    # One read more than a plain text: the tip the officer wrote on is checked to be still
    # open before the answer goes to it (bot.tipline.routing); the news adds nothing.
    assert proxy.round_trips == 3
    phone = make_phone("+447700900778")
    proxy.reset_count()
    phone.send("Someone is stripping the lead off the church roof")
    # A new draft also allocates its tip ID, and rq (2.12) registers the scheduled
    # check straight away rather than in the transaction it is given.
    assert proxy.round_trips <= 4
    proxy.reset_count()
    phone.send("Church Lane")  # the check is pending: nothing to schedule
    assert proxy.round_trips == 2


# -- the pieces ---------------------------------------------------------------------------
def test_already_queued_names_send_jobs_as_outbound_does(services):
    """The re-run guard looks for the send job by the ID bot.messaging.outbound gives it."""
    officer_p = services.identity.pseudonym(OFFICER)
    dedupe_key = f"fwd:T-2345:SM0123-1:{officer_p[:16]}"
    assert not after_save.already_queued(services, dedupe_key)
    outbound.queue_text(services, officer_p, SafeText.system("Tipster re T-2345: hello"), dedupe_key,
                        kind="forward", ordered=True)
    assert after_save.already_queued(services, dedupe_key)


def test_a_message_sid_rq_would_refuse_as_a_job_id_still_works(officer, tipster, worker, fake_twilio):
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} which way did the car go?")
    worker()
    assert tipster.send("towards the park", sid="SM odd/sid:1")
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(OFFICER)] == [f"Tipster re {tip_id}: towards the park"]


def test_a_draft_filed_by_its_idle_check_is_news_for_duty(config, proxy, officers, make_phone, worker,
                                                          fake_twilio):
    notify_all = create_app({**config, "REDIS_URL": proxy.url, "DRAFT_IDLE_MINUTES": IDLE_MINUTES,
                             "NOTIFY_ALL_TIPS_TO_DUTY": True})
    officers.register(OFFICER, name="PC Jones", badge="4411", app=notify_all).send("ON")
    make_phone(TIPSTER, app=notify_all).send("Someone is stripping the lead off the church roof")
    time.sleep(IDLE_MINUTES * 60 + 0.3)
    worker(notify_all)
    texts = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert len(texts) == 1 and texts[0].startswith("Partial tip T-")


def test_with_jobs_run_in_process_news_still_follows_the_save(config, proxy, officers, make_phone, fake_twilio):
    """RQ_SYNC runs a job inside its enqueue: a delivery queued in the save would run
    before the save commits, so it runs right after it instead."""
    inline = create_app({**config, "REDIS_URL": proxy.url, "RQ_SYNC": True})
    officers.register(OFFICER, name="PC Jones", badge="4411", app=inline).send("ON")
    make_phone(TIPSTER, app=inline).send(URGENT_TEXT)
    texts = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert len(texts) == 1 and texts[0].startswith("URGENT (weapon mentioned: knife) tip T-") and "Elm Road" in texts[0]


def test_a_failing_listener_is_logged_by_name_without_the_services_bound_to_it(caplog):
    """Listeners are partials over the services, whose config holds the auth token and keys."""
    def broken(services, event):
        raise RuntimeError("boom")

    bus = events.EventBus()
    bus.subscribe(events.TipFiled, functools.partial(broken, SimpleNamespace(config={"TOKEN": "s3cret-token"})))
    with caplog.at_level(logging.ERROR, logger="bot.events"):
        bus.emit(events.TipFiled(tip_id="T-2345", urgent=False, partial=False))
    assert "broken" in caplog.text and "s3cret-token" not in caplog.text
    with pytest.raises(events.ListenersFailed):
        bus.deliver(events.TipFiled(tip_id="T-2345", urgent=False, partial=False))
