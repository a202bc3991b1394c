"""SEND and HALT of one alert at the same moment: each transition is one
compare-and-set, so whichever commits first wins and the other is told what really
happened. HALT of an alert in flight counts, at the moment it commits, the texts
already let out (they go) and the ones stopped (they never go), and the counts it
gives are the ones the subscribers see."""
from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.alerts import store
from bot.alerts.cli import seed
from tests.helpers import ALERT_OFFICER, ALERT_TEXT, assert_sms_sized

SARGE = "+447700900920"
NEAR = ["+447700900381", "+447700900382"]
GONE = re.compile(r"(\d+) (?:texts? had already gone|were already sent)")


@pytest.fixture()
def sarge(officers):
    return officers.register(SARGE, name="Sgt Lee", badge="S1", role="supervisor")


@pytest.fixture()
def subscribers(make_phone):
    for number in NEAR:
        make_phone(number).send("JOIN FARMWATCH BA3 5QE")


def test_halt_read_before_send_commits_sends_nothing(officer, sarge, subscribers, command_turn, preview_code,
                                                     fake_twilio, worker, redis):
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    halt, commit_halt = command_turn(SARGE, f"HALT {code}")
    send, commit_send = command_turn(ALERT_OFFICER, f"SEND {code}")
    commit_halt()
    commit_send()
    worker()
    assert fake_twilio.messages == []
    assert halt == [f"{code} discarded. Nothing was sent."]
    assert send == [f"{code} was discarded and cannot be sent. Write a new ALERT."]
    assert store.state(redis, code) == "discarded"


def test_send_read_before_halt_commits_is_halted_and_halt_says_so(officer, sarge, subscribers, command_turn,
                                                                  preview_code, fake_twilio, worker, redis):
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    send, commit_send = command_turn(ALERT_OFFICER, f"SEND {code}")
    halt, commit_halt = command_turn(SARGE, f"HALT {code}")
    commit_send()
    commit_halt()
    worker()
    assert fake_twilio.messages == []
    assert send[0].startswith(f"Sending {code}")
    assert halt == [f"Halted {code}: 0 texts had already gone, 2 were stopped. STATUS {code} for the final counts."]
    assert_sms_sized(send + halt)
    assert store.state(redis, code) == "halted"
    [status] = officer.send(f"STATUS {code}")
    assert "halted 2" in status and "sent 0" in status


@pytest.fixture()
def slow_app(config):
    from bot import create_app

    # Chunks of 2, one send at a time: a HALT lands while one text is in flight.
    return create_app({**config, "ALERT_CHUNK_SIZE": 2, "ALERT_SEND_THREADS": 1})


def test_halt_in_flight_counts_exactly_the_texts_that_went(slow_app, officers, make_phone, fake_twilio, preview_code):
    from tests.conftest import run_jobs

    services = slow_app.extensions["tipline"]
    n = 9
    seed(services, n, "NHW", 51.232096, -2.463952, spread_km=1.0, number_base=447700820000)
    officer = officers.register(ALERT_OFFICER, app=slow_app)
    code = preview_code(officer.send("ALERT NHW 3km BA3 5QE Two men trying car doors on Church Lane"))
    officer.send(f"SEND {code}")
    fake_twilio.delay_s = 0.3          # each text is in flight (POSTed, not answered) for 0.3 s
    replies: list[str] = []

    def halt_while_the_third_text_is_in_flight():
        deadline = time.monotonic() + 20
        while len(fake_twilio.requests) < 3 and time.monotonic() < deadline:
            time.sleep(0.002)
        replies.extend(officer.send(f"HALT {code}"))

    halter = threading.Thread(target=halt_while_the_third_text_is_in_flight)
    halter.start()
    run_jobs(slow_app)                 # the rq worker, in this (main) thread
    halter.join()
    went = len(fake_twilio.messages)
    assert 0 < went < n, went
    [reply] = replies
    assert int(GONE.search(reply).group(1)) == went, (reply, went)
    assert reply == (f"Halted {code}: {went} texts had already gone, {n - went} were stopped. "
                     f"STATUS {code} for the final counts.")
    [status] = officer.send(f"STATUS {code}")
    assert f"sent {went}" in status and f"halted {n - went}" in status and "queued 0" in status, status


def test_send_and_halt_over_http_at_the_same_moment(officer, sarge, subscribers, live_text, preview_code,
                                                    fake_twilio, worker, redis):
    """Rounds of SEND (the author) and HALT (a supervisor) released together against a
    threaded server: whatever the order, no one is told something that did not happen."""
    for _ in range(8):
        code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
        before = len(fake_twilio.messages)
        barrier = threading.Barrier(2)

        def text(number, body, barrier=barrier):
            barrier.wait()
            return live_text(number, body)[0]

        with ThreadPoolExecutor(max_workers=2) as pool:
            sending = pool.submit(text, ALERT_OFFICER, f"SEND {code}")
            halting = pool.submit(text, SARGE, f"HALT {code}")
            send, halt = sending.result(), halting.result()
        worker()
        went = len(fake_twilio.messages) - before
        state = store.state(redis, code)
        if halt.startswith(f"{code} discarded"):
            assert state == "discarded" and went == 0 and "cannot be sent" in send, (send, halt, state, went)
        else:
            assert send.startswith(f"Sending {code}"), (send, halt, state)
            assert state == "halted" and went == int(GONE.search(halt).group(1)) == 0, (send, halt, state, went)
