"""The web sign-up and preferences: ``upsert`` creates or changes a resident (contacts,
schemes, place, quiet hours, language) in one WATCH/MULTI.

The model it writes (residents, contacts, members, the indexes) is bot.alerts.subscribers;
a new contact is unverified (not indexed) until ``subscribers.mark_verified``.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from bot.alerts import schemes
from bot.alerts.resident_prefs import HHMM, LANG_PREF
from bot.alerts.subscribers import (
    AREA_WIDE,
    PIN_REASON,
    BadPhone,
    BadSignup,
    active_members,
    contacts,
    drop_contact,
    entry,
    index_entry,
    load,
    member,
    pseudonym_of,
    resident_for,
    unindex_entry,
    watch_run,
)
from bot.privacy.identity import keep_email, keep_number, normalise_email, normalise_number, pin_number
from bot.store import keys


@dataclass(frozen=True)
class Signup:
    """What ``upsert`` was given, normalised (never stored like this: sealed and hashed)."""
    resident: str | None        # None: every contact given was already someone's
    unverified: list[str]       # members waiting for their code / link
    members: dict[str, str]     # channel -> member, for every contact taken on
    taken: list[str] = field(default_factory=list)   # members already someone's: left alone


def _place_entry(place, cats: list[str], now: float) -> dict:
    if place is None or place == AREA_WIDE:
        return entry(AREA_WIDE, None, None, cats, now)
    return entry(place.code, place.lat, place.lon, cats, now)


def upsert(services, *, phone: str | None = None, phone_channel: str = "sms", email: str | None = None,
           schemes_cats: dict[str, list[str]] | None = None, place=None, quiet: tuple[str, str] | None = None,
           resident: str | None = None, now: float | None = None, lang: str | None = None) -> Signup:
    """Create or update a resident from the web: contacts, schemes, place, quiet hours.

    ``phone`` (any format phonenumbers reads, DEFAULT_REGION) gets ``phone_channel``
    ('sms' or 'voice': one number is one contact); ``email`` is an address;
    ``schemes_cats`` maps scheme keyword -> categories (empty list: all of the scheme's),
    replacing the resident's schemes when given; ``place`` a geo.Place or AREA_WIDE;
    ``quiet`` ("22:00", "07:00") or ("", "") to clear; ``lang`` the language alerts and
    answers come in (a code of bot/locales, stored in the prefs; None: unchanged). A new contact is unverified (not
    indexed: it gets nothing until ``mark_verified``); a contact already verified stays
    so, also when the number switches between SMS and voice.

    Without ``resident`` (the public sign-up) a new resident is created from the
    contacts nobody has yet (named after the phone, else the email); a contact that is
    already someone's is left alone and listed in ``Signup.taken`` (tell *that* contact,
    e.g. with a link to its preferences; never the visitor: no enumeration). With
    ``resident`` (the preferences page, opened by a signed link) that record changes.
    Raises BadNumber / BadEmail / ValueError with a message safe to show (BadPhone and
    BadSignup: ``exc.text(lang)`` says it in the resident's language)."""
    redis, identity, cfg = services.redis, services.identity, services.config
    now = time.time() if now is None else now
    if phone_channel not in ("sms", "voice"):
        raise BadSignup.of("sub_err_channel")
    given: dict[str, tuple[str, str]] = {}    # channel -> (member, clear value)
    if phone:
        e164 = normalise_number(phone, cfg.get("DEFAULT_REGION") or "GB")
        if not e164.startswith("+"):
            raise BadPhone.of("sub_err_phone")
        given[phone_channel] = (member(phone_channel, identity.pseudonym(e164)), e164)
    if email:
        addr = normalise_email(email)
        given["email"] = (member("email", identity.email_pseudonym(addr)), addr)
    if not given and resident is None:
        raise BadSignup.of("sub_err_contact")
    if schemes_cats is not None:
        for kw, cats in schemes_cats.items():
            scheme = schemes.get(kw)
            if any(c not in scheme.categories for c in cats):
                raise BadSignup.of("sub_err_category", scheme=scheme.name)
    if quiet is not None and any(q and not HHMM.match(q) for q in quiet):
        raise BadSignup.of("sub_err_quiet")
    # the same number as the other phone channel: one contact, the channel given now
    phone_pseudonym = pseudonym_of(given[phone_channel][0]) if phone else None
    other_phone = member("voice" if phone_channel == "sms" else "sms", phone_pseudonym) if phone else None

    owners = {m: resident_for(redis, m) for m, _ in given.values()}
    if other_phone:
        owners[other_phone] = resident_for(redis, other_phone)
    taken = []
    if resident is None:
        # The public sign-up changes nobody's existing record: a contact that is already
        # someone's is left out (``taken``: the pages tell that contact, never the visitor).
        for ch, (m, _) in list(given.items()):
            if owners.get(m) or (ch != "email" and owners.get(other_phone)):
                taken.append(m)
                given.pop(ch)
        if not given:
            return Signup(None, [], {}, taken)
        rid = (pseudonym_of(given[phone_channel][0]) if phone_channel in given else None) or given["email"][0]
    else:
        rid = resident
    candidates = [m for m, _ in given.values()] + ([other_phone] if other_phone else [])
    watched = [keys.subscriber(rid), keys.subscriber_contacts(rid)] + [keys.contact_owner(m) for m in candidates]
    asked = dict(given)
    retention_s = cfg["NUMBER_RETENTION_DAYS"] * 86400

    def decide(pipe):
        record, paused = load(pipe, rid)
        found = contacts(pipe, rid)
        given = dict(asked)
        for m in candidates:
            owner = pipe.get(keys.contact_owner(m))
            if owner and owner.decode() != rid:
                # someone else's contact: the pages never say so (no enumeration); nothing changes for it
                for ch in [ch for ch, (gm, _) in given.items() if gm == m]:
                    given.pop(ch)
        new_contacts = dict(found)
        unverified = []
        carried = False
        if phone and other_phone in found and phone_channel in given:   # sms <-> voice switch of one number
            carried = bool(found[other_phone].get("verified"))
            new_contacts.pop(other_phone)
        for ch, (m, _) in given.items():
            old_same_channel = [x for x, c in new_contacts.items() if c["channel"] == ch and x != m]
            for x in old_same_channel:      # a new number/address replaces the old one of that channel
                new_contacts.pop(x)
            c = new_contacts.get(m) or {"channel": ch, "verified": carried and ch != "email", "since": int(now)}
            new_contacts[m] = c
            if not c.get("verified"):
                unverified.append(m)
        new_record = record
        if schemes_cats is not None:
            new_record = {kw: _place_entry(place if place is not None else _old_place(record), cats or
                                           list(schemes.get(kw).categories), now)
                          for kw, cats in schemes_cats.items()}
        elif place is not None:
            new_record = {kw: _place_entry(place, e["cats"], now) for kw, e in record.items()}
        before, after = active_members(found, paused), active_members(new_contacts, paused)

        def write(p):
            for kw, e in record.items():
                unindex_entry(p, before, kw, e)
            for x in set(found) - set(new_contacts):
                drop_contact(p, x, retention_s)
                p.hdel(keys.subscriber_contacts(rid), x)
            for kw in set(record) - set(new_record):
                p.hdel(keys.subscriber(rid), kw)
            for kw, e in new_record.items():
                p.hset(keys.subscriber(rid), kw, json.dumps(e))
                index_entry(p, after, kw, e)
            for ch, (m, clear) in given.items():
                p.hset(keys.subscriber_contacts(rid), m, json.dumps(new_contacts[m]))
                p.set(keys.contact_owner(m), rid)
                p.delete(keys.channel_opt_out(m))
                if ch == "email":
                    keep_email(p, identity, pseudonym_of(m), clear)
                else:
                    keep_number(p, identity, pseudonym_of(m), clear, retention_s)
                    pin_number(p, pseudonym_of(m), PIN_REASON)
            p.hsetnx(keys.subscriber_prefs(rid), "created_at", int(now))
            if quiet is not None:
                p.hset(keys.subscriber_prefs(rid), mapping={"quiet_start": quiet[0], "quiet_end": quiet[1]})
            if place is not None:
                p.hset(keys.subscriber_prefs(rid), "place", place if place == AREA_WIDE else place.code)
            if lang:
                p.hset(keys.subscriber_prefs(rid), LANG_PREF, lang)
        return write, Signup(rid, unverified, {ch: m for ch, (m, _) in given.items()}, taken)

    return watch_run(redis, watched, decide)


def _old_place(record: dict):
    """The place of a resident's existing entries (one place for all of them, as the web sets it)."""
    from bot.alerts.geo import Place

    for e in record.values():
        if e["area"] == AREA_WIDE:
            return AREA_WIDE
        return Place("uk", e["area"], e["lat"], e["lon"])
    return AREA_WIDE
