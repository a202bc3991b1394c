"""Per-alert delivery tallies that stay right when results arrive twice or out of order.

Each recipient has one state in keys.alert_results; a state only moves forward
(queued -> sent -> delivered|failed|skipped|halted) and the counts in
keys.alert_counts move with it in the same Lua call, so a chunk retried after a
crash, or a 'sent' callback arriving after 'delivered', never double counts.

Twilio's MessageStatus values are mapped onto these states.
"""
from __future__ import annotations

from bot.store import keys
from bot.store.scripts import LuaScript

RANK = {"queued": 0, "sent": 1, "delivered": 2, "failed": 2, "skipped": 2, "halted": 2}
TWILIO_TO_STATE = {
    "accepted": "sent", "scheduled": "sent", "queued": "sent", "sending": "sent", "sent": "sent",
    "delivered": "delivered", "read": "delivered",
    "partially_delivered": "delivered",   # it reached the phone, cut: the person got the alert's start
    "undelivered": "failed", "failed": "failed", "canceled": "failed",
}

# Lua: move one recipient's state forward (by rank; 'halted' only from no state yet)
# and move the counts with it. Returns 1 if it changed, else 0.
# KEYS: alert_results, alert_counts
# ARGV: pseudonym, new state, expiry (s)
_RECORD = LuaScript("""
local ranks = {queued=0, sent=1, delivered=2, failed=2, skipped=2, halted=2}
local new = ARGV[2]
local old = redis.call('HGET', KEYS[1], ARGV[1])
local old_rank = 0
if old then old_rank = ranks[old] or 0 end
if (ranks[new] or 0) <= old_rank then return 0 end
if new == 'halted' and old then return 0 end  -- only those still waiting are halted
redis.call('HSET', KEYS[1], ARGV[1], new)
if old then redis.call('HINCRBY', KEYS[2], old, -1) end
redis.call('HINCRBY', KEYS[2], new, 1)
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1
""")


def record(redis, alert_id: str, pseudonym: str, state: str) -> bool:
    """Move one recipient's state forward; returns whether it changed."""
    if state not in RANK:
        return False
    return bool(_RECORD(redis, [keys.alert_results(alert_id), keys.alert_counts(alert_id)],
                        [pseudonym, state, keys.DELIVERY_RECORD_TTL_S]))


def counts(redis, alert_id: str) -> dict[str, int]:
    raw = redis.hgetall(keys.alert_counts(alert_id))
    out = {s: 0 for s in RANK if s != "queued"}
    out.update({k.decode(): int(v) for k, v in raw.items()})
    return out


def on_delivery_status(services, event) -> None:
    """Listener: a Twilio status callback for one alert text moves its recipient's state."""
    found = keys.alert_send_parts(event.dedupe_key)
    if found and event.status in TWILIO_TO_STATE:
        record(services.redis, found[0], found[1], TWILIO_TO_STATE[event.status])
