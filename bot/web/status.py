"""POST /sms/status: Twilio's delivery reports, signed and validated like /sms.

Each message's latest status is kept in keys.message_status(sid). Callbacks
arrive out of order (a 'sent' after 'delivered'), so a small Lua script only
moves a status forward and never away from a final one. When the message was
part of a community alert (keys.message_owner(sid) -> the outbound record of
dedupe key ``alert:<id>:<pseudonym>``) the alert's tallies move too.
"""
from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, request

from bot.alerts import tally
from bot.store import keys
from bot.web.webhook import require_signature

log = logging.getLogger(__name__)
bp = Blueprint("status_callback", __name__)

# Twilio message statuses, by how far along they are; rank 9 is final.
RANK = {"accepted": 1, "scheduled": 1, "queued": 2, "sending": 3, "sent": 4, "receiving": 4, "received": 5,
        "delivered": 9, "undelivered": 9, "failed": 9, "canceled": 9, "read": 10}
KEEP_S = 30 * 24 * 3600

_RECORD_STATUS = """
local cur = tonumber(redis.call('HGET', KEYS[1], 'rank') or '0')
local new = tonumber(ARGV[2])
if cur >= 9 and not (cur == 9 and new == 10 and redis.call('HGET', KEYS[1], 'status') == 'delivered') then
  return 0
end
if new <= cur then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'rank', ARGV[2], 'error', ARGV[3], 'at', ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1
"""


def record_status(redis, sid: str, status: str, error: str, at: float) -> bool:
    """Latest status of one message; returns whether it changed."""
    return bool(redis.eval(_RECORD_STATUS, 1, keys.message_status(sid), status, RANK[status], error, at, KEEP_S))


def _alert_of(owner: str) -> tuple[str, str] | None:
    """'tl:out:{alert:A-12:<pseudonym>}' -> ('A-12', pseudonym)."""
    inner = owner[owner.find("{") + 1:owner.rfind("}")]
    parts = inner.split(":")
    return (parts[1], parts[2]) if len(parts) == 3 and parts[0] == "alert" else None


@bp.post("/sms/status")
def status_callback():
    require_signature()
    form = request.form
    sid = (form.get("MessageSid") or form.get("SmsSid") or "").strip()
    status = (form.get("MessageStatus") or form.get("SmsStatus") or "").strip().lower()
    if not sid or len(sid) > 64 or not sid.isalnum():
        return Response("missing or bad MessageSid", status=400, mimetype="text/plain")
    if status not in RANK:
        log.info("status callback for %s with unknown status %r ignored", sid[:12], status[:20])
        return Response(status=204)
    import time

    redis = current_app.extensions["tipline"].redis
    changed = record_status(redis, sid, status, (form.get("ErrorCode") or "")[:10], time.time())
    owner = redis.get(keys.message_owner(sid))
    if changed and owner:
        found = _alert_of(owner.decode())
        if found and status in tally.TWILIO_TO_STATE:
            tally.record(redis, found[0], found[1], tally.TWILIO_TO_STATE[status])
    return Response(status=204)
