"""Outbound transport: the real Twilio SDK, optionally pointed at another base URL,
or a local recorder when no credentials are configured (local mode).

Both return the message SID; the Twilio path raises TwilioRestException on API
errors so the job can tell transient from permanent failures.
"""
from __future__ import annotations

import json
import time
import uuid
from datetime import datetime, timezone
from urllib.parse import urlsplit

from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from bot.config import is_local_mode
from bot.store import keys


class RebasedHttpClient(TwilioHttpClient):
    """Send the SDK's requests to a Twilio-compatible server (tests, proxies)."""

    def __init__(self, base_url: str, **kwargs):
        super().__init__(**kwargs)
        self._base = base_url.rstrip("/")

    def request(self, method, url, *args, **kwargs):
        parts = urlsplit(url)
        url = self._base + parts.path + (f"?{parts.query}" if parts.query else "")
        return super().request(method, url, *args, **kwargs)


class TwilioSender:
    def __init__(self, config: dict):
        base_url = config.get("TWILIO_API_BASE_URL")
        http = RebasedHttpClient(base_url, timeout=10) if base_url else TwilioHttpClient(timeout=10)
        self.client = Client(config["TWILIO_ACCOUNT_SID"], config["TWILIO_AUTH_TOKEN"], http_client=http)
        self.from_number = config.get("TWILIO_FROM_NUMBER")
        self.service_sid = config.get("TWILIO_MESSAGING_SERVICE_SID")
        base = config.get("PUBLIC_BASE_URL")
        self.status_callback = f"{base.rstrip('/')}/sms/status" if base else None
        self.sender_id = self.service_sid or self.from_number or "default"

    def send(self, redis, to: str, body: str, meta: dict) -> str:
        kwargs = {"to": to, "body": body}
        if self.service_sid:
            kwargs["messaging_service_sid"] = self.service_sid
        else:
            kwargs["from_"] = self.from_number
        if self.status_callback:
            kwargs["status_callback"] = self.status_callback
        return self.client.messages.create(**kwargs).sid

    def already_sent(self, to: str, body: str, since_epoch: float) -> str | None:
        """After a crash mid-send: did Twilio accept this text? (POST is not idempotent.)

        Matched on when the message was created, not with Twilio's DateSent filter: a
        text Twilio has accepted but not yet handed to the carrier (queued behind the
        sender's rate, seconds to minutes on a long code) has no date_sent, and that
        filter would miss it and have us send it again."""
        after = datetime.fromtimestamp(since_epoch - 60, tz=timezone.utc)
        for msg in self.client.messages.list(to=to, limit=50):
            if msg.body == body and (msg.date_created is None or msg.date_created >= after):
                return msg.sid
        return None


class LocalSender:
    """Local mode: record the text in Redis so the simulator can show it.

    The recipient is recorded by pseudonym, never by number."""

    sender_id = "local"

    def send(self, redis, to: str, body: str, meta: dict) -> str:
        sid = "LOCAL" + uuid.uuid4().hex[:24]
        entry = {"sid": sid, "to": meta.get("recipient"), "label": meta.get("label"),
                 "kind": meta.get("kind"), "body": body, "at": time.time()}
        redis.rpush(keys.LOCAL_OUTBOX, json.dumps(entry))
        redis.ltrim(keys.LOCAL_OUTBOX, -1000, -1)
        return sid

    def already_sent(self, to: str, body: str, since_epoch: float) -> str | None:
        return None


def make_sender(config: dict):
    return LocalSender() if is_local_mode(config) else TwilioSender(config)
