"""POST /alerts/email/events: the mail provider's bounce and complaint webhook (issue 12).
Signed with HMAC-SHA256 of the raw body (EMAIL_EVENTS_SECRET); 404 while unset, 403 on a
bad signature, 400 on a body that is not the JSON it takes, never a 500. Recorded by the
same code as `flask alerts ingest-dsn` (bot.alerts.bounces.record): the alert's email is
failed, and a hard bounce or a complaint stops email to that address."""
from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from bot.alerts import geo, lifecycle, signup, subscribers, tally
from bot.store import keys

SECRET = "provider-shared-secret"
PATH = "/alerts/email/events"
BA3 = geo.Place("uk", "BA3 5QE", 51.232096, -2.463952)
EMAIL = "farmer@example.org"


@pytest.fixture()
def app(config, smtp):
    from bot import create_app

    return create_app({**config, "SMTP_URL": smtp.url, "SMTP_STARTTLS": "off", "EMAIL_EVENTS_SECRET": SECRET,
                       "ALERT_EMAIL_FROM": "ASP alerts <alerts@asp.test>"})


def resident(services, email=EMAIL):
    s = signup.upsert(services, schemes_cats={"FARMWATCH": []}, place=BA3, email=email)
    for m in s.members.values():
        subscribers.mark_verified(services.redis, m)
    return s.members["email"]


def send_alert(app, services, worker, text="Cattle loose on the A362 near Farrington Gurney") -> str:
    alert = lifecycle.create_draft(services, "staff:1", schemes=["FARMWATCH"], text=text,
                                   circle=(BA3.lat, BA3.lon, 5000))
    with app.app_context():
        lifecycle.send_now(services, alert["id"], "staff:1")
    worker()
    return alert["id"]


def post(app, body, secret=SECRET, header="X-Signature", prefix="sha256="):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    sig = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return app.test_client().post(PATH, data=raw, headers={header: prefix + sig},
                                  content_type="application/json", base_url="https://tips.example.test")


def test_a_hard_bounce_fails_the_email_and_stops_the_address(app, services, smtp, worker):
    m = resident(services)
    code = send_alert(app, services, worker)
    mid = smtp.messages[0]["Message-ID"]
    resp = post(app, {"event": "bounce", "type": "hard", "message_id": mid})
    assert resp.status_code == 200 and resp.get_json() == {"events": 1, "failed": 1, "stopped": 1}
    assert tally.by_channel(services.redis, code)["email"]["failed"] == 1
    assert services.redis.hget(keys.outbound(keys.alert_send(code, m)), "reason") == b"bounced"
    assert not subscribers.may_send(services.redis, m)
    send_alert(app, services, worker, text="Second alert: a lorry on fire on the A37")
    assert len(smtp.messages) == 1                     # no more email to that address


def test_a_soft_bounce_fails_the_email_and_stops_nothing(app, services, smtp, worker):
    m = resident(services)
    code = send_alert(app, services, worker)
    mid = smtp.messages[0]["Message-ID"].strip("<>")   # without its angle brackets: taken as the same
    resp = post(app, [{"event": "bounce", "type": "soft", "message_id": mid}])
    assert resp.status_code == 200 and resp.get_json()["failed"] == 1 and resp.get_json()["stopped"] == 0
    assert services.redis.hget(keys.outbound(keys.alert_send(code, m)), "reason") == b"bounced_soft"
    assert subscribers.may_send(services.redis, m)


def test_a_complaint_by_address_only_fails_the_latest_alert_email_and_unsubscribes(app, services, smtp, worker):
    m = resident(services)
    resident(services, email="neighbour@example.org")
    send_alert(app, services, worker)
    code = send_alert(app, services, worker, text="Second alert: a lorry on fire on the A37")
    resp = post(app, {"event": "complaint", "address": "Farmer@Example.org"})
    assert resp.status_code == 200 and resp.get_json() == {"events": 1, "failed": 1, "stopped": 1}
    assert services.redis.hget(keys.outbound(keys.alert_send(code, m)), "reason") == b"complaint"
    assert tally.by_channel(services.redis, code)["email"]["failed"] == 1
    assert not subscribers.may_send(services.redis, m)
    assert subscribers.may_send(services.redis, subscribers.member(
        "email", services.identity.email_pseudonym("neighbour@example.org")))


def test_unknown_message_ids_and_addresses_change_nothing(app, services, smtp, worker):
    m = resident(services)
    send_alert(app, services, worker)
    resp = post(app, [{"event": "bounce", "message_id": "<nothing-of-ours@elsewhere.example>"},
                      {"event": "complaint", "address": "stranger@example.net"}])
    assert resp.status_code == 200 and resp.get_json() == {"events": 2, "failed": 0, "stopped": 0}
    assert subscribers.may_send(services.redis, m)


def test_bad_signature_is_403_and_records_nothing(app, services, smtp, worker):
    m = resident(services)
    send_alert(app, services, worker)
    body = {"event": "complaint", "address": EMAIL}
    assert post(app, body, secret="wrong-secret").status_code == 403
    assert post(app, body, header="X-Other").status_code == 403             # no signature at all
    raw = json.dumps(body).encode()
    sig = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    tampered = raw.replace(EMAIL.encode(), b"farmer2@example.org")
    resp = app.test_client().post(PATH, data=tampered, headers={"X-Signature": sig},
                                  content_type="application/json")
    assert resp.status_code == 403
    assert subscribers.may_send(services.redis, m)
    assert post(app, body, prefix="").status_code == 200                    # the bare hex digest is taken too
    assert not subscribers.may_send(services.redis, m)


@pytest.mark.parametrize("body", [
    b"not json", b"", b"\xff\xfe", b"[]", b"null", b"42", b'"bounce"', b"{}",
    json.dumps({"event": "delivered", "address": EMAIL}).encode(),
    json.dumps({"event": "bounce", "type": "sideways", "address": EMAIL}).encode(),
    json.dumps({"event": "bounce"}).encode(),
    json.dumps({"event": "bounce", "message_id": 12}).encode(),
    json.dumps({"event": "bounce", "message_id": "no-at-sign"}).encode(),
    json.dumps({"event": "complaint", "address": ["a@b.c"]}).encode(),
    json.dumps([{"event": "complaint", "address": EMAIL}] * 101).encode(),
    json.dumps([{"event": "complaint", "address": EMAIL}, "x"]).encode(),
])
def test_bad_bodies_are_400_never_500(app, body):
    resp = post(app, body)
    assert resp.status_code == 400 and resp.get_json()["error"]


def test_a_bad_address_is_not_a_500(app):
    resp = post(app, {"event": "complaint", "address": "not an address"})
    assert resp.status_code == 200 and resp.get_json() == {"events": 1, "failed": 0, "stopped": 0}


def test_too_large_is_413(app):
    assert post(app, b"[" + b" " * 70_000 + b"]").status_code == 413


def test_no_secret_no_endpoint(config):
    from bot import create_app

    app = create_app({**config, "EMAIL_EVENTS_SECRET": ""})
    assert post(app, {"event": "complaint", "address": EMAIL}).status_code == 404
