"""How a tip reads on an officer's phone: one line for TIPS and notifications, a
summary for SHOW. Plain GSM-7 (tipsters' words are converted, emoji spelt out as
"[emoji: pouting face x3]" rather than "???"), short, and built only from the tip
record and thread, which hold a pseudonym, never a number. The record keeps the
tipster's words as they wrote them.

Its words (flags, labels, "filed 5m ago") are catalog texts (bot/locales/<lang>.json,
``tip_*``, ``fact_*``, ``field_*``), in the language ``lang`` of the officer reading it
(default: English, the console's)."""
from __future__ import annotations

from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from flows.text import clip, describe_symbols  # the one clipping rule (officers code calls summary.clip)

FIELD_ORDER = ("what", "where", "when", "vehicle", "people", "more")
SHOW_LIMIT = 1500       # characters of summary; the thread goes in a second text
THREAD_LIMIT = 1500
# The extracted facts an officer sees, in order, with their labels (the console's tip page and
# exports show them all; SHOW on a phone leaves out the ones its answers already carry).
FACT_NAMES = ("plates", "uncertain_plates", "partial_plates", "locations", "times", "vehicles", "people", "phones")
FACTS = tuple((name, catalog.text(catalog.BASE, f"fact_{name}")) for name in FACT_NAMES)   # the console's labels
# SHOW by SMS: not the phone numbers typed in a tip (the console shows them to staff signed in).
SHOW_FACTS = ("plates", "uncertain_plates", "partial_plates", "locations", "times", "vehicles", "people")


def _t(lang: str | None, name: str, /, **values) -> str:
    return catalog.text(lang or catalog.BASE, name, **values)


def age(seconds: float, lang: str | None = None) -> str:
    seconds = max(seconds, 0)
    if seconds < 60:
        return _t(lang, "tip_age_now")
    if seconds < 3600:
        return f"{int(seconds // 60)}m"
    if seconds < 86400 * 2:
        return f"{int(seconds // 3600)}h"
    return f"{int(seconds // 86400)}d"


def filed_at(tip: dict) -> float:
    return float(tip.get("filed_at") or tip.get("created_at") or 0)


def place(tip: dict) -> str:
    facts = tip.get("facts") or {}
    if facts.get("locations"):  # two places say more than one ("Co-op, Market Street")
        return ", ".join(str(x) for x in facts["locations"][:2])
    return describe_symbols((tip.get("fields") or {}).get("where"))


def plate(tip: dict) -> str:
    facts = tip.get("facts") or {}
    for name in ("plates", "partial_plates"):
        if facts.get(name):
            return str(facts[name][0])
    return ""


def flags(tip: dict, lang: str | None = None) -> list[str]:
    out = []
    if tip.get("urgent"):
        out.append(_t(lang, "tip_flag_urgent"))
    if tip.get("status") == "closed":
        out.append(_t(lang, "tip_flag_closed"))
    if tip.get("partial"):
        out.append(_t(lang, "tip_flag_partial"))
    if tip.get("withdrawn") == "1":
        out.append(_t(lang, "tip_flag_withdrawn"))
    if tip.get("claimed_name"):
        out.append(_t(lang, "tip_flag_claimed", name=tip["claimed_name"]))
    return out


def one_line(tip: dict, now: float, lang: str | None = None) -> str:
    """``T-7K2Q 5m URGENT Market St AB12CDE``: ID, age, flags, place, plate."""
    parts = [tip["id"], age(now - filed_at(tip), lang), *flags(tip, lang),
             clip(place(tip), 40) or _t(lang, "tip_no_place"), plate(tip) or _t(lang, "tip_no_plate")]
    return gsm7_letters(" ".join(parts))


def headline(tip: dict, limit: int = 120, lang: str | None = None) -> str:
    fields = tip.get("fields") or {}
    what = fields.get("what") or next((v for v in fields.values() if v), "")
    return clip(describe_symbols(what) or _t(lang, "tip_no_details"), limit)


def summary(tip: dict, now: float, lang: str | None = None) -> str:
    """SHOW: status, the tipster's answers, the extracted facts, and the tips of the same
    tipster it is linked to (an emergency after filing is a tip of its own, linked both ways)."""
    status = tip.get("status") or "open"
    status = _t(lang, f"tip_status_{status}") if status in ("open", "closed") else status
    since = now - filed_at(tip)
    filed = _t(lang, "tip_filed_just_now") if since < 60 else _t(lang, "tip_filed_ago", age=age(since, lang))
    head = [tip["id"], status, *flags(tip, lang), filed]
    if tip.get("urgent") and tip.get("urgent_reason"):
        head.append(f"({tip['urgent_reason']})")
    lines = [" ".join(head) + "."]
    linked = [x for x in (tip.get("linked_tip") or "").split(",") if x]
    if linked:
        lines.append(_t(lang, "tip_linked", listing=", ".join(linked)))
    fields = tip.get("fields") or {}
    for name in FIELD_ORDER:
        if fields.get(name):
            lines.append(f"{_t(lang, f'field_{name}')}: {clip(describe_symbols(fields[name]), 300)}")
    facts = tip.get("facts") or {}
    found = []
    for name in FACT_NAMES:
        if name not in SHOW_FACTS:
            continue
        values = [str(v) for v in facts.get(name) or []]
        if values:
            found.append(f"{_t(lang, f'fact_{name}')}: {', '.join(values[:5])}")
    if found:
        lines.append(_t(lang, "tip_facts", listing="; ".join(found)))
    if tip.get("media"):
        lines.append(_t(lang, "tip_photos", n=len(tip["media"])))
    return gsm7_letters(clip_lines(lines, SHOW_LIMIT))


def _from(who: str, lang: str | None) -> str:
    """A thread entry's author as the reader says it: "tipster", "system", "officer PC Jones (4411)"."""
    if who in ("tipster", "system"):
        return _t(lang, f"tip_from_{who}")
    if who.startswith("officer "):
        return _t(lang, "tip_from_officer", name=who[len("officer "):])
    return who


def thread_text(tip_id: str, thread: list[dict], now: float, last: int = 5, lang: str | None = None) -> str:
    if not thread:
        return gsm7_letters(_t(lang, "tip_no_messages", tip_id=tip_id))
    entries = [f"[{age(now - float(e.get('at') or 0), lang)} {_from(e.get('from', '?'), lang)}] "
               f"{clip(describe_symbols(e.get('text')) or _t(lang, 'tip_photo'), 300)}" for e in thread[-last:]]
    while len(entries) > 1 and sum(len(e) + 1 for e in entries) > THREAD_LIMIT:
        entries.pop(0)  # keep the most recent messages
    return gsm7_letters(clip_lines([_t(lang, "tip_last_messages", tip_id=tip_id)] + entries, THREAD_LIMIT))


def clip_lines(lines: list[str], limit: int) -> str:
    return clip("\n".join(lines), limit, keep_newlines=True)
