"""A shop named after its owner, cut at the apostrophe: "Catfish Pete| 's bait shop", "Ali| 's News", "Bazza| 's
Bargain Booze". spaCy splits "'s" off, and the rules and the tagger stop before it. A capitalised place followed at
once by "'s" takes it back, and the capitalised words after it that finish the shop's name ("News", "Bargain Booze";
"bait shop" in lower case is what it sells, not its name); not a listed town ("Reading's"). Runs after the tagger on English texts; gated on "'s".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import gazetteer
from .spans import moved_fact, scores_of, store_with_scores

POSSESSIVE_RE = re.compile(r"['’]s\b((?:\s+[A-Z][A-Za-z'’&-]*)*)")


def possessive_end(text: str, start: int, end: int) -> int:
    """Where a capitalised place cut before "'s" really ends (`end` when nothing follows it)."""
    if not text[start:start + 1].isupper() or text.isupper() or text[start:end].lower() in gazetteer():
        return end   # "Reading's town centre", "Bristol's": a town's possessive, not a shop's name
    match = POSSESSIVE_RE.match(text, end)
    return match.end() if match else end


def join_possessive_names(doc: Doc, text: str) -> None:
    if "'s" not in text and "’s" not in text:
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    scores = scores_of(doc, LOCATIONS)
    out = []
    changed = False
    for start, end, value in places:
        new_end = possessive_end(text, start, end)
        if new_end != end and text[start:end] == value \
                and not any(s < new_end and start < e and (s, e) != (start, end) for s, e, _ in places):
            out.append(moved_fact(text, start, new_end, value, scores))
            changed = True
            continue
        out.append((start, end, value))
    if not changed:
        return
    store_with_scores(doc, LOCATIONS, out, scores)
