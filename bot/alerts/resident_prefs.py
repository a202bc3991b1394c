"""A resident's preferences (keys.subscriber_prefs): the language their alerts and answers
come in, and quiet hours for non-urgent alerts; and the LanguageChosen listener that keeps
the language a subscriber texted in as their choice.

It is separate from bot.alerts.subscribers (who joined which scheme, where, and by which
contacts) because preferences say how to reach someone, not whether to: the senders read
them per recipient (``languages_of``, ``quiet_hours``) and the sign-up pages and keywords set
them, without touching the scheme entries or the indexes."""
from __future__ import annotations

import re

from bot.alerts.subscribers import HEX32, BadSignup, channel_of, load, resident_for
from bot.store import keys

LANG_PREF = "lang"        # keys.subscriber_prefs field: the resident's language (issue 14)
HHMM = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


def on_language_chosen(event) -> None:
    """LanguageChosen listener: a subscriber who texts ESPAÑOL (or ENGLISH) gets their alerts
    in it too, whatever language they joined in (the phone's choice is the latest word)."""
    turn, lang = event.turn, event.lang
    rid = resident_for(turn.redis, turn.pseudonym) or turn.pseudonym
    record, _ = load(turn.redis, rid)
    if record and language(turn.redis, rid) != lang:
        turn.writes.append(lambda pipe: set_language(pipe, rid, lang))


def set_language(pipe, resident: str, lang: str) -> None:
    """The language the resident's alerts and answers come in (a bot/locales code)."""
    pipe.hset(keys.subscriber_prefs(resident), LANG_PREF, lang)


def language(redis, resident: str) -> str:
    """The resident's chosen language, or "" (the force default)."""
    raw = redis.hget(keys.subscriber_prefs(resident), LANG_PREF)
    return raw.decode() if raw else ""


def languages_of(redis, members: list[str]) -> dict[str, str]:
    """{member: language or ""} for alert recipients, in two round trips: the resident's
    chosen language, else (an SMS contact) the language its phone last texted in
    (keys.language, set by the tip line), else "" (the force default)."""
    if not members:
        return {}
    pipe = redis.pipeline(transaction=False)
    for m in members:
        pipe.get(keys.contact_owner(m))
    owners = [o.decode() if o else (m if HEX32.match(m) else None) for m, o in zip(members, pipe.execute())]
    for m, rid in zip(members, owners):
        pipe.hget(keys.subscriber_prefs(rid or "-"), LANG_PREF)
        pipe.get(keys.language(m) if channel_of(m) == "sms" else keys.language("-"))
    found = pipe.execute()
    out = {}
    for i, m in enumerate(members):
        chosen, phone = found[2 * i], found[2 * i + 1]
        out[m] = (chosen or phone or b"").decode()
    return out


def set_quiet_hours(redis, resident: str, start: str, end: str) -> None:
    """Quiet hours ("22:00", "07:00", local time ALERT_TIMEZONE); ("", "") clears them.
    Non-urgent alerts to the resident's SMS and voice contacts are held until ``end``."""
    if any(x and not HHMM.match(x) for x in (start, end)) or bool(start) != bool(end):
        raise BadSignup.of("sub_err_quiet_two")
    redis.hset(keys.subscriber_prefs(resident), mapping={"quiet_start": start, "quiet_end": end})


def quiet_hours(redis, resident: str) -> tuple[str, str] | None:
    start, end = redis.hmget(keys.subscriber_prefs(resident), "quiet_start", "quiet_end")
    if not start or not end:
        return None
    return start.decode(), end.decode()
