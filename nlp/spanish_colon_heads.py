"""A Spanish tip that opens with its place and a colon: "laguna de tres palos: unos pescadores vieron ...", "el
quemadero: hay una moto ...", "sharpstown: sale humo ...", "jordan park junto al lago: ...". People text the place
first, as a heading, then what happens there; cut at the colon, no cue ("en", "calle") stands before it.

A colon head is a place when it is one to four name words (joined by "de (la)", an article before it), none of them
a topic word (nlp/data/es/colon_topic_words.txt: "pregunta:", "aviso urgente:", "placa:"), a function word or a verb,
and it has a name in it: a word no dictionary holds, a landmark word with another word ("laguna de tres palos"), or an
article before one or two words ("la quebrada"). A
"junto a"/"frente a" phrase before the colon is the place's side, left out. A guess, stored with the barrios.
Cheap gate: a colon in the first 60 characters.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR, stop_words, word_list
from .spanish_areas import unknown_word
from .spanish_rules import rules, verb_form
from .spans import overlaps

WORD = r"[a-zñáéíóúü0-9][a-zñáéíóúü0-9'\-]*"
JOINER = r"(?:de|del)(?:\s+(?:la|los|las|el))?"
HEAD_RE = re.compile(rf"\s*((?:(el|la|los|las)\s+)?{WORD}(?:\s+(?:{JOINER}\s+)?{WORD}){{0,3}})"
                     r"(?:\s+(?:junto|frente|cerca|enfrente|afuera|detras|detrás)\s+(?:a|al|de|del)\b[^:,.]{0,30})?\s*:\s")
JOINERS = frozenset(("de", "del", "la", "los", "las", "el"))


@lru_cache(maxsize=1)
def topic_words() -> frozenset[str]:
    return word_list("es/colon_topic_words.txt")


@lru_cache(maxsize=1)
def feature_words() -> frozenset[str]:
    """Landmark and natural-feature words (nlp/data/es/named_features.json) and their English ones: with another word
    they make a name ("laguna de tres palos", "pie de la cuesta", "jordan park")."""
    data = json.loads((DATA_DIR / "es" / "named_features.json").read_text(encoding="utf-8"))
    return frozenset(data["feature_words"] + data["building_words"] + "mercado mirador park beach lake bridge".split())


def _no_name_word(word: str) -> bool:
    # "apuntad:", "mirad:", "atended:": a vosotros imperative calls the reader ("-dad" is a noun's: "la soledad")
    return (word in topic_words() or (word.endswith(("ad", "ed")) and not word.endswith("dad")) or word in stop_words()
            or word in rules()["not_names"] or word in rules()["not_barrios"] or verb_form(word) or word.endswith(("ando", "iendo", "mente")))


def colon_head(text: str, taken) -> list[tuple[int, int]]:
    """The place a tip opens with before its colon (see the module docstring), or nothing."""
    if ":" not in text[:60] or text.isupper():
        return []
    match = HEAD_RE.match(text)
    if not match or overlaps(*match.span(1), taken):
        return []
    words = match.group(1).lower().split()
    names = words[1:] if match.group(2) else words
    names = [w for w in names if w not in JOINERS]
    if any(_no_name_word(w) or w.isdigit() and k == 0 for k, w in enumerate(names)):
        return []
    featured = len(names) >= 2 and (names[0] in feature_words() or names[-1] in feature_words())
    if featured or any(unknown_word(w) for w in names if not w.isdigit()) or (match.group(2) and len(names) <= 2):
        return [match.span(1)]
    return []
