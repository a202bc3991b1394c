"""PIN gating (OFFICER_PIN_REQUIRED): caller ID can be spoofed, so commands need
``PIN <pin>`` first; wrong PINs are rate-limited, locked out and audited, and the
PIN never lands in Redis, a log line or an audit entry."""
from __future__ import annotations

import logging

import pytest

from bot import create_app
from bot.store import keys
from tests.helpers import OFFICER, TIPSTER, assert_sms_sized

PIN = "482913"


@pytest.fixture()
def pin_app(config):
    return create_app({**config, "OFFICER_PIN_REQUIRED": True, "OFFICER_PIN_MINUTES": 30,
                       "OFFICER_PIN_MAX_FAILURES": 3, "OFFICER_PIN_LOCKOUT_MINUTES": 15})


@pytest.fixture()
def officer(pin_app, officers):
    """PC Jones (4411) with a PIN, on the app that requires it."""
    return officers.register(OFFICER, name="PC Jones", badge="4411", pin=PIN, app=pin_app)


def test_commands_need_the_pin_then_work_for_the_period(pin_app, officer, make_phone, file_tip):
    tipster = make_phone(TIPSTER, app=pin_app)
    tip_id = file_tip(tipster)
    for text in ("TIPS", f"SHOW {tip_id}", f"R {tip_id} hello", "ON"):
        replies = officer.send(text)
        assert replies == ["Officer commands are locked. Text PIN followed by your PIN to unlock them."], text
    assert "Unlocked for 30 min" in officer.send(f"pin  {PIN}")[0]
    redis = pin_app.extensions["tipline"].redis
    p = pin_app.extensions["tipline"].identity.pseudonym(OFFICER)
    assert 0 < redis.ttl(keys.officer_unlocked(p)) <= 30 * 60
    assert tip_id in officer.send("TIPS")[0]
    assert "Officer commands locked" in officer.send("LOCK")[0]
    assert "locked" in officer.send("TIPS")[0]


def test_help_works_while_locked_and_mentions_pin(pin_app, officer):
    for word in ("HELP", "help", "CMDS", "?"):
        text = officer.send(word)[0]
        assert "Officer commands:" in text or "locked" in text, word
    locked_help = officer.send("HELP")[0]
    assert "PIN" in locked_help
    assert_sms_sized([locked_help])


def test_wrong_pins_are_limited_locked_out_and_audited(pin_app, officer, redis_dump, caplog):
    caplog.set_level(logging.DEBUG)
    redis = pin_app.extensions["tipline"].redis
    assert "Wrong PIN. 2 tries left" in officer.send("PIN 111111")[0]
    assert "Wrong PIN. 1 try left" in officer.send("PIN 222222")[0]
    assert "Too many wrong PINs" in officer.send("PIN 333333")[0]
    # Locked out: even the right PIN is refused until the window ends.
    assert "Too many wrong PINs" in officer.send(f"PIN {PIN}")[0]
    assert "locked" in officer.send("TIPS")[0]
    p = pin_app.extensions["tipline"].identity.pseudonym(OFFICER)
    assert 0 < redis.ttl(keys.officer_pin_failures(p)) <= 15 * 60
    audit = pin_app.test_cli_runner().invoke(args=["audit", "--action", "pin_failed"]).output
    assert audit.count("pin_failed") == 3 and "3/3" in audit
    assert "pin_locked_out" in pin_app.test_cli_runner().invoke(args=["audit"]).output
    # The window passes: the right PIN works again and clears the count.
    redis.delete(keys.officer_pin_failures(p))
    assert "Unlocked" in officer.send(f"PIN {PIN}")[0]
    assert not redis.exists(keys.officer_pin_failures(p))
    # No PIN tried, right or wrong, is kept anywhere.
    dump = " ".join(f"{k} {v}" for k, v in redis_dump())
    logs = " ".join(r.getMessage() for r in caplog.records)
    for pin in (PIN, "111111", "222222", "333333"):
        assert pin not in dump and pin not in logs


def test_spoofed_caller_id_without_pin_learns_nothing(pin_app, officer, make_phone, file_tip):
    """Someone spoofing the officer's number (same caller ID) but without the PIN."""
    tipster = make_phone(TIPSTER, app=pin_app)
    tip_id = file_tip(tipster)
    for text in ("TIPS", f"SHOW {tip_id}", f"R {tip_id} what is your address?", f"CLOSE {tip_id}", "PIN 0000"):
        joined = " ".join(officer.send(text))
        assert "HVM2207" not in joined and "Co-op" not in joined and "Sent to" not in joined
    redis = pin_app.extensions["tipline"].redis
    assert redis.hget(keys.tip(tip_id), "status") == b"open"
    from bot.tipline import tips

    assert {e["from"] for e in tips.load_thread(redis, tip_id)} == {"tipster"}


def test_officer_without_pin_when_required(pin_app, officers):
    phone = officers.register("+447700900503", name="PC NoPin", app=pin_app)
    assert "No PIN is set for you" in phone.send("PIN 1234")[0]
    assert "locked" in phone.send("TIPS")[0]


def test_pin_not_required_by_default(app, officers):
    officer = officers.register(OFFICER, name="PC Jones", badge="4411")
    assert "No open tips" in officer.send("TIPS")[0]


def test_each_lockout_in_a_row_lasts_twice_as_long(pin_app, officer):
    redis = pin_app.extensions["tipline"].redis
    p = pin_app.extensions["tipline"].identity.pseudonym(OFFICER)
    assert "before a 15 min lockout" in officer.send("PIN 111111")[0]
    officer.send("PIN 222222")
    assert "locked for 15 more min" in officer.send("PIN 333333")[0]
    assert 14 * 60 < redis.ttl(keys.officer_pin_failures(p)) <= 15 * 60
    redis.delete(keys.officer_pin_failures(p))            # the first lockout ends
    assert "before a 30 min lockout" in officer.send("PIN 444444")[0]
    officer.send("PIN 555555")
    assert "locked for 30 more min" in officer.send("PIN 666666")[0]
    assert 29 * 60 < redis.ttl(keys.officer_pin_failures(p)) <= 30 * 60
    redis.delete(keys.officer_pin_failures(p))
    for pin in ("111112", "111113", "111114"):
        officer.send(f"PIN {pin}")
    assert 59 * 60 < redis.ttl(keys.officer_pin_failures(p)) <= 60 * 60   # 15, 30, 60 ...
    redis.delete(keys.officer_pin_failures(p))
    assert "Unlocked" in officer.send(f"PIN {PIN}")[0]     # a right PIN ends the series
    assert not redis.exists(keys.officer_pin_lockouts(p))
    assert "before a 15 min lockout" in officer.send("PIN 999999")[0]


def test_lockouts_are_capped_at_a_day():
    from bot.officers.pins import lockout_minutes

    assert [lockout_minutes(15, n) for n in (1, 2, 3, 4)] == [15, 30, 60, 120]
    assert lockout_minutes(15, 40) == 24 * 60


def test_pins_are_required_by_default_outside_local_mode(config):
    outside = {k: v for k, v in config.items() if k != "OFFICER_PIN_REQUIRED"}
    assert create_app(outside).config["OFFICER_PIN_REQUIRED"] is True
    local = create_app({k: v for k, v in outside.items() if k != "TWILIO_ACCOUNT_SID"})
    assert local.config["LOCAL_MODE"] and local.config["OFFICER_PIN_REQUIRED"] is False
    assert create_app({**outside, "OFFICER_PIN_REQUIRED": "false"}).config["OFFICER_PIN_REQUIRED"] is False
