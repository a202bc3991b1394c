"""The public pages' one door into the resident store (bot.alerts.subscribers): subscribe
a confirmed contact, read and change a resident's choices, one contact's channel, quiet
hours, leave.

Nothing is written to the resident store before a contact is confirmed (the sign-up
waits in its pending record, bot.alerts.verify): a number or address typed by a
stranger never becomes a record, and never pins a sealed number. On confirmation the
contact joins:

- the resident this sign-up already made (another of its contacts confirmed first), or
- the resident the contact already belongs to (it proved it is theirs: a phone that
  joined by text, a number switching between texts and calls), with the sign-up's
  schemes added to theirs and its place taken, or
- a new resident (``signup.upsert``),

and is then marked verified (``subscribers.mark_verified``), which puts it in the indexes.
"""
from __future__ import annotations

from bot.alerts import signup, subscribers
from bot.alerts.geo import Place
from bot.alerts.subscribers import AREA_WIDE
from bot.privacy.identity import read_email, read_number

SMS, VOICE, EMAIL = "sms", "voice", "email"


def _place(prefs: dict):
    if prefs["area"] == AREA_WIDE:
        return AREA_WIDE
    kind = "us" if prefs["area"].isdigit() else "uk"
    return Place(kind, prefs["area"], prefs["lat"], prefs["lon"])


def contact_member(services, kind: str, value: str) -> str:
    """The index member of a contact (subscribers.member) from its clear value."""
    if kind == EMAIL:
        return subscribers.member(EMAIL, services.identity.email_pseudonym(value))
    return subscribers.member(kind, services.identity.pseudonym(value))


def _owner(services, kind: str, value: str) -> str | None:
    redis = services.redis
    m = contact_member(services, kind, value)
    found = subscribers.resident_for(redis, m)
    if found is None and kind != EMAIL:   # the same number under the other phone channel
        other = subscribers.member(SMS if kind == VOICE else VOICE, services.identity.pseudonym(value))
        found = subscribers.resident_for(redis, other)
    return found


def subscribe(services, kind: str, value: str, prefs: dict, resident: str | None = None) -> str | None:
    """Subscribe one confirmed contact with the sign-up's choices; the resident it is in.
    ``resident``: the one this sign-up made earlier (if it still exists)."""
    redis = services.redis
    if resident is not None and subscribers.get(redis, resident) is None:
        resident = None                  # left meanwhile: start again
    resident = resident or _owner(services, kind, value)
    phone = value if kind != EMAIL else None
    email = value if kind == EMAIL else None
    channel = kind if kind != EMAIL else SMS
    if resident is None:
        joined = signup.upsert(services, phone=phone, phone_channel=channel, email=email,
                               schemes_cats=prefs["schemes"], place=_place(prefs), lang=prefs.get("lang"))
        resident = joined.resident or _owner(services, kind, value)   # taken meanwhile: its owner
        if joined.resident is None and resident is not None:
            _merge(services, resident, prefs, phone, channel, email)
    else:
        _merge(services, resident, prefs, phone, channel, email)
    subscribers.mark_verified(redis, contact_member(services, kind, value))
    return resident


def _merge(services, resident: str, prefs: dict, phone, channel, email) -> None:
    record, _ = subscribers.load(services.redis, resident)
    merged = {kw: e["cats"] for kw, e in record.items()}
    merged.update(prefs["schemes"])
    signup.upsert(services, resident=resident, phone=phone, phone_channel=channel, email=email,
                       schemes_cats=merged, place=_place(prefs), lang=prefs.get("lang"))


def get(services, resident: str):
    return subscribers.get(services.redis, resident)


def update(services, resident: str, prefs: dict, quiet: tuple[str, str] | None) -> None:
    """Replace the resident's schemes, categories and place; set their quiet hours."""
    signup.upsert(services, resident=resident, schemes_cats=prefs["schemes"], place=_place(prefs), quiet=quiet,
                       lang=prefs.get("lang"))


def contact_value(services, m: str) -> str | None:
    p = subscribers.pseudonym_of(m)
    if subscribers.channel_of(m) == EMAIL:
        return read_email(services.redis, services.identity, p)
    return read_number(services.redis, services.identity, p)


def switch_phone_channel(services, resident: str, m: str, channel: str) -> bool:
    """A number of the resident moves between texts and calls (it stays verified)."""
    number = contact_value(services, m)
    if number is None or subscribers.channel_of(m) == EMAIL or subscribers.channel_of(m) == channel:
        return False
    signup.upsert(services, resident=resident, phone=number, phone_channel=channel)
    return True


def stop_contact(services, m: str) -> None:
    subscribers.unsubscribe(services.redis, m, services.config["NUMBER_RETENTION_DAYS"] * 86400, reason="web")


def leave(services, resident: str) -> None:
    """Every contact and scheme of the resident goes (subscribers.forget)."""
    subscribers.forget(services.redis, resident, services.config["NUMBER_RETENTION_DAYS"] * 86400)
