"""Town names that go on with "on sea": "rhos on sea", "minster-on-sea", "leigh-on-sea". The gazetteer holds
some of them whole ("sutton on sea"); for the others the rules or the location tagger find the first word alone
and "sea" may become a place of its own ('minster', 'sea'). A place followed by "on sea" (spaces or hyphens)
is one name with it: ANNOTATION.md labels a town as written.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import lower_words, store_with_guesses

ON_SEA_RE = re.compile(r"[ -](?:on|upon)[ -]sea\b(?![-'’])", re.IGNORECASE)
SEA_RE = re.compile(r"\bsea\b", re.IGNORECASE)


def join_on_sea(doc: Doc, text: str, confidence: float) -> None:
    """Each place followed by "on sea" takes it in; a place inside the words taken ("sea") goes. The joined name
    is a guess (`confidence`) unless it already had a score."""
    # an ASCII text's "sea" is one of its lower-case letter runs (spans.lower_words): a set test vetoes most texts
    # before the caseless regex; a text with other characters ("ſ" matches "s" ignoring case) takes the regex
    if text.isascii() and "sea" not in lower_words(doc) or not SEA_RE.search(text):
        return   # the cheap gate: most texts never say "sea"
    places = read(doc, LOCATIONS)
    joined = []
    for start, end, value in places:
        match = ON_SEA_RE.match(text, end)
        joined.append((start, match.end(), text[start:match.end()]) if match else (start, end, value))
    if joined == places:
        return
    kept = [fact for fact in joined if not any(s < fact[0] and fact[1] <= e for s, e, _ in joined)]
    store_with_guesses(doc, LOCATIONS, [], kept, confidence)
