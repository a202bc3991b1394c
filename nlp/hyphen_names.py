"""Place names written with hyphens: "howden-le-wear", "cwm-twrch", "cefn-y-bedd". The gazetteer and the rules
know the first word as a place of its own ("howden", "cwm", "cefn") and stop at the hyphen, so the rest of the name
is lost or, worse, the short name is a different place. A place followed, with no space, by "-word" (up to three,
letters only) takes them in: ANNOTATION.md labels a town as written. A describing tail ("london-bound",
"leeds-based": nlp/data/en/hyphen_tails.txt) is not part of the name. Runs after the tagger on English texts;
the gate is a hyphen right after a place.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS
from .lexicon import word_list
from .spans import stretch_facts

# letters only: "m6-m5", "a470-a44" are two roads, and "-'s" or a further hyphen ends no name
HYPHEN_TAIL_RE = re.compile(r"(?:-[a-z]+){1,3}(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def describing_tails() -> frozenset[str]:
    return frozenset(word.lower() for word in word_list("en/hyphen_tails.txt"))


def hyphen_tail_end(text: str, end: int) -> int | None:
    """Where the hyphened rest of a name written right after `end` ends, or None."""
    if not text.startswith("-", end):
        return None
    match = HYPHEN_TAIL_RE.match(text, end)
    if match is None or match.group().split("-")[1].lower() in describing_tails():
        return None
    return match.end()


def join_hyphen_tails(doc: Doc, text: str, confidence: float) -> None:
    """Each place with a hyphened tail takes it in; a place inside the words taken goes. The joined name is a guess
    (`confidence`) unless it already had a score."""
    if "-" not in text:
        return   # the cheap gate
    stretch_facts(doc, LOCATIONS, text, lambda end, _value: hyphen_tail_end(text, end), confidence)
