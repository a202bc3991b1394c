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
from bot.messaging import queues
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


def _contact(svc, pending_id: str, index: int) -> tuple[dict, str] | None:
    record = verify.load_pending(svc.redis, pending_id)
    if record is None or not 0 <= index < len(record["contacts"]):
        return None                   # expired: nothing to confirm any more
    contact = record["contacts"][index]
    value = svc.identity.unseal(contact["sealed"].encode())
    return (contact, value) if value else None


def confirm_email(config, address: str, url: str) -> EmailMessage:
    force, hours = config["FORCE_NAME"], f"{config['ALERT_WEB_PENDING_HOURS']:g}"
    host = urlsplit(links.base_url(config)).hostname or "localhost"
    msg = EmailMessage()
    msg["From"] = config.get("ALERT_EMAIL_FROM") or f"{force} alerts <alerts@{host}>"
    msg["To"] = address
    msg["Subject"] = f"Confirm your community alerts from {force}"
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain=host)
    msg["Auto-Submitted"] = "auto-generated"
    plain = (f"Someone, we hope you, asked for community alerts from {force} to be sent to this address.\n\n"
             f"To confirm, open this link and press the button on the page:\n\n{url}\n\n"
             f"The link works for {hours} hours. Opening it confirms nothing by itself.\n\n"
             "Not you? Ignore this email: nothing more will be sent, and this address will not be kept.\n")
    msg.set_content(plain)
    msg.add_alternative(
        f"<!doctype html><html lang=\"en\"><body>"
        f"<p>Someone, we hope you, asked for community alerts from {escape(force)} to be sent to this address.</p>"
        f"<p><a href=\"{escape(url)}\">Open the page that confirms your email address</a> and press its button.</p>"
        f"<p>The link works for {hours} hours. Opening it confirms nothing by itself.</p>"
        "<p>Not you? Ignore this email: nothing more will be sent, and this address will not be kept.</p>"
        "</body></html>", subtype="html")
    return msg


def send_confirm_email(pending_id: str, index: int) -> str:
    svc = current()
    found = _contact(svc, pending_id, index)
    if found is None:
        return "expired"
    contact, address = found
    message = confirm_email(svc.config, address, links.confirm_url(svc.config, pending_id, index))
    svc.mailer.send(svc.redis, message, {"recipient": contact["ref"], "label": "alerts sign-up", "kind": "email"})
    return "sent"


def code_twiml(config, code: str) -> str:
    from twilio.twiml.voice_response import VoiceResponse

    spoken = ", ".join(code)
    voice = {"voice": config.get("VOICE_NAME") or "Polly.Amy", "language": config.get("VOICE_LANGUAGE") or "en-GB"}
    response = VoiceResponse()
    response.pause(length=1)
    for _ in range(2):
        response.say(f"This is {config['FORCE_NAME']} community alerts. Your code is {spoken}.", **voice)
        response.pause(length=1)
    response.say("If you did not ask for this call, hang up. Nothing more will happen.", **voice)
    return str(response)


def call_code(pending_id: str, index: int, sealed_code: str) -> str:
    svc = current()
    found = _contact(svc, pending_id, index)
    code = svc.identity.unseal(sealed_code.encode())
    if found is None or code is None:
        return "expired"
    contact, number = found
    svc.caller.call(svc.redis, number, code_twiml(svc.config, code),
                    {"recipient": contact["ref"], "label": "alerts sign-up code", "kind": "call"})
    return "called"
