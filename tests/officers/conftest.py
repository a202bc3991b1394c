"""Fixtures for the officer tests: PC Jones (registered, badge 4411), a tipster,
filing a tip the way a tipster does, and two ways to make officers' commands
overlap (a turn stopped before its save; real HTTP to a threaded server)."""
from __future__ import annotations

import re
import threading
import time
import uuid
from xml.etree import ElementTree

import pytest
import requests
from twilio.request_validator import RequestValidator
from werkzeug.serving import make_server

from bot.officers import commands
from bot.web.turn import Turn
from tests.helpers import AUTH_TOKEN, BOT_NUMBER, OFFICER, PUBLIC_BASE_URL, TIPSTER

TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")


@pytest.fixture()
def officer(officers):
    """PC Jones (4411), registered on the test's app; his phone."""
    return officers.register(OFFICER, name="PC Jones", badge="4411")


@pytest.fixture()
def tipster(make_phone):
    return make_phone(TIPSTER)


@pytest.fixture()
def file_tip():
    """``file_tip(phone)``: text a tip with a place and a plate, SEND it, return its ID."""
    def file(tipster) -> str:
        tipster.send("Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street")
        replies = tipster.send("SEND")
        match = TIP_ID.search(" ".join(replies))
        assert match, replies
        return match.group(0)
    return file


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
