"""What every answer to a subscription text shares: the phone's language and the catalog texts (``sub_*``)
said in it, scheme names, the joined list; and whose record a phone's texts change (its own, or that
of the resident who added the number on the web).
"""
from __future__ import annotations

from bot.alerts import schemes, subscribers
from bot.alerts.subscribers import AREA_WIDE
from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from bot.store import keys


def answer_lang(turn) -> str:
    """The language to answer in (the phone's, else the force default)."""
    return turn.lang or turn.config.get("DEFAULT_LANGUAGE") or catalog.BASE


def say(turn, name: str, **values) -> str:
    """Catalog text ``name`` (bot/locales: sub_*) in the phone's language, sent GSM-7."""
    return gsm7_letters(catalog.text(answer_lang(turn), name, **values))


def scheme_name(turn, scheme) -> str:
    """The scheme's name in the phone's language ("Vigilancia Rural")."""
    return schemes.name_in(scheme, answer_lang(turn), turn.config.get("DEFAULT_LANGUAGE") or catalog.BASE)


def menu(turn) -> str:
    return say(turn, "sub_menu",
               listing=", ".join(f"{s.keyword} ({scheme_name(turn, s)})" for s in schemes.all_schemes()))


def chosen_lang(turn) -> str:
    """The language to store on the resident: the phone's, once known (detected, switched
    with ESPAÑOL, or a Spanish command word); "" leaves the record's as it is."""
    return turn.lang if turn.lang_known and turn.lang else ""


def joined_list(turn, record: dict) -> str:
    if not record:
        return say(turn, "sub_in_none")
    return say(turn, "sub_in_list",
               listing=", ".join(f"{kw} ({area_text(turn, e)})" for kw, e in sorted(record.items())))


def area_text(turn, e: dict) -> str:
    return say(turn, "sub_area_all") if e["area"] == AREA_WIDE else say(turn, "sub_area_near", area=e["area"])


# -- whose record ---------------------------------------------------------------------
def resident(turn) -> str:
    """The record a phone's subscription texts change: its own (named by its pseudonym), or
    that of the resident who added this number on the web (bot.alerts.subscribers)."""
    return subscribers.resident_for(turn.redis, turn.pseudonym) or turn.pseudonym


def load_record(turn) -> tuple[dict[str, dict], bool]:
    return subscribers.load(turn.redis, resident(turn))


def other_members(turn, rid: str, paused: bool) -> list[str]:
    """The resident's other active contacts (email, voice), indexed with each scheme they join."""
    if rid == turn.pseudonym and not turn.redis.exists(keys.subscriber_contacts(rid)):
        return []
    found = subscribers.contacts(turn.redis, rid)
    return [m for m in subscribers.active_members(found, paused) if m != turn.pseudonym]
