"""What the sign-up pages do, apart from HTTP: read the form into choices and contacts,
keep them pending, send each contact its code or link, subscribe a contact once confirmed.

Contacts of a sign-up (at most one of each):

| field | alerts by | confirmed by |
| --- | --- | --- |
| ``phone`` with ``phone_channel=sms`` | text | a code by text |
| ``phone`` with ``phone_channel=voice`` | call | a code by call |
| ``landline`` | call | a code by call |
| ``email`` | email | a signed link whose page has one button (POST) |

Each is sealed in the pending record (bot.alerts.verify) and subscribed on its own when
confirmed; the others wait. Nothing is looked up about a contact before it is
confirmed, so the pages behave the same for a stranger and for a subscriber.
"""
from __future__ import annotations

import logging
import secrets
import time
from dataclasses import dataclass, field

import phonenumbers

from bot.alerts import geo, schemes, verify
from bot.alerts.subscribers import AREA_WIDE
from bot.messaging import catalog, outbound
from bot.messaging.segments import gsm7_letters
from bot.privacy.identity import BadEmail, BadNumber, keep_number, normalise_email, normalise_number
from bot.privacy.redact import SafeText
from bot.public import contacts as store
from bot.public import jobs

log = logging.getLogger(__name__)

SMS, VOICE, EMAIL = "sms", "voice", "email"


_T = phonenumbers.PhoneNumberType
_NOT_MOBILE = {_T.FIXED_LINE, _T.TOLL_FREE, _T.PREMIUM_RATE, _T.SHARED_COST, _T.UAN, _T.VOICEMAIL}


class Limited(Exception):
    """Too many sign-ups or codes: the message is safe to show."""


@dataclass
class Parsed:
    prefs: dict = field(default_factory=dict)
    contacts: list[tuple[str, str, str]] = field(default_factory=list)   # (kind, via, value)
    errors: dict[str, str] = field(default_factory=dict)


# -- reading the form ------------------------------------------------------------------------
def _say(lang: str | None, name: str, **values) -> str:
    """A sign-up page message (bot/locales/web) in ``lang`` (None: English)."""
    return catalog.web_text(lang, name, **values)


def read_place(postcode: str, whole_area: bool, lang: str | None = None) -> tuple[dict | None, str | None]:
    """({area, lat, lon}, None) or (None, the message for the postcode field, in ``lang``)."""
    if whole_area:
        return {"area": AREA_WIDE, "lat": None, "lon": None}, None
    text = (postcode or "").strip()
    if not text:
        return None, _say(lang, "err_postcode_missing")
    if text.upper() == AREA_WIDE:
        return {"area": AREA_WIDE, "lat": None, "lon": None}, None
    try:
        place = geo.locate(text)
    except geo.NotCovered as exc:
        return None, _say(lang, "err_not_covered", reason=exc.text(lang))
    except geo.BadPlace as exc:
        return None, _say(lang, "err_bad_place", reason=exc.text(lang))
    return {"area": place.code, "lat": place.lat, "lon": place.lon}, None


def read_schemes(picked: list[str], categories: list[str],
                 lang: str | None = None) -> tuple[dict[str, list[str]], str | None]:
    """({keyword: categories}, None) or ({}, the message). A scheme with none of its
    categories ticked gets all of them (as JOIN without categories by text)."""
    if not picked:
        return {}, _say(lang, "err_no_scheme")
    chosen = {}
    for kw in picked:
        scheme = schemes.get(kw)
        cats = sorted({c.split(":", 1)[1] for c in categories if c.split(":", 1)[0] == kw})
        chosen[kw] = cats or list(scheme.categories)
    return chosen, None


def _phone(raw: str, config, *, mobile: bool, lang: str | None = None) -> tuple[str | None, str | None]:
    try:
        e164 = normalise_number(raw, config["DEFAULT_REGION"])
        parsed = phonenumbers.parse(e164, None)
    except (BadNumber, phonenumbers.NumberParseException):
        return None, _say(lang, "err_phone")
    if not phonenumbers.is_possible_number(parsed):
        return None, _say(lang, "err_phone_digits")
    # Only a number that is surely not a mobile is refused for texts (reserved ranges such as
    # 07700 900xxx have no known type and are let through).
    if mobile and phonenumbers.number_type(parsed) in _NOT_MOBILE:
        return None, _say(lang, "err_landline_for_texts")
    return e164, None


def read_form(form, config, lang: str | None = None) -> Parsed:
    """The form's choices and contacts, or its errors (in ``lang``: the page's language)."""
    out = Parsed()
    place, problem = read_place(form.postcode.data, form.whole_area.data, lang)
    if problem:
        out.errors["postcode"] = problem
    chosen, problem = read_schemes(form.schemes.data or [], form.categories.data or [], lang)
    if problem:
        out.errors["schemes"] = problem
    phone = (form.phone.data or "").strip()
    landline = (form.landline.data or "").strip()
    email = (form.email.data or "").strip()
    if phone:
        channel = VOICE if form.phone_channel.data == VOICE else SMS
        e164, problem = _phone(phone, config, mobile=channel == SMS, lang=lang)
        if problem:
            out.errors["phone"] = problem
        else:
            out.contacts.append((channel, channel, e164))
    if landline:
        e164, problem = _phone(landline, config, mobile=False, lang=lang)
        if problem:
            out.errors["landline"] = problem
        elif any(value == e164 for _, _, value in out.contacts):
            out.errors["landline"] = _say(lang, "err_same_number")
        else:
            out.contacts.append((VOICE, VOICE, e164))
    if email:
        try:
            out.contacts.append((EMAIL, EMAIL, normalise_email(email)))
        except BadEmail:
            out.errors["email"] = _say(lang, "err_email")
    if not (phone or landline or email):
        out.errors["phone"] = _say(lang, "err_no_contact")
    if place and chosen:
        out.prefs = {**place, "schemes": chosen, "lang": form.language.data or ""}
    return out


# -- pending, codes and links ------------------------------------------------------------------
def hint(kind: str, value: str) -> str:
    """How the page names a contact back to the person who typed it."""
    if kind == EMAIL:
        local, domain = value.split("@", 1)
        return f"{local[:1]}***@{domain}"
    return f"the number ending {value[-3:]}"


def contact_ref(services, value: str) -> str:
    """The contact's pseudonym (keyed hash): counters and records name nobody. One per
    number (texts or calls alike) or address."""
    identity = services.identity
    return identity.email_pseudonym(value) if "@" in value else identity.pseudonym(value)


def start(services, parsed: Parsed, now: float | None = None) -> dict:
    """Keep a sign-up pending and send every contact its code or link. Raises Limited
    (nothing sent, nothing kept) when a contact has had too many codes this hour."""
    cfg, redis = services.config, services.redis
    refs = [contact_ref(services, value) for _, _, value in parsed.contacts]
    if any(verify.over(redis, "send", "contact", ref, cfg["ALERT_WEB_SIGNUPS_PER_CONTACT"]) for ref in refs):
        raise Limited(_say(None, "limited_contact"))
    record = {
        "id": verify.new_id(), "created": int(now or time.time()), "prefs": parsed.prefs,
        "contacts": [{"kind": kind, "via": via, "ref": ref, "hint": hint(kind, value), "confirmed": False,
                      "sealed": services.identity.seal(value).decode()}
                     for (kind, via, value), ref in zip(parsed.contacts, refs)],
    }
    verify.save_pending(redis, cfg, record)
    for index, (_, _, value) in enumerate(parsed.contacts):
        send_check(services, record, index, value)
    return record


def send_check(services, record: dict, index: int, value: str | None = None) -> bool:
    """Send one contact its code (text or call) or its confirmation link (email);
    False when that contact has had too many this hour (nothing sent)."""
    cfg, redis = services.config, services.redis
    contact = record["contacts"][index]
    if not verify.hit(redis, "send", "contact", contact["ref"], cfg["ALERT_WEB_SIGNUPS_PER_CONTACT"]):
        return False
    value = value or services.identity.unseal(contact["sealed"].encode())
    if contact["via"] == EMAIL:
        jobs.queue_confirm_email(services, record["id"], index)
        return True
    code = verify.issue_code(redis, cfg, record["id"], index)
    minutes = f"{cfg['ALERT_WEB_CODE_MINUTES']:g}"
    lang = (record.get("prefs") or {}).get("lang") or cfg.get("DEFAULT_LANGUAGE")   # chosen on the form
    words = gsm7_letters(catalog.text(lang, "verify_code", cfg.get("DEFAULT_LANGUAGE") or catalog.BASE,
                                      programme=cfg["PROGRAMME_NAME"], code=code, minutes=minutes))
    if contact["via"] == VOICE and jobs.can_call(services):
        jobs.queue_code_call(services, record["id"], index, code)
        return True
    # A code by text (also for calls when no caller is configured: see jobs.can_call).
    pseudonym = services.identity.pseudonym(value)
    pipe = redis.pipeline(transaction=True)
    keep_number(pipe, services.identity, pseudonym, value, cfg["NUMBER_RETENTION_DAYS"] * 86400)
    pipe.execute()
    outbound.queue_text(services, pseudonym, SafeText.system(words),
                        f"alertsweb:{record['id']}:{index}:{secrets.token_hex(4)}", kind="verify_code")
    return True


def confirm(services, pending_id: str, index: int) -> dict | None:
    """Subscribe one confirmed contact with the sign-up's choices; the pending record
    (None if it has expired). Confirming twice subscribes once."""
    record = verify.load_pending(services.redis, pending_id)
    if record is None or not (0 <= index < len(record["contacts"])):
        return None
    contact = record["contacts"][index]
    if not contact["confirmed"]:
        value = services.identity.unseal(contact["sealed"].encode())
        if value is None:
            return None
        resident = store.subscribe(services, contact["kind"], value, record["prefs"], record.get("resident"))
        record = verify.mark_confirmed(services.redis, pending_id, index, resident) or record
    return record
