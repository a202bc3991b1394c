"""Alert routes that are not the resident's pages (those are /alerts/join and the
preferences pages): one-click unsubscribe from an email (RFC 8058), Twilio's call
status callbacks and key presses, and the CAP feed.

- ``POST /alerts/unsubscribe/<token>``: what mail clients send for
  ``List-Unsubscribe-Post: List-Unsubscribe=One-Click`` (no CSRF token: RFC 8058; the
  signed token is the authority, and it can only unsubscribe the contact it names).
  ``GET`` shows a page with one button (a form POST), so a mail scanner that follows
  the link unsubscribes nobody.
- ``POST /alerts/voice/status``: call status callbacks, signed (X-Twilio-Signature).
- ``POST /alerts/voice/gather``: the key pressed during an alert call, signed:
  1 says the alert again, 9 stops calls to that number.
- ``POST /alerts/email/events``: the mail provider's bounce and complaint webhook (JSON,
  HMAC-SHA256 of the raw body with EMAIL_EVENTS_SECRET in ``X-Signature``); recorded by
  bot.alerts.bounces.record, as the ``alerts ingest-dsn`` command's reports are.
- ``GET /alerts/cap.atom`` and ``GET /alerts/cap/<A-n>.xml``: bot.alerts.cap.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time

from flask import Blueprint, Response, abort, current_app, render_template_string, request

from bot.alerts import bounces, cap, channel_texts, channels, store, subscribers
from bot.messaging import catalog
from bot.messaging import channels as transport
from bot.services import current
from bot.store import keys
from bot.web.webhook import require_signature

log = logging.getLogger(__name__)
bp = Blueprint("alerts_feed", __name__)

_PAGE = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title></head>
<body style="font-family: Arial, sans-serif; max-width: 36em; margin: 2em auto; padding: 0 1em; line-height: 1.5">
<h1>{{ title }}</h1><p>{{ message }}</p>
{% if form %}<form method="post"><button type="submit" style="font-size: 1.1em; padding: .5em 1em">
{{ button }}</button></form>{% endif %}
</body></html>"""


def _page(title: str, message: str, status: int = 200, form: bool = False) -> Response:
    """The unsubscribe pages, their words (bot/locales/web: unsub_*) in the email's language
    (``?lang=``, put on the link by channel_texts.email_message)."""
    cfg = current_app.config
    default = cfg.get("DEFAULT_LANGUAGE") or catalog.BASE
    lang = request.args.get("lang") or ""
    lang = lang if lang in catalog.configured(cfg) else default

    def say(name):
        return catalog.web_text(lang, name, default)

    html = render_template_string(_PAGE, title=say(title), message=say(message), form=form, lang=lang,
                                  button=say("unsub_button"))
    resp = Response(html, status=status, mimetype="text/html")
    resp.headers["Cache-Control"] = "no-store"
    resp.headers["Referrer-Policy"] = "no-referrer"   # the token is in the URL
    return resp


@bp.route("/alerts/unsubscribe/<token>", methods=["GET", "POST"])
def unsubscribe(token: str):
    cfg = current_app.config
    member = channels.read_unsubscribe_token(cfg, token) if len(token) < 400 else None
    if member is None:
        return _page("unsub_bad_title", "unsub_bad", status=400)
    if request.method == "GET":
        return _page("unsub_ask_title", "unsub_ask", form=True)
    svc = current()
    subscribers.unsubscribe(svc.redis, member, cfg["NUMBER_RETENTION_DAYS"] * 86400, reason="one-click")
    log.info("alert contact %s unsubscribed (one-click)", member[:9])
    return _page("unsub_done_title", "unsub_done")


@bp.post("/alerts/voice/status")
def voice_status():
    require_signature()
    sid = (request.form.get("CallSid") or "").strip()
    status = (request.form.get("CallStatus") or "").strip().lower()
    if not sid or len(sid) > 64 or not sid.isalnum():
        return Response("missing or bad CallSid", status=400, mimetype="text/plain")
    transport.call_status(current(), sid, status, time.time())
    return Response(status=204)


def _call_of(sid: str) -> tuple[str, str] | None:
    owner = current().redis.get(keys.call_owner(sid)) if sid and len(sid) <= 64 else None
    dedupe = keys.outbound_dedupe_key(owner.decode()) if owner else None
    return keys.alert_send_parts(dedupe) if dedupe else None


def _twiml(xml: str) -> Response:
    return Response(xml, mimetype="text/xml")


@bp.post("/alerts/voice/gather")
def voice_gather():
    from twilio.twiml.voice_response import VoiceResponse

    require_signature()
    cfg = current_app.config
    lang = request.args.get("lang") or ""          # the call's language (channel_texts.voice_twiml's action URL)
    lang = lang if lang in catalog.configured(cfg) else cfg.get("DEFAULT_LANGUAGE") or catalog.BASE
    say = channel_texts.voice_of(cfg, lang)
    words = {name: catalog.web_text(lang, name, cfg.get("DEFAULT_LANGUAGE") or catalog.BASE)
             for name in ("voice_goodbye", "voice_stopped")}
    digits = (request.form.get("Digits") or "").strip()
    found = _call_of((request.form.get("CallSid") or "").strip())
    response = VoiceResponse()
    if found is None:
        response.say(words["voice_goodbye"], **say)
        return _twiml(str(response))
    alert_id, member = found
    if digits == "1":
        alert = store.load(current().redis, alert_id)
        if alert:
            return _twiml(channel_texts.voice_twiml(channels.in_language(alert, lang), cfg))
    if digits == "9":
        subscribers.unsubscribe(current().redis, member, cfg["NUMBER_RETENTION_DAYS"] * 86400, reason="press-9")
        log.info("alert contact %s unsubscribed (pressed 9)", member[:9])
        response.say(words["voice_stopped"], **say)
        return _twiml(str(response))
    response.say(words["voice_goodbye"], **say)
    return _twiml(str(response))


EVENTS_MAX_BYTES = 64 * 1024
EVENTS_MAX = 100          # events in one request (a JSON list)
SIGNATURE_HEADER = "X-Signature"


def _json(payload: dict, status: int = 200) -> Response:
    return Response(json.dumps(payload), status=status, mimetype="application/json")


def _event(item) -> tuple[dict | None, str]:
    """One event checked: ({event, bounce, message_ids, address}, "") or (None, why not)."""
    if not isinstance(item, dict):
        return None, "each event is a JSON object"
    event = item.get("event")
    if event not in ("bounce", "complaint"):
        return None, 'event must be "bounce" or "complaint"'
    bounce = item.get("type", "hard") if event == "bounce" else ""
    if bounce not in ("hard", "soft", ""):
        return None, 'type must be "hard" or "soft"'
    mid, address = item.get("message_id"), item.get("address")
    if mid is not None and (not isinstance(mid, str) or not 3 <= len(mid) <= 300 or "@" not in mid):
        return None, "message_id must be the Message-ID header we set"
    if address is not None and (not isinstance(address, str) or len(address) > 254):
        return None, "address must be an email address"
    if not mid and not address:
        return None, "give message_id or address (or both)"
    if mid:
        mid = mid.strip()
        mid = mid if mid.startswith("<") else f"<{mid}>"
    return {"event": event, "bounce": bounce or "hard", "message_ids": [mid] if mid else [],
            "address": address}, ""


@bp.post("/alerts/email/events")
def email_events():
    """Bounces and complaints from the mail provider. 404 while EMAIL_EVENTS_SECRET is
    unset; 403 without a good signature; 400 for a body that is not the JSON below; 200
    with what was done. Body: one event or a list of up to EVENTS_MAX:
    {"event": "bounce" | "complaint", "type": "hard" | "soft" (bounces; default hard),
     "message_id": "<...@...>", "address": "name@example.org"} (one of the last two or both)."""
    secret = current_app.config.get("EMAIL_EVENTS_SECRET") or ""
    if not secret:
        abort(404)
    if (request.content_length or 0) > EVENTS_MAX_BYTES:
        return _json({"error": "body too large"}, 413)
    raw = request.get_data(cache=False)[:EVENTS_MAX_BYTES + 1]
    if len(raw) > EVENTS_MAX_BYTES:
        return _json({"error": "body too large"}, 413)
    given = (request.headers.get(SIGNATURE_HEADER) or "").strip()
    given = given.split("=", 1)[1] if given.lower().startswith("sha256=") else given
    expected = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    if not given or not hmac.compare_digest(given.lower().encode(), expected.encode()):
        log.warning("email events: bad or missing signature")
        return _json({"error": "bad signature"}, 403)
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return _json({"error": "the body is not JSON"}, 400)
    items = body if isinstance(body, list) else [body]
    if not items or len(items) > EVENTS_MAX:
        return _json({"error": f"send 1 to {EVENTS_MAX} events"}, 400)
    events = []
    for n, item in enumerate(items):
        ev, why = _event(item)
        if ev is None:
            return _json({"error": f"event {n}: {why}"}, 400)
        events.append(ev)
    svc, done = current(), {"failed": 0, "stopped": 0}
    for ev in events:
        got = bounces.record(svc, ev["event"], ev["bounce"], message_ids=ev["message_ids"], address=ev["address"],
                             detail=f"{ev['event']} ({ev['bounce']}) from the mail provider"
                             if ev["event"] == "bounce" else "complaint from the mail provider")
        done = {k: done[k] + got[k] for k in done}
    log.info("email events: %d recorded, %d email(s) failed, %d address(es) stopped", len(events), done["failed"],
             done["stopped"])
    return _json({"events": len(events), **done})


@bp.get("/alerts/cap.atom")
def cap_index():
    return Response(cap.atom_xml(current().redis, current_app.config), mimetype="application/atom+xml")


@bp.get("/alerts/cap/<alert_id>.xml")
def cap_alert(alert_id: str):
    normal = store.normalise_id(alert_id)
    alert = cap.published(current().redis, normal) if normal else None
    if alert is None:
        abort(404)
    return Response(cap.alert_xml(alert, current_app.config), mimetype="application/cap+xml")
