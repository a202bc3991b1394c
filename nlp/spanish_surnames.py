"""A first surname ends no name: "colonia sanchez taboada", "av lopez portillo" are named for a person by both surnames,
so an area found up to a first surname (lexicon street_surnames) takes the word after it, common word or not."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import spanish_lexicon, stop_words
from .spanish_rules import rules, verb_form

NEXT_WORD_RE = re.compile(r"\s+([a-zñáéíóúü][a-zñáéíóúü'\-]{2,})\b")
VERB_ENDINGS = ("ando", "iendo", "aron", "ieron", "aba", "mente")


@lru_cache(maxsize=1)
def street_surnames() -> frozenset[str]:
    return frozenset(spanish_lexicon()["street_surnames"])


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(spanish_lexicon()["street_given_names"])


def second_surname_end(text: str, start: int, end: int) -> int:
    """The end of the second surname after a name that ends on a first one ("colonia sanchez| taboada"), or end; not
    before a function word, a listed non-name or a verb ("colonia sanchez hay ...")."""
    words = text[start:end].split()
    # a given name ends no area's name either: "colonia benito juarez", "colonia mariano matamoros" (named for a person)
    if not words or words[-1].lower() not in street_surnames() | given_names():
        return end
    name = NEXT_WORD_RE.match(text, end)
    if not name:
        return end
    word = name.group(1)
    if word in stop_words() or word in rules()["not_names"] or word.endswith(VERB_ENDINGS) or verb_form(word):
        return end
    return name.end()
