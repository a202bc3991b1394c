"""Towns and villages from the offline gazetteer (nlp/data/places_*.txt, GeoNames).

A name counts when it is capitalised or follows a place cue ("in", "near", ...);
an ambiguous name ("Reading", "Bath", "Jackson") needs both.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import gazetteer, lexicon

MAX_NAME_TOKENS = 5
STATE_HINT_FOLLOWERS = frozenset("tag tags plate plates reg registration".split())


@lru_cache(maxsize=None)
def first_words() -> frozenset[str]:
    return frozenset(name.split()[0].split("-")[0] for name in gazetteer())


def is_capitalised(tokens, text_is_upper: bool) -> bool:
    if text_is_upper:
        return False
    return all(not tok.is_alpha or tok.text[0].isupper() or tok.lower_ in ("upon", "on", "le", "de", "the", "in")
               for tok in tokens) and tokens[0].text[0].isupper()


def find_towns(doc: Doc, location_ends: set[int]) -> list[tuple[int, int]]:
    places = gazetteer()
    starts = first_words()
    cues = lexicon()["place_cues"]
    text_is_upper = doc.text.isupper()
    found = []
    index = 0
    while index < len(doc):
        token = doc[index]
        if token.lower_ not in starts or not token.is_alpha:
            index += 1
            continue
        matched = 0
        for length in range(min(MAX_NAME_TOKENS, len(doc) - index), 0, -1):
            span = doc[index:index + length]
            ambiguous = places.get(span.text.lower())
            if ambiguous is None:
                continue
            previous = doc[index - 1] if index else None
            cue = previous is not None and (
                previous.lower_ in cues or (previous.text == "," and previous.idx in location_ends)
            )
            capitalised = is_capitalised(span, text_is_upper)
            following = doc[index + length].lower_ if index + length < len(doc) else ""
            if following in STATE_HINT_FOLLOWERS:
                continue
            if (ambiguous and capitalised and cue) or (not ambiguous and (capitalised or cue)):
                found.append((span.start_char, span.end_char))
                matched = length
                break
        index += matched or 1
    return found
