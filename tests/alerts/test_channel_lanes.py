"""The channels of one alert are sent side by side (issue 12): each channel's chunks are a
lane of their own, drained at once by the same drain job, so a slow channel (here SMS at 4
segments/s) does not keep the emails and calls waiting behind it. Checked with what the
real servers received (the fake Twilio's Messages and Calls, aiosmtpd on 127.0.0.1):
their order, and every contact once; and HALT stops every lane."""
from __future__ import annotations

import threading
import time
from collections import Counter

import pytest

from bot.alerts import geo, signup, store, subscribers, tally
from bot.alerts.lanes import chunk_span, lanes_of, plan_lanes
from bot.store import keys
from tests.helpers import ALERT_TEXT

BA3 = geo.Place("uk", "BA3 5QE", 51.232096, -2.463952)
N_SMS, N_EMAIL, N_VOICE = 8, 6, 2
SMS_RATE = 4.0     # segments/s: the SMS lane takes seconds, the emails and calls a fraction of one


@pytest.fixture()
def app(config, smtp):
    from bot import create_app

    return create_app({**config, "SMTP_URL": smtp.url, "SMTP_STARTTLS": "off",
                       "ALERT_EMAIL_FROM": "ASP alerts <alerts@asp.test>", "SEND_RATE_SEGMENTS_PER_SECOND": SMS_RATE,
                       "EMAIL_RATE_PER_SECOND": 50, "ALERT_CHUNK_SIZE": 2, "ALERT_SEND_THREADS": 1})


@pytest.fixture()
def residents(services):
    """N_SMS texts, N_EMAIL emails and N_VOICE calls, one contact each: their clear contacts."""
    out = {"sms": set(), "email": set(), "voice": set()}

    def add(**kw):
        s = signup.upsert(services, schemes_cats={"FARMWATCH": []}, place=BA3, **kw)
        for m in s.members.values():
            subscribers.mark_verified(services.redis, m)
    for i in range(N_SMS):
        out["sms"].add(f"+4477009004{i:02d}")
        add(phone=f"+4477009004{i:02d}")
    for i in range(N_EMAIL):
        out["email"].add(f"resident{i}@example.org")
        add(email=f"resident{i}@example.org")
    for i in range(N_VOICE):
        out["voice"].add(f"+4417614002{i:02d}")
        add(phone=f"+4417614002{i:02d}", phone_channel="voice")
    return out


def confirmed(officer, preview_code) -> str:
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"SEND {code}")
    return code


def arrivals(fake_twilio, smtp) -> dict[str, list[tuple[float, str]]]:
    """(arrival time, contact) per channel, as the servers received them."""
    with fake_twilio.lock:
        sms = [(r["at"], r["form"].get("To")) for r in fake_twilio.requests
               if r["method"] == "POST" and r["path"].endswith("/Messages.json")]
        calls = [(c["at"], c["to"]) for c in fake_twilio.calls]
    with smtp.lock:
        mails = [(e["at"], e["to"][0]) for e in smtp.envelopes]
    return {"sms": sorted(sms), "email": sorted(mails), "voice": sorted(calls)}


def test_a_slow_channel_does_not_hold_up_the_others(app, services, officer, preview_code, residents, fake_twilio,
                                                    smtp, worker):
    code = confirmed(officer, preview_code)
    worker()
    got = arrivals(fake_twilio, smtp)
    for ch in ("sms", "email", "voice"):     # every contact once (one send per alert x contact)
        per_contact = Counter(to for _, to in got[ch])
        assert set(per_contact) == residents[ch] and set(per_contact.values()) == {1}, ch
    last_sms = got["sms"][-1][0]
    # One after another, every email and call came after the last text; side by side, the
    # emails and the calls were all in while texts were still going out.
    texts_after_emails = sum(1 for at, _ in got["sms"] if at > got["email"][-1][0])
    texts_after_calls = sum(1 for at, _ in got["sms"] if at > got["voice"][-1][0])
    assert got["email"][0][0] < last_sms and got["voice"][0][0] < last_sms
    assert texts_after_emails >= N_SMS // 2 and texts_after_calls >= N_SMS // 2, got
    a = store.load(services.redis, code)
    assert a["state"] == "done" and [lane[0] for lane in lanes_of(a)] == ["sms", "email", "voice"]
    assert a["chunks"] == N_SMS // 2 + N_EMAIL // 2 + N_VOICE // 2
    board = tally.by_channel(services.redis, code)
    assert board["sms"]["sent"] == N_SMS and board["email"]["sent"] == N_EMAIL and board["voice"]["sent"] == N_VOICE


def test_lanes_cut_each_channel_into_its_own_chunks():
    lanes = plan_lanes({"sms": 5, "email": 2, "voice": 3}, 2, 10)
    assert lanes == [["sms", 0, 3, 0, 5], ["email", 3, 1, 5, 2], ["voice", 4, 2, 7, 3]]
    spans = [chunk_span(lane, n, 2) for lane in lanes for n in range(lane[1], lane[1] + lane[2])]
    assert spans == [(0, 1), (2, 3), (4, 4), (5, 6), (7, 8), (9, 9)]
    # members outside every channel's range: one lane of plain index ranges, nobody left out
    assert plan_lanes({"sms": 5, "email": 2, "voice": 3}, 4, 11) == [["all", 0, 3, 0, 11]]
    # an alert planned before lanes existed
    old = {"chunks": 3, "total": 5}
    assert [chunk_span(lane, n, 2) for lane in lanes_of(old) for n in range(3)] == [(0, 1), (2, 3),
                                                                                                   (4, 4)]


def test_halt_stops_every_lane(app, services, officer, preview_code, residents, fake_twilio, smtp, worker):
    services.config["EMAIL_RATE_PER_SECOND"] = 2.0     # emails slow too: both lanes are mid-way at the HALT
    code = confirmed(officer, preview_code)
    replies = []

    def halt_once_both_are_going():    # waits (not a timing check) until texts and emails are going out
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            got = arrivals(fake_twilio, smtp)
            if got["sms"] and got["email"]:
                break
            time.sleep(0.05)
        replies.extend(officer.send(f"HALT {code}"))

    halter = threading.Thread(target=halt_once_both_are_going)
    halter.start()
    worker()
    halter.join(60)
    assert not halter.is_alive() and f"Halted {code}" in replies[0]
    got = arrivals(fake_twilio, smtp)
    assert 0 < len(got["sms"]) < N_SMS and 0 < len(got["email"]) < N_EMAIL, got
    # exactly the contacts let out before the HALT got it, on every channel, and no one else
    released = {m.decode() for m in services.redis.smembers(keys.alert_released(code))}
    assert len(released) == len(got["sms"]) + len(got["email"]) + len(got["voice"])
    board = tally.by_channel(services.redis, code)
    assert board["sms"]["halted"] == N_SMS - len(got["sms"]) and board["email"]["halted"] == N_EMAIL - len(got["email"])
    assert store.state(services.redis, code) == "halted"
