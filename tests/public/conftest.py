"""Fixtures for the public alert pages: a browser-like client over https (cookies kept,
the page's CSRF token and Sec-Fetch-Site: same-origin sent with each form), and reading the
codes the fake Twilio server received.

    def test_something(resident, sent_code):
        page = resident.get("/alerts/join")
        resp = resident.post("/alerts/join", {"phone": "07700 900123", "postcode": "BA3 5QE",
                                              "schemes": ["FARMWATCH"]})
        code = sent_code("+447700900123")     # runs the jobs, reads the last code texted there
"""
from __future__ import annotations

import re
from html import unescape

import pytest

from tests.conftest import run_jobs
from tests.fakes.smtp_server import SmtpServer
from tests.helpers import PUBLIC_BASE_URL

BASE = PUBLIC_BASE_URL
_CSRF_INPUT = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
_CODE = re.compile(r"code to confirm alerts is (\d{6})")


class PublicClient:
    def __init__(self, app, ip: str = "203.0.113.7"):
        self.app, self.ip = app, ip
        self.http = app.test_client()
        self._csrf: str | None = None

    def get(self, path: str, **kw):
        resp = self.http.get(path, base_url=BASE, environ_base={"REMOTE_ADDR": self.ip}, **kw)
        self._remember(resp)
        return resp

    def post(self, path: str, data: dict | None = None, *, csrf: bool = True, **kw):
        data = dict(data or {})
        if csrf and "csrf_token" not in data:
            if self._csrf is None:
                self.get("/alerts/join")
            data["csrf_token"] = self._csrf
        resp = self.http.post(path, data=data, base_url=BASE, headers={"Sec-Fetch-Site": "same-origin"},
                              environ_base={"REMOTE_ADDR": self.ip}, **kw)
        self._remember(resp)
        return resp

    def _remember(self, resp) -> None:
        if resp.mimetype == "text/html":
            m = _CSRF_INPUT.search(resp.get_data(as_text=True))
            if m:
                self._csrf = unescape(m.group(1))


@pytest.fixture()
def public(app):
    """``public(ip=...)`` -> a new PublicClient (its own cookies) from that client IP."""
    return lambda ip="203.0.113.7": PublicClient(app, ip)


@pytest.fixture()
def resident(public):
    return public()


@pytest.fixture()
def sent_code(app, fake_twilio):
    """``sent_code(number)``: run the queued jobs, then the last sign-up code the fake Twilio
    server got for that number (None if none)."""
    def code(number: str) -> str | None:
        run_jobs(app)
        for message in reversed(fake_twilio.sent_to(number)):
            m = _CODE.search(message["body"])
            if m:
                return m.group(1)
        return None
    return code


_SPOKEN = re.compile(r"Your code is ((?:\d, ){5}\d)")


@pytest.fixture()
def called_code(app, fake_twilio):
    """``called_code(number)``: run the queued jobs, then the code the last call the fake
    Twilio server got for that number says (None if none)."""
    def code(number: str) -> str | None:
        run_jobs(app)
        for call in reversed(fake_twilio.calls_to(number)):
            m = _SPOKEN.search(call["twiml"] or "")
            if m:
                return m.group(1).replace(", ", "")
        return None
    return code


def join_form(**overrides) -> dict:
    form = {"phone": "07700 900123", "phone_channel": "sms", "postcode": "BA3 5QE", "schemes": ["FARMWATCH"]}
    form.update(overrides)
    return {k: v for k, v in form.items() if v is not None}


class Mailbox:
    """What the SMTP server (tests/fakes/smtp_server.py, a real aiosmtpd on 127.0.0.1) received."""

    def __init__(self, server: SmtpServer):
        self.server = server
        self.url = server.url

    @property
    def messages(self) -> list:
        return list(self.server.messages)

    def to(self, address: str) -> list:
        return self.server.to(address)

    def link(self, address: str) -> str | None:
        """The confirmation link of the last email to ``address`` (its plain text part)."""
        for message in reversed(self.to(address)):
            m = re.search(r"https?://\S+/alerts/confirm/\S+", message.get_body(("plain",)).get_content())
            if m:
                return m.group(0)
        return None


@pytest.fixture()
def mailbox():
    server = SmtpServer().start()
    yield Mailbox(server)
    server.stop()
