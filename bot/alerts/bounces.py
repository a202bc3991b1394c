"""Bounces and complaints about alert emails, recorded as failures.

Feed it what the mail system hands back: a delivery status notification (RFC 3464,
``multipart/report; report-type=delivery-status``) or an abuse report (RFC 5965 ARF,
``report-type=feedback-report``), as raw bytes (``flask --app wsgi alerts
ingest-dsn FILE...``, or a mail pipe calling ``ingest``). The original message is
found by its Message-ID (in the returned headers, or ``Original-Message-ID``):

- a permanent failure (Action: failed, Status 5.x.x) -> the email is ``failed``
  (reason ``bounced``), and the tally follows; a delay (4.x.x) changes nothing;
- a complaint (Feedback-Type: abuse) -> ``failed`` (reason ``complaint``) and the
  address is unsubscribed at once: someone who calls it spam gets no more.
"""
from __future__ import annotations

import re
from email import message_from_bytes, policy

from bot.alerts import subscribers
from bot.messaging import channels as transport
from bot.store import keys

_MID = re.compile(r"<[^<>\s]+@[^<>\s]+>")


def _message_ids(msg) -> list[str]:
    found = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype in ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers"):
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            text = inner.as_string() if inner is not None else (
                part.get_payload(decode=True) or b"").decode("utf-8", "replace")
            found += [m for line in text.splitlines() if line.lower().startswith("message-id:")
                      for m in _MID.findall(line)]
        elif ctype in ("message/feedback-report", "message/delivery-status"):
            raw = part.as_string()
            found += [m for line in raw.splitlines() if line.lower().startswith("original-message-id:")
                      for m in _MID.findall(line)]
    return list(dict.fromkeys(found))


def _statuses(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            out += re.findall(r"(?im)^Status:\s*([245]\.\d{1,3}\.\d{1,3})", part.as_string())
    return out


def classify(raw: bytes) -> tuple[str | None, list[str]]:
    """("bounced" | "complaint" | None, the Message-IDs it is about)."""
    msg = message_from_bytes(raw, policy=policy.default)
    report = (msg.get_param("report-type") or "").lower() if msg.get_content_type() == "multipart/report" else ""
    ids = _message_ids(msg)
    if report == "feedback-report" or any(p.get_content_type() == "message/feedback-report" for p in msg.walk()):
        return "complaint", ids
    if report == "delivery-status":
        statuses = _statuses(msg)
        if any(s.startswith("5.") for s in statuses):
            return "bounced", ids
        return None, ids
    return None, ids


def ingest(services, raw: bytes) -> tuple[str | None, int]:
    """Record one DSN/ARF; returns (its kind, how many of our emails it failed)."""
    kind, ids = classify(raw)
    if kind is None:
        return None, 0
    n = 0
    for mid in ids:
        dedupe = transport.mail_failed(services, mid, kind, detail=f"{kind} report")
        if not dedupe:
            continue
        n += 1
        if kind == "complaint":
            parts = keys.alert_send_parts(dedupe)
            if parts:
                subscribers.unsubscribe(services.redis, parts[1], services.config["NUMBER_RETENTION_DAYS"] * 86400,
                                        reason="complaint")
    return kind, n
