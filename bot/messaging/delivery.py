"""Delivery statuses of the texts we send, as Twilio reports them (POST /sms/status).

Each message's latest status is kept in keys.message_status(sid). Callbacks
arrive out of order (a 'sent' after 'delivered'), so a small Lua script only
moves a status forward and never away from a final one. When the status changed
and the message is one of ours (keys.message_owner(sid) -> its outbound record),
a DeliveryStatusChanged event names the record's dedupe key so the feature that
sent it (alerts' tallies) can follow.

``undelivered`` and ``failed`` are final for the text: its outbound record becomes
``failed`` with the reason ``twilio_<ErrorCode>`` and the sender's feature is told
(TextUndelivered: the officer who wrote a relay learns it did not arrive). A 21610
(the person opted out at Twilio) marks them opted out, as the same code from the
API does.
"""
from __future__ import annotations

from bot import events
from bot.messaging import send_records
from bot.store import keys
from bot.store.scripts import LuaScript

# Every message status Twilio documents, by how far along it is; rank 9 is final.
# partially_delivered (some segments of a long text arrived, the rest never will) is final.
RANK = {"accepted": 1, "scheduled": 1, "queued": 2, "sending": 3, "sent": 4, "receiving": 4, "received": 5,
        "delivered": 9, "partially_delivered": 9, "undelivered": 9, "failed": 9, "canceled": 9, "read": 10}

# Lua: store the new status only if it ranks above the stored one, and never move
# away from a final status (rank 9) except 'delivered' -> 'read'. Returns 1 if it
# changed, else 0.
# KEYS: message_status
# ARGV: status, rank, error code, time, expiry (s)
_RECORD_STATUS = LuaScript("""
local cur = tonumber(redis.call('HGET', KEYS[1], 'rank') or '0')
local new = tonumber(ARGV[2])
if cur >= 9 and not (cur == 9 and new == 10 and redis.call('HGET', KEYS[1], 'status') == 'delivered') then
  return 0
end
if new <= cur then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'rank', ARGV[2], 'error', ARGV[3], 'at', ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1
""")


UNDELIVERED = {"undelivered", "failed"}   # final, and the text did not arrive


def is_known(status: str) -> bool:
    return status in RANK


def record_status(redis, sid: str, status: str, error: str, at: float) -> bool:
    """Latest status of one message; returns whether it changed."""
    return bool(_RECORD_STATUS(redis, [keys.message_status(sid)],
                               [status, RANK[status], error, at, keys.DELIVERY_RECORD_TTL_S]))


def report(services, sid: str, status: str, error: str, at: float) -> bool:
    """Record one status callback; tell the sender's feature when it moved forward."""
    changed = record_status(services.redis, sid, status, error, at)
    if changed:
        owner = services.redis.get(keys.message_owner(sid))
        dedupe_key = keys.outbound_dedupe_key(owner.decode()) if owner else None
        if dedupe_key:
            if status in UNDELIVERED:
                send_records.mark_undelivered(services, dedupe_key, error if error.isdigit() else "")
            services.events.emit(events.DeliveryStatusChanged(dedupe_key=dedupe_key, status=status))
    return changed
