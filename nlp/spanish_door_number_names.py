"""A street's name runs on to the house number written after it: "calle pachin marin 214 sin agua", "calle de armenta y
lopez 310 y se dio", "calle de lope de vega 27 hace un rato", "av miguel aleman 1500 pero". The street regexes stop at
the first name word when the clause goes on after the number with a word (spanish_places' NAME_RUN_RE only lets a
number end a run before a comma or "en"/"de"), so the rest of the name and the door were lost. One to three name
words, joined by "de (la)", "del" or a double surname's "y", then a door number that counts nothing ("calle hidalgo 3
tipos", "calle mayor 20 minutos" stay out: spanish_counts.counted_after) and is no clock ("5 pm").
Cheap gate: a digit within reach after the span.
"""
from __future__ import annotations

import re

from .lexicon import stop_words
from .spanish_counts import counted_after
from .spanish_present_verbs import present_verb
from .spanish_rules import common_spanish, rules, verb_form
from .spanish_run_on_words import run_on_words
from .spanish_verb_words import sentence_verb

STREET_WORD_RE = re.compile(r"(?i:calle|avenida|av\.?|ave\.?|avda\.?|bulevar|blvd\.?|boulevard|calzada|paseo|carrer|r[uú]a|"
                            r"camino|callej[oó]n|ronda|privada|cerrada|prolongaci[oó]n)\s")
NAME = r"[^\W\d_][\w'\-]*[^\W\d_]"
# a king's or pope's numeral before the door: "calle de alfonso i 22", "avenida juan xxiii 30"
REGNAL = r"(?:i{1,3}|iv|vi{0,3}|ix|xx?v|xx?i{1,3}|x{1,2})"
DOOR_RUN_RE = re.compile(r"((?:\s+(?:(?:de|del|y)\s+(?:(?:la|los|las|el)\s+)?)?" + NAME + r"){0,3}(?:\s+" + REGNAL + r")?)"
                         r"\s+(\d{1,4})\b(?![.,:/\-]\d)(?!\s*(?:am|pm|a\.\s?m|p\.\s?m|hrs?|h)\b)")
JOINERS = frozenset(("de", "del", "y", "la", "los", "las", "el"))
VERB_ENDINGS = ("ando", "iendo", "aron", "ieron", "aba", "mente")


def _name_word(word: str) -> bool:
    """A word that may name a street: no function word, verb or word of when ("ayer", "hoy"), no plural common noun."""
    return not (word in stop_words() or word in rules()["not_names"] or word in run_on_words() or verb_form(word)
                or sentence_verb(word) or present_verb(word) or word.endswith(VERB_ENDINGS)
                or (word.endswith("s") and common_spanish(word)))


ARTICLES = frozenset(("la", "los", "las", "el"))


def _loose_article(words: list[str]) -> bool:
    """An article not after "de", "del" or "y" starts the sentence's next phrase: "av zaragoza el camion urbano 76"."""
    return any(w in ARTICLES and (k == 0 or words[k - 1] not in ("de", "del", "y")) for k, w in enumerate(words))


WORD_AFTER_RE = re.compile(r"\s+([^\W\d_]+)")


def _function_word_after(text: str, end: int) -> bool:
    """Whether the word after a number is a word of the sentence ("todas", "mientras", "y"), so the number counts nothing."""
    word = WORD_AFTER_RE.match(text, end)
    return word is not None and word.group(1).lower() in rules()["not_names"]


def door_number_name_end(text: str, start: int, end: int) -> int:
    """The end of the house number after a Spanish street span [start, end) once the rest of its name is in; end when
    the words after the span are not a name and a door."""
    if not STREET_WORD_RE.match(text, start) or text[end - 1:end].isdigit() or not any(c.isdigit() for c in text[end:end + 48]):
        return end
    run = DOOR_RUN_RE.match(text, end)
    if not run or counted_after(text, run.end()):
        return end
    words = run.group(1).lower().split()
    regnal = len(words) > 0 and re.fullmatch(REGNAL, words[-1]) is not None
    names = [w for w in (words[:-1] if regnal else words) if w not in JOINERS]
    if not all(len(w) > 2 and _name_word(w) for w in names) or _loose_article(words):
        return end
    if not names and not (regnal or _function_word_after(text, run.end())):
        return end   # the door right after the name: "calle doctor fleming 33 todas las noches"; not "juarez 5 patrullas"
    if len(words) > regnal and words[-1 - regnal] in JOINERS:
        return end
    return run.end()
