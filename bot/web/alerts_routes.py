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
- ``GET /alerts/cap.atom`` and ``GET /alerts/cap/<A-n>.xml``: bot.alerts.cap.
"""
from __future__ import annotations

import logging
import time

from flask import Blueprint, Response, abort, current_app, render_template_string, request

from bot.alerts import cap, channels, store, subscribers
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
    (``?lang=``, put on the link by channels.email_message)."""
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
    lang = request.args.get("lang") or ""          # the call's language (channels.voice_twiml's action URL)
    lang = lang if lang in catalog.configured(cfg) else cfg.get("DEFAULT_LANGUAGE") or catalog.BASE
    say = channels.voice_of(cfg, lang)
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
            return _twiml(channels.voice_twiml(channels.in_language(alert, lang), cfg))
    if digits == "9":
        subscribers.unsubscribe(current().redis, member, cfg["NUMBER_RETENTION_DAYS"] * 86400, reason="press-9")
        log.info("alert contact %s unsubscribed (pressed 9)", member[:9])
        response.say(words["voice_stopped"], **say)
        return _twiml(str(response))
    response.say(words["voice_goodbye"], **say)
    return _twiml(str(response))


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
