"""Subscription keywords: JOIN <SCHEME>, LEAVE <SCHEME>, MY ALERTS, MY ALERTS LINK, ALERTS ADD/DROP.

``handle`` reads the command (subscription_words.py) and answers it: JOIN and its postcode question
here, LEAVE, MY ALERTS and ALERTS ADD/DROP in my_alerts.py, in the wording every answer shares
(subscription_answers.py). A short question about alerts outside a tip draft ("how do i change my
postcode?", alert_questions.py) gets MY ALERTS, or how to join.

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

from bot.alerts import alert_questions, geo, resident_prefs, schemes, subscribers
from bot.alerts.my_alerts import change_categories, leave, my_alerts, my_alerts_link
from bot.alerts.subscribers import AREA_WIDE
from bot.alerts.subscription_answers import (
    answer_lang,
    area_text,
    chosen_lang,
    load_record,
    menu,
    other_members,
    resident,
    say,
    scheme_name,
)
from bot.alerts.subscription_words import (
    ALL,
    all_words,
    in_tip_draft,
    is_place_attempt,
    own_word,
    own_words,
    scheme_prefix,
    split_categories,
)
from bot.messaging import catalog
from bot.store import keys

PENDING_TTL_S = 3600


def handle(turn) -> list[str] | None:
    words = turn.text.split()
    if not words:
        return None
    before = (turn.lang, turn.lang_known, turn.lang_dirty)
    first, rest = own_words(turn, words[0].upper(), words[1:])
    if first in ("ALERTS", "MYALERTS") and rest:   # ALERTAS QUITAR, MIS ALERTAS ENLACE
        kinds = ("add", "drop", "link") if first == "ALERTS" else ("link",)
        rest = [own_word(turn, rest[0], kinds), *rest[1:]]
    if first in ("JOIN", "LEAVE"):
        rest = [ALL if catalog.fold_word(w) in all_words(turn) else w for w in rest]
    answer = _route(turn, first, rest)
    if answer is None:      # not a command after all ("Salir ..." in a tip): the language is not chosen by it
        turn.lang, turn.lang_known, turn.lang_dirty = before
    return answer


def _route(turn, first: str, rest: list[str]) -> list[str] | None:
    if first == "JOIN":
        return _join(turn, rest)
    if first == "LEAVE":
        return leave(turn, rest)
    upper = [w.upper() for w in rest]
    if (first == "MY" and upper == ["ALERTS", "LINK"]) or (first in ("MYALERTS", "ALERTS") and upper == ["LINK"]):
        return [my_alerts_link(turn)]
    if (first == "MY" and upper == ["ALERTS"]) or (first in ("MYALERTS", "ALERTS") and not rest):
        return [my_alerts(turn)]
    if first == "ALERTS" and rest and rest[0].upper() in ("ADD", "DROP"):
        return [change_categories(turn, rest[0].upper(), rest[1:])]
    answer = _answer_pending(turn)
    if answer is None and alert_questions.asks_about_alerts(turn.text) and not in_tip_draft(turn):
        record, _ = load_record(turn)   # "how do i change my postcode?": their alerts, or how to join
        first_answer = my_alerts(turn) if record else say(turn, "sub_join_how", menu=menu(turn))
        return [first_answer, say(turn, "sub_question_tip_hint")]
    return answer


# -- JOIN -------------------------------------------------------------------------
def _join(turn, rest: list[str]) -> list[str] | None:
    if not rest:
        return [say(turn, "sub_join_how", menu=menu(turn))]
    scheme, tail = scheme_prefix(rest)
    if scheme is None:
        if in_tip_draft(turn) or len(rest) > 4:
            return None  # "join" was part of a tip ("Join the queue at ..."), not a command
        return [say(turn, "sub_no_scheme", menu=menu(turn))]
    cats, place_words, unknown = split_categories(scheme, tail)
    if unknown:
        return [say(turn, "sub_bad_category", scheme=scheme_name(turn, scheme),
                    word=say(turn, f"sub_word_{scheme.category_word}"), choices=", ".join(scheme.categories))]
    record, paused = load_record(turn)
    old = record.get(scheme.keyword)
    if not place_words:
        if old and not cats:
            return [say(turn, "sub_already_in", scheme=scheme_name(turn, scheme), area=area_text(turn, old),
                        keyword=scheme.keyword)]
        if old:  # JOIN BUSINESSWATCH RETAIL when already in: change categories only
            return [_commit_join(turn, scheme, old["area"], old["lat"], old["lon"], cats, old, paused)]
        _ask_place(turn, {"scheme": scheme.keyword, "cats": cats})
        return [say(turn, "sub_ask_place", scheme=scheme_name(turn, scheme))]
    place_text = " ".join(place_words)
    answer, located = _join_at(turn, scheme, place_text, cats, old, paused)
    if not located and is_place_attempt(place_text):
        # "JOIN FARMWATCH BT1 5GS": the answer asks for another postcode, so wait for it as
        # after a bare JOIN (never for a long run of digits: a phone number is no place).
        _ask_place(turn, {"scheme": scheme.keyword, "cats": cats})
    return [answer]


def _ask_place(turn, pending: dict) -> None:
    turn.writes.append(lambda pipe: pipe.set(keys.pending_join(turn.pseudonym), json.dumps(pending),
                                             ex=PENDING_TTL_S))


def _join_at(turn, scheme, place_text: str, cats: list[str], old: dict | None,
             paused: bool) -> tuple[str, bool]:
    """(the answer, whether the place was understood)."""
    if place_text.strip().upper() == AREA_WIDE:
        area, lat, lon = AREA_WIDE, None, None
    else:
        try:
            place = geo.locate(place_text)
        except geo.NotCovered as exc:  # a real postcode/ZIP from somewhere we cannot place: say so
            return say(turn, "sub_not_covered", reason=exc.text(answer_lang(turn))), False
        except geo.BadPlace as exc:
            return say(turn, "sub_bad_place", reason=exc.text(answer_lang(turn))), False
        area, lat, lon = place.code, place.lat, place.lon
    if old and old["area"] == area and (not cats or sorted(cats) == old["cats"]):
        return say(turn, "sub_no_change", scheme=scheme_name(turn, scheme), area=area_text(turn, old)), True
    return _commit_join(turn, scheme, area, lat, lon, cats, old, paused), True


def _commit_join(turn, scheme, area, lat, lon, cats, old, paused) -> str:
    new = subscribers.entry(area, lat, lon, cats or list(scheme.categories), turn.now)
    p = turn.pseudonym
    rid = resident(turn)
    others = other_members(turn, rid, paused)

    lang = chosen_lang(turn)

    def write(pipe):
        subscribers.save_join(pipe, p, scheme.keyword, new, old, paused, members=others, resident=rid)
        pipe.delete(keys.pending_join(p))
        if lang:
            resident_prefs.set_language(pipe, rid, lang)

    turn.writes.append(write)
    where = say(turn, "sub_where_all") if area == AREA_WIDE else say(turn, "sub_where_near", area=area)
    picked = f" ({', '.join(new['cats'])})" if cats else ""
    description = schemes.description_in(scheme, answer_lang(turn), turn.config.get("DEFAULT_LANGUAGE") or catalog.BASE)
    text = say(turn, "sub_updated" if old else "sub_joined", scheme=scheme_name(turn, scheme), picked=picked,
               where=where, description=description,
               frequency=turn.config["ALERT_EXPECTED_FREQUENCY"] or say(turn, "sub_frequency"), keyword=scheme.keyword)
    if paused or turn.opted_out:
        text += " " + say(turn, "sub_stopped_note")
    return text


def _answer_pending(turn) -> list[str] | None:
    raw = turn.pending_join  # preloaded with the lock: no extra round trip per text
    if raw is None:
        return None
    pending = json.loads(raw)
    text = turn.text.strip()
    if catalog.fold_word(text) in all_words(turn):
        text = AREA_WIDE
    if text.upper() != AREA_WIDE and not is_place_attempt(text):
        # Not an answer: forget the question and let the tip flow have the text.
        turn.writes.append(lambda pipe: pipe.delete(keys.pending_join(turn.pseudonym)))
        return None
    scheme = schemes.get(pending["scheme"])
    record, paused = load_record(turn)
    return [_join_at(turn, scheme, text, pending.get("cats") or [], record.get(scheme.keyword), paused)[0]]
