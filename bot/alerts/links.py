"""Signed links for residents: confirm an email address, open one's preferences.

A link carries a token signed with a key derived from PSEUDONYM_KEY (HMAC, its own
purpose string: the key never appears anywhere else) by itsdangerous, with a time
stamp, so it cannot be forged or altered and stops working after its age:

- ``confirm`` tokens (pending sign-up ID, contact index): ALERT_WEB_PENDING_HOURS;
  the page they open confirms nothing by itself (a GET), only its button (a POST),
  so a mail scanner that follows links confirms nothing.
- ``prefs`` tokens (the resident): ALERT_LINK_DAYS. Sent only to a contact
  that is the subscriber's own (emailed to a confirmed address, or texted back on
  MY ALERTS LINK), so holding one is holding that contact.

A token never carries a number or an address: only random IDs and pseudonyms.
"""
from __future__ import annotations

import hashlib
import hmac

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

CONFIRM, PREFS = "alerts-confirm", "alerts-prefs"


class BadLink(ValueError):
    """Forged, altered, or from another deployment; the message is safe to show."""


class ExpiredLink(BadLink):
    pass


def _serializer(config, purpose: str) -> URLSafeTimedSerializer:
    key = hmac.new(config["PSEUDONYM_KEY"].encode(), b"alerts:links", hashlib.sha256).hexdigest()
    return URLSafeTimedSerializer(key, salt=purpose)


def _max_age(config, purpose: str) -> int:
    if purpose == CONFIRM:
        return int(config["ALERT_WEB_PENDING_HOURS"] * 3600)
    return int(config["ALERT_LINK_DAYS"] * 86400)


def make(config, purpose: str, payload: dict) -> str:
    return _serializer(config, purpose).dumps(payload)


def read(config, purpose: str, token: str) -> dict:
    try:
        data = _serializer(config, purpose).loads(token or "", max_age=_max_age(config, purpose))
    except SignatureExpired as exc:
        raise ExpiredLink("This link has expired.") from exc
    except BadSignature as exc:
        raise BadLink("This link is not valid: it may have been cut short when it was copied.") from exc
    if not isinstance(data, dict):
        raise BadLink("This link is not valid.")
    return data


def base_url(config) -> str:
    return (config.get("PUBLIC_BASE_URL") or f"http://127.0.0.1:{config.get('CONSOLE_PORT', 5050)}").rstrip("/")


def prefs_url(config, resident: str) -> str:
    return f"{base_url(config)}/alerts/my/{make(config, PREFS, {'s': resident})}"


def confirm_url(config, pending_id: str, contact: int) -> str:
    return f"{base_url(config)}/alerts/confirm/{make(config, CONFIRM, {'p': pending_id, 'c': contact})}"
