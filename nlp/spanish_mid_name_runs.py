"""A Spanish street's lower-case name runs on inside its clause over words no dictionary holds: "la avenida blasco
ibañez y ni paro", "la calle san vicente martir con la puerta abierta", "la calle de pintor lorenzo casanova desde hace".

spanish_places._name_run takes the words after a street's first name word only when they run to the clause's end; in
the middle of a clause a common word there may be the sentence's ("calle kedzie roban carros"). A word that is no
common Spanish or English word, no verb and no function word, followed by a word that opens the sentence's next
phrase ("y", "con", "desde", "el"...), is the name's: a surname or a saint's epithet.
"""
from __future__ import annotations

import re

from .lexicon import common_words, stop_words
from .spanish_rules import common_spanish, rules, verb_form

WORD_RE = re.compile(r"\s+([a-zñáéíóúü][a-zñáéíóúü'\-]*)")
# The words that open the sentence's next phrase (what happened, when, where near) after a street's name
NEXT_PHRASE = frozenset("""y con desde en el la los las por al hay que esta está estan están cerca frente junto hace ayer
                           anoche hoy todos todas cada se le lo me nos""".split())


def _unknown(word: str) -> bool:
    """No common Spanish or English word, function word, verb form, gerund or adverb: a name."""
    return not (common_spanish(word) or word in common_words() or word in stop_words() or word in rules()["not_names"]
                or verb_form(word) or word.endswith(("ando", "iendo", "mente")))


def mid_name_end(text: str, end: int) -> int:
    """The end of a street's name at `end` once the unknown words after it, up to the next phrase, are in; `end` if
    none (see the module's docstring)."""
    cut, names = end, 0
    while names < 3:
        word = WORD_RE.match(text, cut)
        if not word:
            return end
        if word.group(1) in NEXT_PHRASE:
            return cut if names else end
        if len(word.group(1)) < 3 or not _unknown(word.group(1)) or names == 2:
            return end
        cut, names = word.end(), names + 1
    return end
