"""Spanish natural features and landmarks named after "de" or "del", in lower case: "en la playa de las canteras",
"el cerro del aguila", "la barandilla del puente de san anton", "el rio santa cruz"; and the few an adjective names,
as people use it for one bridge or river of their town ("el puente romano", "el puente viejo", "el rio grande").

The landmark rule of spanish_places.py reads "parque"/"puente"/"rio" with "de la" and an uncommon name; these
features mostly bear common words ("las flores", "la victoria"), so the name here is one word after the article
(two after "san"/"santa"), and nouns that say where or of what ("la playa de la ciudad", "el puente de la
carretera") are no name. Only after a definite article ("el", "la", "del", "al"): "una playa de arena" is none.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .lexicon import gazetteer, stop_words
from .spanish_person_streets import person_name_end
from .spanish_rules import common_spanish
from .spanish_saint_runs import saint_name_end


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], re.Pattern, frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    raw = json.loads((Path(__file__).parent / "data" / "es" / "named_features.json").read_text(encoding="utf-8"))
    words = "|".join(sorted(raw["feature_words"] + raw["building_words"], key=len, reverse=True))
    adjectives = "|".join(f"{w}\\s+(?:{'|'.join(a)})" for w, a in raw["name_adjectives"].items())
    saints = "|".join(raw["saint_words"])
    pattern = re.compile(
        rf"\b(?:el|la|del|al)\s+((?:{adjectives})|(?:{words})\s+(?:(?:de|del|do)\s+(?:(?:la|las|los|el|les|os|as|o)\s+)?)?"
        rf"(?:(?:{saints})\s+)?([a-zñáéíóúü][a-zñáéíóúü'\-]{{2,}}))(?![\w'\-])")
    return (frozenset(raw["feature_words"] + raw["building_words"]), pattern, frozenset(raw["not_names"]),
            frozenset(raw["saint_words"]), frozenset(raw["building_words"]), frozenset(raw["whose_words"]),
            frozenset(raw["article_only_words"]))


# Galician writes "do" for "del" ("da", "de la", is also Spanish "gives": "el parque da miedo") and "o", "os", "as" for "el", "los", "las" ("praia de as lapas", "praia de o vao", "monte do castro")
ARTICLES = frozenset(("la", "las", "los", "el", "les", "os", "as", "o"))
# A number or an English street word after the name: it starts a street's name ("mile 9 rd"), no feature's
STREET_AFTER_RE = re.compile(r"\s+(?:\d|(?:st|rd|ave|av|blvd|street|road|avenue|dr|ln|hwy)\b)")
# An English place word after the name: the name is an English-named area's ("el mirador de garret mountain"), which the
# area rules read whole
REGNAL_AFTER_RE = re.compile(r"\s+(?:i{1,3}|iv|vi{0,3}|ix|xx?i{0,3}|xxiii)(?=\s*(?:[,.;!?]|$))")
ENGLISH_AREA_AFTER_RE = re.compile(r"\s+(?:mountain|mountains|park|hill|hills|heights|lake|creek|river|valley|point)\b")


def find_named_features(text: str, blocked) -> list[tuple[int, int]]:
    feature_words, pattern, not_names, saints, buildings, whose, article_only = _data()
    lowered = text.lower()
    if not any(word in lowered for word in feature_words):
        return []   # the common text pays nothing
    found = []
    for match in pattern.finditer(text):
        name = match.group(2)
        if name is not None:
            head = match.group(1).split()
            joined = any(w in ("de", "del", "do") for w in head) or head[1] in saints
            if not joined and len(head) == 2:
                continue   # "el rio crecido": a word right after the feature word is left to spanish_places.py
            if STREET_AFTER_RE.match(text, match.end()) or ENGLISH_AREA_AFTER_RE.match(text, match.end()):
                continue   # "el monte de la mile 9 rd": the name is a street's, which the street rules take
            if head[0].lower() in article_only and not (head[1] in ("del", "do") or (len(head) > 2 and head[2] in ARTICLES)):
                continue   # "el monte de jordan meadows": the scrub of a barrio (article_only_words)
            if name in not_names or name in stop_words():   # (no verb test: after "del" a verb is rare, "aguila" looks like one)
                continue
            # an article after "de" opens a name, common word or not ("el parque de las cruces", "el parque del oeste"),
            # unless the word says whose or where ("el parque del barrio", "el jardin del vecino": whose_words)
            named = head[1] in ("del", "do") or (len(head) > 2 and head[2] in ARTICLES)
            if head[0].lower() in buildings and not any(w in saints for w in head) \
                    and (common_spanish(name) or name in gazetteer()) and (not named or name in whose):
                # "el parque de bomberos", "la iglesia del pueblo": a kind or a whose, no name; "la iglesia de
                # mission": the town or barrio it stands in is the place (the area rules label it alone)
                continue
        start, end = match.span(1)
        if name is not None and any(w in saints for w in match.group(1).split()):
            end = saint_name_end(text, end, whose, not_names)   # "la parroquia de san jose de la montaña"
        if name is not None:   # "el espigon de juan carlos i": a person's whole name and a king's number
            end = person_name_end(text, start, end)
            end = regnal.end() if (regnal := REGNAL_AFTER_RE.match(text, end)) else end
        if not any(start < e and s < end for s, e in blocked):
            found.append((start, end))
    return found
