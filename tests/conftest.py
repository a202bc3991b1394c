"""Shared fixtures: a real Redis server per session (flushed between tests), a
Twilio-compatible server on 127.0.0.1, the app, and a phone that sends signed
webhook requests (never with validation turned off).

Test modules never import this file (or each other): they ask for fixtures.
Constants and small assertion helpers live in ``tests/helpers.py``."""
from __future__ import annotations

import json
import threading
import time
import uuid
import zlib
from xml.etree import ElementTree

import pytest
import redis as redis_lib
import requests
from cryptography.fernet import Fernet
from twilio.request_validator import RequestValidator
from werkzeug.serving import make_server

from bot.officers import commands
from bot.web.turn import Turn
from tests.fakes.redis_proxy import RedisProxy
from tests.fakes.redis_server import RedisServer
from tests.fakes.smtp_server import SmtpServer
from tests.fakes.twilio_server import FakeTwilio
from tests.helpers import ACCOUNT_SID, AUTH_TOKEN, BOT_NUMBER, PUBLIC_BASE_URL, TIPSTER


@pytest.fixture(scope="session")
def redis_server():
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture()
def redis_url(redis_server):
    try:
        redis_lib.Redis.from_url(redis_server.url).flushall()
    except redis_lib.ConnectionError:
        # say why at once rather than as a hundred "connection refused" errors (a killed server, a crash)
        pytest.fail(f"the session's Redis server stopped answering: {redis_server.why_down()}")
    return redis_server.url


@pytest.fixture(scope="session")
def twilio_server():
    server = FakeTwilio(ACCOUNT_SID, AUTH_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture()
def proxy(redis_server):
    """A TCP proxy in front of the test Redis (tests/fakes/redis_proxy.py) that can cut or
    hold the connection at a chosen command; build the app on ``proxy.url`` to use it."""
    p = RedisProxy(redis_server.port).start()
    yield p
    p.stop()


@pytest.fixture()
def fake_twilio(twilio_server):
    twilio_server.reset()
    return twilio_server


@pytest.fixture(scope="session")
def smtp_server():
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture()
def smtp(smtp_server):
    """A real SMTP server (aiosmtpd) on 127.0.0.1, emptied for the test: ``smtp.to(address)``
    reads what the app sent. Point the app at it with ``tests.helpers.email_config``."""
    smtp_server.reset()
    return smtp_server


def base_config(redis_url: str, tmp_path, twilio_url: str | None) -> dict:
    cfg = {
        "TESTING": True,
        "REDIS_URL": redis_url,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "PSEUDONYM_KEY": "test-pseudonym-key",
        "SEALING_KEYS": Fernet.generate_key().decode(),
        "FORCE_NAME": "Avon and Somerset Police",
        "PROGRAMME_NAME": "ASP Tip Line",
        "EMERGENCY_NUMBER": "999",
        "NON_EMERGENCY_CONTACT": "101",
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "SEND_RATE_SEGMENTS_PER_SECOND": 1000,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        # Required by default outside local mode; the PIN tests (tests/officers/test_pin.py) turn it on.
        "OFFICER_PIN_REQUIRED": False,
    }
    if twilio_url:
        cfg.update(TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_FROM_NUMBER=BOT_NUMBER,
                   TWILIO_API_BASE_URL=twilio_url)
    return cfg


@pytest.fixture()
def config(redis_url, tmp_path, fake_twilio):
    return base_config(redis_url, tmp_path, fake_twilio.url)


@pytest.fixture()
def app(config):
    from bot import create_app

    return create_app(config)


@pytest.fixture()
def services(app):
    svc = app.extensions["tipline"]
    yield svc
    svc.mailer.close()    # the app's pooled SMTP connections end with the test (bot.messaging.mail)


@pytest.fixture()
def redis(services):
    return services.redis


class Phone:
    """Sends Twilio-signed webhook requests as one phone number."""

    def __init__(self, client, number: str, auth_token: str = AUTH_TOKEN, base_url: str = PUBLIC_BASE_URL):
        self.client, self.number, self.auth_token, self.base_url = client, number, auth_token, base_url

    def post(self, path: str, params: dict, signature: str | None = None, token: str | None = None):
        url = self.base_url + path
        if signature is None:
            signature = RequestValidator(token or self.auth_token).compute_signature(url, params)
        headers = {"X-Twilio-Signature": signature} if signature else {}
        return self.client.post(path, data=params, headers=headers, base_url=self.base_url)

    def send(self, body: str = "", media: list[str] | None = None, sid: str | None = None,
             extra: dict | None = None, expect: int = 200) -> list[str]:
        params = {"From": self.number, "To": BOT_NUMBER, "Body": body,
                  "MessageSid": sid or "SM" + uuid.uuid4().hex, "NumMedia": str(len(media or []))}
        for i, url in enumerate(media or []):
            params[f"MediaUrl{i}"] = url
            params[f"MediaContentType{i}"] = "image/jpeg"
        params.update(extra or {})
        resp = self.post("/sms", params)
        assert resp.status_code == expect, resp.get_data(as_text=True)
        return twiml_messages(resp.get_data(as_text=True))


def twiml_messages(xml: str) -> list[str]:
    return [m.text or "" for m in ElementTree.fromstring(xml).iter("Message")]


@pytest.fixture()
def phone(app):
    return Phone(app.test_client(), TIPSTER)


@pytest.fixture()
def make_phone(app):
    """``make_phone(number)``: a Phone texting the test's app; ``app=`` for another app."""
    def make(number: str, app=app) -> Phone:
        return Phone(app.test_client(), number)
    return make


@pytest.fixture()
def local_app(redis_url, tmp_path):
    """The app in local mode: no Twilio credentials, texts go to the simulator's outbox."""
    from bot import create_app

    return create_app(base_config(redis_url, tmp_path, None))


def run_jobs(app) -> None:
    """Drain every queue with the real rq worker code path (in-process)."""
    from rq import SimpleWorker

    from bot.messaging import queues

    svc = app.extensions["tipline"]
    with app.app_context():
        SimpleWorker([svc.queues[n] for n in queues.ALL_QUEUES], connection=svc.redis).work(
            burst=True, with_scheduler=True, logging_level="WARNING")


@pytest.fixture()
def worker(app):
    """``worker()`` drains every queue as the rq worker would; ``worker(other_app)`` runs
    the jobs in another app's context (e.g. ``local_app``)."""
    def work(other=None) -> None:
        run_jobs(app if other is None else other)
    return work


class Officers:
    """Registers officers the way an admin does (``flask officer add``) and hands
    back the Phone each one texts from."""

    def __init__(self, app):
        self._app = app

    def register(self, number: str, name: str = "PC Jones", badge: str = "", role: str = "officer",
                 pin: str | None = None, app=None) -> Phone:
        app = self._app if app is None else app
        args = ["officer", "add", "--name", name, "--phone", number, "--badge", badge, "--role", role]
        if pin:
            args += ["--pin", pin]
        result = app.test_cli_runner().invoke(args=args)
        assert result.exit_code == 0, result.output
        return Phone(app.test_client(), number)


@pytest.fixture()
def officers(app):
    """``officers.register(number, name=, badge=, role=, pin=, app=)`` -> that officer's Phone."""
    return Officers(app)


@pytest.fixture()
def redis_dump(redis_url):
    """``redis_dump()``: every (key, value as text) in the test database, for leak scans."""
    client = redis_lib.Redis.from_url(redis_url)
    yield lambda: all_redis_dump(client)
    client.close()


def all_redis_dump(redis) -> list[tuple[str, str]]:
    """Every key and every value (as text, rq's compressed job payloads unpacked) in the database,
    for leak scans."""
    out = []
    for key in redis.scan_iter(count=1000):
        kind = redis.type(key).decode()
        if kind == "string":
            vals = [redis.get(key)]
        elif kind == "hash":
            vals = [b for kv in redis.hgetall(key).items() for b in kv]
        elif kind == "list":
            vals = redis.lrange(key, 0, -1)
        elif kind == "set":
            vals = list(redis.smembers(key))
        elif kind == "zset":
            vals = [m for m, _ in redis.zrange(key, 0, -1, withscores=True)]
        elif kind == "stream":
            vals = [json.dumps({k.decode(): v.decode("latin-1") for k, v in f.items()})
                    for _, f in redis.xrange(key)]
        else:
            vals = []
        out.append((key.decode("latin-1"), " ".join(_as_text(v) for v in vals)))
    return out


def _as_text(value) -> str:
    """A stored value as text; rq's job payloads are zlib-compressed, so unpack those first."""
    if not isinstance(value, bytes):
        return str(value)
    try:
        value = zlib.decompress(value)
    except zlib.error:
        pass
    return value.decode("latin-1")


# Two ways to make commands overlap (used by the officer and alert race tests).
@pytest.fixture()
def command_turn(services):
    """``command_turn(number, text)`` -> (replies, commit): the officer's text through the
    command gate as the inbound pipeline runs it, stopped before the save. ``commit()``
    then runs the turn's writes in one MULTI and its after-save actions, as the save
    does. So a test can put one officer's read before another's commit."""
    def run(number: str, text: str):
        turn = Turn(services=services, pseudonym=services.identity.pseudonym(number), number=number, text=text,
                    media=[], message_sid="SM" + uuid.uuid4().hex, now=time.time(), is_officer=True)
        replies = commands.handle(turn)

        def commit() -> None:
            pipe = services.redis.pipeline(transaction=True)
            for write in turn.writes:
                write(pipe)
            pipe.execute()
            for action in turn.after:
                action()
        return replies, commit
    return run


@pytest.fixture()
def live_text(app):
    """``live_text(number, body)`` -> replies: a signed text over real HTTP to the app
    served by a threaded werkzeug server, so texts from several threads really overlap."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    validator = RequestValidator(AUTH_TOKEN)

    def text(number: str, body: str) -> list[str]:
        params = {"From": number, "To": BOT_NUMBER, "Body": body, "MessageSid": "SM" + uuid.uuid4().hex,
                  "NumMedia": "0"}
        sig = validator.compute_signature(PUBLIC_BASE_URL + "/sms", params)
        resp = requests.post(f"http://127.0.0.1:{server.server_port}/sms", data=params,
                             headers={"X-Twilio-Signature": sig}, timeout=30)
        assert resp.status_code == 200, resp.text
        return [m.text or "" for m in ElementTree.fromstring(resp.text).iter("Message")]

    yield text
    server.shutdown()
