"""Codes and limits: a code expires, wrong tries are limited, sign-ups and codes are
rate-limited per client IP and per contact, and nothing tells a subscriber from a stranger."""
from __future__ import annotations

import time

import pytest
import redis as redis_lib

from bot.alerts import subscribers
from tests.public.conftest import join_form

MOBILE = "+447700900123"


@pytest.fixture()
def config(config):
    return {**config, "ALERT_WEB_SIGNUPS_PER_IP": 4, "ALERT_WEB_CODES_PER_IP": 12, "ALERT_WEB_CODE_ATTEMPTS": 3}


def _subscribed(services, number=MOBILE) -> dict:
    return subscribers.load(services.redis, services.identity.pseudonym(number))[0]


def test_wrong_codes_are_limited_then_the_code_is_void(resident, sent_code, services):
    resident.post("/alerts/join", join_form())
    code = sent_code(MOBILE)
    wrong = f"{(int(code) + 1) % 1000000:06d}"
    first = resident.post("/alerts/join/check", {"contact": "0", "code": wrong})
    assert first.status_code == 400 and "That code is not right" in first.get_data(as_text=True)
    resident.post("/alerts/join/check", {"contact": "0", "code": "12"})          # too short: a try all the same
    third = resident.post("/alerts/join/check", {"contact": "0", "code": wrong})
    assert "Too many wrong codes" in third.get_data(as_text=True)
    late = resident.post("/alerts/join/check", {"contact": "0", "code": code})   # the right one, too late
    assert late.status_code == 400 and "expired or was already used" in late.get_data(as_text=True)
    assert _subscribed(services) == {}


def test_a_new_code_works_after_the_old_one_is_void(resident, sent_code, services, fake_twilio):
    resident.post("/alerts/join", join_form())
    old = sent_code(MOBILE)
    for _ in range(3):
        resident.post("/alerts/join/check", {"contact": "0", "code": f"{(int(old) + 1) % 1000000:06d}"})
    resp = resident.post("/alerts/join/resend", {"contact": "0"})
    assert "A new code is on its way" in resp.get_data(as_text=True)
    new = sent_code(MOBILE)
    assert len(fake_twilio.sent_to(MOBILE)) == 2
    assert resident.post("/alerts/join/check", {"contact": "0", "code": new}).status_code == 200
    assert list(_subscribed(services)) == ["FARMWATCH"]


def test_a_code_is_used_once(resident, sent_code, services):
    resident.post("/alerts/join", join_form())
    code = sent_code(MOBILE)
    assert resident.post("/alerts/join/check", {"contact": "0", "code": code}).status_code == 200
    again = resident.post("/alerts/join/check", {"contact": "0", "code": code})
    assert again.status_code == 400


def test_codes_expire(app, resident, sent_code, services):
    app.config["ALERT_WEB_CODE_MINUTES"] = 1 / 60          # one second
    resident.post("/alerts/join", join_form())
    code = sent_code(MOBILE)
    time.sleep(1.6)
    resp = resident.post("/alerts/join/check", {"contact": "0", "code": code})
    assert resp.status_code == 400 and "expired" in resp.get_data(as_text=True)
    assert _subscribed(services) == {}


def test_another_visitor_cannot_use_the_code_page_of_a_sign_up(resident, public, sent_code, services):
    resident.post("/alerts/join", join_form())
    code = sent_code(MOBILE)
    stranger = public("198.51.100.9")
    resp = stranger.post("/alerts/join/check", {"contact": "0", "code": code})
    assert resp.status_code == 404
    assert _subscribed(services) == {}


def test_sign_ups_are_limited_per_client_ip(public, fake_twilio, sent_code):
    visitor = public("203.0.113.50")
    for i in range(4):
        assert visitor.post("/alerts/join", join_form(phone=f"07700 90021{i}")).status_code == 303
    resp = visitor.post("/alerts/join", join_form(phone="07700 900219"))
    assert resp.status_code == 429 and "too many sign-ups" in resp.get_data(as_text=True)
    assert sent_code("+447700900219") is None
    assert public("203.0.113.51").post("/alerts/join", join_form(phone="07700 900219")).status_code == 303


def test_codes_to_one_number_are_limited_whatever_the_ip(public, fake_twilio, sent_code):
    for i in range(3):
        assert public(f"198.51.100.{i + 1}").post("/alerts/join", join_form()).status_code == 303
    resp = public("198.51.100.77").post("/alerts/join", join_form())
    assert resp.status_code == 429 and "Wait an hour" in resp.get_data(as_text=True)
    sent_code(MOBILE)
    assert len(fake_twilio.sent_to(MOBILE)) == 3


def test_code_entries_are_limited_per_client_ip(resident, sent_code, services):
    resident.post("/alerts/join", join_form())
    code = sent_code(MOBILE)
    for _ in range(12):
        resident.post("/alerts/join/check", {"contact": "0", "code": "000000" if code != "000000" else "111111"})
    resp = resident.post("/alerts/join/check", {"contact": "0", "code": code})
    assert resp.status_code == 429
    assert _subscribed(services) == {}


def _commandstats(redis) -> dict[str, int]:
    """Redis commands run, by name. Inside the script that keeps the sealed number, a
    subscriber's (kept for good) gets PERSIST where a stranger's gets EXPIRE: one
    command either way, counted together."""
    calls = {name.removeprefix("cmdstat_"): stats["calls"] for name, stats in redis.info("commandstats").items()}
    calls["expire|persist"] = calls.pop("expire", 0) + calls.pop("persist", 0)
    calls.pop("info", None)
    return calls


def test_a_subscriber_and_a_stranger_get_the_same_answer_and_the_same_work(
        app, public, phone, redis_url, services):
    phone.send("JOIN FARMWATCH BA3 5QE")             # +447700900123 is subscribed already
    assert list(_subscribed(services)) == ["FARMWATCH"]
    watcher = redis_lib.Redis.from_url(redis_url)
    answers = []
    for number in ("07700 900123", "07700 900456"):
        client = public("203.0.113.60")
        client.get("/alerts/join")
        watcher.config_resetstat()
        resp = client.post("/alerts/join", join_form(phone=number))
        work = _commandstats(watcher)
        page = client.get("/alerts/join/check").get_data(as_text=True)
        answers.append((resp.status_code, resp.headers["Location"], resp.get_data(as_text=True), work,
                        page.replace(number[-3:], "NNN").replace(client._csrf, "TOKEN")))
    known, stranger = answers
    assert known[:3] == stranger[:3]
    assert known[3] == stranger[3], "a known number costs other Redis work than a new one"
    assert known[4] == stranger[4]
