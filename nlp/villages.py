"""Villages and hamlets no list knows, written in lower case after a place cue ("outside chewton mendip", "at
godney", "near lower langford"), and the test behind them: is a lower-case word known to any word list the
extractors read (known_words)? Listed towns are towns.py's.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .doc_attrs import STRONG_CUE_WORDS, read
from .glued_village_names import ends_like_a_name
from .lexicon import (
    DATA_DIR,
    PATTERNS_DIR,
    common_words,
    gazetteer,
    lexicon,
    read_jsonl,
    stop_words,
    vehicle_words,
    word_list,
)
from .scots_edges import dialect_words
from .spans import lower_words, text_of
from .village_next_words import ends_village_name

TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today tonight yesterday".split()
)


def end_char(token) -> int:
    return token.idx + len(token)


# Cues after which a lower-case word that no dictionary knows is taken for a village ("at godney", "near lower
# langford"): fewer than STRONG_CUES ("on", "by", "off", "down" start too many other phrases).
# the same cues as Scots writes them: "roond govan", "fae levenwick", "ahint tollcross"
SCOTS_CUES = frozenset("roond ootside fae frae ahint intae ower".split())
EXTRA_LOWER_NAME_CUES = frozenset("below thru through to from of over".split()) | SCOTS_CUES  # not among lexicon.STRONG_CUES
# "over" for what is seen or heard over a village: "the smoke over lastingham", "bangs over stelling minnis"
LOWER_NAME_CUES = frozenset("in near nr outside at around round behind past opposite towards above below thru through to "
                            "between from by of over".split()) | SCOTS_CUES
# "of" only after "out" ("the road out of appletreewick"; "a bottle of voddy", "the water of luce" name no village);
# "by" not after a passive verb ("chased by seagulls", "smashed by tweakers": who did it, not where)
PASSIVE_ENDINGS = ("ed", "en")
# Words that start many village names and are dictionary words themselves: "lower langford", "little sodbury".
NAME_PREFIXES = frozenset("lower upper little great north south east west old long high nether higher kings church "
                          "market chipping".split())


@lru_cache(maxsize=None)
def known_words() -> frozenset[str]:
    """Every word of the word lists the extractors read (nlp/data/lexicon.json, nlp/data/en/people.json,
    nlp/patterns/*.jsonl) beside the dictionary: "knifepoint", "balaclava", "camo" are words, not villages."""
    words: set[str] = set()
    for values in lexicon().values():
        for phrase in values:
            words.update(WORD_RE.findall(phrase.lower()))
    people = json.loads((DATA_DIR / "en" / "people.json").read_text(encoding="utf-8"))
    for name, values in people.items():
        if not name.startswith("_") and isinstance(values, list):
            for phrase in values:
                words.update(WORD_RE.findall(str(phrase).lower()))
    for path in sorted(PATTERNS_DIR.glob("*.jsonl")):
        for pattern in read_jsonl(path):
            if isinstance(pattern.get("pattern"), str):
                words.update(WORD_RE.findall(pattern["pattern"].lower()))
    words.update(word_list("en/dialect_words.txt"))   # "efter", "doon"
    return frozenset(words) | common_words() | stop_words()


WORD_RE = re.compile(r"[a-z]+")


def unknown_word(token) -> bool:
    """A lower-case word of 4+ letters that no word list knows (nor its singular): a name, as far as we can tell."""
    return token.is_alpha and token.is_lower and unknown_lowered(token.lower_)


def unknown_lowered(lowered: str) -> bool:
    """unknown_word's test of the lower-case word itself ("holdin", "sellin": a verb with its g dropped is known)."""
    if len(lowered) < 4:
        return False
    known = known_words()
    return lowered not in known and not (lowered.endswith("s") and lowered[:-1] in known) \
        and not (lowered.endswith("in") and lowered + "g" in known) \
        and lowered not in vehicle_words() and lowered not in TIME_WORDS and lowered not in gazetteer() \
        and not compound(lowered, known)


def compound(word: str, known: frozenset[str]) -> bool:
    """Two dictionary words of 4+ letters run together: "knifepoint", "cashpoint" (a word, not a name; shorter
    parts would take names apart: "chew|ton", "sod|bury")."""
    if ends_like_a_name(word):
        return False   # "strump|shaw", "rose|isle": a place name's ending (glued_village_names), however it could be cut
    return any(word[:cut] in known and word[cut:] in known for cut in range(4, len(word) - 3))


def village_word(token) -> bool:
    """A word of a village name: unknown to every list, or a lower-case gazetteer name ("hinton", "mendip")."""
    return unknown_word(token) or (token.is_alpha and token.is_lower and len(token) >= 4 and token.lower_ in gazetteer())


def name_ends_here(doc: Doc, index: int) -> bool:
    """What follows a name: the end, punctuation, a function or time word ("at godney every weekend", "in hinton
    blewett, windows ..."); not a noun ("at thier house", "outside nans car": a typo or a possessive)."""
    if index >= len(doc):
        return True
    token = doc[index]
    return token.is_punct or token.lower_ in STOP_WORDS or token.lower_ in TIME_WORDS or token.lower_ in NAME_END_WORDS \
        or participle(token.lower_) or token.lower_ in dialect_words() \
        or ends_village_name(token, known_words())   # "roond govan wi nae plates", "in lumphinnans earlier"


def participle(word: str) -> bool:
    """A verb's -ing form, as written or with its g dropped: "at tilford sellin tools", "in grimsargh lookin in
    windows" (what is done there starts after the name; no village name goes on with one)."""
    if word.endswith("in") and len(word) >= 5:
        word += "g"
    return word.endswith("ing") and len(word) >= 6 and word in known_words()


NAME_END_WORDS = frozenset("overnight lol sat sun tonite tomorrow rn".split())  # "at bawdrip sat night"


def find_lower_villages(doc: Doc) -> list[tuple[int, int]]:
    """Villages and hamlets no list knows, written in lower case after a place cue: "outside chewton mendip",
    "at godney", "near lower langford". One or two unknown words (a prefix such as "lower" may come first),
    then the end of the name. A guess: places.py gives it the confidence of an unlisted place."""
    found = []
    words = lower_words(doc)
    if text_of(doc).isascii() and words.isdisjoint(NAME_PREFIXES) and not any(
            unknown_lowered(word) for word in words - known_words()):
        return found  # no prefix and no word of the text could be unknown_word below: no name here (set tests)
    opening = opening_village(doc)
    if opening is not None:
        found.append(opening)
    cue_starts = [start for start, _ in read(doc, STRONG_CUE_WORDS) if doc[start].lower_ in LOWER_NAME_CUES]
    extra = words & EXTRA_LOWER_NAME_CUES  # cues the cue matcher does not mark: find them by their hash (no Token made)
    if extra:
        hashes = {doc.vocab.strings[word] for word in extra}
        cue_starts = sorted(set(cue_starts) | {i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in hashes})
    for cue_start in cue_starts:
        if cue_start + 1 >= len(doc):
            continue
        token = doc[cue_start]
        before = doc[cue_start - 1].lower_ if cue_start else ""
        if (token.lower_ == "of" and before != "out") or (token.lower_ == "by" and before.endswith(PASSIVE_ENDINGS)):
            continue
        cue_end = cue_start + 1
        index = cue_end
        prefixed = doc[index].lower_ in NAME_PREFIXES and index + 1 < len(doc) and doc[index].is_lower
        index += prefixed
        if not village_word(doc[index]):
            continue
        end = index + 1
        if end < len(doc) and village_word(doc[end]) and doc[end].lower_ not in STOP_WORDS:
            end += 1   # not "in mapplewell over (the weekend)": "over" is a listed village, but a stop word ends a name
        # one word of it unknown to every list ("godney", "chewton mendip", "hinton blewett"), or a known name
        # after a prefix ("lower langford"); a listed name alone is find_towns' to judge
        if not (prefixed or any(unknown_word(doc[i]) for i in range(index, end))):
            continue
        if name_ends_here(doc, end):
            found.append((doc[cue_end].idx, end_char(doc[end - 1])))
            if token.lower_ == "between" and end + 1 < len(doc) and doc[end].lower_ == "and" \
                    and village_word(doc[end + 1]) and name_ends_here(doc, end + 2):
                found.append((doc[end + 1].idx, end_char(doc[end + 1])))  # "between dunkerton and carlingcott"
    return found


OPENING_MARKS = frozenset((",", ":", "-"))
# after the mark, a function word other than an article starts a message to someone ("dave, can you", "shaz, its
# me", "kayleigh, i know"): the word before was a name or a greeting, not a place
OPENING_NOT_BEFORE = frozenset("u ur im ive ill id pls plz".split())
OPENING_ARTICLES = frozenset("the a an some".split())
# after a heading place, "there's ..." and where in it come as often as an article: "aghadowey, theres lads wi a gun",
# "llanfoist, by the canal bridge", "X - on the main road"
OPENING_PLACE_NEXT = frozenset("there by near outside behind opposite on at in off up down just".split())
# a Spanish text opens with words no English list knows ("buenas tardes, ...", "necesito ayuda, ..."): English only
# (tagged_places.SPANISH_WORDS, which picks the tagger, has "calle" and not "se", "me": sharing it moved 1 dev text)
SPANISH_FUNCTION_WORDS = frozenset("de la el en que por con una los las del esta y mi su al un es hay muy pero para lo "
                                   "le ya se me".split())


def opening_village(doc: Doc) -> tuple[int, int] | None:
    """"haleiwa, guy breaking into cars", "llangrannog - teenager off the rocks": a text that opens with one or two
    lower-case words, one no list knows, then a comma, colon or dash names its place first, the way a heading does."""
    if len(doc) < 4 or not village_word(doc[0]) or len(lower_words(doc) & SPANISH_FUNCTION_WORDS) >= 2:
        return None
    end = 2 if village_word(doc[1]) and doc[1].lower_ not in STOP_WORDS else 1
    if doc[end].text not in OPENING_MARKS or not any(unknown_word(doc[i]) for i in range(end)) \
            or any(doc[i].lower_ in word_list("en/opening_not_places.txt") for i in range(end)):
        return None
    following = doc[end + 1].lower_
    if (following in STOP_WORDS and following not in OPENING_ARTICLES and following not in OPENING_PLACE_NEXT) or following in OPENING_NOT_BEFORE:
        return None
    return doc[0].idx, end_char(doc[end - 1])
