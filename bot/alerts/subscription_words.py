"""Reading a subscription command: its words in the phone's language, the scheme it names, the categories
and the place after it.

A command word of a configured language (bot/locales/<lang>.json keyword data: UNIRSE, SALIR, MIS ALERTAS,
AGREGAR, QUITAR, ENLACE, TODO) is read as the English one, and using it chooses that language for the
answer (it sets turn.lang). A text that merely starts with "join"/"leave" in the middle of a tip is not
a command (``in_tip_draft``).
"""
from __future__ import annotations

import re

from bot.alerts import schemes
from bot.alerts.subscribers import AREA_WIDE
from bot.messaging import catalog

KINDS = (("join", "JOIN"), ("leave", "LEAVE"), ("my_alerts", "MYALERTS"), ("alerts", "ALERTS"))
ALL = "ALL"     # the whole force area (JOIN ... ALL) or every scheme (LEAVE ALL); AREA_WIDE's word


def own_word(turn, word: str, kinds: tuple[str, ...]) -> str:
    """``word`` as the English keyword of one of ``kinds`` ("QUITAR" -> "DROP") when it is a configured
    language's (choosing that language for the answer), else as it is."""
    folded = catalog.fold_word(word)
    for code in catalog.configured(turn.config):
        for kind in kinds:
            if folded in catalog.keywords(kind, [code]):
                turn.lang, turn.lang_known, turn.lang_dirty = code, True, True
                return kind.upper()
    return word


def all_words(turn) -> set[str]:
    """Every configured language's word for ALL (TODO, TODAS ...), folded; ALL itself included."""
    return catalog.keywords("all", catalog.configured(turn.config)) | {ALL}


def own_words(turn, first: str, rest: list[str]) -> tuple[str, list[str]]:
    """A command word of a configured language (es.json: UNIRSE, SALIR, MIS ALERTAS) read as
    the English one; using it chooses that language for the phone and the resident. The
    English words are the code's own (en.json lists none, so any language can add some)."""
    languages = catalog.configured(turn.config)
    two = catalog.fold_word(first + (rest[0] if rest else ""))
    for code in languages:
        for kind, english in KINDS:
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


def in_tip_draft(turn) -> bool:
    return bool(turn.conv) and turn.services.flows.is_draft(turn.conv)


def scheme_prefix(words: list[str]):
    """The longest leading run of words naming a scheme ('FARM WATCH', 'FARMWATCH')."""
    for n in range(min(3, len(words)), 0, -1):
        scheme = schemes.find("".join(words[:n]))
        if scheme:
            return scheme, words[n:]
    return None, words


def split_categories(scheme, words: list[str]) -> tuple[list[str], list[str], str]:
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
    if rest and scheme.sectors and not is_place_attempt(place) and place.upper() != AREA_WIDE:
        return [], [], place
    return cats, rest, ""


def is_place_attempt(text: str) -> bool:
    """Short and containing a digit: meant as a postcode/ZIP, even if mistyped."""
    squashed = re.sub(r"\s+", "", text)
    return 0 < len(squashed) <= 10 and any(ch.isdigit() for ch in squashed)
