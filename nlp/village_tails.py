"""The last word of a village's name, left off by the gazetteer and the tagger: "sutton| valence", "framingham|
earl", "llandudno| junction", "ogbourne st| george". The word after the place is one of a short list that only
ends village names (nlp/data/en/village_tails.txt), or a saint's name after a place ending in "st"
(nlp/data/en/saints.txt); it is joined to the place when written in lower case or capitalised like the place.
Runs after the tagger on English texts; gated on one of the words being in the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import lower_words, scores_of, store, store_scores
from .street_names import anchor_words

DATA = Path(__file__).parent / "data" / "en"
NEXT_WORD_RE = re.compile(r"[ ]([A-Za-z]+)\b(?!['’-])")
ST_END_RE = re.compile(r"\bst\.?$", re.IGNORECASE)
DIGIT_RE = re.compile(r"\d")


def _words(name: str) -> frozenset[str]:
    return word_list("en/" + name)


@lru_cache(maxsize=1)
def tails() -> tuple[frozenset[str], frozenset[str]]:
    return _words("village_tails.txt"), _words("saints.txt")


@lru_cache(maxsize=1)
def blockers() -> dict[str, frozenset[str]]:
    """Tail words that are ordinary words too, with the next words that show the ordinary use ("power station")."""
    data = json.loads((DATA / "village_tail_blockers.json").read_text(encoding="utf-8"))
    return {word: frozenset(nexts) for word, nexts in data.items() if not word.startswith("_")}


def blocked(text: str, end: int, word: str) -> bool:
    """"didcot power| station", "pelton fell| off": the tail word used as a noun or a verb, not as a name."""
    nexts = blockers().get(word.lower())
    if not nexts:
        return False
    match = NEXT_WORD_RE.match(text, end)
    return match is not None and match.group(1).lower() in nexts


def joined_end(text: str, end: int, value: str) -> int:
    """Where the place ends with its village word or saint taken in (`end` when none follows)."""
    match = NEXT_WORD_RE.match(text, end)
    if match is None or DIGIT_RE.search(value):
        return end   # "12 church st| john ...": a numbered street, not a village
    word = match.group(1)
    if not (word.islower() or (word[0].isupper() and value[0].isupper())):
        return end
    village_words, saints = tails()
    if word.lower() in saints and ST_END_RE.search(value) and len(value.split()) > 1:
        return match.end()   # "tydd st| mary": the saint, though "st" is also a street word
    if value.split()[-1].lower().rstrip(".") in anchor_words()[0] or "/" in value or "&" in value:
        return end   # "broadmead road| end", "drift road / mill lane| junction": a street's end, a corner
    if word.lower() in village_words and not ST_END_RE.search(value) and not blocked(text, match.end(), word):
        return match.end()
    return end


def join_village_tails(doc: Doc, text: str) -> None:
    village_words, saints = tails()
    words = lower_words(doc)
    if words.isdisjoint(village_words) and ("st" not in words or words.isdisjoint(saints)):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    starts = {start for start, _, _ in places}
    scores = scores_of(doc, LOCATIONS)
    out = []
    for start, end, value in places:
        new_end = joined_end(text, end, value)
        if new_end != end and not any(end < other < new_end for other in starts):
            new_value = text[start:new_end]
            if value in scores:
                scores.setdefault(new_value, scores[value])
            out.append((start, new_end, new_value))
        else:
            out.append((start, end, value))
    if out == places:
        return
    store_scores(doc, LOCATIONS, scores)
    store(doc, LOCATIONS, out)
