"""Constants and small assertion helpers shared by the tests. Not a test module
and no fixtures here: those are in the conftest.py files."""
from __future__ import annotations

import json

import phonenumbers

from bot.messaging.segments import count_segments, is_gsm7
from bot.store import keys

# The Twilio account the app and the fake Twilio server share.
ACCOUNT_SID = "AC" + "a1" * 16
AUTH_TOKEN = "test-auth-token-0123456789"
PUBLIC_BASE_URL = "https://tips.example.test"
BOT_NUMBER = "+447700900000"

# Test phones (Ofcom's drama range, 07700 900xxx).
TIPSTER = "+447700900123"
OFFICER = "+447700900501"          # PC Jones (4411): relays, duty, PINs
ALERT_OFFICER = "+447700900900"    # the officer who writes community alerts

ALERT_TEXT = "Cattle loose on the A362 near Farrington Gurney"


def conversation(services, e164: str) -> dict | None:
    raw = services.redis.get(keys.conversation(services.identity.pseudonym(e164)))
    return json.loads(raw) if raw else None


def assert_sms_sized(replies: list[str]) -> None:
    """The bot's own texts: plain GSM-7, each at most two segments."""
    for reply in replies:
        assert is_gsm7(reply), f"not GSM-7: {reply!r}"
        assert count_segments(reply) <= 2, f"{count_segments(reply)} segments: {reply!r}"


def email_config(config: dict, smtp) -> dict:
    """``config`` with alert email on, sent to the test's SMTP server (the ``smtp`` fixture)."""
    return {**config, "SMTP_URL": smtp.url, "SMTP_STARTTLS": "off", "ALERT_EMAIL_FROM": "ASP alerts <alerts@asp.test>"}


def number_forms(e164: str) -> list[str]:
    """The ways a phone number may be written (E.164, national with and without spaces, bare
    digits, the last 7 and 6 digits, international): none may appear where it must not."""
    parsed = phonenumbers.parse(e164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(ch for ch in e164 if ch.isdigit())
    return [e164, national, national.replace(" ", ""), digits, digits[-7:], digits[-6:],
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)]
