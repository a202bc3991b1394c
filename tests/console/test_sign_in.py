"""Sign-in: a password, then a TOTP or recovery code. No way in without the second factor."""
from __future__ import annotations

import pyotp

from bot.console import account_admin, accounts
from bot.officers import audit


def test_sign_in_takes_email_password_then_code(console, staff_factory):
    login = staff_factory("officer")
    client = console()
    page = client.get("/console/login").get_data(as_text=True)
    assert 'name="email"' in page and 'name="password"' in page and 'name="csrf_token"' in page
    resp = client.post("/console/login", {"email": login.email, "password": login.password})
    assert resp.status_code == 302 and resp.location.endswith("/console/login/code")
    page = client.get("/console/login/code").get_data(as_text=True)
    assert 'name="code"' in page and 'name="csrf_token"' in page
    resp = client.post("/console/login/code", {"code": login.code()})
    assert resp.status_code == 302 and resp.location.endswith("/console/tips")
    assert client.get("/console/tips").status_code == 200


def test_a_right_password_alone_reaches_nothing(console, staff_factory, access, world, app):
    login = staff_factory("admin")
    client = console()
    assert client.sign_in_password(login).status_code == 302
    for endpoint, route in access.ROUTES.items():
        if route.level not in ("public", "pending") and "GET" in route.methods:
            resp = client.get(route.path(app, endpoint, world))
            assert resp.status_code == 302 and "/console/login" in resp.location, endpoint


def test_the_email_is_not_case_sensitive(console, staff_factory):
    login = staff_factory("officer", email="case@police.example.test")
    client = console()
    assert client.sign_in_password(login, email="  CASE@Police.Example.Test ").status_code == 302


def test_a_wrong_password_an_unknown_email_and_a_disabled_account_get_the_same_answer(console, staff_factory,
                                                                                       services):
    login = staff_factory("officer")
    staff_factory("admin")
    off = staff_factory("officer")
    account_admin.set_active(services, off.id, False, by=None)
    answers = [console().sign_in_password(login, password="wrong wrong wrong"),
               console().sign_in_password(login, email="nobody@police.example.test"),
               console().sign_in_password(off)]
    for resp in answers:
        assert resp.status_code == 200
        assert "The email or password is not right." in resp.get_data(as_text=True)


def test_a_wrong_code_is_refused(console, staff_factory):
    login = staff_factory("officer")
    client = console()
    client.sign_in_password(login)
    resp = client.sign_in_code("123456" if login.code() != "123456" else "654321")
    assert resp.status_code == 200 and "not right" in resp.get_data(as_text=True)
    assert client.get("/console/tips").status_code == 302


def test_a_totp_code_works_once(console, staff_factory):
    login = staff_factory("officer")
    code = pyotp.TOTP(login.totp_secret).now()
    console().sign_in(login, code=code)
    again = console()
    again.sign_in_password(login)
    assert again.sign_in_code(code).status_code == 200          # replayed: refused
    assert again.get("/console/tips").status_code == 302


def test_a_recovery_code_signs_in_once(console, staff_factory, redis):
    login = staff_factory("officer")
    code = login.recovery_codes[3]
    client = console()
    client.sign_in_password(login)
    resp = client.sign_in_code(code.upper().replace("-", " "))     # typed loosely
    assert resp.status_code == 302
    assert "9 left" in client.get("/console/tips").get_data(as_text=True)
    assert accounts.recovery_codes_left(redis, login.id) == 9
    again = console()
    again.sign_in_password(login)
    assert again.sign_in_code(code).status_code == 200
    assert any(e["action"] == "console_login" and "recovery code" in e["detail"] for e in audit.entries(redis))


def test_an_account_not_yet_enrolled_cannot_sign_in(console, services):
    accounts.create(services, email="pending@police.example.test", name="Not Yet", role="admin")
    client = console()
    client.get("/console/login")
    resp = client.post("/console/login", {"email": "pending@police.example.test", "password": "any password at all"})
    assert resp.status_code == 200
    assert client.get("/console/tips").status_code == 302


def test_the_half_signed_in_state_expires(console, staff_factory, monkeypatch):
    import time as real_time

    from bot.console import blueprint

    login = staff_factory("officer")
    client = console()
    client.sign_in_password(login)
    later = real_time.time() + 301
    monkeypatch.setattr(blueprint.time, "time", lambda: later)
    resp = client.get("/console/login/code")
    assert resp.status_code == 302 and resp.location.endswith("/console/login")


def test_sign_in_returns_to_the_page_asked_for_but_only_on_the_console(console, staff_factory):
    login = staff_factory("admin")
    client = console()
    resp = client.get("/console/staff")
    assert resp.status_code == 302 and "next=" in resp.location
    client.get(resp.location)
    client.sign_in_password(login)
    client.get("/console/login/code")
    assert client.sign_in_code(login.code()).location.endswith("/console/staff")
    evil = console()
    evil.get("/console/login?next=//evil.example/console/")
    evil.sign_in_password(login)
    evil.get("/console/login/code")
    assert evil.sign_in_code(login.code()).location.endswith("/console/tips")


def test_sign_out_ends_the_session_on_the_server(console, staff_factory, redis):
    client = console().sign_in(staff_factory("officer"))
    sessions_before = len(list(redis.scan_iter(match="tl:console:session:*")))
    resp = client.post("/console/logout")
    assert resp.status_code == 302 and "signed_out" in resp.location
    assert client.get("/console/tips").status_code == 302
    assert len(list(redis.scan_iter(match="tl:console:session:*"))) < sessions_before
    assert [e["action"] for e in audit.entries(redis)][-1] == "console_logout"


def test_sign_out_is_a_post_with_a_csrf_token(console, staff_factory):
    client = console().sign_in(staff_factory("officer"))
    assert client.get("/console/logout").status_code == 405
    assert client.post("/console/logout", csrf=False).status_code == 400
    assert client.get("/console/tips").status_code == 200
