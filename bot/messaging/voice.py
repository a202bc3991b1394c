"""Voice transport: Twilio's Calls API through the SDK, or a local recorder.

A call is created with its TwiML inline (built by the caller with the SDK's
VoiceResponse) and a status callback (``POST /alerts/voice/status``, signed like
/sms/status) for the events initiated, ringing, answered and completed; the
callback's CallStatus is one of queued, initiated, ringing, in-progress,
completed, busy, no-answer, failed, canceled.

``already_called`` answers, after a crash between asking Twilio for the call and
recording its SID, whether Twilio has a call to that number since the claim
(POST /Calls is not idempotent either).
"""
from __future__ import annotations

import json
import time
import uuid
from datetime import datetime, timezone

from bot.config import is_local_mode
from bot.store import keys

STATUS_PATH = "/alerts/voice/status"
GATHER_PATH = "/alerts/voice/gather"
EVENTS = ["initiated", "ringing", "answered", "completed"]
# Call statuses by how far along they are; 9 is final (like bot.messaging.delivery.RANK).
RANK = {"queued": 1, "initiated": 2, "ringing": 3, "in-progress": 4, "answered": 4,
        "completed": 9, "busy": 9, "no-answer": 9, "failed": 9, "canceled": 9}
FINAL = {s for s, r in RANK.items() if r == 9}


class TwilioCaller:
    def __init__(self, config: dict, client):
        self.client = client
        self.from_number = config.get("TWILIO_FROM_NUMBER")
        base = (config.get("PUBLIC_BASE_URL") or "").rstrip("/")
        self.status_callback = base + STATUS_PATH if base else None
        self.sender_id = "voice:" + (self.from_number or "default")

    def call(self, redis, to: str, twiml: str, meta: dict) -> str:
        kwargs = {"to": to, "from_": self.from_number, "twiml": twiml}
        if self.status_callback:
            kwargs.update(status_callback=self.status_callback, status_callback_event=EVENTS,
                          status_callback_method="POST")
        return self.client.calls.create(**kwargs).sid

    def already_called(self, to: str, since_epoch: float) -> str | None:
        after = datetime.fromtimestamp(since_epoch - 60, tz=timezone.utc)
        for c in self.client.calls.list(to=to, limit=50):
            if c.date_created is None or c.date_created >= after:
                return c.sid
        return None


class LocalCaller:
    """Local mode: the call's script is recorded (recipient by pseudonym), never placed."""

    sender_id = "voice:local"

    def call(self, redis, to: str, twiml: str, meta: dict) -> str:
        sid = "CALOCAL" + uuid.uuid4().hex[:24]
        entry = {"sid": sid, "to": meta.get("recipient"), "label": meta.get("label"), "kind": "call",
                 "body": twiml, "at": time.time()}
        redis.rpush(keys.LOCAL_OUTBOX, json.dumps(entry))
        redis.ltrim(keys.LOCAL_OUTBOX, -1000, -1)
        return sid

    def already_called(self, to: str, since_epoch: float) -> str | None:
        return None


def make_caller(config: dict, sms_sender):
    if is_local_mode(config):
        return LocalCaller()
    return TwilioCaller(config, sms_sender.client)
