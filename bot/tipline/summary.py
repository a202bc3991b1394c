"""How a tip reads on an officer's phone: one line for TIPS and notifications, a
summary for SHOW. Plain GSM-7 (tipsters' words are converted, emoji spelt out as
"[emoji: pouting face x3]" rather than "???"), short, and built only from the tip
record and thread, which hold a pseudonym, never a number. The record keeps the
tipster's words as they wrote them."""
from __future__ import annotations

from bot.messaging.segments import gsm7_letters
from flows.text import clip, describe_symbols  # the one clipping rule (officers code calls summary.clip)

FIELD_ORDER = ("what", "where", "when", "vehicle", "people", "more")
SHOW_LIMIT = 1500       # characters of summary; the thread goes in a second text
THREAD_LIMIT = 1500
# The extracted facts an officer sees, in order, with their labels (the console's tip page and
# exports show them all; SHOW on a phone leaves out the ones its answers already carry).
FACTS = (("plates", "Plates"), ("uncertain_plates", "Plates (tipster unsure)"), ("partial_plates", "Part plates"),
         ("locations", "Places"), ("times", "Times"), ("vehicles", "Vehicles"), ("people", "People"),
         ("phones", "Phone numbers in the text"))
SHOW_FACTS = ("plates", "uncertain_plates", "partial_plates", "locations", "times", "vehicles")


def age(seconds: float) -> str:
    seconds = max(seconds, 0)
    if seconds < 60:
        return "now"
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


def flags(tip: dict) -> list[str]:
    out = []
    if tip.get("urgent"):
        out.append("URGENT")
    if tip.get("status") == "closed":
        out.append("CLOSED")
    if tip.get("partial"):
        out.append("partial")
    if tip.get("withdrawn") == "1":
        out.append("withdrawn")
    if tip.get("claimed_name"):
        out.append(f"claimed {tip['claimed_name']}")
    return out


def one_line(tip: dict, now: float) -> str:
    """``T-7K2Q 5m URGENT Market St AB12CDE``: ID, age, flags, place, plate."""
    parts = [tip["id"], age(now - filed_at(tip)), *flags(tip),
             clip(place(tip), 40) or "(no place)", plate(tip) or "(no plate)"]
    return gsm7_letters(" ".join(parts))


def headline(tip: dict, limit: int = 120) -> str:
    fields = tip.get("fields") or {}
    what = fields.get("what") or next((v for v in fields.values() if v), "")
    return clip(describe_symbols(what) or "(no details yet)", limit)


def summary(tip: dict, now: float) -> str:
    """SHOW: status, the tipster's answers, the extracted facts, and the tips of the same
    tipster it is linked to (an emergency after filing is a tip of its own, linked both ways)."""
    head = [tip["id"], tip.get("status", "open"), *flags(tip), f"filed {age(now - filed_at(tip))} ago"]
    if tip.get("urgent") and tip.get("urgent_reason"):
        head.append(f"({tip['urgent_reason']})")
    lines = [" ".join(head) + "."]
    linked = [x for x in (tip.get("linked_tip") or "").split(",") if x]
    if linked:
        lines.append(f"Linked: {', '.join(linked)} (same tipster)")
    fields = tip.get("fields") or {}
    for name in FIELD_ORDER:
        if fields.get(name):
            lines.append(f"{name.capitalize()}: {clip(describe_symbols(fields[name]), 300)}")
    facts = tip.get("facts") or {}
    found = []
    for name, label in FACTS:
        if name not in SHOW_FACTS:
            continue
        values = [str(v) for v in facts.get(name) or []]
        if values:
            found.append(f"{label}: {', '.join(values[:5])}")
    if found:
        lines.append("Facts: " + "; ".join(found))
    if tip.get("media"):
        lines.append(f"Photos: {len(tip['media'])}")
    return gsm7_letters(clip_lines(lines, SHOW_LIMIT))


def thread_text(tip_id: str, thread: list[dict], now: float, last: int = 5) -> str:
    if not thread:
        return f"{tip_id}: no messages yet."
    entries = [f"[{age(now - float(e.get('at') or 0))} {e.get('from', '?')}] "
               f"{clip(describe_symbols(e.get('text')) or '(photo)', 300)}" for e in thread[-last:]]
    while len(entries) > 1 and sum(len(e) + 1 for e in entries) > THREAD_LIMIT:
        entries.pop(0)  # keep the most recent messages
    return gsm7_letters(clip_lines([f"{tip_id} last messages:"] + entries, THREAD_LIMIT))


def clip_lines(lines: list[str], limit: int) -> str:
    return clip("\n".join(lines), limit, keep_newlines=True)
