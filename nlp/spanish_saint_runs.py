"""A landmark named for a saint runs on with the saint's own "de (la)" name: "la parroquia de san jose de la montaña",
"la iglesia de san pedro de los arcos", "el santuario de santa maria de la cabeza" (the saint's title is part of the
name, as "san juan de dios" is). The run stops at a word that says whose or where ("de la colonia", "del pueblo": the
whose_words of nlp/data/es/named_features.json), a time word ("de noche") or a word of the sentence ("de mi barrio").
"""
from __future__ import annotations

import re

from .lexicon import stop_words
from .spanish_rules import rules, verb_form

SAINT_DE_RE = re.compile(r"\s+(?:de|del)\s+(?:(la|los|las|el)\s+)?([a-zñáéíóúü][a-zñáéíóúü'\-]{2,})(?![\w'\-])")


def saint_name_end(text: str, end: int, whose: frozenset[str], not_names: frozenset[str]) -> int:
    """The end of a saint's name after its "de (la) X" (SAINT_DE_RE), or ``end`` when none follows or X is a word
    that says whose, when or the sentence's (see above). Cheap gate: " de" right after the name."""
    if not text.startswith(" de", end):
        return end
    run = SAINT_DE_RE.match(text, end)
    if not run:
        return end
    word = run.group(2)
    if word in whose or word in not_names or word in stop_words() or word in rules()["not_names"] or verb_form(word):
        return end
    return run.end()
