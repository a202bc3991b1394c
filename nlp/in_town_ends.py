"""A lower-case town whose name is also a word, right after "in" and ending its clause: "stalking my aunt in perry,
shes ...", "3 people got shot in anchorage this year", "a guy came in with a gun in price, 2 of us". On the dev
texts "in <listed word>" closed by punctuation, the end or a time word is the town 35 times in 40; the others are
phrases the lexicon lists ("in progress", "in advance", "brother in law": lexicon in_phrase_words) or a substance
("covered in beer": nlp/data/en/covered_in_words.txt). towns.py
asks this last, for a one-word name only.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import lexicon, word_list
from .villages import TIME_WORDS

# what may follow the town and close the clause, beside punctuation and the end: a time ("in hays last week")
CLAUSE_END_WORDS = TIME_WORDS | frozenset("last this next earlier today tonight yesterday".split())


@lru_cache(maxsize=1)
def covered_in_words() -> frozenset[str]:
    return word_list("en/covered_in_words.txt")


def town_closing_in_clause(doc: Doc, index: int, end: int) -> bool:
    """doc[index:end] is one word after "in", and the clause ends after it."""
    if end != index + 1 or index == 0 or doc[index - 1].lower_ != "in":
        return False
    word = doc[index].lower_
    if word in TIME_WORDS or word in lexicon()["in_phrase_words"] \
            or (index >= 2 and doc[index - 2].lower_ in covered_in_words()):
        return False   # "in progress", "brother in law", "covered in beer"
    return end == len(doc) or doc[end].is_punct or doc[end].lower_ in CLAUSE_END_WORDS
