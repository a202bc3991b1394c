"""Towns and villages from the offline gazetteer (nlp/data/places_*.txt, GeoNames).

A name counts when it is capitalised or follows a place cue ("in", "near", ...);
an ambiguous name ("Reading", "Bath", "Jackson") needs both.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .spans import text_of
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


def token_rows(doc: Doc) -> list[tuple[str, str, int, bool, bool]]:
    """(lower, text, start_char, is_alpha, is_title) per token, built once per Doc:
    reading spaCy Token objects again and again is the slow part of a gazetteer scan."""
    rows = doc.user_data.get("token_rows")
    if rows is None:
        rows = doc.user_data["token_rows"] = [(t.lower_, t.text, t.idx, t.is_alpha, t.is_title) for t in doc]
    return rows


def is_capitalised(rows, text_is_upper: bool) -> bool:
    if text_is_upper or not rows[0][1][0].isupper():
        return False
    return all(not alpha or text[0].isupper() or lower in ("upon", "on", "le", "de", "the", "in")
               for lower, text, _, alpha, _ in rows)


def extend_name(rows, end: int) -> int:
    """A known name followed by more capitalised words is the start of a longer, unlisted one:
    "Temple Cloud", "Bishop Sutton", "Bristol Temple Meads"."""
    for _ in range(2):
        if end >= len(rows):
            break
        lowered, _, _, alpha, title = rows[end]
        if not (alpha and title) or lowered in FUNCTION_WORDS or lowered in lexicon()["place_cues"] \
                or lowered in vehicle_words() or lowered in TIME_WORDS:
            break
        end += 1
    return end


def end_char(rows, index: int) -> int:
    return rows[index][2] + len(rows[index][1])


def find_towns(doc: Doc, location_ends: set[int]) -> list[tuple[int, int]]:
    places = gazetteer()
    starts = first_words()
    cues = lexicon()["place_cues"]
    text = text_of(doc)
    text_is_upper = text.isupper()
    rows = token_rows(doc)
    found = []
    index = 0
    while index < len(rows):
        lowered, _, start, alpha, _ = rows[index]
        if lowered not in starts or not alpha:
            index += 1
            continue
        matched = 0
        for length in range(min(MAX_NAME_TOKENS, len(rows) - index), 0, -1):
            ambiguous = places.get(text[start:end_char(rows, index + length - 1)].lower())
            if ambiguous is None:
                continue
            previous = rows[index - 1] if index else None
            cue = previous is not None and (
                previous[0] in cues
                or (previous[1] == "," and previous[2] in location_ends)
                or previous[2] + len(previous[1]) in location_ends  # "14 Mill Lane Bath"
            )
            capitalised = is_capitalised(rows[index:index + length], text_is_upper)
            following = rows[index + length][0] if index + length < len(rows) else ""
            if following in STATE_HINT_FOLLOWERS or (following.isdigit() and len(following) < 5):
                continue  # "Jersey tags" is a state hint, "Remington 870" a gun
            if (ambiguous and capitalised and cue) or (not ambiguous and (capitalised or cue)):
                end = extend_name(rows, index + length) if capitalised else index + length
                found.append((start, end_char(rows, end - 1)))
                matched = end - index
                break
        index += matched or 1
    return found


def find_unlisted_places(doc: Doc, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A capitalised word that is no dictionary word, after "in"/"near"/"outside", names a place the
    gazetteer lacks (villages, neighbourhoods): "in Fishponds", "near Priddy"."""
    if text_of(doc).isupper():
        return []
    rows = token_rows(doc)
    words = common_words()
    found = []
    for index in range(1, len(rows)):
        lowered, text, start, alpha, title = rows[index]
        if rows[index - 1][0] not in STRONG_CUES or not (alpha and title) or len(text) < 4:
            continue
        if lowered in words or lowered in stop_words() or lowered in vehicle_words() or lowered in TIME_WORDS \
                or lowered in gazetteer() or lowered in lexicon()["chains"]:
            continue
        if index + 1 < len(rows) and rows[index + 1][1] in ("'s", "’s"):
            continue  # "in Jake's car"
        end = extend_name(rows, index + 1)
        found.append((start, end_char(rows, end - 1)))
    return found
