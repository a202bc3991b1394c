"""Where a Spanish tagged place ends when the tagger ran it on into the sentence: before the first word of
nlp/data/es/run_on_words.txt inside it ("paseo de la estacion| desde septiembre", "san fermin| siempre roban carteras").
Those words tell when or how something happened and never stand inside a place's name. Called by
tagged_places_es.trimmed before its own cuts, so a cut span still loses the joiners it then ends with.
"""
from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import DATA_DIR, word_list
from .spanish_rules import common_spanish
from .tagger_features_es import fold


@lru_cache(maxsize=1)
def run_on_words() -> frozenset[str]:
    return word_list("es/run_on_words.txt")


# A count before people ("paseo del transito| dos tios se estan pegando"): who is there, never a name's words
COUNTS = frozenset("dos tres cuatro cinco seis siete ocho nueve diez varios varias unos unas muchos muchas".split())
MORE_PEOPLE = frozenset("tios tias chavales crios zagales guiris".split())


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """The person nouns of nlp/data/es/people.json, folded, and the Spain slang for young men ("tios", "chavales")."""
    people = json.loads((DATA_DIR / "es" / "people.json").read_text(encoding="utf-8"))
    return frozenset(fold(w) for w in people["person_nouns"] + people["count_nouns"]) | MORE_PEOPLE


def run_on_end(doc: Doc, first: int, last: int) -> int:
    """The token index the place ends at: the first run-on word after its first token, or a count whose next word
    is a person noun ("dos tios"), or `last`."""
    words = run_on_words()
    for k in range(first + 1, last):
        word = fold(doc[k].text)
        if word in words or gerund(word) \
                or (word in COUNTS and k + 1 < len(doc) and fold(doc[k + 1].text) in people_nouns()):
            return k
    return last


# Given names in -ando whose stem is a verb's too ("armando": armar)
ANDO_NAMES = frozenset("fernando armando orlando rolando hernando normando".split())


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The full Spanish dictionary (es/dictionary_words.txt): "amenazar", "sangrar" are verbs the 10,000 words lack."""
    return word_list("es/dictionary_words.txt")


def gerund(word: str) -> bool:
    """A Spanish gerund goes on with the sentence ("calle cristo de la epidemia| persiguiendo a otro", "la rambla de
    belen| amenazando con tirarse", "el arco de la sangre| amenazando a unos turistas"); a name in -ando is no verb's
    ("fernando", "orlando": no "fernar")."""
    if word.endswith("iendo") and len(word) > 6:
        return True
    verb = word[:-4] + "ar"
    return word.endswith("ando") and len(word) > 6 and (common_spanish(verb) or verb in dictionary_words()) \
        and word not in ANDO_NAMES
