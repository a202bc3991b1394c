"""Residents' replies to an alert (signed webhooks): a bare 1-5 is a rating (their latest
counts), a thanks is kept and acknowledged, anything else is kept on the alert and goes
through the tip line as a tip marked as a reply to the alert; texts from people the alert
did not reach, or sent after ALERT_REPLY_DAYS, are ordinary texts."""
from __future__ import annotations

import re
import time

import pytest

from bot.alerts import replies
from bot.store import keys
from tests.helpers import ALERT_TEXT

NEAR = ["+447700900301", "+447700900302"]
FAR = "+447700900304"


@pytest.fixture()
def sent_alert(officer, make_phone, worker, preview_code, fake_twilio):
    make_phone(NEAR[0]).send("JOIN FARMWATCH BA3 5QE")
    make_phone(NEAR[1]).send("JOIN FARMWATCH BA3 5QF")
    make_phone(FAR).send("JOIN FARMWATCH BA1 0AA")
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"SEND {code}")
    worker()
    assert sorted(m["to"] for m in fake_twilio.messages) == sorted(NEAR)
    return code


def test_a_bare_number_is_a_rating_and_the_latest_counts(sent_alert, make_phone, redis):
    [thanks] = make_phone(NEAR[0]).send("4")
    assert "rated the alert CAD-" in thanks and "4 out of 5" in thanks
    make_phone(NEAR[0]).send("5/5")            # changed their mind: counts once
    make_phone(NEAR[1]).send(" 2 ")
    summary = replies.rating_summary(redis, sent_alert)
    assert summary["count"] == 2 and summary["by"][5] == 1 and summary["by"][2] == 1 and summary["average"] == 3.5
    assert replies.listed(redis, sent_alert) == []        # ratings are not replies


def test_a_reply_with_information_becomes_a_tip_marked_as_a_reply(sent_alert, make_phone, redis, services):
    phone = make_phone(NEAR[0])
    first = phone.send("Saw two men loading cattle into a white Transit AB12 CDE on the A39 at 6am")
    assert first and "anonymous" in first[0].lower()              # the tip line's own welcome
    [kept] = replies.listed(redis, sent_alert)
    assert "white Transit" in kept["text"] and re.fullmatch(r"T-[A-Z0-9]{4,6}", kept["tip_id"])
    out = phone.send("SEND")
    assert kept["tip_id"] in " ".join(out)
    assert redis.hget(keys.tip(kept["tip_id"]), "reply_to_alert").decode() == sent_alert
    assert NEAR[0][-6:] not in str(redis.lrange(keys.alert_replies(sent_alert), 0, -1))


def test_a_rating_inside_a_tip_draft_stays_an_answer(sent_alert, make_phone, redis):
    phone = make_phone(NEAR[1])
    phone.send("There is a red van parked by the gate on Church Lane")
    phone.send("3")
    assert replies.rating_summary(redis, sent_alert)["count"] == 0


def test_thanks_is_kept_and_no_tip(sent_alert, make_phone, redis, services):
    [answer] = make_phone(NEAR[1]).send("Thanks!")
    assert answer.startswith("Thank you.")
    [kept] = replies.listed(redis, sent_alert)
    assert kept["text"] == "Thanks!" and kept["tip_id"] == ""
    assert services.redis.zcard(keys.TIPS_BY_TIME) == 0


def test_people_the_alert_did_not_reach_and_late_replies_are_ordinary_texts(sent_alert, make_phone, redis, app,
                                                                            services):
    make_phone(FAR).send("4")
    assert replies.rating_summary(redis, sent_alert)["count"] == 0
    p = services.identity.pseudonym(NEAR[0])     # the alert went out ALERT_REPLY_DAYS and a minute ago
    went = time.time() - app.config["ALERT_REPLY_DAYS"] * 86400 - 60
    redis.set(keys.alert_last(p), f"{sent_alert} {went:.0f}")
    make_phone(NEAR[0]).send("5")
    assert replies.rating_summary(redis, sent_alert)["count"] == 0


@pytest.fixture()
def sent_spanish_alert(officer, make_phone, worker, preview_code, fake_twilio):
    make_phone(NEAR[0]).send("UNIRSE FARMWATCH BA3 5QE")         # a Spanish command word: Spanish chosen
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"SEND {code}")
    worker()
    assert [m["to"] for m in fake_twilio.messages] == [NEAR[0]]   # (an ALERT by SMS has one text: the default's)
    return code


def test_a_spanish_resident_rates_and_thanks_in_spanish(sent_spanish_alert, make_phone, redis):
    phone = make_phone(NEAR[0])
    [rated] = phone.send("4 de 5")
    assert rated.startswith("Gracias: ha valorado la alerta CAD-") and rated.endswith("con 4 de 5.")
    assert replies.rating_summary(redis, sent_spanish_alert)["by"][4] == 1
    [thanks] = phone.send("¡Muchas gracias!")
    assert thanks.startswith("Gracias. Para informar de algo, envienos los detalles")   # sent GSM-7
    assert [r["text"] for r in replies.listed(redis, sent_spanish_alert)] == ["¡Muchas gracias!"]
