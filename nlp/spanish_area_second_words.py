"""A Mexican colonia or fraccionamiento named with two words keeps the second: "colonia villa juarez", "colonia cerro
grande", "colonia sor juana", "colonia topo chico", "colonia lomas verdes". spanish_areas.find_barrios reads one word after
the area word (its name may be a verb's ending or the sentence's next word), so the second word was lost and the
officer got "colonia villa". A word after the one-word name is the name's when it is no word of the sentence: no
function word, verb, word of when ("ayer", "ahorita"), count or plural noun ("colonia juarez chavos", unless a plural
head agrees with it: "lomas verdes"). Only after "colonia"/"fraccionamiento": Spain's "barrio" is written before the
sentence's verb ("la fiesta del barrio empieza"). Cheap gate: the span is the area word and one name word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import stop_words, word_list
from .spanish_present_verbs import present_verb
from .spanish_rules import common_spanish, rules, verb_form
from .spanish_run_on_words import run_on_words
from .spanish_verb_words import sentence_verb

HEAD_RE = re.compile(r"(?i:colonia|col\.|fraccionamiento|fracc\.?)\s+[a-zñáéíóú]")
SECOND_WORD_RE = re.compile(r"\s+([a-zñáéíóú][a-zñáéíóú'\-]{2,})\b(?![\-'])")
VERB_ENDINGS = ("ando", "iendo", "aron", "ieron", "aba", "aban", "mente")
# words of the sentence the lists above miss: "tambien", "nomas", a count ("dos", "tres"), "mañana" (tomorrow)
SENTENCE_WORDS = frozenset("tambien también nomas nomás namas mañana manana dos tres cuatro cinco seis siete ocho nueve "
                           "diez luego otra otro".split())


@lru_cache(maxsize=1)
def name_adjectives() -> frozenset[str]:
    return word_list("es/area_name_adjectives.txt")


def _sentence_word(word: str) -> bool:
    return word in SENTENCE_WORDS or word in stop_words() or word in rules()["not_names"] or word in run_on_words() \
        or verb_form(word) or sentence_verb(word) or present_verb(word) or word.endswith(VERB_ENDINGS)


def second_name_end(text: str, start: int, end: int) -> int:
    """The end of a colonia's second name word after the span [start, end) of the area word and one name word; end
    when the next word is the sentence's."""
    words = text[start:end].split()
    if len(words) != 2 or not HEAD_RE.match(text, start):
        return end
    second = SECOND_WORD_RE.match(text, end)
    if not second:
        return end
    word = second.group(1).lower()
    if word in name_adjectives():
        return second.end()
    if _sentence_word(word):
        return end
    if word.endswith("s") and common_spanish(word) and not words[1].lower().endswith("s"):
        return end   # "colonia juarez chavos": a plural noun the name does not agree with
    return second.end()
