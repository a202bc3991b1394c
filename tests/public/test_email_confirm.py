"""Email addresses are confirmed by a signed link whose page has one button: opening the
link (a GET, as mail scanners do) confirms nothing; pressing the button (a POST) does.
The emails go over real SMTP to a server on 127.0.0.1."""
from __future__ import annotations

import re

import pytest

from bot.alerts import selection, subscribers
from tests.helpers import ALERT_OFFICER, ALERT_TEXT
from tests.public.conftest import join_form

ADDRESS = "jo.resident@example.org"
MOBILE = "+447700900123"


@pytest.fixture()
def config(config, mailbox):
    return {**config, "SMTP_URL": mailbox.url, "ALERT_EMAIL_FROM": "ASP alerts <alerts@tips.example.test>"}


def _reach(redis) -> dict:
    return selection.count_by_channel(redis, {"schemes": ["FARMWATCH"], "categories": []})


def _path(url: str) -> str:
    return url.split("tips.example.test", 1)[1]


def test_the_link_page_confirms_only_when_its_button_is_pressed(resident, public, mailbox, worker, redis, services):
    resp = resident.post("/alerts/join", join_form(phone="", email="Jo.Resident@Example.ORG"))
    assert resp.status_code == 303
    worker()
    [message] = mailbox.to(ADDRESS)
    assert message["From"] == "ASP alerts <alerts@tips.example.test>"
    assert message["Message-ID"] and "Not you? Ignore this email" in message.get_body(("plain",)).get_content()
    assert message.get_body(("html",)) is not None
    link = mailbox.link(ADDRESS)
    scanner = public("192.0.2.99")                     # a mail scanner follows the link
    for _ in range(2):
        page = scanner.get(_path(link))
        assert page.status_code == 200 and "Confirm my email address" in page.get_data(as_text=True)
    assert _reach(redis)["email"] == 0
    m = subscribers.member("email", services.identity.email_pseudonym(ADDRESS))
    assert subscribers.resident_for(redis, m) is None      # nothing stored for an unconfirmed address
    clicker = public("198.51.100.20")                  # the resident, maybe on another device
    clicker.get(_path(link))
    done = clicker.post(_path(link), {})
    assert done.status_code == 200 and "Email address confirmed" in done.get_data(as_text=True)
    assert _reach(redis) == {"sms": 0, "email": 1, "voice": 0}
    again = clicker.post(_path(link), {})                  # twice: once
    assert again.status_code == 200 and _reach(redis)["email"] == 1


def test_the_button_needs_the_csrf_token(resident, public, mailbox, worker, redis):
    resident.post("/alerts/join", join_form(phone="", email=ADDRESS))
    worker()
    link = mailbox.link(ADDRESS)
    clicker = public("198.51.100.21")
    clicker.get(_path(link))
    assert clicker.post(_path(link), {}, csrf=False).status_code == 400
    assert _reach(redis)["email"] == 0


def test_an_altered_link_confirms_nothing(resident, public, mailbox, worker, redis):
    resident.post("/alerts/join", join_form(phone="", email=ADDRESS))
    worker()
    link = mailbox.link(ADDRESS)
    altered = link[:-4] + ("abcd" if not link.endswith("abcd") else "wxyz")
    clicker = public("198.51.100.22")
    assert clicker.get(_path(altered)).status_code == 400
    clicker.get("/alerts/join")
    assert clicker.post(_path(altered), {}).status_code == 400
    assert _reach(redis)["email"] == 0


def test_phone_and_email_of_one_sign_up_make_one_resident(resident, public, mailbox, worker, sent_code, redis,
                                                         services):
    resident.post("/alerts/join", join_form(email=ADDRESS))
    code = sent_code(MOBILE)                 # runs the jobs: the email goes too
    resident.post("/alerts/join/check", {"contact": "0", "code": code})
    link = mailbox.link(ADDRESS)
    clicker = public("198.51.100.23")
    clicker.get(_path(link))
    clicker.post(_path(link), {})
    rid = services.identity.pseudonym(MOBILE)
    found = subscribers.get(redis, rid)
    assert sorted(c["channel"] for c in found.contacts.values()) == ["email", "sms"]
    assert all(c["verified"] for c in found.contacts.values())
    assert _reach(redis) == {"sms": 1, "email": 1, "voice": 0}


def test_an_alert_email_carries_the_preferences_link_and_the_one_click_way_out(
        resident, public, mailbox, worker, officers, redis):
    resident.post("/alerts/join", join_form(phone="", email=ADDRESS))
    worker()
    link = mailbox.link(ADDRESS)
    clicker = public("198.51.100.24")
    clicker.get(_path(link))
    done = clicker.post(_path(link), {}).get_data(as_text=True)
    assert "/alerts/my/" in done                                   # the page links their preferences
    officer = officers.register(ALERT_OFFICER)
    replies = officer.send(f"ALERT FARMWATCH {ALERT_TEXT}")
    alert_id = re.search(r"SEND (A-\d+)", replies[-1]).group(1)
    officer.send(f"SEND {alert_id}")
    worker()
    alert_mail = [m for m in mailbox.to(ADDRESS) if ALERT_TEXT in m.get_body(("plain",)).get_content()]
    assert len(alert_mail) == 1
    body = alert_mail[0].get_body(("plain",)).get_content()
    assert alert_mail[0]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    prefs = re.search(r"https://tips\.example\.test(/alerts/my/\S+)", body).group(1)
    page = public("198.51.100.25").get(prefs)
    assert page.status_code == 200 and 'value="FARMWATCH" checked' in page.get_data(as_text=True)
