"""A street named for a saint, an image or a place runs on with "de (la)" and one more name: "calle monasterio de la
oliva", "calle cristo de la epidemia", "avenida cayetano del toro". After a name word that is no Spain-style
"calle de ...", the run is taken when it ends its clause or comes before "y"; the words that place a street ("calle
juarez de la colonia", "calle mayor del pueblo") are listed in nlp/data/es/not_street_of_words.txt.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import stop_words, word_list
from .spanish_rules import rules, verb_form
from .spanish_run_on_words import run_on_words

# The word after the name that starts the rest of the sentence: "calle alqueria de la estrella hay jeringuillas",
# "calle meson de paredes el sabado por la tarde", "calle cristo de la epidemia persiguiendo a otro" (a gerund), a
# word of nlp/data/es/run_on_words.txt ("desde", "ayer", "siempre")
CLAUSE_GOES_ON = (r"\s+(?:hay|que|(?:el|este|esta)\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|finde|"
                  r"ma[ñn]ana|tarde|noche)|[a-zñ]{3,}iendo|" + "|".join(sorted(run_on_words())) + r")\b")
DE_NAME_RE = re.compile(r"\s+(?:de|del)\s+(?:(?:la|los|las|el)\s+)?([a-zñáéíóúü][a-zñáéíóúü'\-]{2,})"
                        r"(?=\s*(?:[,.;:!?)]|$)|\s+y\s|\s+\d{1,4}\s+(?:se|hay|sale|salen|esta|está|estan|están|a|en|y|con|desde)\s|"
                        + CLAUSE_GOES_ON + ")")


@lru_cache(maxsize=1)
def not_street_of_words() -> frozenset[str]:
    return word_list("es/not_street_of_words.txt")


def de_name_end(text: str, end: int) -> int:
    """The end of a street's name after its "de (la) X" (DE_NAME_RE), or end when none follows. Cheap gate: " de"."""
    if not text.startswith(" de", end):
        return end
    run = DE_NAME_RE.match(text, end)
    if not run:
        return end
    word = run.group(1)
    if word in stop_words() or word in rules()["not_names"] or word in not_street_of_words() or verb_form(word):
        return end
    return run.end()
