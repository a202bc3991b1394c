"""A person's name in a street's name runs on over "de"/"del": "avenida ponce de leon", "calle ruiz de alarcon,",
"calle hurtado de amezaga 12". Spanish surnames join their parts with "de" ("ponce de leon", "lopez de hoyos"), so a
street named for such a person reads "calle NAME de NAME"; cut at "de", the span loses half the name and the second
half is read as a town ("leon"). The word after "de" must end the clause (or come before the house number), and be a
name: no common Spanish word (unless a place also bears it, as "leon" does), no function word, and not a town no
other reading holds ("calle juarez de tijuana": the street and its town, two spans).
"""
from __future__ import annotations

import re

from .lexicon import common_words, gazetteer, stop_words
from .spanish_areas import spanish_towns
from .spanish_de_names import not_street_of_words
from .spanish_rules import common_spanish, rules, spanish_form

# "de"/"del", one name word, then the clause's end or a house number
JOINED_NAME_RE = re.compile(r"\s+(?:de|del)\s+([a-zñáéíóúü][a-zñáéíóúü'\-]{2,})(?=\s*(?:[,.;:!?)]|$)|\s+\d{1,4}\b)")
# "de"/"del" and one word with the sentence going on after it: joined only when no dictionary or gazetteer holds the
# word ("la calle hurtado de amezaga lleva dias ...": a surname), never a town or a word of the sentence
JOINED_NAME_ANY_RE = re.compile(r"\s+(?:de|del)\s+([a-zñáéíóúü][a-zñáéíóúü'\-]{3,})\b(?![\-'])")


def joined_name_end(text: str, end: int) -> int:
    """The end of a street name at `end` once a "de NAME" that is the person's surname is in; `end` if none."""
    if not text.startswith((" de ", " del "), end):   # cheap gate: most street names are not followed by "de"
        return end
    match = JOINED_NAME_RE.match(text, end)
    places = gazetteer()
    if not match:
        match = JOINED_NAME_ANY_RE.match(text, end)
        word = match.group(1) if match else ""
        if not match or places.get(word) is not None or word in spanish_towns() or spanish_form(word) \
                or word in common_words() or word in stop_words() or word in rules()["not_names"] \
                or word in not_street_of_words():   # "calle ignacio ramirez del fraccionamiento las palmas": its area
            return end
        return match.end()
    word = match.group(1)
    if word in stop_words() or word in rules()["not_names"] or word in spanish_towns() or places.get(word) is False:
        return end
    if common_spanish(word) and places.get(word) is not True:
        return end   # "calle juarez de noche": the sentence's words, not a surname
    return match.end()
