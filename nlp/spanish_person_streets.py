"""A street named for a person runs on over the whole name: "calle pedro antonio de alarcon 31", "colonia emiliano
zapata", "avenida jose maria morelos". Streets in Spain and Mexico are named for people by given names, a "de" surname
and both surnames; _titled_name takes one word after a given name, and only when it is no verb-like word, so
"calle pedro antonio" (antonio ends like a verb) stopped at "calle pedro" and the rest was read as a town ("alarcon").
After a given name (lexicon street_given_names): more given names, then "de"/"del" and a surname no dictionary holds,
or a surname (second one after a listed first surname), then a house number when the clause goes on or ends there.
Cheap gate: the span ends on a listed given name.
"""
from __future__ import annotations

import re

from .lexicon import stop_words
from .spanish_areas import spanish_towns
from .spanish_rules import common_spanish, rules, verb_form
from .spanish_surnames import given_names, street_surnames

WORD_RE = re.compile(r"\s+([a-zñáéíóúü][a-zñáéíóúü'\-]{2,})\b(?![\-'])")
DE_WORD_RE = re.compile(r"\s+(?:de|del)\s+([a-zñáéíóúü][a-zñáéíóúü'\-]{3,})\b(?![\-'])")
# a door number closes the name when the clause ends or goes on with a word: "alarcon 31 sale humo"; not "juarez 3
# tipos", "bravo 20 minutos" (a count), "serrano 5:30" (a clock)
HOUSE_NUMBER_RE = re.compile(r"\s+\d{1,4}(?=\s*(?:[,.;!?)]|$)|\s+(?!(?:min|minutos?|hrs?|horas?|tipos|chavos|hombres|"
                             r"personas|veces|am|pm|años|pesos|dias|días|de\s+la)\b)[a-zñ])")
VERB_ENDINGS = ("ando", "iendo", "aron", "ieron", "aba", "mente")


def _name_word(word: str) -> bool:
    return not (word in stop_words() or word in rules()["not_names"] or verb_form(word) or word.endswith(VERB_ENDINGS))


def person_name_end(text: str, start: int, end: int) -> int:
    """The end of a person's name that a street span [start, end) opens with its given name; end when none."""
    words = text[start:end].lower().split()
    if len(words) < 2 or words[-1] not in given_names():
        return end
    cut, given = end, 0
    while given < 2 and (m := WORD_RE.match(text, cut)) and m.group(1) in given_names():
        cut, given = m.end(), given + 1
    de = DE_WORD_RE.match(text, cut)
    if de and not common_spanish(de.group(1)) and de.group(1) not in spanish_towns() and _name_word(de.group(1)):
        cut = de.end()   # "pedro antonio de alarcon": a "de" surname, no word of the sentence
    elif (m := WORD_RE.match(text, cut)) and _name_word(m.group(1)) and (given or not common_spanish(m.group(1))
                                                                         or m.group(1) in street_surnames()):
        cut = m.end()
        second = WORD_RE.match(text, cut)
        if m.group(1) in street_surnames() and second and _name_word(second.group(1)):
            cut = second.end()   # "jose lopez portillo": both surnames
    elif not given:
        return end
    number = HOUSE_NUMBER_RE.match(text, cut)
    return number.end() if number else cut
