"""Double opt-in for web sign-ups: a pending sign-up, a code per phone, rate limits.

A sign-up from the web (bot.public) is kept as a *pending* record (keys.alerts_web_pending,
expires after ALERT_WEB_PENDING_HOURS) holding the resident's choices and each contact
sealed (the same Fernet keys as numbers; never in the clear). Nothing is subscribed and
nothing but the code or the confirmation link is sent until a contact is confirmed:

- a phone (mobile for texts or calls, or a landline for calls) by a 6-digit code, sent
  by text or call, typed on the page. The code is kept only as an HMAC (keyed from
  PSEUDONYM_KEY) in its own key that expires after ALERT_WEB_CODE_MINUTES; each try
  counts (one Lua script: count, compare, delete), and after ALERT_WEB_CODE_ATTEMPTS
  wrong tries the code is void and a new one must be asked for;
- an email address by a signed link (bot.alerts.links) whose page confirms only on POST.

Rate limits (fixed windows of an hour, Redis counters with expiries): sign-ups per
client IP and code entries per client IP, and codes or links sent to one contact
(counted by its pseudonym, so the counter names nobody). The sign-up path does the same
work whether or not the contact is known already: it never looks one up, so neither its
answer nor its timing can tell who is subscribed.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time

from redis.exceptions import WatchError

from bot.store import keys
from bot.store.scripts import LuaScript

RATE_WINDOW_S = 3600
CODE_DIGITS = 6

OK, WRONG, EXPIRED, VOID = "ok", "wrong", "expired", "void"

# KEYS: the code's hash key. ARGV: HMAC of the typed code, attempts allowed.
# -> 'expired' (no code), 'ok' (right: the code is used up), 'wrong', 'void' (no tries left: deleted).
_CHECK = LuaScript("""
if redis.call('EXISTS', KEYS[1]) == 0 then return 'expired' end
local used = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
if used > tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]); return 'void' end
if redis.call('HGET', KEYS[1], 'h') == ARGV[1] then redis.call('DEL', KEYS[1]); return 'ok' end
if used >= tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]); return 'void' end
return 'wrong'
""")


def new_id() -> str:
    return secrets.token_urlsafe(18)


def _code_key(config) -> bytes:
    return hmac.new(config["PSEUDONYM_KEY"].encode(), b"alerts:web-codes", hashlib.sha256).digest()


def _hash_code(config, pending_id: str, contact: int, code: str) -> str:
    msg = f"{pending_id}|{contact}|{code}".encode()
    return hmac.new(_code_key(config), msg, hashlib.sha256).hexdigest()


def normalise_code(text: str) -> str:
    return "".join(ch for ch in (text or "") if ch.isdigit())[:12]


# -- pending sign-ups ---------------------------------------------------------------------
def save_pending(redis, config, record: dict) -> None:
    ttl = int(config["ALERT_WEB_PENDING_HOURS"] * 3600)
    redis.set(keys.alerts_web_pending(record["id"]), json.dumps(record), ex=ttl)


def load_pending(redis, pending_id: str) -> dict | None:
    if not pending_id or len(pending_id) > 64:
        return None
    raw = redis.get(keys.alerts_web_pending(pending_id))
    return json.loads(raw) if raw else None


def mark_confirmed(redis, pending_id: str, contact: int, resident: str | None = None) -> dict | None:
    """Mark one contact confirmed, and remember the resident it went into (WATCH/MULTI:
    two confirmations at once both stick). The record after the change; None if it has expired."""
    key = keys.alerts_web_pending(pending_id)
    with redis.pipeline() as pipe:
        while True:
            try:
                pipe.watch(key)
                raw = pipe.get(key)
                if raw is None:
                    pipe.reset()
                    return None
                record = json.loads(raw)
                record["contacts"][contact]["confirmed"] = True
                if resident:
                    record["resident"] = resident
                pipe.multi()
                pipe.set(key, json.dumps(record), keepttl=True)
                pipe.execute()
                return record
            except WatchError:
                continue


# -- codes ----------------------------------------------------------------------------------
def issue_code(redis, config, pending_id: str, contact: int) -> str:
    """A new code for one contact (replacing any earlier one); the code, to send."""
    code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
    key = keys.alerts_web_code(pending_id, contact)
    ttl = max(1, int(config["ALERT_WEB_CODE_MINUTES"] * 60))
    pipe = redis.pipeline(transaction=True)
    pipe.delete(key)
    pipe.hset(key, mapping={"h": _hash_code(config, pending_id, contact, code), "attempts": 0,
                            "issued": time.time()})
    pipe.expire(key, ttl)
    pipe.execute()
    return code


def check_code(redis, config, pending_id: str, contact: int, typed: str) -> str:
    """OK, WRONG, EXPIRED (none, or timed out) or VOID (too many tries: ask for a new one)."""
    code = normalise_code(typed)
    digest = _hash_code(config, pending_id, contact, code) if len(code) == CODE_DIGITS else "-"
    result = _CHECK(redis, keys=[keys.alerts_web_code(pending_id, contact)],
                    args=[digest, config["ALERT_WEB_CODE_ATTEMPTS"]])
    return result.decode() if isinstance(result, bytes) else result


# -- rate limits ----------------------------------------------------------------------------
def hit(redis, action: str, scope: str, subject: str, limit: int, window_s: int = RATE_WINDOW_S) -> bool:
    """Count one ``action`` by ``subject``; False once over ``limit`` in the window."""
    key = keys.alerts_web_rate(action, scope, subject[:64])
    pipe = redis.pipeline(transaction=True)
    pipe.set(key, 0, ex=window_s, nx=True)   # the window starts at the first hit
    pipe.incr(key)
    return pipe.execute()[1] <= limit


def over(redis, action: str, scope: str, subject: str, limit: int) -> bool:
    """Already over ``limit`` (without counting)."""
    raw = redis.get(keys.alerts_web_rate(action, scope, subject[:64]))
    return raw is not None and int(raw) >= limit
