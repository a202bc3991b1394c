"""What a subscriber does with the alerts they have: MY ALERTS (and MY ALERTS LINK, a signed link to their
preferences page), ALERTS ADD/DROP #category, and LEAVE <SCHEME> / LEAVE ALL.

Bad input (a scheme not joined, no category named) gets a clear reply and changes nothing; the answers
name only what was recognised (bot.alerts.subscriptions on echoes).
"""
from __future__ import annotations

from bot.alerts import links, resident_prefs, schemes, subscribers
from bot.alerts.subscription_answers import (
    area_text,
    chosen_lang,
    joined_list,
    load_record,
    menu,
    other_members,
    resident,
    say,
    scheme_name,
)
from bot.alerts.subscription_words import in_tip_draft, scheme_prefix


def leave(turn, rest: list[str]) -> list[str] | None:
    record, _ = load_record(turn)
    if not rest:
        return [say(turn, "sub_leave_how", joined=joined_list(turn, record))]
    if len(rest) == 1 and rest[0].upper() == "ALL":
        targets = list(record)
        if not targets:
            return [say(turn, "sub_in_none_nothing")]
    else:
        scheme, tail = scheme_prefix(rest)
        if scheme is None or tail:
            if in_tip_draft(turn) or len(rest) > 4:
                return None  # a tip that starts with "leave", not a command
            return [say(turn, "sub_no_scheme_leave", joined=joined_list(turn, record))]
        if scheme.keyword not in record:
            return [say(turn, "sub_not_in", scheme=scheme_name(turn, scheme), joined=joined_list(turn, record))]
        targets = [scheme.keyword]
    retention_s = turn.config["NUMBER_RETENTION_DAYS"] * 86400
    left_none = len(targets) == len(record)
    p = turn.pseudonym
    rid = resident(turn)
    found = subscribers.contacts(turn.redis, rid)
    others = [m for m in found if m != p]

    def write(pipe):
        for kw in targets:
            subscribers.save_leave(pipe, p, kw, record[kw], left_none and kw == targets[-1], retention_s,
                                   members=others, resident=rid, contacts=found)

    turn.writes.append(write)
    names = ", ".join(scheme_name(turn, schemes.get(kw)) for kw in targets)
    return [say(turn, "sub_left", names=names)
            + ("" if left_none else " " + joined_list(turn, {k: v for k, v in record.items() if k not in targets}))]


def my_alerts(turn) -> str:
    record, paused = load_record(turn)
    if not record:
        return say(turn, "sub_my_none", menu=menu(turn))
    lines = [f"{scheme_name(turn, schemes.get(kw))} {area_text(turn, e)}: {', '.join(e['cats'])}"
             for kw, e in sorted(record.items())]
    drop, add = _category_examples(record)
    how = [f"{say(turn, name)} #{cat}" for name, cat in (("sub_verb_drop", drop), ("sub_verb_add", add)) if cat]
    how = say(turn, "sub_either", first=how[0], second=how[1]) if len(how) == 2 else "".join(how)
    text = say(turn, "sub_my_alerts", listing="; ".join(lines), keyword=min(record),   # a scheme they are in
               how=say(turn, "sub_change_how", examples=how) if how else "")
    if paused:
        text += " " + say(turn, "sub_paused_note")
    return text


def my_alerts_link(turn) -> str:
    """MY ALERTS LINK: a signed link to their preferences page (bot.alerts.links), to the
    phone that asked, so only the phone's holder gets it."""
    rid = resident(turn)
    record, _ = subscribers.load(turn.redis, rid)
    cfg = turn.config
    if not record:
        return say(turn, "sub_link_none", url=f"{links.base_url(cfg)}/alerts/join")
    return say(turn, "sub_link", url=links.prefs_url(cfg, rid), days=f"{cfg['ALERT_LINK_DAYS']:g}")


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


def change_categories(turn, action: str, words: list[str]) -> str:
    record, paused = load_record(turn)
    if not record:
        return say(turn, "sub_none_yet")
    cats = [schemes.normalise_category(w) for w in words if schemes.normalise_category(w)]
    if not cats:
        drop, add = _category_examples(record)
        example = (drop if action == "DROP" else add) or sorted(_categories_of(record))[0]
        return say(turn, "sub_category_how", action=say(turn, "sub_verb_add" if action == "ADD" else "sub_verb_drop"),
                   example=example)
    changes = {}
    for kw, e in record.items():
        allowed = schemes.get(kw).categories
        chosen = set(e["cats"])
        for cat in cats:
            if cat in allowed:
                chosen = chosen | {cat} if action == "ADD" else chosen - {cat}
        if action == "DROP" and not chosen:
            return say(turn, "sub_category_empty", scheme=scheme_name(turn, schemes.get(kw)), keyword=kw)
        if sorted(chosen) != e["cats"]:
            changes[kw] = subscribers.entry(e["area"], e["lat"], e["lon"], list(chosen), e["since"])
    if not changes:
        return say(turn, "sub_category_same", listing=", ".join(sorted(_categories_of(record))))

    rid = resident(turn)
    others = other_members(turn, rid, paused)
    lang = chosen_lang(turn)      # ALERTAS QUITAR ... chooses Spanish for the resident, as UNIRSE does

    def write(pipe):
        for kw, new in changes.items():
            subscribers.save_join(pipe, turn.pseudonym, kw, new, record[kw], paused, members=others, resident=rid)
        if lang:
            resident_prefs.set_language(pipe, rid, lang)

    turn.writes.append(write)
    merged = {**record, **changes}
    return say(turn, "sub_category_done",
               listing="; ".join(f"{scheme_name(turn, schemes.get(kw))}: {', '.join(merged[kw]['cats'])}"
                                 for kw in sorted(merged)))
