"""What an alert says on each channel: the email (subject, plain text and HTML from
templates/email/alert.{txt,html}, with its List-Unsubscribe headers), the call (its words and
the TwiML that says them), and the preview of all three the composer shows. The words around
the alert's own text are web catalog texts in the language of the text the recipient gets.

It is separate from bot.alerts.channels (who is held for quiet hours, and the send of one
alert to one contact) because it only renders: no Redis, no sending. The public pages and
the voice webhook render the same words without sending anything."""
from __future__ import annotations

from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path

from bot.alerts import compose, schemes
from bot.messaging import catalog
from bot.messaging.voice import GATHER_PATH

TEMPLATES = Path(__file__).with_name("templates")


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
