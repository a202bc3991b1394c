"""rq jobs of the sign-up pages: the confirmation email and the code call. Module-level
functions taking IDs and strings; they read the contact from the pending sign-up
(sealed there), so a job's payload (kept by rq, failed jobs for a year) names nobody.

- ``send_confirm_email(pending_id, index)``: the signed link (bot.alerts.links), plain
  text and HTML, through the mailer (bot.messaging.mail: SMTP_URL, or the local outbox).
  Nothing but the link: no alert is sent to an unconfirmed address.
- ``call_code(pending_id, index, sealed_code)``: a call that says the code twice
  (TwiML built by the Twilio SDK), through the caller (bot.messaging.voice). The code
  travels sealed with the numbers' keys.

A transient failure (SMTP down, a 4xx, Twilio 5xx) raises, and rq retries.
"""
from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from html import escape
from urllib.parse import urlsplit

from rq import Retry

from bot.alerts import links, verify
from bot.alerts.channel_texts import voice_of
from bot.messaging import catalog, queues
from bot.services import current

log = logging.getLogger(__name__)
RETRY = {"max": 4, "interval": [10, 60, 300, 900]}


def _retry() -> Retry:
    return Retry(max=RETRY["max"], interval=RETRY["interval"])


def can_call(services) -> bool:
    return getattr(services, "caller", None) is not None


def queue_confirm_email(services, pending_id: str, index: int) -> None:
    services.queues[queues.TEXTS].enqueue(send_confirm_email, pending_id, index, retry=_retry(),
                                          description=f"alerts sign-up email {pending_id[:6]}")


def queue_code_call(services, pending_id: str, index: int, code: str) -> None:
    sealed = services.identity.seal(code).decode()
    services.queues[queues.TEXTS].enqueue(call_code, pending_id, index, sealed, retry=_retry(),
                                          description=f"alerts sign-up call {pending_id[:6]}")


def _contact(svc, pending_id: str, index: int) -> tuple[dict, str, str] | None:
    """(contact, its clear value, the sign-up's language) or None (expired)."""
    record = verify.load_pending(svc.redis, pending_id)
    if record is None or not 0 <= index < len(record["contacts"]):
        return None                   # expired: nothing to confirm any more
    contact = record["contacts"][index]
    value = svc.identity.unseal(contact["sealed"].encode())
    lang = (record.get("prefs") or {}).get("lang") or svc.config.get("DEFAULT_LANGUAGE") or catalog.BASE
    return (contact, value, lang) if value else None


def _say(config, lang: str | None, name: str, **values) -> str:
    return catalog.web_text(lang, name, config.get("DEFAULT_LANGUAGE") or catalog.BASE, **values)


def confirm_email(config, address: str, url: str, lang: str | None = None) -> EmailMessage:
    """The confirmation email in ``lang`` (the language chosen on the form; None: the default)."""
    lang = lang or config.get("DEFAULT_LANGUAGE") or catalog.BASE
    force, hours = config["FORCE_NAME"], f"{config['ALERT_WEB_PENDING_HOURS']:g}"
    host = urlsplit(links.base_url(config)).hostname or "localhost"
    msg = EmailMessage()
    msg["From"] = config.get("ALERT_EMAIL_FROM") or f"{_say(config, lang, 'confirm_email_from', force=force)} <alerts@{host}>"
    msg["To"] = address
    msg["Subject"] = _say(config, lang, "confirm_email_subject", force=force)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain=host)
    msg["Auto-Submitted"] = "auto-generated"
    asked = _say(config, lang, "confirm_email_asked", force=force)
    works = _say(config, lang, "confirm_email_works", hours=hours)
    not_you = _say(config, lang, "confirm_email_not_you")
    plain = f"{asked}\n\n{_say(config, lang, 'confirm_email_open')}\n\n{url}\n\n{works}\n\n{not_you}\n"
    msg.set_content(plain)
    link = escape(_say(config, lang, "confirm_email_html_link", link="\x00", end="\x01"), quote=False) \
        .replace("\x00", f"<a href=\"{escape(url)}\">").replace("\x01", "</a>")
    msg.add_alternative(
        f"<!doctype html><html lang=\"{escape(lang)}\"><body>"
        f"<p>{escape(asked, quote=False)}</p><p>{link}</p><p>{escape(works, quote=False)}</p>"
        f"<p>{escape(not_you, quote=False)}</p></body></html>", subtype="html")
    return msg


def send_confirm_email(pending_id: str, index: int) -> str:
    svc = current()
    found = _contact(svc, pending_id, index)
    if found is None:
        return "expired"
    contact, address, lang = found
    url = links.confirm_url(svc.config, pending_id, index)
    if lang != (svc.config.get("DEFAULT_LANGUAGE") or catalog.BASE):
        url += f"?lang={lang}"           # the page opens in the language chosen on the form
    message = confirm_email(svc.config, address, url, lang)
    svc.mailer.send(svc.redis, message, {"recipient": contact["ref"], "label": "alerts sign-up", "kind": "email"})
    return "sent"


def code_twiml(config, code: str, lang: str | None = None) -> str:
    """The code call's TwiML, said in ``lang`` (the sign-up's language; None: the default)."""
    from twilio.twiml.voice_response import VoiceResponse

    spoken = ", ".join(code)
    voice = voice_of(config, lang, "Polly.Amy")
    response = VoiceResponse()
    response.pause(length=1)
    for _ in range(2):
        response.say(_say(config, lang, "voice_code", force=config["FORCE_NAME"], spoken=spoken), **voice)
        response.pause(length=1)
    response.say(_say(config, lang, "voice_code_not_you"), **voice)
    return str(response)


def call_code(pending_id: str, index: int, sealed_code: str) -> str:
    svc = current()
    found = _contact(svc, pending_id, index)
    code = svc.identity.unseal(sealed_code.encode())
    if found is None or code is None:
        return "expired"
    contact, number, lang = found
    svc.caller.call(svc.redis, number, code_twiml(svc.config, code, lang),
                    {"recipient": contact["ref"], "label": "alerts sign-up code", "kind": "call"})
    return "called"
