"""An urgent-tip notification queued while a long alert is going out is sent before
the alert finishes, with a single worker: alert drain jobs send in time slices and
hand the rest back at the back of the alerts queue, and the worker drains the
urgent queue first in between; in the token bucket, alert texts wait behind it."""
from __future__ import annotations

import threading
import time

import pytest

from bot.alerts import store
from bot.alerts.cli import seed
from bot.messaging import outbound, queues
from bot.privacy.redact import SafeText
from tests.helpers import OFFICER

N = 60
BASE = 447700830000
LAT, LON = 51.232096, -2.463952   # BA3 5QE
RATE = 10.0                       # segments/s
SLICE = 1.0                       # s: the alert lasts several slices
URGENT = "URGENT T-ABCD: someone is in danger now"


@pytest.fixture()
def app(config):
    from bot import create_app

    return create_app({**config, "SEND_RATE_SEGMENTS_PER_SECOND": RATE, "ALERT_CHUNK_SIZE": 10,
                       "ALERT_SLICE_SECONDS": SLICE})


def test_urgent_notification_is_sent_during_a_long_alert_with_one_worker(
        app, services, redis, officer, officers, preview_code, fake_twilio, worker):
    officers.register(OFFICER, name="PC Duty")
    duty = services.identity.pseudonym(OFFICER)
    seed(services, N, "NHW", LAT, LON, spread_km=1.0, number_base=BASE)
    replies = officer.send("ALERT NHW 3km BA3 5QE Two men trying car doors on Church Lane")
    code = preview_code(replies)
    officer.send(f"SEND {code}")
    segments = store.load(redis, code)["segments"]
    alert_s = N * segments / RATE
    assert alert_s >= 4 * SLICE, "the alert must outlast a few slices"
    queued = {}

    def queue_urgent_once_the_alert_is_going():
        deadline = time.monotonic() + 30
        while len(fake_twilio.messages) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        queued["at"] = time.time()
        outbound.queue_text(services, duty, SafeText.system(URGENT), "duty:urgent:test", kind="duty_urgent",
                            queue=queues.URGENT)

    urgent = threading.Thread(target=queue_urgent_once_the_alert_is_going)
    urgent.start()
    worker()       # one worker, in this thread: the alert, and the urgent text when it is queued
    urgent.join()

    with fake_twilio.lock:
        posts = [(r["form"]["To"], r["at"]) for r in fake_twilio.requests if r["method"] == "POST"]
    [urgent_at] = [at for to, at in posts if to == OFFICER]
    alert_times = sorted(at for to, at in posts if to != OFFICER)
    assert len(alert_times) == N and store.state(redis, code) == "done"
    assert urgent_at > queued["at"]
    assert urgent_at < alert_times[-1], "the urgent text waited for the whole alert"
    assert sum(at > urgent_at for at in alert_times) >= N // 2   # well before the alert finished
