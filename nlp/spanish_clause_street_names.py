"""A Spanish street's name runs on over common words to the edge of its clause: "la calle del tio pintado con un
perro", "el paseo maritimo antonio machado con gente", "la calle puente la reina, no es", "la av division del norte y
hay señoras", "la calle coahuila y la constitucion, se oyen". The street rules (spanish_places.py) stop a lower-case
name at the first common word or joiner mid-clause, as "roban" in "calle kedzie roban carros" is the sentence's; a
common noun or adjective is a name's too ("sur", "reina", "sabio", "mar"), so here the words after a street already
found are taken while each is a name word or a joiner ("de", "del", "la", "el", "y", "i"), and kept only when the
next word closes the name: punctuation or the text's end, a word that opens the sentence's next phrase ("con", "en",
"desde", "esta"), or a verb. A run over "y" must reach punctuation or the end ("calle mesa y lopez,"), as "y" may open
what happened next. A door number ends the run ("calle bisbe torres 12 y le").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import spanish_lexicon, stop_words, word_list
from .spanish_corners import NAME_RUN_VERB_ENDINGS
from .spanish_present_verbs import present_verb
from .spanish_rules import common_spanish, rules, verb_form
from .spanish_run_on_words import run_on_words
from .spanish_verb_words import sentence_verb

# a street found by the other rules: its street word first ("calle", "avenida", "av.", "paseo", "rambla", ...)
STREET_START_RE = re.compile(r"(?i:calle|avenida|av\.?|avda\.?|avenue|paseo|rambla|bulevar|boulevard|blvd\.?|ronda|"
                             r"camino|carretera|calzada|callej[oó]n|privada|carrer|avinguda|rua|travesia|traves[ií]a)\s")
# the cheap gate: a street word somewhere in the text
GATE_RE = re.compile(r"(?i)\b(?:calle|av|avda|avenida|avenue|paseo|rambla|bulevar|boulevard|blvd|ronda|camino|"
                     r"carretera|calzada|callej[oó]n|privada|carrer|avinguda|rua|traves[ií]a)\b")
# a street found with its door number or a Yucatan crossing ("calle carreteria 40", "calle 62 x 65") is whole
DOOR_NUMBER_END_RE = re.compile(r"\d[a-z]?$")
TOKEN_RE = re.compile(r"\s+([^\s,.;:!?()]+)")
EDGE_RE = re.compile(r"\s*(?:[,.;:!?()]|$)")
JOINERS = frozenset(("de", "del", "la", "el", "los", "las", "y"))
# a king's or pope's number after his name: "avenida de jaume i una moto", "calle alfonso xiii"
REGNAL_RE = re.compile(r"(?:x{0,2}(?:i{1,3}|iv|vi{0,3}|ix)|xx?v)")
# the words that open the sentence's next phrase after a street's name (what, when, where near)
NEXT_PHRASE = frozenset("""con en desde por hacia hasta cerca frente junto enfrente hace hoy ayer anoche ahora
                           ahorita esta este estos estas cada todos todas toda todo que donde cuando pero porque se le
                           lo me nos no ya un una unos unas mi su tu sus mis hay""".split())
# after a bare article inside the run ("calle baños la luz se la enganchan") only these or punctuation close it:
# "calle puente la reina, no", "paseo maritimo el pedregal con"; a pronoun or verb after "la luz" is the sentence's
ARTICLE_CLOSERS = NEXT_PHRASE - frozenset("se le lo me nos no ya un una unos unas mi su tu sus mis hay".split())
ARTICLES = frozenset(("la", "el", "los", "las"))
MAX_NAME_WORDS = 3


@lru_cache(maxsize=1)
def clause_name_stops() -> frozenset[str]:
    return word_list("es/clause_name_stops.txt")


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """The given names, surnames and titles streets are named for (lexicon): "antonio" has a verb's ending, no verb."""
    lex = spanish_lexicon()
    return frozenset(lex["street_titles"] + lex["street_name_titles"] + lex["street_given_names"] + lex["street_surnames"])


def name_word(word: str) -> bool:
    """A word that may be a street name's: no function word, verb, gerund, adverb, time word or noun of the scene."""
    if word in person_words() and word not in stop_words():
        return True
    return (word.isalpha() and len(word) > 1 and word not in stop_words() and word not in rules()["not_names"]
            and word not in clause_name_stops() and word not in run_on_words() and not present_verb(word)
            and not sentence_verb(word) and not word.endswith(("ando", "iendo", "yendo", "mente"))
            and not (word.endswith(("aron", "ieron")) and len(word) > 5)   # "asaltaron": a past form, whatever the verb
            and not (word.endswith("s") and common_spanish(word))   # "roban moviles": a plural noun is the sentence's
            and not (word.endswith(NAME_RUN_VERB_ENDINGS) and (verb_form(word) or common_spanish(word) and len(word) > 4)))


def closes(text: str, at: int, strict: bool = False) -> bool:
    """Whether the name may end at `at`: punctuation or the end, a word that opens the next phrase, or a verb; strict:
    punctuation, the end, a verb or a preposition or time word (ARTICLE_CLOSERS) only."""
    if EDGE_RE.match(text, at):
        return True
    token = TOKEN_RE.match(text, at)
    word = token.group(1).lower() if token else ""
    verb = present_verb(word) or sentence_verb(word) or verb_form(word) or word.endswith(("ando", "iendo", "yendo"))
    if strict:
        return word in ARTICLE_CLOSERS or verb
    return word in NEXT_PHRASE or word == "y" or verb


def name_end(text: str, end: int) -> int:
    """The end of the street name that ends at `end` once the name words after it, up to the clause's next phrase, are
    in; `end` when none are, or when no run closes (see the module's docstring)."""
    at, names, over_y, best, last_name, bare, joined, last_joiner = end, 0, False, end, True, False, 0, ""
    while names < MAX_NAME_WORDS:
        token = TOKEN_RE.match(text, at)
        if not token:
            break
        word = token.group(1).lower()
        if word.isdigit() and len(word) <= 4 and last_name:
            if closes(text, token.end()) and (not over_y or EDGE_RE.match(text, token.end())):
                best = token.end()   # a door number closes the name: "calle bisbe torres 12 y le ha quitado"
            break
        if word in JOINERS:
            joined += 1
            if joined > 2 or (joined == 2 and last_joiner not in ("de", "y")) or (last_joiner and word not in ARTICLES):
                break   # "carrer de blai los de la terraza": joiners run "de la", "y la", no longer
            last_joiner = word
            if word == "de" and not re.match(r"\s+(?:la|los|las|el)\s", text[token.end():]):
                break   # "calle la concha de camargo": a bare "de" goes on to the town
            bare = bare or (word in ARTICLES and last_name)   # "calle puente la reina": no "de" before the article
            over_y, last_name = over_y or word == "y", False
            at = token.end()
            continue
        if not (name_word(word) or (REGNAL_RE.fullmatch(word) and word != "vi" and last_name)):
            break
        at, names, last_name, last_joiner = token.end(), names + 1, True, ""
        if closes(text, at, bare) and (not over_y or EDGE_RE.match(text, at)):
            best = at
    return best


def with_clause_names(text: str, locations: list, taken: list) -> list:
    """The (start, end, value) locations with each street's name run on to its clause's next phrase; a run that would
    reach another span is not taken."""
    if not GATE_RE.search(text):
        return locations
    out = []
    for start, end, value in locations:
        if STREET_START_RE.match(text, start) and not DOOR_NUMBER_END_RE.search(text, start, end):
            new_end = name_end(text, end)
            if new_end != end and not any(end < e and s < new_end for s, e in
                                          taken + [(s, e) for s, e, _ in locations if (s, e) != (start, end)]):
                end, value = new_end, text[start:new_end]
        out.append((start, end, value))
    return out
