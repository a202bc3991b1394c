"""The subscriber store: who joined which scheme, where, for which categories.

A subscriber is a phone pseudonym (never a number). Their record is one hash
(keys.subscriber) with a JSON entry per scheme. The indexes the alert planner
reads are derived from it and can always be rebuilt from it:

- keys.scheme_geo(scheme, cat): GEO set of pseudonyms near a place, one per
  category plus ANY ('*') for alerts without a category, so a radius query for
  "#horse within 5km" is one GEOSEARCH on one key;
- keys.scheme_area_wide(scheme, cat): those who asked for the whole force area.

A paused subscriber (texted STOP) keeps the record but is taken out of every
index, so previews count only people who would get the alert; START puts them
back. All writes take a pipeline (the inbound save MULTI).

Residents and contacts (issue 12). A subscriber is a *resident*: a pseudonymous
ID with scheme entries (above), preferences (quiet hours: keys.subscriber_prefs)
and up to one contact per channel (keys.subscriber_contacts):

    channel  contact                       member (what the indexes hold)
    sms      a mobile, sealed like a tipster's number       the number's pseudonym
    voice    a landline or mobile, sealed the same way      "v" + the number's pseudonym
    email    an address, sealed (keys.sealed_email)         "m" + the address's pseudonym

A number is one contact: SMS *or* voice, as the resident chose. Each contact is
``verified`` or not; only verified contacts are in the indexes, so an alert can
never reach an unverified one (its code is sent by the sign-up pages, not here).
keys.contact_owner(member) finds the resident from a number or an email (keyed
hash lookup: ``resident_for``). The resident's ID is the phone's pseudonym when
they came with a phone (so ``JOIN FARMWATCH`` by text and the web sign-up land in
one record), else the email member; a resident who joined by text before this has
no contacts hash and one implicit, verified SMS contact: themselves.

STOP pauses the resident's SMS contact only (``paused``: their texts stop, their
email and calls do not); leaving every scheme by text forgets the resident and
every contact. The web functions (``mark_verified``, ``unsubscribe``,
``unsubscribe_channel``, ``forget``, and the sign-up itself, bot.alerts.signup.upsert)
each run in one WATCH/MULTI of their own. Preferences (language, quiet hours) are
bot.alerts.resident_prefs.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field

from bot.alerts import schemes
from bot.alerts.schemes import ANY
from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from bot.privacy.identity import BadEmail, BadNumber, forget_email, pin_number, unpin_number
from bot.store import keys, transactions

AREA_WIDE = "ALL"
PIN_REASON = "subscriber"
CHANNELS = ("sms", "email", "voice")
_MEMBER_PREFIX = {"voice": "v", "email": "m"}
HEX32 = re.compile(r"^[0-9a-f]{32}$")
_TRIES = 50


# -- members: one string per contact, what the indexes and recipient sets hold -------------
def member(channel: str, pseudonym: str) -> str:
    """The index member of a contact: SMS the pseudonym itself, voice "v"+, email "m"+."""
    if channel not in CHANNELS:   # a programming error, never shown
        raise ValueError(f"unknown channel {channel!r}")
    return _MEMBER_PREFIX.get(channel, "") + pseudonym


def channel_of(m: str) -> str:
    """'sms' | 'voice' | 'email' for a member (bare 32-hex pseudonyms are SMS)."""
    if len(m) == 33 and m[0] == "v":
        return "voice"
    if len(m) == 33 and m[0] == "m":
        return "email"
    return "sms"


def pseudonym_of(m: str) -> str:
    """The pseudonym inside a member: the number's (sms, voice) or the address's (email)."""
    return m if channel_of(m) == "sms" else m[1:]


def load(redis, pseudonym: str) -> tuple[dict[str, dict], bool]:
    """({scheme keyword: entry}, paused)."""
    raw = redis.hgetall(keys.subscriber(pseudonym))
    paused = raw.pop(b"paused", None) is not None
    return {k.decode(): json.loads(v) for k, v in raw.items()}, paused


def entry(area: str, lat: float | None, lon: float | None, cats: list[str], now: float) -> dict:
    return {"area": area, "lat": lat, "lon": lon, "cats": sorted(set(cats)), "since": int(now)}


def index_entry(pipe, members, scheme: str, e: dict) -> None:
    members = [members] if isinstance(members, str) else list(members)
    if not members:
        return
    for cat in (*e["cats"], ANY):
        if e["area"] == AREA_WIDE:
            pipe.sadd(keys.scheme_area_wide(scheme, cat), *members)
        else:
            pipe.geoadd(keys.scheme_geo(scheme, cat), [x for m in members for x in (e["lon"], e["lat"], m)])


def unindex_entry(pipe, members, scheme: str, e: dict) -> None:
    members = [members] if isinstance(members, str) else list(members)
    if not members:
        return
    for cat in (*e["cats"], ANY):
        pipe.srem(keys.scheme_area_wide(scheme, cat), *members)
        pipe.zrem(keys.scheme_geo(scheme, cat), *members)


def save_join(pipe, pseudonym: str, scheme: str, new: dict, old: dict | None, paused: bool,
              members: list[str] | None = None, resident: str | None = None) -> None:
    """Join a scheme, or move/change an existing subscription to it (JOIN by text:
    ``pseudonym`` is the texting phone's, its SMS contact recorded verified).

    ``resident``: the record it lands in when the phone belongs to a resident who signed
    up on the web (``resident_for``); ``members``: that resident's other active contacts,
    indexed for the scheme too (their SMS contact is added here)."""
    rid = resident or pseudonym
    sms = [] if paused else [pseudonym]
    others = [m for m in (members or []) if m != pseudonym]
    if old:
        unindex_entry(pipe, sms + others, scheme, old)
    pipe.hset(keys.subscriber(rid), scheme, json.dumps(new))
    index_entry(pipe, sms + others, scheme, new)
    # Texting JOIN proves the number: its SMS contact is verified (hsetnx: a verified
    # contact is never turned back; a voice contact on the same number keeps its choice).
    pipe.hsetnx(keys.subscriber_contacts(rid), pseudonym,
                json.dumps({"channel": "sms", "verified": True, "since": int(new.get("since") or time.time())}))
    pipe.set(keys.contact_owner(pseudonym), rid)
    pin_number(pipe, pseudonym, PIN_REASON)   # we must be able to text them later


def save_leave(pipe, pseudonym: str, scheme: str, old: dict, left_none: bool, retention_s: float,
               members: list[str] | None = None, resident: str | None = None,
               contacts: dict[str, dict] | None = None) -> None:
    """Leave a scheme by text; with ``left_none`` the resident is forgotten (every contact)."""
    rid = resident or pseudonym
    unindex_entry(pipe, sorted({pseudonym, *(members or [])}), scheme, old)
    pipe.hdel(keys.subscriber(rid), scheme)
    if left_none:
        _forget_contacts(pipe, rid, contacts or {pseudonym: {"channel": "sms"}}, retention_s)


def save_pause(pipe, pseudonym: str, record: dict[str, dict], resident: str | None = None) -> None:
    """STOP: the SMS contact out of every index (the resident's email and calls go on)."""
    for scheme, e in record.items():
        unindex_entry(pipe, pseudonym, scheme, e)
    pipe.hset(keys.subscriber(resident or pseudonym), "paused", 1)


def save_resume(pipe, pseudonym: str, record: dict[str, dict], resident: str | None = None,
                verified: bool = True) -> None:
    if verified:
        for scheme, e in record.items():
            index_entry(pipe, pseudonym, scheme, e)
    pipe.hdel(keys.subscriber(resident or pseudonym), "paused")


def on_opt_change(event) -> None:
    """OptOutChanged listener: STOP pauses the SMS contact's subscriptions, START restores them."""
    turn, opted_out = event.turn, event.opted_out
    rid = resident_for(turn.redis, turn.pseudonym) or turn.pseudonym
    record, paused = load(turn.redis, rid)
    if not record:
        return
    sms = contacts(turn.redis, rid).get(turn.pseudonym)
    if sms is None:   # the number is this resident's voice contact: STOP is about texts only
        return
    if opted_out and not paused:
        turn.writes.append(lambda pipe: save_pause(pipe, turn.pseudonym, record, rid))
    elif not opted_out and paused:
        turn.writes.append(lambda pipe: save_resume(pipe, turn.pseudonym, record, rid, bool(sms.get("verified"))))
        lang = getattr(turn, "lang", None) or turn.config.get("DEFAULT_LANGUAGE") or catalog.BASE
        default = turn.config.get("DEFAULT_LANGUAGE") or catalog.BASE
        names = [schemes.name_in(schemes.get(keyword), lang, default) for keyword in sorted(record)]
        turn.notes.append(gsm7_letters(catalog.text(lang, "sub_back_on", default, names=", ".join(names))))


# -- residents and their contacts (web sign-up, preferences, per-channel opt-out) -------------
@dataclass
class Resident:
    id: str
    record: dict[str, dict]                       # scheme keyword -> entry (``entry``)
    paused: bool                                  # SMS contact stopped (STOP)
    contacts: dict[str, dict] = field(default_factory=dict)   # member -> {channel, verified, since}
    prefs: dict[str, str] = field(default_factory=dict)

    def active(self) -> list[str]:
        """The members alerts may go to: verified, and the SMS one not paused."""
        return active_members(self.contacts, self.paused)


def contacts(redis, resident: str) -> dict[str, dict]:
    """member -> {channel, verified, since, verified_at}; a resident who joined by text
    before contacts existed has one implicit verified SMS contact (their pseudonym)."""
    raw = redis.hgetall(keys.subscriber_contacts(resident))
    if not raw:
        if HEX32.match(resident) and redis.exists(keys.subscriber(resident)):
            return {resident: {"channel": "sms", "verified": True}}
        return {}
    return {k.decode(): json.loads(v) for k, v in raw.items()}


def active_members(found: dict[str, dict], paused: bool) -> list[str]:
    return sorted(m for m, c in found.items() if c.get("verified") and not (paused and c["channel"] == "sms"))


def resident_for(redis, m: str) -> str | None:
    """The resident a contact (member, or a phone's pseudonym) belongs to, or None."""
    owner = redis.get(keys.contact_owner(m))
    if owner:
        return owner.decode()
    if HEX32.match(m) and redis.exists(keys.subscriber(m)):   # joined by text before contacts existed
        return m
    return None


def get(redis, resident: str) -> Resident | None:
    record, paused = load(redis, resident)
    found = contacts(redis, resident)
    if not record and not found:
        return None
    prefs = {k.decode(): v.decode() for k, v in redis.hgetall(keys.subscriber_prefs(resident)).items()}
    return Resident(resident, record, paused, found, prefs)


def may_send(redis, m: str) -> bool:
    """Checked at send time, per contact: still a verified contact of someone, and not
    opted out on its channel (SMS STOP is checked by the SMS send itself)."""
    if redis.exists(keys.channel_opt_out(m)):
        return False
    rid = resident_for(redis, m)
    if rid is None:
        return False
    c = contacts(redis, rid).get(m)
    return bool(c and c.get("verified"))


class BadSignup(catalog.Said):
    """What is wrong with a web sign-up or a preference (a ValueError; ``text(lang)`` in the
    resident's language: catalog texts ``sub_err_*``)."""


class BadPhone(BadNumber, BadSignup):
    """A phone number that is not one (a BadNumber, said as BadSignup is)."""


def watch_run(redis, watched: list[str], decide):
    """WATCH ``watched``, ``decide(pipe)`` -> (write or None, result), commit, retry on change."""
    return transactions.watch_and_commit(redis, watched, decide, tries=_TRIES, what="subscriber record")[0]


def drop_contact(pipe, m: str, retention_s: float) -> None:
    """A contact's own keys (not its index entries: the caller unindexes)."""
    pipe.delete(keys.contact_owner(m))
    if channel_of(m) == "email":
        forget_email(pipe, pseudonym_of(m))
    else:
        unpin_number(pipe, pseudonym_of(m), PIN_REASON, retention_s)


def _forget_contacts(pipe, rid: str, found: dict[str, dict], retention_s: float) -> None:
    for m in found:
        drop_contact(pipe, m, retention_s)
    pipe.delete(keys.subscriber(rid), keys.subscriber_contacts(rid), keys.subscriber_prefs(rid))


def mark_verified(redis, m: str, now: float | None = None) -> str | None:
    """The contact proved it is theirs (code, or the confirm button of the email link):
    it goes into the indexes of every scheme of its resident. Returns the resident, or
    None if the contact is unknown (unsubscribed meanwhile). Idempotent."""
    rid = resident_for(redis, m)
    if rid is None:
        return None

    def decide(pipe):
        record, paused = load(pipe, rid)
        found = contacts(pipe, rid)
        c = found.get(m)
        if c is None:
            return None, None
        if c.get("verified"):
            return None, rid

        def write(p):
            p.hset(keys.subscriber_contacts(rid), m,
                   json.dumps({**c, "verified": True, "verified_at": int(now or time.time())}))
            p.delete(keys.channel_opt_out(m))
            if not (paused and c["channel"] == "sms"):
                for kw, e in record.items():
                    index_entry(p, m, kw, e)
        return write, rid

    return watch_run(redis, [keys.subscriber(rid), keys.subscriber_contacts(rid)], decide)


def unsubscribe(redis, m: str, retention_s: float, reason: str = "unsubscribed") -> bool:
    """One contact leaves (one-click unsubscribe, "press 9", a complaint, the preferences
    page): out of every index at once, marked opted out for its channel (sends of alerts
    already in flight check it), its sealed value dropped; a resident left with no
    contact is forgotten. Returns whether there was such a contact."""
    rid = resident_for(redis, m)

    def decide(pipe):
        found = contacts(pipe, rid) if rid else {}
        record, _paused = load(pipe, rid) if rid else ({}, False)

        def write(p):
            if channel_of(m) != "sms":
                p.set(keys.channel_opt_out(m), reason, ex=keys.DELIVERY_RECORD_TTL_S)
            if m not in found:
                return
            for kw, e in record.items():
                unindex_entry(p, m, kw, e)
            rest = {x: c for x, c in found.items() if x != m}
            drop_contact(p, m, retention_s)
            if rest:
                p.hdel(keys.subscriber_contacts(rid), m)
            else:
                _forget_contacts(p, rid, {}, retention_s)
        return write, m in found

    watched = [keys.contact_owner(m)] + ([keys.subscriber(rid), keys.subscriber_contacts(rid)] if rid else [])
    return watch_run(redis, watched, decide)


def unsubscribe_channel(redis, resident: str, channel: str, retention_s: float) -> bool:
    """The resident's contact of one channel leaves (``unsubscribe``)."""
    m = next((x for x, c in contacts(redis, resident).items() if c["channel"] == channel), None)
    return unsubscribe(redis, m, retention_s) if m else False


def forget(redis, resident: str, retention_s: float) -> None:
    """The resident leaves everything: every contact and scheme (the preferences page's "leave")."""
    for m in list(contacts(redis, resident)):
        unsubscribe(redis, m, retention_s, reason="left")


__all__ = ["AREA_WIDE", "CHANNELS", "BadEmail", "BadNumber", "BadPhone", "BadSignup", "Resident", "active_members", "channel_of",
           "contacts", "entry", "forget", "get", "load", "mark_verified", "may_send", "member", "pseudonym_of",
           "resident_for", "save_join", "save_leave", "save_pause", "save_resume", "unsubscribe",
           "unsubscribe_channel"]
