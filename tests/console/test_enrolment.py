"""Enrolment from the one-time link: the person sets a password and enrols TOTP (QR code
as inline SVG and the secret as text in #totp-secret), and gets 10 recovery codes, shown once."""
from __future__ import annotations

import re
import time

import pyotp
import pytest

from bot.console import account_admin, accounts
from bot.officers import audit
from bot.store import keys

SECRET = re.compile(r'<code id="totp-secret"[^>]*>([A-Z2-7]+)</code>')
CODES = re.compile(r"<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>")
PASSWORD = "violet harbour marmalade 7"


@pytest.fixture()
def invited(services):
    person, token = accounts.create(services, email="new.starter@police.example.test", name="New Starter",
                                    role="officer")
    return person, f"/console/enrol/{token}"


def enrol(client, path, *, password=PASSWORD, confirm=None, code=None):
    page = client.get(path)
    assert page.status_code == 200
    secret = SECRET.search(page.get_data(as_text=True)).group(1)
    resp = client.post(path, {"password": password, "confirm": confirm or password,
                              "code": code or pyotp.TOTP(secret).now()})
    return resp, secret


def test_the_enrolment_page_shows_the_secret_as_text_and_a_qr_code_made_here(console, invited):
    _, path = invited
    html = console().get(path).get_data(as_text=True)
    secret = SECRET.search(html).group(1)
    assert len(secret) >= 32 and pyotp.TOTP(secret).now()
    assert '<svg' in html and 'class="qr"' in html
    assert "otpauth" not in html.split("<svg", 1)[1].split("</svg>", 1)[0]          # a picture, not a link
    assert not re.search(r'src="(https?:)?//', html)                               # no outside service
    assert 'name="csrf_token"' in html and 'name="password"' in html and 'name="code"' in html
    # the same secret on a reload, so a phone that scanned it stays right
    assert SECRET.search(console().get(path).get_data(as_text=True)).group(1) == secret


def test_enrolment_sets_password_and_totp_and_shows_ten_recovery_codes_once(console, invited, redis, redis_dump):
    person, path = invited
    client = console()
    resp, secret = enrol(client, path)
    assert resp.status_code == 200, resp.get_data(as_text=True)
    codes = CODES.findall(resp.get_data(as_text=True))
    assert len(codes) == 10 and len(set(codes)) == 10
    stored = accounts.load(redis, person.id)
    assert stored.enrolled and stored.password_hash.startswith("$argon2id$") and stored.totp
    dump = " ".join(f"{k} {v}" for k, v in redis_dump())
    assert secret not in dump, "the TOTP secret is kept sealed"
    for code in codes:
        assert code not in dump and code.replace("-", "") not in dump, "recovery codes are kept hashed"
    assert accounts.recovery_codes_left(redis, person.id) == 10
    assert [e["action"] for e in audit.entries(redis)][-1] == "console_enrolled"
    # the link worked once
    assert client.get(path).status_code == 404


def test_after_enrolment_the_person_signs_in_with_password_and_code(console, invited):
    person, path = invited
    resp, secret = enrol(console(), path)
    client = console()
    client.get("/console/login")
    assert client.post("/console/login", {"email": person.email, "password": PASSWORD}).status_code == 302
    client.get("/console/login/code")
    code = pyotp.TOTP(secret).at(time.time() + 30)      # the enrolment used this step's code
    assert client.post("/console/login/code", {"code": code}).location.endswith("/console/tips")
    assert client.get("/console/tips").status_code == 200


def test_a_wrong_code_or_weak_or_mismatched_password_is_refused_and_the_link_still_works(console, invited, redis):
    person, path = invited
    client = console()
    resp, _ = enrol(client, path, code="000000")
    assert resp.status_code == 400 and "code is not right" in resp.get_data(as_text=True)
    resp, _ = enrol(client, path, password="password1234")
    assert resp.status_code == 400 and "common passwords" in resp.get_data(as_text=True)
    resp, _ = enrol(client, path, confirm="something else entirely")
    assert resp.status_code == 400 and "not the same" in resp.get_data(as_text=True)
    assert not accounts.load(redis, person.id).enrolled
    assert enrol(client, path)[0].status_code == 200


def test_an_expired_or_made_up_link_is_refused(console, invited, redis):
    _, path = invited
    for key in redis.scan_iter(match=keys.staff_enrolment("*")):
        redis.delete(key)                         # what the 24 h expiry does
    assert console().get(path).status_code == 404
    assert console().get("/console/enrol/made-up-token-aaaaaaaaaaaaaaaaaaaaaaa").status_code == 404


def test_a_new_link_stops_the_old_one(console, invited, services):
    person, old_path = invited
    new_token = accounts.issue_enrolment(services, person.id)
    assert console().get(old_path).status_code == 404
    assert console().get(f"/console/enrol/{new_token}").status_code == 200


def test_a_disabled_account_cannot_enrol(console, invited, services, staff_factory):
    staff_factory("admin")
    person, path = invited
    account_admin.set_active(services, person.id, False, by=None)
    assert console().get(path).status_code == 404
