"""A beach, lagoon, lake, island or bay named by the word right after its feature word, with no "de": "en playa
condesa", "la playa delfines", "la laguna nichupte", "playa las gatas". spanish_named_features.py reads the names after
"de" and leaves a bare word to the landmark rule, which knows parks and bridges, not beaches. Beach names are often
common nouns ("playa gaviotas", "playa caleta"), so a word is taken unless it goes on with the sentence (a function
word, a verb, a word of when) or says what kind of beach it is (named_features.json bare_not_names: "la playa publica",
"la playa llena"). Cheap gate: a bare-name feature word in the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .lexicon import stop_words
from .spanish_rules import rules, verb_form
from .spanish_run_on_words import run_on_words

# (adjectives of a kind or a state: "playa nudista", "laguna artificial", "playa abandonada", "isla desierta")
KIND_ENDINGS = ("ada", "ado", "ida", "ido", "ica", "ico", "osa", "oso", "al", "ista", "ble", "ante", "ente", "mente",
                "ando", "iendo", "aba", "ia", "ía")


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str]]:
    raw = json.loads((Path(__file__).parent / "data" / "es" / "named_features.json").read_text(encoding="utf-8"))
    words = "|".join(sorted(raw["bare_name_words"], key=len, reverse=True))
    pattern = re.compile(rf"\b(?:en|por|a|al|la|del|hasta|desde|de)\s+(?:la\s+)?((?:{words})\s+(?:(?:las|los|el|la)\s+)?"
                         r"([a-zñáéíóúü][a-zñáéíóúü'\-]{2,}))(?![\w'\-])")
    return pattern, frozenset(raw["bare_not_names"])


def bare_features(text: str, blocked) -> list[tuple[int, int]]:
    """(start, end) of the beaches and lagoons named by a bare word; none that overlaps blocked."""
    if not any(w in text for w in ("playa", "praia", "platja", "lag", "isla", "bah")):
        return []
    pattern, not_names = _data()
    found = []
    for match in pattern.finditer(text):
        name = match.group(2)
        if (name in not_names or name in stop_words() or name in rules()["not_names"] or name in run_on_words()
                or verb_form(name) or name.endswith(KIND_ENDINGS)):
            continue
        start, end = match.span(1)
        if not any(start < e and s < end for s, e in blocked):
            found.append((start, end))
    return found
