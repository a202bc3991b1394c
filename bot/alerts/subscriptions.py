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

Every answer is in the phone's language (catalog texts ``sub_*``), scheme names and
descriptions too (schemes.name_in / description_in: "Vigilancia Rural"); the scheme keywords
and category words stay as they are typed in commands (JOIN FARMWATCH, ALERTS DROP #livestock).
The command words are English in the code and, per language, keyword data in
bot/locales/<lang>.json (``join``, ``leave``, ``my_alerts``, ``alerts``, ``add``, ``drop``, ``link``,
``all``: UNIRSE, SALIR, MIS ALERTAS, ALERTAS, AGREGAR/AÑADIR, QUITAR, ENLACE, TODO), read as the English
word; a command word of a language (not ``all``, too short to tell) chooses it for the answer.
"""
from __future__ import annotations

import json
import re

from bot.alerts import alert_questions, geo, links, schemes, subscribers
from bot.alerts.subscribers import AREA_WIDE
from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from bot.store import keys

PENDING_TTL_S = 3600


def handle(turn) -> list[str] | None:
    words = turn.text.split()
    if not words:
        return None
    before = (turn.lang, turn.lang_known, turn.lang_dirty)
    first, rest = _own_words(turn, words[0].upper(), words[1:])
    if first in ("ALERTS", "MYALERTS") and rest:   # ALERTAS QUITAR, MIS ALERTAS ENLACE
        kinds = ("add", "drop", "link") if first == "ALERTS" else ("link",)
        rest = [_own_word(turn, rest[0], kinds), *rest[1:]]
    if first in ("JOIN", "LEAVE"):
        rest = [ALL if catalog.fold_word(w) in _all_words(turn) else w for w in rest]
    answer = _route(turn, first, rest)
    if answer is None:      # not a command after all ("Salir ..." in a tip): the language is not chosen by it
        turn.lang, turn.lang_known, turn.lang_dirty = before
    return answer


def _route(turn, first: str, rest: list[str]) -> list[str] | None:
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
    answer = _answer_pending(turn)
    if answer is None and alert_questions.asks_about_alerts(turn.text) and not _in_tip_draft(turn):
        record, _ = _load(turn)   # "how do i change my postcode?": their alerts, or how to join
        first_answer = _my_alerts(turn) if record else _t(turn, "sub_join_how", menu=_menu(turn))
        return [first_answer, _t(turn, "sub_question_tip_hint")]
    return answer


# -- languages ------------------------------------------------------------------------
_KINDS = (("join", "JOIN"), ("leave", "LEAVE"), ("my_alerts", "MYALERTS"), ("alerts", "ALERTS"))
ALL = "ALL"     # the whole force area (JOIN ... ALL) or every scheme (LEAVE ALL); AREA_WIDE's word


def _own_word(turn, word: str, kinds: tuple[str, ...]) -> str:
    """``word`` as the English keyword of one of ``kinds`` ("QUITAR" -> "DROP") when it is a configured
    language's (choosing that language for the answer), else as it is."""
    folded = catalog.fold_word(word)
    for code in catalog.configured(turn.config):
        for kind in kinds:
            if folded in catalog.keywords(kind, [code]):
                turn.lang, turn.lang_known, turn.lang_dirty = code, True, True
                return kind.upper()
    return word


def _all_words(turn) -> set[str]:
    """Every configured language's word for ALL (TODO, TODAS ...), folded; ALL itself included."""
    return catalog.keywords("all", catalog.configured(turn.config)) | {ALL}


def _own_words(turn, first: str, rest: list[str]) -> tuple[str, list[str]]:
    """A command word of a configured language (es.json: UNIRSE, SALIR, MIS ALERTAS) read as
    the English one; using it chooses that language for the phone and the resident. The
    English words are the code's own (en.json lists none, so any language can add some)."""
    languages = catalog.configured(turn.config)
    two = catalog.fold_word(first + (rest[0] if rest else ""))
    for code in languages:
        for kind, english in _KINDS:
            words = catalog.keywords(kind, [code])
            if not words:
                continue
            if catalog.fold_word(first) in words:
                taken = rest
            elif rest and two in words:
                taken = rest[1:]
            else:
                continue
            turn.lang, turn.lang_known, turn.lang_dirty = code, True, True
            return english, taken
    return first, rest


def _lang(turn) -> str:
    """The language to answer in (the phone's, else the force default)."""
    return turn.lang or turn.config.get("DEFAULT_LANGUAGE") or catalog.BASE


def _t(turn, name: str, **values) -> str:
    """Catalog text ``name`` (bot/locales: sub_*) in the phone's language, sent GSM-7."""
    return gsm7_letters(catalog.text(_lang(turn), name, **values))


def _name(turn, scheme) -> str:
    """The scheme's name in the phone's language ("Vigilancia Rural")."""
    return schemes.name_in(scheme, _lang(turn), turn.config.get("DEFAULT_LANGUAGE") or catalog.BASE)


def _menu(turn) -> str:
    return _t(turn, "sub_menu", listing=", ".join(f"{s.keyword} ({_name(turn, s)})" for s in schemes.all_schemes()))


def _chosen_lang(turn) -> str:
    """The language to store on the resident: the phone's, once known (detected, switched
    with ESPAÑOL, or a Spanish command word); "" leaves the record's as it is."""
    return turn.lang if turn.lang_known and turn.lang else ""


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
        return [_t(turn, "sub_join_how", menu=_menu(turn))]
    scheme, tail = _scheme_prefix(rest)
    if scheme is None:
        if _in_tip_draft(turn) or len(rest) > 4:
            return None  # "join" was part of a tip ("Join the queue at ..."), not a command
        return [_t(turn, "sub_no_scheme", menu=_menu(turn))]
    cats, place_words, unknown = _split_categories(scheme, tail)
    if unknown:
        return [_t(turn, "sub_bad_category", scheme=_name(turn, scheme), word=_t(turn, f"sub_word_{scheme.category_word}"),
                   choices=", ".join(scheme.categories))]
    record, paused = _load(turn)
    old = record.get(scheme.keyword)
    if not place_words:
        if old and not cats:
            return [_t(turn, "sub_already_in", scheme=_name(turn, scheme), area=_area_text(turn, old),
                       keyword=scheme.keyword)]
        if old:  # JOIN BUSINESSWATCH RETAIL when already in: change categories only
            return [_commit_join(turn, scheme, old["area"], old["lat"], old["lon"], cats, old, paused)]
        _ask_place(turn, {"scheme": scheme.keyword, "cats": cats})
        return [_t(turn, "sub_ask_place", scheme=_name(turn, scheme))]
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
            return _t(turn, "sub_not_covered", reason=exc.text(_lang(turn))), False
        except geo.BadPlace as exc:
            return _t(turn, "sub_bad_place", reason=exc.text(_lang(turn))), False
        area, lat, lon = place.code, place.lat, place.lon
    if old and old["area"] == area and (not cats or sorted(cats) == old["cats"]):
        return _t(turn, "sub_no_change", scheme=_name(turn, scheme), area=_area_text(turn, old)), True
    return _commit_join(turn, scheme, area, lat, lon, cats, old, paused), True


def _commit_join(turn, scheme, area, lat, lon, cats, old, paused) -> str:
    new = subscribers.entry(area, lat, lon, cats or list(scheme.categories), turn.now)
    p = turn.pseudonym
    rid = _resident(turn)
    others = _others(turn, rid, paused)

    lang = _chosen_lang(turn)

    def write(pipe):
        subscribers.save_join(pipe, p, scheme.keyword, new, old, paused, members=others, resident=rid)
        pipe.delete(keys.pending_join(p))
        if lang:
            subscribers.set_language(pipe, rid, lang)

    turn.writes.append(write)
    where = _t(turn, "sub_where_all") if area == AREA_WIDE else _t(turn, "sub_where_near", area=area)
    picked = f" ({', '.join(new['cats'])})" if cats else ""
    description = schemes.description_in(scheme, _lang(turn), turn.config.get("DEFAULT_LANGUAGE") or catalog.BASE)
    text = _t(turn, "sub_updated" if old else "sub_joined", scheme=_name(turn, scheme), picked=picked, where=where,
              description=description, frequency=turn.config["ALERT_EXPECTED_FREQUENCY"] or _t(turn, "sub_frequency"),
              keyword=scheme.keyword)
    if paused or turn.opted_out:
        text += " " + _t(turn, "sub_stopped_note")
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
    if catalog.fold_word(text) in _all_words(turn):
        text = AREA_WIDE
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
        return [_t(turn, "sub_leave_how", joined=_joined_list(turn, record))]
    if len(rest) == 1 and rest[0].upper() == "ALL":
        targets = list(record)
        if not targets:
            return [_t(turn, "sub_in_none_nothing")]
    else:
        scheme, tail = _scheme_prefix(rest)
        if scheme is None or tail:
            if _in_tip_draft(turn) or len(rest) > 4:
                return None  # a tip that starts with "leave", not a command
            return [_t(turn, "sub_no_scheme_leave", joined=_joined_list(turn, record))]
        if scheme.keyword not in record:
            return [_t(turn, "sub_not_in", scheme=_name(turn, scheme), joined=_joined_list(turn, record))]
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
    names = ", ".join(_name(turn, schemes.get(kw)) for kw in targets)
    return [_t(turn, "sub_left", names=names)
            + ("" if left_none else " " + _joined_list(turn, {k: v for k, v in record.items() if k not in targets}))]


def _joined_list(turn, record: dict) -> str:
    if not record:
        return _t(turn, "sub_in_none")
    return _t(turn, "sub_in_list", listing=", ".join(f"{kw} ({_area_text(turn, e)})" for kw, e in sorted(record.items())))


def _area_text(turn, e: dict) -> str:
    return _t(turn, "sub_area_all") if e["area"] == AREA_WIDE else _t(turn, "sub_area_near", area=e["area"])


def _my_alerts(turn) -> str:
    record, paused = _load(turn)
    if not record:
        return _t(turn, "sub_my_none", menu=_menu(turn))
    lines = [f"{_name(turn, schemes.get(kw))} {_area_text(turn, e)}: {', '.join(e['cats'])}"
             for kw, e in sorted(record.items())]
    drop, add = _category_examples(record)
    how = [f"{_t(turn, name)} #{cat}" for name, cat in (("sub_verb_drop", drop), ("sub_verb_add", add)) if cat]
    how = _t(turn, "sub_either", first=how[0], second=how[1]) if len(how) == 2 else "".join(how)
    text = _t(turn, "sub_my_alerts", listing="; ".join(lines), keyword=min(record),   # a scheme they are in
              how=_t(turn, "sub_change_how", examples=how) if how else "")
    if paused:
        text += " " + _t(turn, "sub_paused_note")
    return text


def _my_alerts_link(turn) -> str:
    """MY ALERTS LINK: a signed link to their preferences page (bot.alerts.links), to the
    phone that asked, so only the phone's holder gets it."""
    rid = _resident(turn)
    record, _ = subscribers.load(turn.redis, rid)
    cfg = turn.config
    if not record:
        return _t(turn, "sub_link_none", url=f"{links.base_url(cfg)}/alerts/join")
    return _t(turn, "sub_link", url=links.prefs_url(cfg, rid), days=f"{cfg['ALERT_LINK_DAYS']:g}")


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
        return _t(turn, "sub_none_yet")
    cats = [schemes.normalise_category(w) for w in words if schemes.normalise_category(w)]
    if not cats:
        drop, add = _category_examples(record)
        example = (drop if action == "DROP" else add) or sorted(_categories_of(record))[0]
        return _t(turn, "sub_category_how", action=_t(turn, "sub_verb_add" if action == "ADD" else "sub_verb_drop"),
                  example=example)
    changes = {}
    for kw, e in record.items():
        allowed = schemes.get(kw).categories
        chosen = set(e["cats"])
        for cat in cats:
            if cat in allowed:
                chosen = chosen | {cat} if action == "ADD" else chosen - {cat}
        if action == "DROP" and not chosen:
            return _t(turn, "sub_category_empty", scheme=_name(turn, schemes.get(kw)), keyword=kw)
        if sorted(chosen) != e["cats"]:
            changes[kw] = subscribers.entry(e["area"], e["lat"], e["lon"], list(chosen), e["since"])
    if not changes:
        return _t(turn, "sub_category_same", listing=", ".join(sorted(_categories_of(record))))

    rid = _resident(turn)
    others = _others(turn, rid, paused)
    lang = _chosen_lang(turn)      # ALERTAS QUITAR ... chooses Spanish for the resident, as UNIRSE does

    def write(pipe):
        for kw, new in changes.items():
            subscribers.save_join(pipe, turn.pseudonym, kw, new, record[kw], paused, members=others, resident=rid)
        if lang:
            subscribers.set_language(pipe, rid, lang)

    turn.writes.append(write)
    merged = {**record, **changes}
    return _t(turn, "sub_category_done",
              listing="; ".join(f"{_name(turn, schemes.get(kw))}: {', '.join(merged[kw]['cats'])}" for kw in sorted(merged)))
