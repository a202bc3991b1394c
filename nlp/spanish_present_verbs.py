"""A present-tense verb of the sentence right after a place ends the place: "en torreaguera dice que ..." is
"torreaguera", "la calle de jesus lleva desde agosto ..." is "calle de jesus". spanish_verb_words.sentence_verb reads
past forms, participles and gerunds by their endings; present forms are too like names to read by ending ("cerro del
moro", "calle alta"), so the commonest are listed (nlp/data/es/present_verbs.txt)."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import word_list


@lru_cache(maxsize=1)
def present_verbs() -> frozenset[str]:
    return word_list("es/present_verbs.txt")


def present_verb(word: str) -> bool:
    """A lower-case listed present form ("dice", "lleva"); a capitalised word may be a name."""
    return word.islower() and word in present_verbs()
