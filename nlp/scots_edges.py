"""Scots function words at a place's edges: "fae salsburgh tae shotts" (from ... to ...) is two places and
"coatbridge wi no plates" (with) ends at the town; a span that is nothing but a dialect word ("aboot", "efter")
is no place. ANNOTATION.md labels the place names alone; the tagger, trained on few Scots texts, reads these
short words as part of a name. Words: nlp/data/en/scots_place_edges.txt and en/dialect_words.txt. Runs after
the tagger on English texts, gated on one of the words being in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import lower_words, scores_of, store_with_scores

LEAD_RE = re.compile(r"(?:fae|frae|tae)\s+", re.IGNORECASE)   # "fae larkhall": the place starts after "fae"
BETWEEN_RE = re.compile(r"\s+tae\s+", re.IGNORECASE)           # "motherwell tae wishaw": two places
TRAILING_WI_RE = re.compile(r"\s+wi$")                          # lower case only: "Spooner WI" is a state code
# What "with" takes after it: "wi no plates", "wi a blade", "wi his dug". The state code "wi" is followed by a
# comma, the end, or a preposition or verb ("portage wi every night", "spooner wi through a guy").
WITH_OBJECT = frozenset("a an the nae no his her their ma my me oor yer your some aw twa three four five "
                        "wan ane aw they them".split())
NEXT_WORD_RE = re.compile(r"\s+([a-z0-9]+)", re.IGNORECASE)


@lru_cache(maxsize=1)
def edge_words() -> frozenset[str]:
    return word_list("en/scots_place_edges.txt")


@lru_cache(maxsize=1)
def dialect_words() -> frozenset[str]:
    return word_list("en/dialect_words.txt") | edge_words()


def pieces_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The place's bounds without the Scots words at its edges, one pair per place it holds."""
    value = text[start:end]
    if (lead := LEAD_RE.match(value)) and lead.end() < len(value):
        start += lead.end()
        value = text[start:end]
    if (wi := TRAILING_WI_RE.search(value)) and wi.start() > 0:
        following = NEXT_WORD_RE.match(text, end)
        if following and (following.group(1).lower() in WITH_OBJECT or following.group(1).isdigit()):
            end = start + wi.start()
            value = text[start:end]
    if (between := BETWEEN_RE.search(value)) and between.start() > 0 and between.end() < len(value):
        return [(start, start + between.start()), (start + between.end(), end)]
    return [(start, end)]


def cut_scots_edges(doc: Doc, text: str) -> None:
    words = lower_words(doc)
    if words.isdisjoint(dialect_words()):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    scores = scores_of(doc, LOCATIONS)
    out = []
    for start, end, value in places:
        if value.lower() in dialect_words():
            continue   # "aboot": a word, not a place
        for piece_start, piece_end in pieces_of(text, start, end):
            piece = text[piece_start:piece_end]
            if value in scores:
                scores.setdefault(piece, scores[value])
            out.append((piece_start, piece_end, piece))
    if out != places:
        store_with_scores(doc, LOCATIONS, out, scores)
