"""One alert by SMS, email and voice (issue 12): an alert composed by text reaches
email and voice subscribers too, through a real SMTP server on 127.0.0.1 and the
fake Twilio's Calls API; one-click unsubscribe (RFC 8058), press 1 / press 9, call
status callbacks, bounces and complaints, quiet hours, opt-out at send time, and
the dashboard's per-channel counts and series."""
from __future__ import annotations

import time
from datetime import datetime
from urllib.parse import urlsplit
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest

from bot.alerts import channel_texts, channels, geo, signup, store, subscribers, tally
from bot.messaging import channels as transport
from bot.store import keys
from tests.helpers import ALERT_TEXT, email_config

MOBILE = "+447700900311"
EMAIL = "farmer@example.org"
LANDLINE = "+441761400200"
BA3 = geo.Place("uk", "BA3 5QE", 51.232096, -2.463952)


@pytest.fixture()
def config(config, smtp):
    return email_config(config, smtp)


def resident(services, verify=True, **kw):
    s = signup.upsert(services, schemes_cats={"FARMWATCH": []}, place=BA3, **kw)
    if verify:
        for m in s.members.values():
            subscribers.mark_verified(services.redis, m)
    return s


def send_alert(officer, preview_code, worker, text=ALERT_TEXT):
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {text}"))
    officer.send(f"SEND {code}")
    worker()
    return code


def test_sms_alert_reaches_email_and_voice_subscribers_once_each(services, officer, preview_code, worker,
                                                                fake_twilio, smtp, make_phone):
    a = resident(services, phone=MOBILE, email=EMAIL)
    b = resident(services, phone=LANDLINE, phone_channel="voice")
    resident(services, verify=False, email="not-yet@example.org")           # unverified: nothing
    code = send_alert(officer, preview_code, worker)
    assert [m["to"] for m in fake_twilio.messages] == [MOBILE]
    assert [e["to"] for e in smtp.envelopes] == [[EMAIL]]
    assert [c["to"] for c in fake_twilio.calls] == [LANDLINE]
    mail = smtp.messages[0]
    assert mail["Subject"].startswith("Farm Watch alert: ") and mail["Message-ID"].endswith("@asp.test>")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail["List-Unsubscribe"].startswith("<https://tips.example.test/alerts/unsubscribe/")
    plain, html = mail.get_body(("plain",)).get_content(), mail.get_body(("html",)).get_content()
    assert ALERT_TEXT in plain and ALERT_TEXT in html and "<html" in html and "CAD-" in plain
    call = fake_twilio.calls[0]
    twiml = ElementTree.fromstring(call["twiml"])
    gather = twiml.find("Gather")
    assert gather.get("action") == "https://tips.example.test/alerts/voice/gather" and gather.get("numDigits") == "1"
    says = [s.text for s in gather.findall("Say")]
    assert says[0] == says[1] and ALERT_TEXT in says[0] and "Press 1" in says[2] and "Press 9" in says[2]
    assert set(call["status_callback_event"]) == {"initiated", "ringing", "answered", "completed"}
    assert call["status_callback"] == "https://tips.example.test/alerts/voice/status"
    # again: nothing more (one send per alert x contact)
    from bot.alerts import fanout
    with services and officer.client.application.app_context():
        fanout.drain_alert(code)
    assert len(fake_twilio.messages) == 1 and len(smtp.messages) == 1 and len(fake_twilio.calls) == 1
    # the call's status callbacks, signed; answered = delivered
    for status in ("ringing", "in-progress", "completed"):
        assert officer.post("/alerts/voice/status", {"CallSid": call["sid"], "CallStatus": status}).status_code == 204
    assert officer.post("/alerts/voice/status", {"CallSid": call["sid"], "CallStatus": "busy"},
                        signature="bad").status_code == 403
    board = tally.by_channel(services.redis, code)
    assert board["sms"]["sent"] == 1 and board["email"]["sent"] == 1 and board["voice"]["delivered"] == 1
    assert all(board[ch]["queued"] == 0 for ch in board)
    series = tally.timeline(services.redis, code)
    assert series and sum(r.get("sent", 0) for r in series) >= 3 and all(r["minute"] % 60 == 0 for r in series)
    assert a.resident != b.resident


def test_one_click_unsubscribe_is_a_post_and_a_scanner_get_changes_nothing(app, services, officer, preview_code,
                                                                         worker, smtp):
    s = resident(services, email=EMAIL)
    send_alert(officer, preview_code, worker)
    url = smtp.messages[0]["List-Unsubscribe"].strip("<>")
    path = urlsplit(url).path
    client = app.test_client()
    page = client.get(path, base_url="https://tips.example.test")
    assert page.status_code == 200 and b"<form method=\"post\">" in page.data
    assert subscribers.may_send(services.redis, s.members["email"])
    done = client.post(path, data={"List-Unsubscribe": "One-Click"}, base_url="https://tips.example.test")
    assert done.status_code == 200 and b"no more" in done.data
    assert not subscribers.may_send(services.redis, s.members["email"])
    assert client.post(path[:-3] + "xyz", base_url="https://tips.example.test").status_code == 400
    smtp.reset()
    replies = officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}")
    assert "No one would get this alert" in replies[0]
    assert smtp.messages == []


def test_press_1_repeats_and_press_9_stops_calls(services, officer, preview_code, worker, fake_twilio):
    s = resident(services, phone=LANDLINE, phone_channel="voice")
    send_alert(officer, preview_code, worker)
    sid = fake_twilio.calls[0]["sid"]
    again = officer.post("/alerts/voice/gather", {"CallSid": sid, "Digits": "1"})
    assert again.status_code == 200 and ALERT_TEXT in again.get_data(as_text=True)
    stop = officer.post("/alerts/voice/gather", {"CallSid": sid, "Digits": "9"})
    assert "no more alert calls" in stop.get_data(as_text=True)
    assert not subscribers.may_send(services.redis, s.members["voice"])
    assert officer.post("/alerts/voice/gather", {"CallSid": sid, "Digits": "9"}, signature="x").status_code == 403


def test_busy_call_is_a_failure_and_frees_its_slot(services, officer, preview_code, worker, fake_twilio):
    resident(services, phone=LANDLINE, phone_channel="voice")
    code = send_alert(officer, preview_code, worker)
    sender = services.caller.sender_id
    assert services.redis.zcard(keys.call_slots(sender)) == 1
    officer.post("/alerts/voice/status", {"CallSid": fake_twilio.calls[0]["sid"], "CallStatus": "busy"})
    assert services.redis.zcard(keys.call_slots(sender)) == 0
    assert tally.by_channel(services.redis, code)["voice"]["failed"] == 1


def test_calls_in_parallel_slots(services, config):
    limit = config.get("VOICE_CALLS_IN_PARALLEL") or services.config["VOICE_CALLS_IN_PARALLEL"]
    got = [transport.take_slot(services, f"call-{i}") for i in range(limit + 2)]
    assert got == [True] * limit + [False, False]
    assert transport.take_slot(services, "call-0")          # held already: still ours
    transport.free_slot(services, "call-0")
    assert transport.take_slot(services, f"call-{limit}")


def test_bounce_and_complaint_are_failures_a_complaint_unsubscribes(services, officer, preview_code, worker, smtp,
                                                                   app):
    s = resident(services, email=EMAIL)
    code = send_alert(officer, preview_code, worker)
    mid = smtp.messages[0]["Message-ID"]
    delay = dsn(mid, "4.2.2", "delayed")
    runner = app.test_cli_runner()
    out = runner.invoke(args=["alerts", "ingest-dsn", "-"], input=delay)
    assert "not a bounce" in out.output and tally.by_channel(services.redis, code)["email"]["failed"] == 0
    out = runner.invoke(args=["alerts", "ingest-dsn", "-"], input=arf(mid))
    assert "complaint, 1 alert email" in out.output, out.output
    assert tally.by_channel(services.redis, code)["email"]["failed"] == 1
    assert not subscribers.may_send(services.redis, s.members["email"])
    assert services.redis.hget(keys.outbound(keys.alert_send(code, s.members["email"])), "reason") == b"complaint"


def test_hard_bounce_marks_failed_and_stops_the_address(services, officer, preview_code, worker, smtp, app):
    s = resident(services, email=EMAIL)
    code = send_alert(officer, preview_code, worker)
    out = app.test_cli_runner().invoke(args=["alerts", "ingest-dsn", "-"],
                                       input=dsn(smtp.messages[0]["Message-ID"], "5.1.1", "failed"))
    assert "bounced, 1" in out.output
    assert tally.by_channel(services.redis, code)["email"]["failed"] == 1
    assert not subscribers.may_send(services.redis, s.members["email"])    # as the webhook's hard bounce


def test_refused_recipient_is_a_failure_not_a_retry(services, officer, preview_code, worker, smtp):
    resident(services, email=EMAIL)
    smtp.refuse(EMAIL, 550)
    code = send_alert(officer, preview_code, worker)
    assert tally.by_channel(services.redis, code)["email"]["failed"] == 1 and smtp.messages == []


def test_transient_smtp_refusal_is_retried(services, smtp, redis, app):
    s = resident(services, email=EMAIL)
    alert = {"id": "A-77", "text": "x", "schemes": ["FARMWATCH"], "incident": "CAD-1", "body": "x"}
    smtp.refuse(EMAIL, 451)
    from bot.messaging.outbound import TransientSendError
    build = lambda to, mid: channel_texts.email_message(alert, services.config, to, mid, "https://x/u")  # noqa: E731
    with pytest.raises(TransientSendError):
        transport.deliver_email(services, s.members["email"][1:], build, "alert:A-77:" + s.members["email"])
    smtp.refused.clear()
    assert transport.deliver_email(services, s.members["email"][1:], build,
                                   "alert:A-77:" + s.members["email"]) == "sent"
    assert len(smtp.messages) == 1


def test_opted_out_at_send_time_is_skipped(services, smtp, app):
    s = resident(services, email=EMAIL)
    alert_id = store.new_id(services.redis)
    pipe = services.redis.pipeline()
    store.save(pipe, {"id": alert_id, "state": "sending", "text": "x", "schemes": ["FARMWATCH"], "body": "x"})
    pipe.execute()
    subscribers.unsubscribe(services.redis, s.members["email"], 86400)
    with app.app_context():
        assert channels.deliver_to(services, alert_id, s.members["email"], None) == "skipped"
    assert smtp.messages == []


def quiet_now() -> tuple[str, str]:
    """Quiet hours that hold now: from an hour ago to two hours ahead (London time)."""
    now = datetime.now(ZoneInfo("Europe/London"))
    return f"{(now.hour - 1) % 24:02d}:00", f"{(now.hour + 2) % 24:02d}:00"


def test_quiet_hours_hold_texts_calls_and_emails_until_morning(services, officer, preview_code, worker,
                                                                fake_twilio, smtp, app):
    tz = ZoneInfo("Europe/London")
    quiet = quiet_now()
    s = resident(services, phone=MOBILE, email=EMAIL, quiet=quiet)
    code = send_alert(officer, preview_code, worker)
    assert fake_twilio.messages == [] and smtp.messages == []
    board = tally.by_channel(services.redis, code)
    assert board["sms"]["held"] == 1 and board["email"]["held"] == 1 and board["email"]["sent"] == 0
    until = services.redis.zscore(keys.alert_held(code), s.members["sms"])
    assert services.redis.zscore(keys.alert_held(code), s.members["email"]) == until
    assert datetime.fromtimestamp(until, tz).hour == int(quiet[1][:2]) and until > time.time()
    assert channels.release_held_due(services, now=until - 10) == []
    with app.app_context():
        assert channels.release_held_due(services, now=until + 1) == [code]
    assert [m["to"] for m in fake_twilio.messages] == [MOBILE] and [e["to"] for e in smtp.envelopes] == [[EMAIL]]
    board = tally.by_channel(services.redis, code)
    assert board["sms"]["sent"] == 1 and board["email"]["sent"] == 1 and board["email"]["held"] == 0
    with app.app_context():
        assert channels.release_held_due(services, now=until + 2) == []
    assert len(fake_twilio.messages) == 1 and len(smtp.messages) == 1


def test_an_urgent_alert_is_not_held_on_any_channel(app, services, fake_twilio, smtp, worker):
    from bot.alerts import lifecycle

    resident(services, phone=MOBILE, email=EMAIL, quiet=quiet_now())
    resident(services, phone=LANDLINE, phone_channel="voice", quiet=quiet_now())
    alert = lifecycle.create_draft(services, "staff:1", schemes=["FARMWATCH"], text=ALERT_TEXT, urgency="urgent",
                                   circle=(BA3.lat, BA3.lon, 5000))
    with app.app_context():
        lifecycle.send_now(services, alert["id"], "staff:1")
    worker()
    assert [m["to"] for m in fake_twilio.messages] == [MOBILE] and [e["to"] for e in smtp.envelopes] == [[EMAIL]]
    assert [c["to"] for c in fake_twilio.calls] == [LANDLINE]
    board = tally.by_channel(services.redis, alert["id"])
    assert all(board[ch]["held"] == 0 for ch in board) and board["email"]["sent"] == 1


def test_halt_stops_those_still_held(services, officer, preview_code, worker, fake_twilio, app):
    now = datetime.now(ZoneInfo("Europe/London"))
    s = resident(services, phone=MOBILE, quiet=(f"{(now.hour - 1) % 24:02d}:00", f"{(now.hour + 2) % 24:02d}:00"))
    code = send_alert(officer, preview_code, worker)
    assert store.state(services.redis, code) == "done" and fake_twilio.messages == []
    [reply] = officer.send(f"HALT {code}")
    assert f"Halted {code}" in reply and "0 texts had already gone" in reply
    until = services.redis.zscore(keys.alert_held(code), s.members["sms"])
    with app.app_context():
        channels.release_held_due(services, now=until + 1)
    assert fake_twilio.messages == [] and tally.by_channel(services.redis, code)["sms"]["halted"] == 1


def test_a_later_app_with_the_same_alert_id_sends_its_own_alert(config, services, smtp, app):
    """Alerts read for sending are cached per app: another app (a later test, after a
    flush) with an alert of the same id must send its own text, not the first app's."""
    from bot import create_app

    def alert_and_resident(svc, text):
        member = resident(svc, email=EMAIL).members["email"]
        pipe = svc.redis.pipeline()
        store.save(pipe, {"id": "A-1", "state": "sending", "text": text, "schemes": ["FARMWATCH"],
                          "incident": "CAD-1", "body": text})
        pipe.execute()
        return member

    m = alert_and_resident(services, "First alert: cattle loose")
    with app.app_context():
        assert channels.deliver_to(services, "A-1", m, None) == "sent"
    services.redis.flushdb()                       # as between two tests
    other = create_app(config)
    svc = other.extensions["tipline"]
    m = alert_and_resident(svc, "Second alert: a lorry on fire")
    with other.app_context():
        assert channels.deliver_to(svc, "A-1", m, None) == "sent"
    svc.mailer.close()
    bodies = [msg.get_body(("plain",)).get_content() for msg in smtp.messages]
    assert "cattle loose" in bodies[0] and "lorry on fire" in bodies[1] and "cattle" not in bodies[1]


def test_quiet_until_across_midnight():
    tz = "Europe/London"
    at_23 = datetime(2026, 1, 10, 23, 30, tzinfo=ZoneInfo(tz)).timestamp()
    release = channels.quiet_until(("22:00", "07:00"), at_23, tz)
    assert datetime.fromtimestamp(release, ZoneInfo(tz)) == datetime(2026, 1, 11, 7, 0, tzinfo=ZoneInfo(tz))
    assert channels.quiet_until(("22:00", "07:00"), at_23 - 3 * 3600, tz) is None
    assert channels.quiet_until(None, at_23, tz) is None


def dsn(mid: str, status: str, action: str) -> bytes:
    return f"""From: MAILER-DAEMON@mx.example.org
To: alerts@asp.test
Subject: Delivery Status Notification
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

Your message could not be delivered.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; {EMAIL}
Action: {action}
Status: {status}

--b1
Content-Type: text/rfc822-headers

Message-ID: {mid}
Subject: Farm Watch alert

--b1--
""".encode()


def arf(mid: str) -> bytes:
    return f"""From: fbl@isp.example
To: alerts@asp.test
Subject: complaint
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="b2"

--b2
Content-Type: text/plain

This is an abuse report.

--b2
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: test/1.0
Version: 1

--b2
Content-Type: message/rfc822

From: alerts@asp.test
Message-ID: {mid}
Subject: Farm Watch alert

body
--b2--
""".encode()
