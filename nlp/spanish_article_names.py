"""A barrio or village named with its article anywhere in a Spanish tip: "le pegaron en el zurguen", "vivo por la
chantria", "un coche da vueltas desde el cabanyal". spanish_areas._article_areas reads the shape at a text's start
only, because mid-text an article and a word no 10,000-word list holds is mostly a thing ("en el sotano", "en la
cochera", "en la troca"). Here the name must also be missing from a full Spanish dictionary (es/dictionary_words.txt,
Debian's wspanish, singular or plural) and from a hand list of slang, clipped words, apps and shops
(es/not_article_names.txt): what is left after that is a name. The article stays (ANNOTATION.md, stop 33: a
Spanish-named place keeps it; an English name ending "-side", "-town" is left to the English-area rules).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.es.stop_words import STOP_WORDS as SPANISH_STOP_WORDS

from .brands import brands
from .lexicon import UNACCENTED, stop_words, word_list
from .spanish_areas import ENGLISH_AREA_END_RE, NOT_BARRIOS, _place_nouns, unknown_word
from .spans import overlaps

# (not before "de"/"del" nor Catalan "d'": "en la plaza de ..." is a noun and what it is of, "el coll d'en rabassa" a
# longer name; nor before an English street word, a number or a corner's "y": "en la kedzie ave", "la 44", "la
# coahuila y constitucion" are streets the street rules read: CORNER_AFTER_RE). A second word no list holds is the name's too: "en el
# poble sec".
MID_ARTICLE_AREA_RE = re.compile(r"\b(?:en|por|desde|hacia)\s+((?:el|la|los|las)\s+([a-zñ][a-zñ]{3,}))(?![\w'])"
                                 r"(?!\s+(?:de|del|esquina|st|ave|av|rd|blvd|dr|street|road|avenue|ln|way)\b|\s+d'|\s+\d)"
                                 r"(?:\s+([a-zñ]{3,})(?![\w']))?", re.UNICODE)
# "la coahuila y constitucion": a corner's first side (not "en los tarajales y nadie le abre": a clause goes on)
CORNER_AFTER_RE = re.compile(r"\s+(?:y|e|con)\s+([a-zñ]+)")
# Letters Spanish spelling has no use for: an English name ("por la knickerbocker", "en el westwood"), which drops its
# article (ANNOTATION.md) and which the English-area rules read
ENGLISH_LETTERS_RE = re.compile(r"k|w|sh|th|ck|[^aeiou]y$")


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    return word_list("es/dictionary_words.txt") | word_list("es/not_article_names.txt")


def dictionary_word(word: str) -> bool:
    """In the dictionary or the hand list, as written, without accents, or as a plural ("los columpios", "las gradas")."""
    known = _known_words()
    plain = word.translate(UNACCENTED)
    forms = {word, plain}
    if plain.endswith("s"):
        forms |= {word[:-1], plain[:-1]}
        if plain.endswith("es"):
            forms |= {word[:-2], plain[:-2]}
    return any(form in known for form in forms)


def _name_word(word: str) -> bool:
    """No list holds it (the 10,000 words, the dictionary, stop words, brands) and it is spelt as Spanish is."""
    return unknown_word(word) and word not in stop_words() and word not in NOT_BARRIOS and not dictionary_word(word) \
        and word not in brands() and not ENGLISH_LETTERS_RE.search(word)


def mid_article_areas(text: str, taken) -> list[tuple[int, int]]:
    """Barrios named with their article after a place cue anywhere in the text (see the module's doc)."""
    if " el " not in text and " la " not in text and " los " not in text and " las " not in text:
        return []   # the cheap gate: no article, no name of this shape
    found = []
    for match in MID_ARTICLE_AREA_RE.finditer(text):
        word = match.group(2)
        if not _name_word(word) or word in _place_nouns() or ENGLISH_AREA_END_RE.search(word):
            continue
        corner = CORNER_AFTER_RE.match(text, match.end(2))
        if corner and corner.group(1) not in SPANISH_STOP_WORDS:
            continue
        span = (match.start(1), match.end(3) if match.group(3) and _name_word(match.group(3)) else match.end(1))
        if not overlaps(*span, taken + found):
            found.append(span)
    return found
