"""Towns and villages from the offline gazetteer (nlp/data/places_*.txt, GeoNames).

A name counts when it is capitalised or follows a place cue ("in", "near", ...);
an ambiguous name ("Reading", "Bath", "Jackson") needs both.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import common_words, gazetteer, lexicon, stop_words, vehicle_words

MAX_NAME_TOKENS = 5
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today tonight yesterday".split()
)
FUNCTION_WORDS = frozenset("the a an and or but is was i i'm im he she they we it".split())
STRONG_CUES = frozenset("in near nr around outside".split())
STATE_HINT_FOLLOWERS = frozenset("tag tags plate plates reg registration".split())


@lru_cache(maxsize=None)
def first_words() -> frozenset[str]:
    return frozenset(name.split()[0].split("-")[0] for name in gazetteer())


def is_capitalised(tokens, text_is_upper: bool) -> bool:
    if text_is_upper:
        return False
    return all(not tok.is_alpha or tok.text[0].isupper() or tok.lower_ in ("upon", "on", "le", "de", "the", "in")
               for tok in tokens) and tokens[0].text[0].isupper()


def extend_name(doc: Doc, end: int) -> int:
    """A known name followed by more capitalised words is the start of a longer, unlisted one:
    "Temple Cloud", "Bishop Sutton", "Bristol Temple Meads"."""
    for _ in range(2):
        if end >= len(doc):
            break
        token = doc[end]
        lowered = token.lower_
        if not (token.is_alpha and token.is_title) or lowered in FUNCTION_WORDS or lowered in lexicon()["place_cues"] \
                or lowered in vehicle_words() or lowered in TIME_WORDS:
            break
        end += 1
    return end


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
                previous.lower_ in cues
                or (previous.text == "," and previous.idx in location_ends)
                or previous.idx + len(previous.text) in location_ends  # "14 Mill Lane Bath"
            )
            capitalised = is_capitalised(span, text_is_upper)
            following = doc[index + length].lower_ if index + length < len(doc) else ""
            if following in STATE_HINT_FOLLOWERS or (following.isdigit() and len(following) < 5):
                continue  # "Jersey tags" is a state hint, "Remington 870" a gun
            if (ambiguous and capitalised and cue) or (not ambiguous and (capitalised or cue)):
                end = extend_name(doc, index + length) if capitalised else index + length
                found.append((span.start_char, doc[end - 1].idx + len(doc[end - 1].text)))
                matched = end - index
                break
        index += matched or 1
    return found


def find_unlisted_places(doc: Doc, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A capitalised word that is no dictionary word, after "in"/"near"/"outside", names a place the
    gazetteer lacks (villages, neighbourhoods): "in Fishponds", "near Priddy"."""
    if doc.text.isupper():
        return []
    words = common_words()
    found = []
    for index in range(1, len(doc)):
        token = doc[index]
        if doc[index - 1].lower_ not in STRONG_CUES or not (token.is_alpha and token.is_title) or len(token) < 4:
            continue
        lowered = token.lower_
        if lowered in words or lowered in stop_words() or lowered in vehicle_words() or lowered in TIME_WORDS \
                or lowered in gazetteer() or lowered in lexicon()["chains"]:
            continue
        if index + 1 < len(doc) and doc[index + 1].text in ("'s", "’s"):
            continue  # "in Jake's car"
        end = extend_name(doc, index + 1)
        span = doc[index:end]
        found.append((span.start_char, span.end_char))
    return found
