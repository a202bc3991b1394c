"""The Spanish tagger's boundary fix never runs a rule place on into the sentence's verb: "la avenida de la bahia|
pasan camiones", "el parque de la constitucion| vi a", "el barrio de la viña| han robado", "la avenida de baleares| y
roban". The tagger (tagged_places_es.py) replaces a rule place it overlaps with its own span; its features see a
lower-case word after a name as the name's more often than not. The words it adds past the rule place's end are
judged here: a verb (a finite form, participle or gerund of a common verb, a present form, an auxiliary) among them
puts the end back where the rules had it. A place of the rules or the tagger alone that ends on an auxiliary or a
third person plural ("calle de alcala corren") loses it, unless a joiner stands before it ("cerro del moro").
"""
from __future__ import annotations

import re

from .spanish_present_verbs import present_verb
from .spanish_rules import verb_form
from .spanish_verb_words import sentence_verb

WORD_RE = re.compile(r"[a-zñáéíóúü]+")
# the auxiliaries and short forms no verb test takes: "han robado", "vi a un tipo"
SHORT_VERBS = frozenset("ha han he has hemos vi vio vimos hay estuvo fue fueron era eran iba iban".split())
# the words a cut place may not end on: "la avenida de america y| roban"
JOINERS = frozenset("y e de del la el los las con en a".split())


def _verb(word: str) -> bool:
    return (word in SHORT_VERBS or present_verb(word) or sentence_verb(word) or verb_form(word)
            or word.endswith(("aron", "ieron", "ando", "iendo")) and len(word) > 5)


def _tail_verb(word: str) -> bool:
    """A verb a place may end on by mistake: an auxiliary, a third person plural of a common verb ("pasan", "corren",
    "roban") or a past in -aron/-ieron; a name's last word may look like another form ("moro", "miro", "fernando")."""
    return word in SHORT_VERBS or word.endswith(("an", "en")) and (present_verb(word) or verb_form(word)) \
        or word.endswith(("aron", "ieron")) and len(word) > 5


def without_verb_tails(text: str, model: list, rule_places: list) -> list:
    """The tagger's (start, end, value) places, each that runs past a rule place's end into a verb cut back there."""
    out = []
    for start, end, value in model:
        for rule_start, rule_end, _ in rule_places:
            if rule_start < end and start < rule_end < end and start <= rule_start \
                    and any(_verb(w.lower()) for w in WORD_RE.findall(text[rule_end:end].lower())):
                end, value = rule_end, text[start:rule_end].strip(" .,;:!?\"'()")
                break
        cut = verb_tail_start(text, start, end)   # a place the tagger alone found: "calle de alcala corren"
        out.append((start, cut, text[start:cut]) if cut != end else (start, end, value))
    return out


def verb_tail_start(text: str, start: int, end: int) -> int:
    """Where a place of three words or more that ends on a verb ends without it and the joiners before it ("calle de
    alcala corren", "barrio del carmen han"); `end` if it ends on none. Two words are kept, but for an auxiliary ("han", "vi")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    cut = len(words)
    while cut > (1 if words[cut - 1].group().lower() in SHORT_VERBS else 2) and _tail_verb(words[cut - 1].group().lower()) \
            and words[cut - 2].group().lower() not in JOINERS:   # "cerro del moro", "colonia la mira": the name's word
        cut -= 1   # an auxiliary goes from a two-word place too: "carmen han"
    if cut == len(words):
        return end
    while cut > 2 and words[cut - 1].group().lower() in JOINERS:
        cut -= 1
    return start + words[cut - 1].end()


def without_trailing_verbs(text: str, locations: list) -> list:
    """The rules' (start, end, value) places, each without a verb it ends on (verb_tail_start)."""
    out = []
    for start, end, value in locations:
        cut = verb_tail_start(text, start, end)
        out.append((start, cut, text[start:cut]) if cut != end else (start, end, value))
    return out
