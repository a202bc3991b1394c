"""Per-alert delivery tallies that stay right when results arrive twice or out of order.

Each recipient has one state in keys.alert_results; a state only moves forward
(queued -> sent -> delivered|failed|skipped|halted) and the counts in
keys.alert_counts move with it in the same Lua call, so a chunk retried after a
crash, or a 'sent' callback arriving after 'delivered', never double counts.

Twilio's MessageStatus values are mapped onto these states.

Every channel is tallied alike (issue 12): the recipient is a contact member
(bot.alerts.subscribers.member), so the same script also keeps counts per channel
(keys.alert_channel_results, "<channel>:<state>") and a per-minute series of what
happened (keys.alert_timeline, "<minute>:<state>"), which ``by_channel`` and
``timeline`` read for the dashboard. ``held`` (quiet hours) ranks between queued
and sent: a held recipient moves on when released, or is halted.
"""
from __future__ import annotations

import json

from bot.store import keys
from bot.store.scripts import LuaScript

RANK = {"queued": 0, "held": 0.5, "sent": 1, "delivered": 2, "failed": 2, "skipped": 2, "halted": 2}
TWILIO_TO_STATE = {
    "accepted": "sent", "scheduled": "sent", "queued": "sent", "sending": "sent", "sent": "sent",
    "delivered": "delivered", "read": "delivered",
    "partially_delivered": "delivered",   # it reached the phone, cut: the person got the alert's start
    "undelivered": "failed", "failed": "failed", "canceled": "failed",
    # calls (bot.messaging.voice): answered is delivered, never answered failed
    "in-progress": "delivered", "completed": "delivered", "busy": "failed", "no-answer": "failed",
    "initiated": "sent", "ringing": "sent",
}

# Lua: move one recipient's state forward (by rank; 'halted' only from no state yet
# or held) and move the counts with it, overall and for the recipient's channel, and
# count the move in its minute. Returns 1 if it changed, else 0.
# KEYS: alert_results, alert_counts, alert_channel_results, alert_timeline
# ARGV: pseudonym (member), new state, expiry (s)
_RECORD = LuaScript("""
local ranks = {queued=0, held=0.5, sent=1, delivered=2, failed=2, skipped=2, halted=2}
local new = ARGV[2]
local old = redis.call('HGET', KEYS[1], ARGV[1])
local old_rank = 0
if old then old_rank = ranks[old] or 0 end
if (ranks[new] or 0) <= old_rank then return 0 end
if new == 'halted' and old and old ~= 'held' then return 0 end  -- only those still waiting are halted
local m = ARGV[1]
local ch = 'sms'
if #m == 33 then
  local c = string.sub(m, 1, 1)
  if c == 'v' then ch = 'voice' elseif c == 'm' then ch = 'email' end
end
redis.call('HSET', KEYS[1], m, new)
if old then
  redis.call('HINCRBY', KEYS[2], old, -1)
  redis.call('HINCRBY', KEYS[3], ch .. ':' .. old, -1)
end
redis.call('HINCRBY', KEYS[2], new, 1)
redis.call('HINCRBY', KEYS[3], ch .. ':' .. new, 1)
local t = redis.call('TIME')
redis.call('HINCRBY', KEYS[4], math.floor(tonumber(t[1]) / 60) .. ':' .. new, 1)
for i = 1, 4 do redis.call('EXPIRE', KEYS[i], ARGV[3]) end
return 1
""")


def record(redis, alert_id: str, pseudonym: str, state: str) -> bool:
    """Move one recipient's state forward; returns whether it changed."""
    if state not in RANK:
        return False
    return bool(_RECORD(redis, [keys.alert_results(alert_id), keys.alert_counts(alert_id),
                                keys.alert_channel_results(alert_id), keys.alert_timeline(alert_id)],
                        [pseudonym, state, keys.DELIVERY_RECORD_TTL_S]))


def counts(redis, alert_id: str) -> dict[str, int]:
    raw = redis.hgetall(keys.alert_counts(alert_id))
    out = {s: 0 for s in RANK if s != "queued"}
    out.update({k.decode(): int(v) for k, v in raw.items()})
    return out


CHANNELS = ("sms", "email", "voice")
DASHBOARD_STATES = ("queued", "held", "sent", "delivered", "failed", "opted_out", "halted")


def channel_totals(redis, alert_id: str) -> dict[str, int]:
    """How many recipients the alert has per channel (its frozen recipient set), kept
    on the alert once counted."""
    from bot.alerts import selection

    cached = redis.hget(keys.alert(alert_id), "channel_totals")
    if cached:
        return json.loads(cached)
    if not redis.hget(keys.alert(alert_id), "planned_at"):
        return {c: 0 for c in CHANNELS}
    found = selection.count_members(redis, keys.alert_recipients(alert_id))
    redis.hset(keys.alert(alert_id), "channel_totals", json.dumps(found))
    return found


def by_channel(redis, alert_id: str) -> dict[str, dict[str, int]]:
    """The dashboard's figures: {channel: {queued, held, sent, delivered, failed,
    opted_out, halted}}. ``queued`` is every recipient with no outcome yet (before
    planning: 0); ``sent`` is awaiting a report (texts, calls ringing) or accepted by
    the mail server (email has no delivery report: a bounce turns it ``failed``);
    ``delivered`` for a call means answered."""
    raw = {k.decode(): int(v) for k, v in redis.hgetall(keys.alert_channel_results(alert_id)).items()}
    totals = channel_totals(redis, alert_id)
    out = {}
    for ch in CHANNELS:
        row = {s: raw.get(f"{ch}:{'skipped' if s == 'opted_out' else s}", 0) for s in DASHBOARD_STATES}
        row["queued"] = max(0, totals.get(ch, 0) - sum(v for k, v in row.items() if k != "queued"))
        out[ch] = row
    return out


def timeline(redis, alert_id: str) -> list[dict]:
    """Deliveries over time: [{"minute": epoch seconds of the minute, "sent": n, "delivered": n,
    "failed": n, "held": n, ...}], oldest first (only minutes in which something happened)."""
    rows: dict[int, dict[str, int]] = {}
    for k, v in redis.hgetall(keys.alert_timeline(alert_id)).items():
        minute, state = k.decode().split(":", 1)
        rows.setdefault(int(minute) * 60, {})[state] = int(v)
    return [{"minute": m, **rows[m]} for m in sorted(rows)]


def on_delivery_status(services, event) -> None:
    """Listener: a Twilio status callback for one alert text moves its recipient's state."""
    found = keys.alert_send_parts(event.dedupe_key)
    if found and event.status in TWILIO_TO_STATE:
        record(services.redis, found[0], found[1], TWILIO_TO_STATE[event.status])
