"""Quoted names and handles are no places: "paid $289 w zelle to 'kicksdirect'", "one called 'rico'", "bought a
kitten from 'amish farm kittens'", "seller u/kicksbyjay". Tipsters put quotes round what someone calls himself, a
seller's or a page's name, a nickname; a place they write bare. A span that opens a short quoted run (the quote
right before it, a closing quote within a few words after) or follows "@" or "u/" is taken out after the rules and
the tagger have spoken.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import store, text_of

# An opening quote: at the text's start or after a space or bracket, so "o'neills" and "kings' arms" are no quotes.
OPENING_RE = re.compile(r"(?:^|[\s(])['‘]$")
# The rest of the quoted run: up to three more words, then the closing quote (not a possessive "s'").
CLOSING_RE = re.compile(r"(?:\s+[\w&-]+){0,3}['’](?![a-z])", re.IGNORECASE)
HANDLE_RE = re.compile(r"(?:@|\bu/)$", re.IGNORECASE)
QUOTE_MARKS = ("'", "‘", "@", "u/")


def quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3):start]
    return bool(HANDLE_RE.search(before) or (OPENING_RE.search(text[max(0, start - 2):start])
                                               and CLOSING_RE.match(text, end)))


def without_quoted_names(doc: Doc) -> None:
    text = text_of(doc)
    if not any(mark in text for mark in QUOTE_MARKS):
        return
    places = read(doc, LOCATIONS)
    kept = [place for place in places if not quoted(text, place[0], place[1])]
    if len(kept) != len(places):
        store(doc, LOCATIONS, kept)
