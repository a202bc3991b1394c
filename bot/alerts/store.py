"""Alert records and recipient selection.

An alert is one hash (keys.alert). Its state moves:
    preview -> queued (SEND) -> sending (planned) -> done
    preview -> discarded (HALT before SEND) | expired (not confirmed in time)
    queued/sending -> halted (HALT)
and, for alerts composed in the console (bot.alerts.lifecycle, issue 12):
    preview -> pending_approval (submit_for_approval) -> approved -> queued | scheduled
    pending_approval -> rejected (reject, with a reason)
    preview | approved -> scheduled (schedule(at)) -> queued (when due) ; scheduled -> discarded

Fields (strings in the hash; ``load`` types them): id, state, officer (author's
pseudonym, or "staff:<id>" from the console), officer_name, schemes, categories (JSON
lists), the area: ``radius_m``/``lat``/``lon`` (a circle; all empty: the whole force
area) or ``polygon`` (JSON [[lat, lon], ...]: a drawn area), area (label, e.g. the
postcode), ``channels`` (JSON list of sms/email/voice; empty: all), ``urgency``
("urgent" goes through quiet hours; anything else is held), text, body (the SMS),
incident, segments, recipients, total, chunks, created_at, send_at, the approval
trail (submitted_by/at, approved_by/at/reason, rejected_by/at/reason), and the
moments of each move (confirmed_at, planned_at, finished_at, halted_at ...).

Every move is a compare-and-set (``compare_and_set``: WATCH/MULTI on the alert),
so SEND and HALT at the same moment, or HALT and the planner, cannot both win.
Each text of an alert in flight is let out by ``release`` (one Lua script that
checks the state and records the recipient in keys.alert_released), so HALT,
which reads that set under the same WATCH, knows exactly how many texts had gone
when it committed: those go, and no other does.

Who an alert goes to (selection and the composer's count) is bot.alerts.selection.
"""
from __future__ import annotations

import json
import time

from rq.utils import decode_redis_hash

from bot.store import keys, transactions
from bot.store.scripts import LuaScript

ACTIVE = ("queued", "sending")
CAS_TRIES = 100     # each retry means the alert (or its released set) changed under us: it converges fast
MAX_ID_DIGITS = 7   # A-1 .. A-9999999: a longer run of digits is not an alert code (and may be a phone number)

# Lua: let one recipient's text out, unless the alert is no longer sending (HALT).
# A recipient let out before stays let out, so a chunk retried after a crash or a
# transient error finishes the texts HALT counted as gone. Returns 1 to send, 0 not.
# It also notes the alert as the recipient's latest (keys.alert_last), so their reply
# (bot.alerts.replies) is found with the inbound text's own reads.
# KEYS: alert, alert_released, alert_last
# ARGV: pseudonym, expiry (s), alert id, now, alert_last's expiry (s)
_RELEASE = LuaScript("""
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 1 end
if redis.call('HGET', KEYS[1], 'state') ~= 'sending' then return 0 end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('SET', KEYS[3], ARGV[3] .. ' ' .. ARGV[4], 'EX', ARGV[5])
return 1
""")
REPLY_LINK_S = 7 * 86400     # a reply is linked to an alert for at most this long (ALERT_REPLY_DAYS within it)


def new_id(redis) -> str:
    return f"A-{redis.incr(keys.ALERT_SEQ)}"


def normalise_id(text: str) -> str | None:
    t = (text or "").strip().upper().replace(" ", "")
    if t.isdigit():
        t = f"A-{t}"
    if t.startswith("A") and not t.startswith("A-"):
        t = "A-" + t[1:]
    return t if t[2:].isdigit() and len(t) <= 2 + MAX_ID_DIGITS else None


def save(pipe, alert: dict) -> None:
    flat = {k: json.dumps(v) if isinstance(v, (list, tuple, dict)) else ("" if v is None else v)
            for k, v in alert.items()}
    pipe.hset(keys.alert(alert["id"]), mapping=flat)
    pipe.expire(keys.alert(alert["id"]), keys.DELIVERY_RECORD_TTL_S)


def load(redis, alert_id: str) -> dict | None:
    """The alert, or None. ``redis`` may be a pipeline in WATCH mode (reads at once)."""
    raw = redis.hgetall(keys.alert(alert_id))
    if not raw:
        return None
    a = decode_redis_hash(raw, decode_values=True)
    for name in ("schemes", "categories", "channels"):
        a[name] = json.loads(a.get(name) or "[]")
    a["polygon"] = json.loads(a["polygon"]) if a.get("polygon") else None
    for name in ("lang_texts", "lang_bodies"):   # {language: text / SMS body} beside the default's (issue 14)
        a[name] = json.loads(a.get(name) or "{}")
    for name in ("radius_m", "lat", "lon"):
        a[name] = float(a[name]) if a.get(name) else None
    for name in ("recipients", "segments", "chunks", "total", "halted_gone"):
        a[name] = int(a[name]) if a.get(name) else 0
    return a


def compare_and_set(redis, alert_id: str, decide, *, watch_released: bool = False):
    """Read the alert under WATCH, let ``decide(alert, pipe)`` choose, and commit its
    choice only if the alert (and, with ``watch_released``, its released set) did not
    change meanwhile; otherwise read again and decide again.

    ``decide`` gets the alert (None if missing) and the watching pipeline (for more
    reads), and returns (write(pipe) or None, result); ``write`` queues the change and
    its audit entry in one MULTI. Returns ``result`` of the decision that held."""
    watched = [keys.alert(alert_id)] + ([keys.alert_released(alert_id)] if watch_released else [])
    result, _ = transactions.watch_and_commit(redis, watched, lambda pipe: decide(load(pipe, alert_id), pipe),
                                              tries=CAS_TRIES, what=f"alert {alert_id}")
    return result


def release(redis, alert_id: str, pseudonym: str) -> bool:
    """May this recipient's text go out? (False once the alert is halted.)"""
    return bool(_RELEASE(redis, [keys.alert(alert_id), keys.alert_released(alert_id), keys.alert_last(pseudonym)],
                         [pseudonym, keys.DELIVERY_RECORD_TTL_S, alert_id, f"{time.time():.0f}", REPLY_LINK_S]))


def released(redis, alert_id: str, pseudonyms: list[str]) -> list[bool]:
    if not pseudonyms:
        return []
    return [bool(x) for x in redis.smismember(keys.alert_released(alert_id), pseudonyms)]


def state(redis, alert_id: str) -> str | None:
    raw = redis.hget(keys.alert(alert_id), "state")
    return raw.decode() if raw else None


def is_expired(alert: dict, now: float | None = None) -> bool:
    return alert.get("state") == "preview" and float(alert.get("expires_at") or 0) < (now or time.time())
