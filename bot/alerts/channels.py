"""One alert, three channels: who is held for quiet hours, signed unsubscribe links, and
the send of one (alert, contact) whatever its channel. What each channel says (the email,
the call's words and TwiML, the composer's preview) is bot.alerts.channel_texts.

``deliver_to`` is what the fan-out calls for every recipient (bot.alerts.fanout):
the member's shape says its channel (bot.alerts.subscribers.channel_of):

- sms: bot.messaging.outbound.deliver, as always (STOP checked at send time there);
- email: multipart plain + HTML from templates/email/alert.{txt,html} (Jinja),
  a Message-ID per (alert, contact), ``List-Unsubscribe`` with a signed one-click
  URL and ``List-Unsubscribe-Post: List-Unsubscribe=One-Click`` (RFC 8058);
- voice: a call whose TwiML (the SDK's VoiceResponse) says the alert twice in a
  clear voice inside a <Gather>: press 1 to hear it again, 9 to stop these calls
  (bot.web.alerts_routes answers the keys).

Email and voice contacts are checked at send time (``subscribers.may_send``: still
verified, not unsubscribed); one that is not gets ``skipped`` (opted out).

Quiet hours: a non-urgent alert to any contact (text, call or email) whose resident
is in their quiet hours (local time ALERT_TIMEZONE) is *held* (tally state ``held``,
keys.alert_held) and sent when they end, by ``release_held`` (an rq job at that
time; the worker's sweep ``release_held_due`` if the job is lost). An urgent alert
(``urgency`` "urgent") goes at once on every channel.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import time
import weakref
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from bot.alerts import links, resident_prefs, store, subscribers, tally
from bot.alerts.channel_texts import email_message, voice_twiml
from bot.messaging import channels as transport
from bot.store import keys
from bot.store.scripts import LuaScript

log = logging.getLogger(__name__)
_CACHE_S = 30.0
# {app's Redis client: {alert id: (when read, alert)}}: per app, so an alert read by one
# app (one Redis) is never sent by another that has an alert of the same id (tests).
_caches: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


# -- signed unsubscribe links ---------------------------------------------------------------
def _serializer(cfg: dict):
    from itsdangerous import URLSafeTimedSerializer

    secret = hmac.new(cfg["PSEUDONYM_KEY"].encode(), b"alerts-unsubscribe-links", hashlib.sha256).hexdigest()
    return URLSafeTimedSerializer(secret, salt="alerts-unsubscribe")


def unsubscribe_token(cfg: dict, member: str) -> str:
    return _serializer(cfg).dumps(member)


def read_unsubscribe_token(cfg: dict, token: str) -> str | None:
    """The member a link was made for, or None (forged, altered, or older than ALERT_LINK_DAYS)."""
    from itsdangerous import BadData

    try:
        member = _serializer(cfg).loads(token, max_age=int(float(cfg["ALERT_LINK_DAYS"]) * 86400))
    except BadData:
        return None
    return member if isinstance(member, str) and len(member) <= 40 else None


def unsubscribe_url(cfg: dict, member: str) -> str:
    return f"{(cfg.get('PUBLIC_BASE_URL') or '').rstrip('/')}/alerts/unsubscribe/{unsubscribe_token(cfg, member)}"


# -- quiet hours ----------------------------------------------------------------------------------
def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def quiet_until(quiet: tuple[str, str] | None, now: float, tz_name: str) -> float | None:
    """When the quiet hours holding ``now`` end (epoch), or None when ``now`` is not in them."""
    if not quiet:
        return None
    tz = ZoneInfo(tz_name)
    local = datetime.fromtimestamp(now, tz)
    start, end, t = _minutes(quiet[0]), _minutes(quiet[1]), local.hour * 60 + local.minute
    inside = start <= t < end if start < end else (t >= start or t < end)
    if start == end or not inside:
        return None
    day = local.date() if t < end else local.date() + timedelta(days=1)
    release = datetime(day.year, day.month, day.day, end // 60, end % 60, tzinfo=tz)
    return release.astimezone(timezone.utc).timestamp()


def hold_until(svc, alert: dict, member: str, now: float | None = None) -> float | None:
    """Until when to hold this recipient (None: send now)."""
    if alert.get("urgency") == "urgent":
        return None
    rid = subscribers.resident_for(svc.redis, member)
    if rid is None:
        return None
    return quiet_until(resident_prefs.quiet_hours(svc.redis, rid), now or time.time(),
                       svc.config.get("ALERT_TIMEZONE") or "Europe/London")


def _alert(svc, alert_id: str) -> dict | None:
    cache = _caches.setdefault(svc.redis, {})
    hit = cache.get(alert_id)
    if hit and time.monotonic() - hit[0] < _CACHE_S:
        return hit[1]
    found = store.load(svc.redis, alert_id)
    if found is not None:
        if len(cache) > 64:
            cache.clear()
        cache[alert_id] = (time.monotonic(), found)
    return found


def maybe_hold(svc, alert_id: str, member: str) -> bool:
    """Hold this recipient for quiet hours if they are in them; True if held (the
    fan-out then neither lets them out nor sends)."""
    alert = _alert(svc, alert_id)
    until = hold_until(svc, alert or {}, member) if alert else None
    if until is None:
        return False
    pipe = svc.redis.pipeline(transaction=True)
    pipe.zadd(keys.alert_held(alert_id), {member: until}, nx=True)
    pipe.expire(keys.alert_held(alert_id), keys.DELIVERY_RECORD_TTL_S)
    pipe.zadd(keys.ALERTS_HELD, {alert_id: until}, lt=True)   # the earliest release of the alert
    pipe.execute()
    tally.record(svc.redis, alert_id, member, "held")
    q = svc.queues["tipline-alerts"]
    if q.is_async:
        q.enqueue_at(datetime.fromtimestamp(until, tz=timezone.utc), release_held_job, alert_id,
                     job_id=f"alert-held-{alert_id}-{int(until) // 60}", description=f"release held {alert_id}")
    return True


# Lua: let a held recipient out unless the alert was halted (it may be done by now).
# KEYS: alert, alert_released
# ARGV: member, expiry
_RELEASE_HELD = LuaScript("""
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 1 end
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'sending' and state ~= 'done' then return 0 end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return 1
""")


def release_held(svc, alert_id: str, now: float | None = None) -> int:
    """Send every held recipient of the alert whose quiet hours are over; returns how many went."""
    now = now or time.time()
    redis = svc.redis
    alert = store.load(redis, alert_id)
    due = [m.decode() for m in redis.zrangebyscore(keys.alert_held(alert_id), 0, now)]
    langs = resident_prefs.languages_of(redis, due) if alert and alert.get("lang_bodies") else {}
    sent = 0
    for m in due:
        if alert is None or not _RELEASE_HELD(redis, [keys.alert(alert_id), keys.alert_released(alert_id)],
                                              [m, keys.DELIVERY_RECORD_TTL_S]):
            tally.record(redis, alert_id, m, "halted")
        else:
            lang = langs.get(m, "")
            tally.record(redis, alert_id, m, deliver_to(svc, alert_id, m, compose_body(in_language(alert, lang)),
                                                        lang=lang))
            sent += 1
        redis.zrem(keys.alert_held(alert_id), m)
    if not redis.zcard(keys.alert_held(alert_id)):
        redis.zrem(keys.ALERTS_HELD, alert_id)
    else:
        nxt = redis.zrange(keys.alert_held(alert_id), 0, 0, withscores=True)
        redis.zadd(keys.ALERTS_HELD, {alert_id: nxt[0][1]})
    return sent


def compose_body(alert: dict):
    from bot.privacy.redact import SafeText

    return SafeText.staff(alert["body"])


def release_held_job(alert_id: str) -> int:
    from bot.services import current

    return release_held(current(), alert_id)


def release_held_due(svc, now: float | None = None) -> list[str]:
    """The worker's sweep: release held recipients whose time has come (their job lost)."""
    now = now or time.time()
    out = []
    for raw in svc.redis.zrangebyscore(keys.ALERTS_HELD, 0, now):
        if release_held(svc, raw.decode(), now):
            out.append(raw.decode())
    return out


# -- one send ------------------------------------------------------------------------------------------
def in_language(alert: dict, lang: str) -> dict:
    """The alert as a recipient in ``lang`` reads it: their language's text, if it has one,
    marked ``lang`` so the email's and the call's own words are in that language too."""
    text = (alert.get("lang_texts") or {}).get(lang)
    return {**alert, "text": text, "body": alert["lang_bodies"][lang], "lang": lang} if text else alert


def deliver_to(svc, alert_id: str, member: str, body, keepalive=None, attempt: str | None = None,
               go_on=None, lang: str = "") -> str | None:
    """Send the alert to one contact by its channel, at most once; returns the outcome
    (sent | failed | skipped), or None when a text was left unclaimed for the next time
    slice (``go_on``, as in outbound.deliver). Raises TransientSendError for a retry, as
    deliver does, unless ``attempt`` is outbound.LAST: then a transient failure ends the
    send as failed, on every channel."""
    from bot.messaging.outbound import LAST, RETRYABLE, TransientSendError, deliver

    attempt = attempt or RETRYABLE
    dedupe = keys.alert_send(alert_id, member)
    channel = subscribers.channel_of(member)
    label = f"alert {alert_id}"
    if channel == "sms":
        return deliver(svc, member, body, dedupe, kind="alert", label=label, attempt=attempt, bulk=True,
                       go_on=go_on)
    if not subscribers.may_send(svc.redis, member):
        return transport.record_outcome(svc, dedupe, member, "skipped", reason="opted_out", kind="alert", label=label)
    alert = _alert(svc, alert_id)
    if alert is None:
        return transport.record_outcome(svc, dedupe, member, "failed", reason="alert_gone", kind="alert", label=label)
    alert = in_language(alert, lang)
    cfg = svc.config
    try:
        if channel == "email":
            url = unsubscribe_url(cfg, member)
            resident = subscribers.resident_for(svc.redis, member)
            prefs = links.prefs_url(cfg, resident) if resident else ""    # their preferences page (bot.public)
            return transport.deliver_email(svc, subscribers.pseudonym_of(member),
                                           lambda to, mid: email_message(alert, cfg, to, mid, url, prefs), dedupe,
                                           kind="alert", label=label)
        return transport.deliver_call(svc, subscribers.pseudonym_of(member), voice_twiml(alert, cfg), dedupe,
                                      kind="alert", label=label, keepalive=keepalive, go_on=go_on)
    except TransientSendError:
        if attempt != LAST:
            raise
        return transport.record_outcome(svc, dedupe, member, "failed", reason="retries_exhausted", kind="alert",
                                        label=label)
