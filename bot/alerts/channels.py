"""One alert, three channels: what each says, who is held for quiet hours, and the
send of one (alert, contact) whatever its channel.

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
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.alerts import compose, links, resident_prefs, schemes, store, subscribers, tally
from bot.messaging import catalog
from bot.messaging import channels as transport
from bot.messaging.voice import GATHER_PATH
from bot.store import keys
from bot.store.scripts import LuaScript

log = logging.getLogger(__name__)
TEMPLATES = Path(__file__).with_name("templates")
_CACHE_S = 30.0
# {app's Redis client: {alert id: (when read, alert)}}: per app, so an alert read by one
# app (one Redis) is never sent by another that has an alert of the same id (tests).
_caches: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


# -- what each channel says ------------------------------------------------------------------
# The words around the alert's own text (email frame, the call's intro, keys and goodbye) are
# web catalog texts (bot/locales/web/<lang>.json) in the language of the text the recipient gets:
# ``frame_lang`` (``in_language`` marks it; else the force default). Scheme names likewise.
def frame_lang(alert: dict, cfg: dict) -> str:
    """The language the recipient reads this alert in: its text's (``in_language``), else the default."""
    return alert.get("lang") or cfg.get("DEFAULT_LANGUAGE") or catalog.BASE


def _t(cfg: dict, lang: str, name: str, **values) -> str:
    return catalog.web_text(lang, name, cfg.get("DEFAULT_LANGUAGE") or catalog.BASE, **values)


def voice_of(cfg: dict, lang: str | None, fallback: str = "alice") -> dict:
    """<Say> voice and language: VOICE_NAME/VOICE_LANGUAGE for the force's default language,
    the web catalog's ``voice`` for another (Spanish: Polly.Lupe, es-US)."""
    default = cfg.get("DEFAULT_LANGUAGE") or catalog.BASE
    own = catalog.load_web(lang).get("voice") if lang and lang != default else None
    if own:
        return {"voice": own["name"], "language": own["language"]}
    return {"voice": cfg.get("VOICE_NAME") or fallback, "language": cfg.get("VOICE_LANGUAGE") or "en-GB"}


def _head(alert: dict, cfg: dict) -> str:
    lang, default = frame_lang(alert, cfg), cfg.get("DEFAULT_LANGUAGE") or catalog.BASE
    if len(alert.get("schemes") or []) == 1:
        name = schemes.name_in(schemes.get(alert["schemes"][0]), lang, default)
        return catalog.text(lang, "alert_head_scheme", default, scheme=name)
    return catalog.text(lang, "alert_head_force", default, force=cfg["FORCE_NAME"])


def voice_script(alert: dict, cfg: dict) -> str:
    """The words of the call: who it is from, the alert, the reference spelled for speech."""
    lang = frame_lang(alert, cfg)
    ref = " ".join((alert.get("incident") or "").replace("-", " ").split())
    return _t(cfg, lang, "voice_alert", head=_head(alert, cfg), force=cfg["FORCE_NAME"],
              text=alert["text"].rstrip("."), ref=ref, contact=compose.contact_line(cfg, lang))


def voice_twiml(alert: dict, cfg: dict) -> str:
    """TwiML built by the SDK: the alert said twice; 1 repeats it, 9 stops these calls."""
    from twilio.twiml.voice_response import VoiceResponse

    lang = frame_lang(alert, cfg)
    words = voice_script(alert, cfg)
    say = voice_of(cfg, lang)
    response = VoiceResponse()
    action = (cfg.get("PUBLIC_BASE_URL") or "").rstrip("/") + GATHER_PATH
    if lang != (cfg.get("DEFAULT_LANGUAGE") or catalog.BASE):
        action += f"?lang={lang}"       # pressing 1 repeats it in this language (bot.web.alerts_routes)
    gather = response.gather(num_digits=1, action=action, method="POST", timeout=6)
    gather.say(words, **say)
    gather.pause(length=1)
    gather.say(words, **say)
    gather.say(_t(cfg, lang, "voice_keys"), **say)
    response.say(_t(cfg, lang, "voice_goodbye"), **say)
    return str(response)


@lru_cache(maxsize=1)
def _jinja():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                       keep_trailing_newline=True)


def email_parts(alert: dict, cfg: dict, unsubscribe_url: str, prefs_url: str = "") -> tuple[str, str, str]:
    """(subject, plain text, HTML) of the alert's email, its frame in ``frame_lang``."""
    lang, default = frame_lang(alert, cfg), cfg.get("DEFAULT_LANGUAGE") or catalog.BASE
    head = _head(alert, cfg)
    text = alert["text"]
    subject = _t(cfg, lang, "email_subject", head=head, snippet=f"{text[:70]}{'...' if len(text) > 70 else ''}")
    names = ", ".join(schemes.name_in(schemes.get(kw), lang, default) for kw in alert.get("schemes") or [])
    ctx = {"head": head, "text": text, "incident": alert.get("incident") or "",
           "contact": compose.contact_line(cfg, lang), "force": cfg["FORCE_NAME"], "unsubscribe_url": unsubscribe_url,
           "prefs_url": prefs_url, "scheme_names": names or _t(cfg, lang, "email_community"), "lang": lang,
           "t": lambda name, **values: _t(cfg, lang, name, **values)}
    env = _jinja()
    return subject, env.get_template("email/alert.txt").render(ctx), env.get_template("email/alert.html").render(ctx)


def _in_lang(url: str, alert: dict, cfg: dict) -> str:
    """A link of the email that opens its page in the email's language (not the default's)."""
    lang = frame_lang(alert, cfg)
    if not url or lang == (cfg.get("DEFAULT_LANGUAGE") or catalog.BASE):
        return url
    return f"{url}{'&' if '?' in url else '?'}lang={lang}"


def email_message(alert: dict, cfg: dict, to: str, mid: str, unsubscribe_url: str,
                  prefs_url: str = "") -> EmailMessage:
    unsubscribe_url, prefs_url = _in_lang(unsubscribe_url, alert, cfg), _in_lang(prefs_url, alert, cfg)
    subject, text, html = email_parts(alert, cfg, unsubscribe_url, prefs_url)
    msg = EmailMessage()
    msg["From"] = cfg.get("ALERT_EMAIL_FROM") or f"{cfg['FORCE_NAME']} <alerts@localhost>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = mid
    msg["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def preview(alert: dict, cfg: dict) -> dict:
    """What each channel will send (the composer shows these before sending)."""
    subject, text, html = email_parts(alert, cfg, (cfg.get("PUBLIC_BASE_URL") or "") + "/alerts/unsubscribe/...")
    return {"sms": alert.get("body") or "", "email": {"subject": subject, "text": text, "html": html},
            "voice": voice_script(alert, cfg)}


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
