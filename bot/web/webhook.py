"""Twilio webhooks. Every request is signature-checked; every outcome is a TwiML
answer or a clear HTTP error, never a 500 and never a silently dropped text."""
from __future__ import annotations

import logging

import redis as redis_lib
from flask import Blueprint, Response, abort, current_app, request
from twilio.twiml.messaging_response import MessagingResponse

from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from bot.privacy.identity import BadNumber, OtherChannel
from bot.services import current
from bot.store.locks import LockTimeout
from bot.web import signature, spool
from bot.web.inbound import handle_inbound

log = logging.getLogger(__name__)
bp = Blueprint("webhook", __name__)
MAX_MEDIA = 10


def twiml(replies: list[str], status: int = 200) -> Response:
    resp = MessagingResponse()
    for reply in replies:
        resp.message(reply)
    return Response(str(resp), status=status, mimetype="application/xml")


def require_signature() -> None:
    cfg = current_app.config
    if not signature.is_valid(request, cfg["TWILIO_AUTH_TOKEN"], cfg["PUBLIC_BASE_URL"]):
        log.warning("rejected unsigned or wrongly signed request to %s", request.path)
        abort(403)


def media_urls(form) -> list[str]:
    try:
        count = min(int(form.get("NumMedia") or 0), MAX_MEDIA)
    except ValueError:
        count = 0
    return [form[f"MediaUrl{i}"] for i in range(count) if form.get(f"MediaUrl{i}")]


@bp.post("/sms")
def inbound_sms():
    require_signature()
    svc = current()
    form = request.form  # FromCity/FromState/FromZip/FromCountry are never read or kept
    # Older payloads carry only SmsSid / SmsMessageSid: without one of them a redelivery
    # would be processed twice.
    sid = form.get("MessageSid") or form.get("SmsMessageSid") or form.get("SmsSid")
    media = media_urls(form)
    try:
        replies = handle_inbound(svc, form.get("From"), form.get("Body"), media, sid)
    except OtherChannel as exc:
        # Answered on the channel it came by (Twilio sends TwiML replies back the same way);
        # nothing is kept: the tip line's anonymity model and relays are SMS.
        log.warning("inbound %s by %s refused: SMS only", (sid or "")[:40], exc.channel)
        # Nothing is read for it (no language yet): the force's default language.
        return twiml([gsm7_letters(catalog.text(svc.config["DEFAULT_LANGUAGE"], "sms_only",
                                           emergency=svc.config["EMERGENCY_NUMBER"]))])
    except BadNumber as exc:
        # Junk, not an outage: nothing to reply to and nothing a replay could process.
        log.warning("inbound %s rejected: %s", (sid or "")[:40], exc)
        return twiml([], status=400)
    except (redis_lib.RedisError, LockTimeout) as exc:
        # Any Redis failure (unreachable, timeout, OOM, READONLY after a failover,
        # MISCONF ...): Twilio does not retry an inbound SMS after a 500, so keep it.
        log.error("inbound %s: Redis failed (%s); spooled", (sid or "")[:40], type(exc).__name__)
        spool.spool_inbound(svc, form.get("From"), form.get("Body"), media, sid, reason=type(exc).__name__)
        ctx = {"emergency": svc.config["EMERGENCY_NUMBER"]}
        return twiml([gsm7_letters(catalog.text(svc.config["DEFAULT_LANGUAGE"], "unavailable", **ctx))])
    return twiml(replies)


def framework_floor():
    """A fixed TwiML answer through the same app and server: the benchmark's floor.
    Registered only with BENCH_FLOOR_ENDPOINT set (never in production)."""
    return twiml(["ok"])


@bp.get("/healthz")
def healthz():
    try:
        current().redis.ping()
    except (redis_lib.ConnectionError, redis_lib.TimeoutError):
        return {"redis": "down"}, 503
    return {"redis": "ok"}
