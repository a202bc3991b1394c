"""Where a Spanish tagged place ends when the tagger ran it on into the sentence: before the first word of
nlp/data/es/run_on_words.txt inside it ("paseo de la estacion| desde septiembre", "san fermin| siempre roban carteras").
Those words tell when or how something happened and never stand inside a place's name. Called by
tagged_places_es.trimmed before its own cuts, so a cut span still loses the joiners it then ends with.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import DATA_DIR
from .tagger_features_es import fold


@lru_cache(maxsize=1)
def run_on_words() -> frozenset[str]:
    lines = (DATA_DIR / "es" / "run_on_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def run_on_end(doc: Doc, first: int, last: int) -> int:
    """The token index the place ends at: the first run-on word after its first token, or `last`."""
    words = run_on_words()
    for k in range(first + 1, last):
        if fold(doc[k].text) in words:
            return k
    return last
