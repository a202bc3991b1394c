"""Subscription keywords: JOIN <SCHEME>, LEAVE <SCHEME>, MY ALERTS, MY ALERTS LINK, ALERTS ADD/DROP.

JOIN FARMWATCH asks for a postcode/ZIP (or ALL); the question's state is a short
key of its own (keys.pending_join), never the tip conversation. JOIN FARMWATCH
BA3 5QE joins at once. A tipster in the middle of a tip whose text merely starts
with "join"/"leave" (and names no scheme) is passed on to the tip flow.

Bad input (unknown scheme, malformed postcode, JOIN twice, LEAVE a scheme not
joined) gets a clear reply and changes nothing.

Replies never echo what the texter typed unless it was recognised (a scheme, a
category, a postcode or ZIP, which are shown normalised): replies are cached for
REPLY_CACHE_HOURS for Twilio's redeliveries, and "JOIN 07700 900123" must not
put a phone number there (tests/alerts/test_subscription_echo.py).
"""
from __future__ import annotations

import json
import re

from bot.alerts import geo, links, schemes, subscribers
from bot.alerts.subscribers import AREA_WIDE
from bot.store import keys

PENDING_TTL_S = 3600
_TAIL = " Reply LEAVE {kw} to leave it, MY ALERTS to see your alerts, STOP to stop all texts."


def handle(turn) -> list[str] | None:
    words = turn.text.split()
    if not words:
        return None
    first = words[0].upper()
    rest = words[1:]
    if first == "JOIN":
        return _join(turn, rest)
    if first == "LEAVE":
        return _leave(turn, rest)
    upper = [w.upper() for w in rest]
    if (first == "MY" and upper == ["ALERTS", "LINK"]) or (first in ("MYALERTS", "ALERTS") and upper == ["LINK"]):
        return [_my_alerts_link(turn)]
    if (first == "MY" and upper == ["ALERTS"]) or (first in ("MYALERTS", "ALERTS") and not rest):
        return [_my_alerts(turn)]
    if first == "ALERTS" and rest and rest[0].upper() in ("ADD", "DROP"):
        return [_change_categories(turn, rest[0].upper(), rest[1:])]
    return _answer_pending(turn)


# -- whose record ---------------------------------------------------------------------
def _resident(turn) -> str:
    """The record a phone's subscription texts change: its own (named by its pseudonym), or
    that of the resident who added this number on the web (bot.alerts.subscribers)."""
    return subscribers.resident_for(turn.redis, turn.pseudonym) or turn.pseudonym


def _load(turn) -> tuple[dict[str, dict], bool]:
    return subscribers.load(turn.redis, _resident(turn))


def _others(turn, rid: str, paused: bool) -> list[str]:
    """The resident's other active contacts (email, voice), indexed with each scheme they join."""
    if rid == turn.pseudonym and not turn.redis.exists(keys.subscriber_contacts(rid)):
        return []
    found = subscribers.contacts(turn.redis, rid)
    return [m for m in subscribers.active_members(found, paused) if m != turn.pseudonym]


# -- JOIN -------------------------------------------------------------------------
def _in_tip_draft(turn) -> bool:
    return bool(turn.conv) and turn.services.flows.is_draft(turn.conv)


def _join(turn, rest: list[str]) -> list[str] | None:
    if not rest:
        return ["To join, text JOIN and a scheme, e.g. JOIN FARMWATCH. " + schemes.menu()]
    scheme, tail = _scheme_prefix(rest)
    if scheme is None:
        if _in_tip_draft(turn) or len(rest) > 4:
            return None  # "join" was part of a tip ("Join the queue at ..."), not a command
        return [f"Sorry, we have no scheme by that name. {schemes.menu()} "
                "Text JOIN and a scheme name, e.g. JOIN FARMWATCH."]
    cats, place_words, unknown = _split_categories(scheme, tail)
    if unknown:
        return [f"Sorry, that is not one of the {scheme.name} {scheme.category_word}: "
                f"{', '.join(scheme.categories)}."]
    record, paused = _load(turn)
    old = record.get(scheme.keyword)
    if not place_words:
        if old and not cats:
            return [f"You are already in {scheme.name} ({_area_text(old)}). To change your area, text "
                    f"JOIN {scheme.keyword} and a new postcode or ZIP."]
        if old:  # JOIN BUSINESSWATCH RETAIL when already in: change categories only
            return [_commit_join(turn, scheme, old["area"], old["lat"], old["lon"], cats, old, paused)]
        _ask_place(turn, {"scheme": scheme.keyword, "cats": cats})
        return [f"{scheme.name}: reply with your postcode or ZIP for alerts near you, "
                "or ALL for the whole force area."]
    place_text = " ".join(place_words)
    answer, located = _join_at(turn, scheme, place_text, cats, old, paused)
    if not located and _is_place_attempt(place_text):
        # "JOIN FARMWATCH BT1 5GS": the answer asks for another postcode, so wait for it as
        # after a bare JOIN (never for a long run of digits: a phone number is no place).
        _ask_place(turn, {"scheme": scheme.keyword, "cats": cats})
    return [answer]


def _ask_place(turn, pending: dict) -> None:
    turn.writes.append(lambda pipe: pipe.set(keys.pending_join(turn.pseudonym), json.dumps(pending),
                                             ex=PENDING_TTL_S))


def _scheme_prefix(words: list[str]):
    """The longest leading run of words naming a scheme ('FARM WATCH', 'FARMWATCH')."""
    for n in range(min(3, len(words)), 0, -1):
        scheme = schemes.find("".join(words[:n]))
        if scheme:
            return scheme, words[n:]
    return None, words


def _split_categories(scheme, words: list[str]) -> tuple[list[str], list[str], str]:
    cats, rest = [], []
    for w in words:
        c = schemes.normalise_category(w)
        if c in scheme.categories:
            cats.append(c)
        elif w.startswith("#"):
            return [], [], w.lstrip("#")
        else:
            rest.append(w)
    place = " ".join(rest)
    if rest and scheme.sectors and not _is_place_attempt(place) and place.upper() != AREA_WIDE:
        return [], [], place
    return cats, rest, ""


def _join_at(turn, scheme, place_text: str, cats: list[str], old: dict | None,
             paused: bool) -> tuple[str, bool]:
    """(the answer, whether the place was understood)."""
    if place_text.strip().upper() == AREA_WIDE:
        area, lat, lon = AREA_WIDE, None, None
    else:
        try:
            place = geo.locate(place_text)
        except geo.NotCovered as exc:  # a real postcode/ZIP from somewhere we cannot place: say so
            return f"{exc} Reply ALL for alerts for the whole force area, or with another postcode or ZIP.", False
        except geo.BadPlace as exc:
            return f"{exc} Please reply with your postcode or ZIP, or ALL for the whole force area.", False
        area, lat, lon = place.code, place.lat, place.lon
    if old and old["area"] == area and (not cats or sorted(cats) == old["cats"]):
        return f"You are already in {scheme.name} ({_area_text(old)}). Nothing has changed.", True
    return _commit_join(turn, scheme, area, lat, lon, cats, old, paused), True


def _commit_join(turn, scheme, area, lat, lon, cats, old, paused) -> str:
    new = subscribers.entry(area, lat, lon, cats or list(scheme.categories), turn.now)
    p = turn.pseudonym
    rid = _resident(turn)
    others = _others(turn, rid, paused)

    def write(pipe):
        subscribers.save_join(pipe, p, scheme.keyword, new, old, paused, members=others, resident=rid)
        pipe.delete(keys.pending_join(p))

    turn.writes.append(write)
    verb = "Updated" if old else "You joined"
    where = "for the whole force area" if area == AREA_WIDE else f"for alerts near {area}"
    picked = f" ({', '.join(new['cats'])})" if cats else ""
    text = (f"{verb} {scheme.name}{picked} {where}: {scheme.description}. "
            f"Expect {turn.config['ALERT_EXPECTED_FREQUENCY']}. Msg&data rates may apply."
            + _TAIL.format(kw=scheme.keyword))
    if paused or turn.opted_out:
        text += " Your texts are stopped: reply START to get alerts."
    return text


def _is_place_attempt(text: str) -> bool:
    """Short and containing a digit: meant as a postcode/ZIP, even if mistyped."""
    squashed = re.sub(r"\s+", "", text)
    return 0 < len(squashed) <= 10 and any(ch.isdigit() for ch in squashed)


def _answer_pending(turn) -> list[str] | None:
    raw = turn.pending_join  # preloaded with the lock: no extra round trip per text
    if raw is None:
        return None
    pending = json.loads(raw)
    text = turn.text.strip()
    if text.upper() != AREA_WIDE and not _is_place_attempt(text):
        # Not an answer: forget the question and let the tip flow have the text.
        turn.writes.append(lambda pipe: pipe.delete(keys.pending_join(turn.pseudonym)))
        return None
    scheme = schemes.get(pending["scheme"])
    record, paused = _load(turn)
    return [_join_at(turn, scheme, text, pending.get("cats") or [], record.get(scheme.keyword), paused)[0]]


# -- LEAVE, MY ALERTS, categories ------------------------------------------------------
def _leave(turn, rest: list[str]) -> list[str] | None:
    record, _ = _load(turn)
    if not rest:
        return ["To leave, text LEAVE and the scheme, e.g. LEAVE FARMWATCH, or LEAVE ALL. "
                + _joined_list(record)]
    if len(rest) == 1 and rest[0].upper() == "ALL":
        targets = list(record)
        if not targets:
            return ["You are not in any alert scheme, so nothing has changed."]
    else:
        scheme, tail = _scheme_prefix(rest)
        if scheme is None or tail:
            if _in_tip_draft(turn) or len(rest) > 4:
                return None  # a tip that starts with "leave", not a command
            return ["Sorry, we have no scheme by that name. " + _joined_list(record)]
        if scheme.keyword not in record:
            return [f"You are not in {scheme.name}, so nothing has changed. " + _joined_list(record)]
        targets = [scheme.keyword]
    retention_s = turn.config["NUMBER_RETENTION_DAYS"] * 86400
    left_none = len(targets) == len(record)
    p = turn.pseudonym
    rid = _resident(turn)
    found = subscribers.contacts(turn.redis, rid)
    others = [m for m in found if m != p]

    def write(pipe):
        for kw in targets:
            subscribers.save_leave(pipe, p, kw, record[kw], left_none and kw == targets[-1], retention_s,
                                   members=others, resident=rid, contacts=found)

    turn.writes.append(write)
    names = ", ".join(schemes.get(kw).name for kw in targets)
    return [f"You left {names}. You will get no more of its alerts."
            + ("" if left_none else " " + _joined_list({k: v for k, v in record.items() if k not in targets}))]


def _joined_list(record: dict) -> str:
    if not record:
        return "You are not in any alert scheme."
    return "You are in: " + ", ".join(f"{kw} ({_area_text(e)})" for kw, e in sorted(record.items())) + "."


def _area_text(e: dict) -> str:
    return "whole force area" if e["area"] == AREA_WIDE else f"near {e['area']}"


def _my_alerts(turn) -> str:
    record, paused = _load(turn)
    if not record:
        return "You have no alerts. " + schemes.menu() + " Text JOIN and a scheme name, e.g. JOIN NHW."
    lines = [f"{schemes.get(kw).name} {_area_text(e)}: {', '.join(e['cats'])}" for kw, e in sorted(record.items())]
    drop, add = _category_examples(record)
    how = " or ".join(f"ALERTS {verb} #{cat}" for verb, cat in (("DROP", drop), ("ADD", add)) if cat)
    text = ("Your alerts: " + "; ".join(lines) + ". Text " + (f"{how} to change categories, " if how else "")
            + "LEAVE and a scheme to leave.")
    if paused:
        text += " Your alerts are paused because you texted STOP: reply START to resume."
    return text


def _my_alerts_link(turn) -> str:
    """MY ALERTS LINK: a signed link to their preferences page (bot.alerts.links), to the
    phone that asked, so only the phone's holder gets it."""
    rid = _resident(turn)
    record, _ = subscribers.load(turn.redis, rid)
    cfg = turn.config
    if not record:
        return (f"You have no alerts to change. Sign up at {links.base_url(cfg)}/alerts/join "
                "or text JOIN and a scheme name, e.g. JOIN NHW.")
    days = f"{cfg['ALERT_LINK_DAYS']:g}"
    return (f"Your alerts page: {links.prefs_url(cfg, rid)} It works for {days} days. "
            "Keep it to yourself: it lets anyone change your alerts.")


def _categories_of(record: dict) -> set[str]:
    return {c for kw in record for c in schemes.get(kw).categories}


def _category_examples(record: dict) -> tuple[str | None, str | None]:
    """(a category the subscriber could DROP, one they could ADD), from their own schemes
    only, so that a suggestion works when they text it: ALERTS DROP #x applies to every
    scheme that has x, so x is offered only if no scheme would be left with none; ADD
    only a category one of their schemes has and they have not. None when there is none
    (a School Watch member has one category and nothing to add)."""
    drop = add = None
    for kw, e in sorted(record.items()):
        for cat in e["cats"]:
            if drop is None and all(len(o["cats"]) > 1 for o in record.values() if cat in o["cats"]):
                drop = cat
        for cat in schemes.get(kw).categories:
            if add is None and cat not in e["cats"]:
                add = cat
    return drop, add


def _change_categories(turn, action: str, words: list[str]) -> str:
    record, paused = _load(turn)
    if not record:
        return "You have no alerts yet. Text JOIN and a scheme name, e.g. JOIN NHW."
    cats = [schemes.normalise_category(w) for w in words if schemes.normalise_category(w)]
    if not cats:
        drop, add = _category_examples(record)
        example = (drop if action == "DROP" else add) or sorted(_categories_of(record))[0]
        return f"Text ALERTS {action} and a category, e.g. ALERTS {action} #{example}."
    changes = {}
    for kw, e in record.items():
        allowed = schemes.get(kw).categories
        chosen = set(e["cats"])
        for cat in cats:
            if cat in allowed:
                chosen = chosen | {cat} if action == "ADD" else chosen - {cat}
        if action == "DROP" and not chosen:
            return f"That would leave {schemes.get(kw).name} with no categories: text LEAVE {kw} to leave it instead."
        if sorted(chosen) != e["cats"]:
            changes[kw] = subscribers.entry(e["area"], e["lat"], e["lon"], list(chosen), e["since"])
    if not changes:
        return f"Nothing changed. Categories in your schemes: {', '.join(sorted(_categories_of(record)))}."

    rid = _resident(turn)
    others = _others(turn, rid, paused)

    def write(pipe):
        for kw, new in changes.items():
            subscribers.save_join(pipe, turn.pseudonym, kw, new, record[kw], paused, members=others, resident=rid)

    turn.writes.append(write)
    merged = {**record, **changes}
    return "Done. " + "; ".join(f"{schemes.get(kw).name}: {', '.join(merged[kw]['cats'])}" for kw in sorted(merged)) + "."
