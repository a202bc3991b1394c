"""A verb with its g dropped ends no description: "in her nappy cryin" gives "nappy", "white tank top beatin on a
woman" gives "white tank top". The tagger joins the word after a garment to it when it is no dictionary word; a
word whose g-form is one ("cryin" -> "crying") and that is none itself ("thin" is a word: "real thin" stays) is a
verb of what the person did, not part of how they look. Three dev files had one such row each (d24u, d27a, h19).
Gated on a description whose last word ends in "in"."""
from __future__ import annotations

from spacy.tokens import Doc

from .doc_attrs import PEOPLE, read
from .lexicon import common_words
from .spans import scores_of, store_with_scores


def without_dropped_g(fact: tuple[int, int, str]) -> tuple[int, int, str]:
    """``fact`` without a last word that is a verb with its g dropped, when a word stays before it."""
    start, end, value = fact
    head, _, last = value.rpartition(" ")
    lowered = last.lower()
    if not head.strip() or not lowered.endswith("in") or lowered in common_words() or lowered + "g" not in common_words():
        return fact
    if lowered.endswith("thin"):   # "somethin", "nothin": a "-thing" word, no verb ("50 somethin" is one age)
        return fact
    head = head.rstrip()
    return (start, start + len(head), head)


def trim_dropped_g(doc: Doc) -> None:
    """Trim a dropped-g verb off the end of each people description of `doc`."""
    people = read(doc, PEOPLE)
    if not any(value.endswith("in") for _, _, value in people):
        return
    trimmed = [without_dropped_g(fact) for fact in people]
    if trimmed != people:
        scores = scores_of(doc, PEOPLE)
        for old, new in zip(people, trimmed):
            if old != new and old[2] in scores:
                scores.setdefault(new[2], scores[old[2]])
        store_with_scores(doc, PEOPLE, trimmed, scores)
