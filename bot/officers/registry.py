"""The officer registry: who may send officer commands, keyed by phone pseudonym.

An officer record is a hash at ``keys.officer(pseudonym)``: name, badge (collar
number), role (officer | supervisor), active, on_duty, pin_hash, created_at, lang (the
language the bot texts them in: ``LANG ES`` by SMS, an admin in the console, or
``officer add --lang``; none: the force's DEFAULT_LANGUAGE).
The officer's phone is kept like any number, sealed under
``keys.sealed_number``, and pinned ("officer") so it never expires while they
are registered: that is how duty notifications and forwarded replies reach them.
The registry index is the set ``keys.OFFICERS``; on-duty officers are also in
``keys.OFFICERS_ON_DUTY`` so the notifier finds them with one read.
"""
from __future__ import annotations

import time

import phonenumbers
from rq.utils import decode_redis_hash

from bot.messaging import catalog
from bot.officers import audit, pins
from bot.privacy.identity import (
    BadNumber,
    keep_number,
    normalise_number,
    pin_number,
    read_number,
    unpin_number,
)
from bot.store import keys

ROLES = ("officer", "supervisor")
MAX_NAME = 60
MAX_BADGE = 20


class RegistryError(ValueError):
    """Bad input to a registry command (shown to the admin as is)."""


def load(redis, pseudonym: str) -> dict | None:
    raw = redis.hgetall(keys.officer(pseudonym))
    if not raw:
        return None
    return _decode(pseudonym, raw)


def _decode(pseudonym: str, raw: dict) -> dict:
    rec = decode_redis_hash(raw, decode_values=True)
    rec["pseudonym"] = pseudonym
    rec["active"] = rec.get("active", "1") == "1"
    rec["on_duty"] = rec.get("on_duty", "0") == "1"
    rec.setdefault("role", "officer")
    rec.setdefault("name", "")
    rec.setdefault("badge", "")
    return rec


def display_name(officer: dict) -> str:
    """How other officers see them: name and badge, never a number."""
    name = officer.get("name") or "officer"
    return f"{name} ({officer['badge']})" if officer.get("badge") else name


def phone_pseudonym(svc, phone: str) -> tuple[str, str]:
    """(E.164, pseudonym) for an admin-typed phone number; only real phone numbers."""
    try:
        e164 = normalise_number(phone, svc.config["DEFAULT_REGION"])
    except BadNumber as exc:
        raise RegistryError(f"not a phone number: {exc}") from None
    if not _plausible_mobile(e164):
        raise RegistryError("not a phone number (give a full mobile number; short codes cannot be officers)")
    return e164, svc.identity.pseudonym(e164)


def _plausible_mobile(e164: str) -> bool:
    """Valid, or at least long enough to be one (Ofcom's drama range is not 'valid')."""
    if not e164.startswith("+"):
        return False
    parsed = phonenumbers.parse(e164)
    return phonenumbers.is_valid_number(parsed) or len(str(parsed.national_number)) >= 9


def check_language(config: dict, lang: str) -> str:
    """``lang`` as a configured language code ("ES" -> "es"), or RegistryError."""
    code = (lang or "").strip().lower()
    if code not in catalog.configured(config):
        raise RegistryError(f"language must be one of {', '.join(catalog.configured(config))}")
    return code


def set_language(pipe, pseudonym: str, lang: str) -> None:
    """The language the bot texts the officer in (queued on ``pipe``; the record must exist)."""
    pipe.hset(keys.officer(pseudonym), "lang", lang)


def add(svc, *, phone: str, name: str, badge: str = "", role: str = "officer",
        pin: str | None = None, lang: str | None = None) -> tuple[dict, bool]:
    """Register (or update) an officer. Returns (record, created). ``lang``: the language
    they are texted in (None: unchanged; a new officer gets the force's default)."""
    name, badge, role = (name or "").strip(), (badge or "").strip(), (role or "officer").strip().lower()
    if not name or len(name) > MAX_NAME:
        raise RegistryError(f"a name is required (at most {MAX_NAME} characters)")
    if len(badge) > MAX_BADGE:
        raise RegistryError(f"a badge number is at most {MAX_BADGE} characters")
    if role not in ROLES:
        raise RegistryError("role must be officer or supervisor")
    pin_hash = pins.hash_pin(pins.check_format(pin)) if pin is not None else None
    lang = check_language(svc.config, lang) if lang else None
    e164, pseudonym = phone_pseudonym(svc, phone)
    redis = svc.redis
    created = not redis.exists(keys.officer(pseudonym))
    record = {"name": name, "badge": badge, "role": role, "active": 1}
    if created:
        record.update(on_duty=0, created_at=f"{time.time():.0f}")
    if pin_hash:
        record["pin_hash"] = pin_hash
    if lang:
        record["lang"] = lang
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.officer(pseudonym), mapping=record)
    pipe.sadd(keys.OFFICERS, pseudonym)
    pin_number(pipe, pseudonym, "officer")
    keep_number(pipe, svc.identity, pseudonym, e164, svc.config["NUMBER_RETENTION_DAYS"] * 86400)
    if pin_hash:  # a new PIN ends any session unlocked with the old one
        pins.lock(pipe, pseudonym)
    audit.record(pipe, "officer_added" if created else "officer_updated",
                 tip_id="", detail=f"{name} ({badge}) {role}" if badge else f"{name} {role}")
    pipe.execute()
    return load(redis, pseudonym), created


def set_active(svc, phone: str, active: bool) -> dict:
    _, pseudonym = phone_pseudonym(svc, phone)
    officer = load(svc.redis, pseudonym)
    if officer is None:
        raise RegistryError("no officer is registered with that phone number")
    pipe = svc.redis.pipeline(transaction=True)
    pipe.hset(keys.officer(pseudonym), "active", int(active))
    if not active:
        set_duty(pipe, pseudonym, False)
        pins.lock(pipe, pseudonym)
    audit.record(pipe, "officer_enabled" if active else "officer_disabled", detail=display_name(officer))
    pipe.execute()
    return load(svc.redis, pseudonym)


def remove(svc, phone: str) -> dict:
    _, pseudonym = phone_pseudonym(svc, phone)
    officer = load(svc.redis, pseudonym)
    if officer is None:
        raise RegistryError("no officer is registered with that phone number")
    pipe = svc.redis.pipeline(transaction=True)
    pipe.delete(keys.officer(pseudonym), keys.officer_unlocked(pseudonym), keys.officer_pin_failures(pseudonym),
                keys.officer_pin_lockouts(pseudonym))
    pipe.srem(keys.OFFICERS, pseudonym)
    pipe.srem(keys.OFFICERS_ON_DUTY, pseudonym)
    # Their number now expires like anyone's (unless they are also a subscriber).
    unpin_number(pipe, pseudonym, "officer", svc.config["NUMBER_RETENTION_DAYS"] * 86400)
    audit.record(pipe, "officer_removed", detail=display_name(officer))
    pipe.execute()
    return officer


def list_all(redis) -> list[dict]:
    members = sorted(m.decode() for m in redis.smembers(keys.OFFICERS))
    pipe = redis.pipeline(transaction=False)
    for p in members:
        pipe.hgetall(keys.officer(p))
    return sorted((_decode(p, raw) for p, raw in zip(members, pipe.execute()) if raw),
                  key=lambda o: (o["name"].lower(), o["badge"]))


def masked_phone(svc, pseudonym: str) -> str:
    """Enough of an officer's number for an admin to recognise it: last 4 digits."""
    number = read_number(svc.redis, svc.identity, pseudonym)
    return f"...{number[-4:]}" if number else "(no number held)"


def set_duty(pipe, pseudonym: str, on: bool) -> None:
    pipe.hset(keys.officer(pseudonym), "on_duty", int(on))
    if on:
        pipe.sadd(keys.OFFICERS_ON_DUTY, pseudonym)
    else:
        pipe.srem(keys.OFFICERS_ON_DUTY, pseudonym)


def active(redis, pseudonyms) -> list[dict]:
    """The active officer records among ``pseudonyms`` (one pipelined read)."""
    pseudonyms = list(dict.fromkeys(p for p in pseudonyms if p))
    if not pseudonyms:
        return []
    pipe = redis.pipeline(transaction=False)
    for p in pseudonyms:
        pipe.hgetall(keys.officer(p))
    found = [_decode(p, raw) for p, raw in zip(pseudonyms, pipe.execute()) if raw]
    return [o for o in found if o["active"]]


def on_duty(redis) -> list[dict]:
    return active(redis, sorted(m.decode() for m in redis.smembers(keys.OFFICERS_ON_DUTY)))


def supervisors(redis) -> list[dict]:
    return [o for o in list_all(redis) if o["active"] and o["role"] == "supervisor"]
