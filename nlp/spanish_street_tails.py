"""Where a street the Spanish rules found ends: with the house number or the quadrant written after it ("calle
carreteria 40", "2nd st sw"), which the street regexes of spanish_rules.py leave out; and where a suffixed street starts:
with the initials written before its name ("la l b mcleod rd")."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import spanish_lexicon
from .spanish_cross_streets import crossing_end
from .spanish_door_number_names import door_number_name_end
from .spanish_name_articles import name_article_start

# What may follow a street found: a house number after a Spanish street word ("calle carreteria 40", "rua urzaiz 88"; not
# "calle pulaski 2 tipos", "calle 5 3 veces"); a quadrant after a numbered street's English street word, or a named one's after
# "la" ("2nd st sw", "1st ave n", "la lomas blvd ne"; not "e", which is "and", nor "se" before a verb)
HOUSE_NUMBER_AFTER_RE = re.compile(r"\s+\d{1,4}\b(?![.,:/\-]\d)(?!\s*(?:am|pm|a\.\s?m|p\.\s?m)\b)(?!\s+[a-zñáéíóú]+s\b)")
QUADRANT_AFTER_RE = re.compile(r"\s+(?:nw|ne|sw|NW|NE|SW|SE|[nswNSW])\b(?![\w'])")   # not "se" (Spanish: "se fueron")
# "se" is the quadrant when no verb follows it: the reflexive "se" always comes before its verb or a clitic ("se fueron",
# "se lo llevaron"), so "blvd se," or "blvd se cada noche" name the south-east side, "blvd se oyen balazos" does not
SE_QUADRANT_AFTER_RE = re.compile(r"\s+se(?=\s*(?:[,.;:!?)]|$)|\s+(?:y|en|por|de|del|desde|a|al|hacia|cerca|junto|frente|con|"
                                  r"cada|todos|todas|todo|toda|hace|ayer|anoche|hoy|esta|este|ahorita|ahora|como|entre)\b)")
# A house number of three to five digits that ends the clause after an English-suffixed street ("somerset rd 11402,")
ENGLISH_HOUSE_NUMBER_AFTER_RE = re.compile(r"\s+\d{3,5}(?=\s*(?:[,.;:!?)]|$))")
NUMBERED_RE = re.compile(r"(?:(?:[nsewNSEW]|nw|ne|sw|se|NW|NE|SW|SE)\s+)?\d")
# A named street of a grid city takes its quadrant when a Spanish sentence names it, with the article Spanish gives a
# street ("por la isleta blvd sw", "de la lomas blvd ne"); an English text's "los volcanes rd nw" is the English finder's
LA_BEFORE_RE = re.compile(r"\b(?i:la)\s+$")
SPANISH_STREET_WORD_RE = re.compile(r"(?i:calle|avenida|av\.|avda\.|r[uú]a|paseo|plaza|carrer|camino|callej[oó]n)\s")
ENGLISH_SUFFIX_END_RE = re.compile(r"\s(?i:st|street|ave|avenue|av|rd|road|blvd|dr|drive|ln|lane|way|pl|ct)\.?$")


# A street named for a date ends with its month: "calle 5 de mayo", "avenida 16 de septiembre", "calle 20 de noviembre"
# (Mexico and Central America name streets for their national days); "la calle 5 de mi barrio" stays "calle 5"
DAY_END_RE = re.compile(r"\s(?:[1-9]|[12]\d|3[01])$")
# the words such a street is written after: Mexico's abbreviations and boulevards, a corner's first street ("av juarez y
# 5 de mayo"), a bridge named for the date ("el puente de la 20 de noviembre")
DATE_STREET_WORD_RE = re.compile(r"(?i:calle|avenida|av\.?|avda\.?|blvd\.?|bulevar|boulevard|calzada|calz\.|privada|cerrada|"
                                 r"andador|prolongaci[oó]n|paseo|plaza|puente|r[uú]a|carrer|camino|callej[oó]n)\s")


@lru_cache(maxsize=1)
def _month_after_re() -> re.Pattern:
    months = "|".join(spanish_lexicon()["months"])
    return re.compile(rf"\s+de\s+(?i:{months})\b")


# A town the street is in, glued to its name by "de": "calle mayor de torrent", "camino de los arcos 77 de marratxi" are
# the street and the town (ANNOTATION.md: two spans; find_towns reads the town after "de"). Only after the street
# word and a name word of its own: in "calle de toledo" the town is the street's name.
GLUED_TOWN_RE = re.compile(r"\S+\s+(?:(?:de|del)\s+(?:(?:la|los|las|el)\s+)?)?[^\W\d_][\w'\-]*(?:\s+\S+)*?(\s+de\s+)(?=\S)")


CORNER_WORD_RE = re.compile(r"\s(?:con|y|e|esquina)\s")


def glued_town_end(text: str, start: int, end: int) -> int:
    """The end of the street before a town of Spain's (spanish_areas.spanish_towns) glued to it, or end.
    Cheap gate: " de " in the span."""
    if " de " not in text[start:end] or not SPANISH_STREET_WORD_RE.match(text, start):
        return end
    # (spanish_areas is imported through here: not at the top)
    from .spanish_areas import NAMED_FOR_TOWN_RE, spanish_towns
    if NAMED_FOR_TOWN_RE.match(text, start):
        return end
    for match in GLUED_TOWN_RE.finditer(text, start, end):
        if CORNER_WORD_RE.search(text, start, match.start(1)):
            return end   # "carrer de mallorca con carrer de girona": a corner's second street, no town
        if text[match.end():end].lower() in spanish_towns():
            return match.start(1)
    return end


def street_tail(text: str, start: int, end: int) -> int:
    """Where a street found ends once the house number or quadrant written after it is in (see HOUSE_NUMBER_AFTER_RE),
    or the month of the date it is named for (DAY_END_RE); before a town glued to it (glued_town_end)."""
    glued = glued_town_end(text, start, end)
    if glued != end:
        return glued
    if DATE_STREET_WORD_RE.match(text, start) and DAY_END_RE.search(text, start, end):
        month = _month_after_re().match(text, end)
        if month:
            return month.end()
    crossing = crossing_end(text, start, end)
    if crossing != end:
        return crossing   # "calle 59 x 64": Yucatán's address names the crossing street
    door = door_number_name_end(text, start, end)
    if door != end:
        return door   # "calle pachin marin 214 sin agua": the rest of the name, then the door
    if SPANISH_STREET_WORD_RE.match(text, start) and not re.search(r"\d\s*$", text[start:end]):
        after = HOUSE_NUMBER_AFTER_RE.match(text, end)
        if after:
            return after.end()
    if ENGLISH_SUFFIX_END_RE.search(text, start, end):
        spanish = LA_BEFORE_RE.search(text, max(0, start - 4), start) is not None
        after = (QUADRANT_AFTER_RE.match(text, end) if spanish or NUMBERED_RE.match(text, start) else None) \
            or (SE_QUADRANT_AFTER_RE.match(text, end) if spanish else None)
        if after:
            return after.end()
        number = ENGLISH_HOUSE_NUMBER_AFTER_RE.match(text, end)
        if number:
            return number.end()   # "somerset rd 11402, casa azul": a Spanish tip writes the number after the street
    return end


# Two or three initials before a street's name are the name's ("la l b mcleod rd", "la j c penney dr"); single consonants
# only, as "a", "e", "o", "u", "y" are words of the sentence and one letter alone may be a texter's "q", "d", "x"
INITIALS_BEFORE_RE = re.compile(r"(?<![\w.])(?:[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\.?\s+){2,3}$")


def street_head(text: str, start: int) -> int:
    """Where a suffixed street starts once the initials written before its name are in (see INITIALS_BEFORE_RE), or
    the name's own article (spanish_name_articles.py)."""
    initials = INITIALS_BEFORE_RE.search(text, max(0, start - 12), start)
    return initials.start() if initials else name_article_start(text, start)   # "por la del paso blvd"


# "el bloque 4200 de la euclid ave", "la cuadra 1300 de la calle 8": the block word is the address's, as "1400 block of" is
# in English (the annotation keeps it)
BLOCK_BEFORE_RE = re.compile(r"\b(?i:bloque|cuadra)\s+$")


def address_head(text: str, start: int) -> int:
    """Where an address starting with its number starts once the block word written before it is in."""
    if not text[start:start + 1].isdigit():
        return start
    block = BLOCK_BEFORE_RE.search(text, max(0, start - 8), start)
    return block.start() if block else start


# Spain writes the house number first with "del"/"el" and "de la": "en el portal del 41 de la calle gil de jaz", "estamos
# en el 55 de la calle cervantes" (the annotation keeps it, as "3200 de la calle kensington"); "el portal 14 de la calle"
# (a doorway's number, no "el" right before it) and dates ("el 5 de mayo": no street word) stay out
HOUSE_NUMBER_BEFORE_RE = re.compile(r"\b(?i:el|del|al)\s+(\d{1,3})\s+de\s+la\s+$")


def house_number_head(text: str, start: int) -> int:
    """Where a Spanish street starts once the house number written before it with "de la" is in."""
    if not SPANISH_STREET_WORD_RE.match(text, start):
        return start
    number = HOUSE_NUMBER_BEFORE_RE.search(text, max(0, start - 16), start)
    return number.start(1) if number else start
