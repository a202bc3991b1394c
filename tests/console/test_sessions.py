"""Server-side sessions: a random ID in a Secure, HttpOnly, SameSite=Lax cookie and nothing
else; idle and absolute timeouts; a new ID at sign-in; sign-out everywhere on a password
change, a 2FA reset, or when the account is disabled."""
from __future__ import annotations

import hashlib
import json
import time

import pytest

from bot.console import account_admin, accounts, sessions
from bot.store import keys
from tests.helpers import TIPSTER


def set_cookie_headers(resp) -> list[str]:
    return [v for k, v in resp.headers.items() if k.lower() == "set-cookie"]


def stored(redis, sid: str) -> dict | None:
    raw = redis.get(keys.console_session(hashlib.sha256(sid.encode()).hexdigest()))
    return json.loads(raw) if raw else None


def test_the_cookie_is_secure_httponly_samesite_lax_and_holds_only_a_random_id(console, staff_factory, redis):
    login = staff_factory("officer")
    c = console()
    c.get("/console/login")
    resp = c.post("/console/login", {"email": login.email, "password": login.password})
    [header] = set_cookie_headers(resp)
    assert header.startswith("__Host-console=")
    flags = {part.strip().split("=")[0].lower() for part in header.split(";")[1:]}
    assert {"secure", "httponly", "samesite", "path"} <= flags and "domain" not in flags and "expires" not in flags
    assert "SameSite=Lax" in header and "Path=/" in header
    sid = c.session_id()
    assert len(sid) >= 43 and login.email not in sid and login.id not in sid
    assert stored(redis, sid)["staff_id"] == login.id          # the data is on the server, under a hash of the ID
    assert redis.get(keys.console_session(sid)) is None


def test_the_session_id_changes_at_each_sign_in_step(console, staff_factory):
    login = staff_factory("officer")
    client = console()
    client.get("/console/login")
    anonymous = client.session_id()
    assert anonymous
    client.post("/console/login", {"email": login.email, "password": login.password})
    half = client.session_id()
    client.get("/console/login/code")
    client.post("/console/login/code", {"code": login.code()})
    full = client.session_id()
    assert len({anonymous, half, full}) == 3


def test_an_id_planted_before_sign_in_is_worthless_after_it(console, staff_factory, redis):
    login = staff_factory("officer")
    victim = console()
    victim.get("/console/login")
    planted = victim.session_id()
    victim.sign_in(login)
    assert stored(redis, planted) is None
    attacker = console()
    attacker.http.set_cookie("__Host-console", planted, domain="tips.example.test", secure=True)
    assert attacker.get("/console/tips").status_code == 302


def test_the_idle_timeout_is_30_minutes(console, staff_factory, redis, monkeypatch):
    client = console().sign_in(staff_factory("officer"))
    sid = client.session_id()
    assert 29 * 60 < redis.ttl(keys.console_session(hashlib.sha256(sid.encode()).hexdigest())) <= 30 * 60
    now = time.time()
    monkeypatch.setattr(sessions.time, "time", lambda: now + 29 * 60)
    assert client.get("/console/tips").status_code == 200               # activity renews it
    monkeypatch.setattr(sessions.time, "time", lambda: now + 29 * 60 + 31 * 60)
    resp = client.get("/console/tips")
    assert resp.status_code == 302 and "/console/login" in resp.location
    assert stored(redis, sid) is None


def test_the_absolute_lifetime_ends_a_busy_session(app, console, staff_factory, monkeypatch):
    assert app.config["CONSOLE_SESSION_MAX_HOURS"] == 12
    client = console().sign_in(staff_factory("officer"))
    start = time.time()
    for minutes in range(20, 12 * 60, 20):     # a request every 20 minutes, all day
        monkeypatch.setattr(sessions.time, "time", lambda m=minutes: start + m * 60)
        assert client.get("/console/tips").status_code == 200, minutes
    monkeypatch.setattr(sessions.time, "time", lambda: start + 12 * 3600 + 5)
    assert client.get("/console/tips").status_code == 302


def test_the_timeouts_are_settings(config, console, staff_factory, monkeypatch):
    from bot import create_app

    app = create_app({**config, "CONSOLE_SESSION_IDLE_MINUTES": 5, "CONSOLE_SESSION_MAX_HOURS": 1})
    client = console(app).sign_in(staff_factory("officer"))
    now = time.time()
    monkeypatch.setattr(sessions.time, "time", lambda: now + 6 * 60)
    assert client.get("/console/tips").status_code == 302


@pytest.mark.parametrize("how", ["password change", "2FA reset", "disabled", "sign out everywhere"])
def test_sign_out_everywhere(how, console, staff_factory, services, redis):
    staff_factory("admin")
    login = staff_factory("officer")
    desk, phone = console().sign_in(login), console().sign_in(login)
    assert desk.get("/console/tips").status_code == phone.get("/console/tips").status_code == 200
    if how == "password change":
        resp = desk.post("/console/account/password", {"current": login.password, "password": "new kettle lantern 99",
                                                        "confirm": "new kettle lantern 99"})
        assert resp.status_code == 302
    elif how == "2FA reset":
        account_admin.reset_two_factor(services, login.id, by=None)
    elif how == "disabled":
        account_admin.set_active(services, login.id, False, by=None)
    else:
        assert desk.post("/console/account/sign-out-everywhere").status_code == 302
    assert desk.get("/console/tips").status_code == 302
    assert phone.get("/console/tips").status_code == 302
    assert not redis.smembers(keys.staff_sessions(login.id))


def test_a_revoked_session_is_dead_even_if_its_key_survived(console, staff_factory, redis, services):
    """The epoch check: a session made before a reset is refused whatever Redis still holds."""
    login = staff_factory("officer")
    client = console().sign_in(login)
    sid = client.session_id()
    key = keys.console_session(hashlib.sha256(sid.encode()).hexdigest())
    saved, ttl = redis.get(key), redis.ttl(key)
    accounts.revoke_sessions(redis, login.id)
    redis.set(key, saved, ex=ttl)          # as if the deletion had been missed
    assert client.get("/console/tips").status_code == 302


def test_a_request_in_flight_cannot_bring_back_a_signed_out_session(app, console, staff_factory, redis):
    login = staff_factory("officer")
    client = console().sign_in(login)
    sid = client.session_id()
    interface = app.session_interface
    with app.test_request_context("/console/tips", base_url="https://tips.example.test",
                                  headers={"Cookie": f"__Host-console={sid}"}):
        from flask import request

        loaded = interface.open_session(app, request)      # a poll loads the session ...
        accounts.revoke_sessions(redis, login.id)          # ... the person signs out everywhere ...
        loaded["touched"] = True
        interface.save_session(app, loaded, app.response_class())   # ... and the poll saves
    assert stored(redis, sid) is None


def test_the_webhooks_never_get_a_session_cookie(phone):
    resp = phone.post("/sms", {"From": TIPSTER, "To": "+447700900000", "Body": "hello", "MessageSid": "SM" + "1" * 32,
                               "NumMedia": "0"})
    assert resp.status_code == 200 and not set_cookie_headers(resp)


def test_in_local_mode_the_cookie_is_not_secure_so_http_on_127_0_0_1_works(local_app):
    client = local_app.test_client()
    resp = client.get("/console/login", base_url="http://127.0.0.1:5050")
    [header] = set_cookie_headers(resp)
    assert header.startswith("console_session=") and "Secure" not in header and "HttpOnly" in header
    assert "Strict-Transport-Security" not in resp.headers


def test_a_visitor_who_never_submits_a_form_leaves_no_session_behind_the_idle_timeout(console, redis):
    console().get("/console/login")
    [key] = list(redis.scan_iter(match="tl:console:session:*"))
    assert 0 < redis.ttl(key) <= 30 * 60


def test_after_the_idle_timeout_the_sign_in_page_says_why(console, staff_factory, monkeypatch):
    client = console().sign_in(staff_factory("officer"))
    later = time.time() + 31 * 60
    monkeypatch.setattr(sessions.time, "time", lambda: later)
    resp = client.get("/console/account")
    assert resp.status_code == 302 and "expired=1" in resp.location and "next=" in resp.location
    page = client.get(resp.location).get_data(as_text=True)
    assert "signed out after a period without activity" in page


def test_static_files_neither_read_nor_renew_the_session(console, staff_factory, redis):
    client = console().sign_in(staff_factory("officer"))
    key = keys.console_session(hashlib.sha256(client.session_id().encode()).hexdigest())
    redis.expire(key, 100)
    resp = client.get("/console/static/console.css")
    assert resp.status_code == 200 and not set_cookie_headers(resp)
    assert redis.ttl(key) <= 100
