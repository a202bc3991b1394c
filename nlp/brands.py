"""A chain's branch named by its brand, with a place after it: "the tops in cortland", "the loves on business 54",
"the holiday gas station", "the harps lot". The brands are OpenStreetMap's name-suggestion-index for the UK, Ireland
and the US (nlp/data/en/brands.txt, nlp/tools/build_brands.py): far more regional chains than the hand list in
lexicon.json. Many brands are everyday words ("tops", "holiday", "subway"), so a name counts only as "the" + brand
after a place preposition, followed by a part of a shop ("lot", "car park", "gas station") or by a preposition and a
place the rules found. ANNOTATION.md labels a chain without its "the".
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DATA_DIR, lexicon
from .lowered import caseless_finditer, lower_twin
from .named_marts import find_named_marts
from .villages import known_words

BEFORE_RE = re.compile(r"\b(?:at|in|outside|behind|by|near|opposite|opp|past|into|inside|round|around|from|leaving|left|"
                       r"to|towards|of)\s+the\s+" + r"(?:(?:old|big|new|little|empty|local|closed|derelict)\s+)?", re.IGNORECASE)
NAME_WORD_RE = re.compile(r"[A-Za-z0-9&][A-Za-z0-9'’&.-]*")
PART_AFTER_RE = re.compile(r"\s+(?:(?:park(?:ing|in'?)\s+)?lot|car\s*park|(?:gas|petrol|fuel)\s+station|forecourt|"
                           r"drive[\s-]?(?:thru|through))\b", re.IGNORECASE)
# "the" with no place preposition before it ("robbed the subway on ...", "..., the mace on uttoxeter road"): a
# brand there counts only with a part of a shop or a place the rules found after it, never at a clause end.
ANY_THE_RE = re.compile(r"(?:^|(?<=[\s,.;:!?(]))the\s+(?:(?:old|big|new|little|empty|local|closed|derelict)\s+)?",
                        re.IGNORECASE)   # "the empty mccolls", "the big b&m": a word about the branch, then the brand
# lower-case twins for the lower-cased text of an ASCII tip (lowered.py): only their matches' ends are read
BEFORE_LOWER_RE = lower_twin(BEFORE_RE)
ANY_THE_LOWER_RE = lower_twin(ANY_THE_RE)
PLACE_AFTER_RE = re.compile(r",?\s+(?:in|on|at|off|near|by)\s+(?:the\s+)?", re.IGNORECASE)
IN_RE = re.compile(r",?\s+in\s", re.IGNORECASE)
CLAUSE_END_RE = re.compile(r"\s*(?:[,.!?;]|$)")
PART_WORDS = frozenset("lot parking car carpark gas petrol fuel forecourt drive".split())
PLACE_WORDS = frozenset("in on at off near by".split())
LONGEST = 4   # "angelo caputo's fresh markets"


@lru_cache(maxsize=1)
def brands() -> frozenset[str]:
    return frozenset(line for line in (DATA_DIR / "en" / "brands.txt").read_text(encoding="utf-8").split("\n") if line)


# "kum & go" is written "kum n go", "kum and go", "kum 'n' go" as often: a two-word brand joined one way is the
# same brand joined another ("pick n save", "shop 'n save", "stop & shop").
JOINER_RE = re.compile(r"(?<=\S) (?:&|and|n|'n'|'n|n') (?=\S)")
JOINERS = ("&", "and", "n", "'n'")


def with_joiners(names) -> frozenset[str]:
    out = set(names)
    for name in names:
        if JOINER_RE.search(name):
            out.update(JOINER_RE.sub(f" {joiner} ", name) for joiner in JOINERS)
    return frozenset(out)


@lru_cache(maxsize=1)
def shop_names() -> frozenset[str]:
    """The index's brands and the hand list of chains (lexicon.json "chains": "anytime fitness", "foodmaxx"), which
    the index lacks in part; the hand list's own rule wants a place cue before the name, this one a place after."""
    return with_joiners(brands() | frozenset(name.lower() for name in lexicon()["chains"]))


def everyday(name: str) -> bool:
    """"tops", "subway": a brand that is one dictionary word names a shop only with a place after it."""
    return " " not in name and name in known_words()


def find_brand_shops(text: str, present: frozenset[str], place_starts: set[int]) -> list[tuple[int, int]]:
    """Brand names after "the" and a place preposition, each followed by a part of a shop or by a preposition and
    one of `place_starts` (where the rules' places begin); and local stores named "<name> mart" (named_marts.py)."""
    marts = find_named_marts(text, present, place_starts, PLACE_AFTER_RE)
    if "the" not in present:
        return marts
    names = shop_names()
    found = marts
    lowered = text.lower()
    cued = {cue.end() for cue in caseless_finditer(BEFORE_RE, BEFORE_LOWER_RE, text, lowered)}
    for cue in caseless_finditer(ANY_THE_RE, ANY_THE_LOWER_RE, text, lowered):
        words = []
        for match in NAME_WORD_RE.finditer(text, cue.end()):
            if len(words) == LONGEST or (words and text[words[-1].end():match.start()] != " "):
                break
            words.append(match)
        for size in range(len(words), 0, -1):
            start, end = cue.end(), words[size - 1].end()
            while text[end - 1] == ".":
                end -= 1
            if text[start:end].lower().replace("’", "'") not in names:
                continue
            after = PLACE_AFTER_RE.match(text, end)
            if start not in cued and after is not None and everyday(text[start:end].lower()) \
                    and IN_RE.match(text, end):
                after = None   # "ran the marathon in boston": an event in a town; "the subway on elm st" stays
            if PART_AFTER_RE.match(text, end) or (after is not None and after.end() in place_starts) \
                    or (start in cued and CLAUSE_END_RE.match(text, end) and not everyday(text[start:end].lower())):
                found.append((start, end))
            break
    return found


def without_shop_part(text: str, start: int, end: int, rule_spans: list[tuple[int, int]]) -> int:
    """A tagged span that runs from a brand the rules found over a part of the shop ("holiday| gas station", "tops|
    lot") ends with the brand: ANNOTATION.md labels the chain by its name."""
    rule_end = next((e for s, e in rule_spans if s == start and e < end), None)
    if rule_end is None or text[start:rule_end].lower().replace("’", "'") not in brands():
        return end
    part = PART_AFTER_RE.match(text, rule_end)
    return rule_end if part is not None and part.end() == end else end
