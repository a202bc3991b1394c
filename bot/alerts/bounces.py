"""Bounces and complaints about alert emails, recorded as failures.

Feed it what the mail system hands back: a delivery status notification (RFC 3464,
``multipart/report; report-type=delivery-status``) or an abuse report (RFC 5965 ARF,
``report-type=feedback-report``), as raw bytes (``flask --app wsgi alerts
ingest-dsn FILE...``, or a mail pipe calling ``ingest``). The original message is
found by its Message-ID (in the returned headers, or ``Original-Message-ID``):

- a permanent failure (Action: failed, Status 5.x.x) is a hard bounce: the email is
  ``failed`` (reason ``bounced``), the tally follows, and the address gets no more
  email; a delay (4.x.x) changes nothing;
- a complaint (Feedback-Type: abuse) -> ``failed`` (reason ``complaint``) and the
  address is unsubscribed at once: someone who calls it spam gets no more.

``record`` is what both ways in share: this file's ``ingest`` (the CLI, a mail pipe) and
the mail provider's webhook (``POST /alerts/email/events``, bot.web.alerts_routes), which
says the same in JSON (bounce hard | soft, or complaint; the Message-ID we set and/or the
address). A soft bounce marks the email failed (reason ``bounced_soft``) and stops nothing.
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


# What a bounce or complaint does: (the email's failure reason, whether its address stops).
OUTCOMES = {("bounce", "hard"): ("bounced", True), ("bounce", "soft"): ("bounced_soft", False),
            ("complaint", ""): ("complaint", True)}


def _member_of(services, address: str) -> str | None:
    from bot.privacy.identity import BadEmail, normalise_email

    try:
        return subscribers.member("email", services.identity.email_pseudonym(normalise_email(address)))
    except BadEmail:
        return None


def _latest_alert_email(services, member: str) -> str | None:
    """The Message-ID of the latest alert email let out to ``member`` (keys.alert_last)."""
    last = services.redis.get(keys.alert_last(member))
    if not last:
        return None
    dedupe = keys.alert_send(last.decode().split()[0], member)
    return transport.message_id(dedupe, services.config.get("ALERT_EMAIL_FROM") or "")


def record(services, event: str, bounce: str = "", *, message_ids: list[str] | tuple = (),
           address: str | None = None, detail: str = "") -> dict:
    """One bounce (``bounce`` "hard" or "soft") or complaint about our email(s): each email
    named by Message-ID (or, with only the address, the latest alert email to it) becomes
    ``failed`` with the reason of OUTCOMES; for a hard bounce or a complaint, the address
    (given, or the one those emails went to) gets no more email (``subscribers.unsubscribe``).
    Returns {"failed": emails marked, "stopped": addresses stopped}. Unknown Message-IDs
    and addresses change nothing (they may be another system's)."""
    reason, stop = OUTCOMES[(event, bounce if event == "bounce" else "")]
    member = _member_of(services, address) if address else None
    ids = list(message_ids)
    if not ids and member:
        ids = [mid for mid in [_latest_alert_email(services, member)] if mid]
    failed, members = 0, {member} if member else set()
    for mid in dict.fromkeys(ids):
        dedupe = transport.mail_failed(services, mid, reason, detail=detail or f"{reason} report")
        if not dedupe:
            continue
        failed += 1
        parts = keys.alert_send_parts(dedupe)
        if parts:
            members.add(parts[1])
    stopped = 0
    if stop:
        for m in members:
            if subscribers.may_send(services.redis, m):
                stopped += 1
            subscribers.unsubscribe(services.redis, m, services.config["NUMBER_RETENTION_DAYS"] * 86400,
                                    reason=reason)
    return {"failed": failed, "stopped": stopped}


def ingest(services, raw: bytes) -> tuple[str | None, int]:
    """Record one DSN/ARF; returns (its kind, how many of our emails it failed)."""
    kind, ids = classify(raw)
    if kind is None:
        return None, 0
    event, bounce = ("complaint", "") if kind == "complaint" else ("bounce", "hard")
    return kind, record(services, event, bounce, message_ids=ids, detail=f"{kind} report")["failed"]
