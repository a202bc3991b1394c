"""Named places: a name before a place word ("Clifton Park", "St Mary's School"), a chain store after a place
cue ("at Tesco"), "the" and capitalised words after a place preposition ("outside the Red Lion"), and
capitalised words after a movement verb ("ran off on Broadmead").

The last two have no place word to anchor them, so they are judged by their words alone
(place_name_words): no organisation, time, vehicle or person.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import PATTERNS_DIR, common_words, gazetteer, lexicon, read_jsonl, stop_words, trie_pattern, vehicle_words
from .regional_features import regional_feature_word
from .street_names import WORD_RE, anchor_set, anchor_words, name_start, words_before
from .street_towns import unknown_word
from .villages import known_words


def find_named_places(text: str, words: list[tuple[int, int, str]],
                      present: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Named places ("Clifton Park", "St Mary's School") and chain stores after a place cue ("at Tesco").
    `present`: the text's lower-case words (spans.lower_words), to skip the chain regex when no chain is named."""
    _, place_types = anchor_words()
    text_is_upper = text.isupper()
    found = []
    for anchor_start, anchor_end, lowered in words:
        if lowered not in place_types:
            continue
        start = name_start(text, anchor_start, False, 3, text_is_upper)
        if start is not None and text[anchor_start].islower() and lowered not in ("estate", "canal") and \
                text[start:anchor_start].split()[-1].lower() in place_types:
            continue  # "Clifton Park playground": the name already ends in a place word
        if start is not None:
            found.append((start, anchor_end))
    if present is not None and not any(c in text for c in chain_keys()[1]) and (
            present.isdisjoint(chain_keys()[0]) or (text.isascii() and not chain_named(present))):
        return found
    chain_re = chains_regex()
    for match in chain_re.finditer(text):
        previous = words_before(text, match.start(), 16)
        if previous and previous[0][2].lower() == "the":
            previous = previous[1:]
        if previous and previous[0][2].lower() in lexicon()["place_cues"]:
            if CARDS_AFTER_RE.match(text, match.end()):
                continue   # "owe $1,200 in walmart cards": gift cards a scammer asks for, not the shop
            suffix = CHAIN_SUFFIX_RE.match(text, match.end())
            found.append((match.start(), suffix.end() if suffix else match.end()))
    return found


CARDS_AFTER_RE = re.compile(r"\s+(?:e-?)?(?:gift\s*)?(?:cards?|vouchers?|giftcards?)\b", re.IGNORECASE)
CHAIN_SUFFIX_RE = re.compile(r"\s+(?:Express|Extra|Metro|Local|Superstore|Superstores|Megastore)\b")


@lru_cache(maxsize=None)
def chain_keys() -> tuple[frozenset[str], tuple[str, ...]]:
    """The first run of letters of every chain name ("sainsbury's" -> "sainsbury", "b&q" -> "b"), and the
    names with no letters ("7-11"), looked for as they are."""
    keys, bare = set(), []
    for chain in lexicon()["chains"]:
        letters = re.findall(r"[a-z]+", chain.lower())
        if letters:
            keys.add(letters[0])
        else:
            bare.append(chain)
    return frozenset(keys), tuple(bare)


def chain_named(present: frozenset[str]) -> bool:
    """Every run of letters of some chain name is among the text's words (`present`): "in-n-out" needs "in", "n" and
    "out", not "in" alone. In an ASCII text a chain the regex finds is bounded by no letter, so its runs are words."""
    by_key = chain_runs()
    return any(runs <= present for key in present & chain_keys()[0] for runs in by_key[key])


@lru_cache(maxsize=None)
def chain_runs() -> dict[str, tuple[frozenset[str], ...]]:
    """The runs of letters of each chain name, by its first run (chain_keys)."""
    by_key: dict[str, list[frozenset[str]]] = {}
    for chain in lexicon()["chains"]:
        letters = re.findall(r"[a-z]+", chain.lower())
        if letters:
            by_key.setdefault(letters[0], []).append(frozenset(letters))
    return {key: tuple(value) for key, value in by_key.items()}


@lru_cache(maxsize=None)
def chains_regex() -> re.Pattern:
    chains = lexicon()["chains"]
    first = re.escape("".join(sorted({c[0].lower() for c in chains} | {c[0].upper() for c in chains})))
    return re.compile(rf"(?<![\w-])(?=[{first}])(?:" + trie_pattern(chains) + r")(?![\w-])", re.IGNORECASE)


# "at the Arches", "outside the Red Lion", "by the Lamb and Flag": a place preposition, "the" and up to
# three capitalised words (joined by "and"/"of"/"on").
THE_NAME_RE = re.compile(
    r"\b(?:at|on|down|up|along|near|outside|by|in|off|behind|round|around|opposite|opp|past|inside|into|from|towards|"
    r"toward|through|beside|across|out\s+of|outta|front\s+of|(?:back|roof|car\s+park|side|door|doors|garden)\s+of|"
    r"out|to)\s+([Tt]he\s+[A-Z][a-z][\w'’-]+(?:\s+(?:(?:and|of|&)\s+)?[A-Z][a-z][\w'’-]*){0,2})")
THE_CAPITAL_RE = re.compile(r"[Tt]he\s+[A-Z]")
# "ran off on Broadmead", "walked along Whiteladies", "drove through St Pauls": a movement verb, a preposition
# and capitalised words with no street word (with one, find_streets has them already).
MOVEMENT_VERBS = frozenset("""ran run runs running walked walk walks walking drove drive drives driving sped speeding
    headed heading went go goes going cycled cycling rode ride riding fled legged turned came coming chased chasing
    limped stumbled wandered wandering pulled raced racing hung""".split())
MOVED_RE = re.compile(
    r"\b(?:" + "|".join(sorted(MOVEMENT_VERBS - {"legged", "hung"}, key=len, reverse=True)) + r"|legged\s+it|hung\s+a\s+(?:left|right))"
    r"(?:\s+(?:off|away|back|out|left|right|straight|him|her|them|me|us|someone|a\s+[a-z]+|the\s+[a-z]+))?"
    r"\s+(?P<prep>on|onto|down|up|along|through|towards|toward|across|round|around|via|past|over|to)\s+"
    r"(?P<name>(?!The\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})")


def place_name_words(words: list[str]) -> bool:
    """Capitalised words that may name a place: no organisation, newspaper, time, vehicle, person word or
    online service ("the Police", "the Sun", "the Weekend", "the Mercedes", "the Landlord", "Facebook").
    A colour is a name when a name word follows it ("the Red Lion", "the Blue Lagoon")."""
    first = words[0].lower()
    if (first in stop_words() and len(words) == 1) or first in lexicon()["not_the_places"] or first in lexicon()["not_places"] \
            or (first in vehicle_words() and (len(words) == 1 or first not in colour_words())):
        return False
    last = words[-1].lower()
    return last not in lexicon()["not_the_places"] and (last not in vehicle_words() or len(words) == 1)


@lru_cache(maxsize=None)
def colour_words() -> frozenset[str]:
    return frozenset(p["pattern"].lower() for p in read_jsonl(PATTERNS_DIR / "vehicles.jsonl") if p["label"] == "COLOUR")


def find_the_names(text: str, common: frozenset[str]) -> list[tuple[int, int]]:
    """"down the Horsefair", "at the Bearpit", "outside the Red Lion", "near the Galleries": a place cue, "the"
    and capitalised words that name no organisation, time, vehicle or person. Common words count too:
    the capital says it is a name ("the Watershed", "the Plough"). The span keeps "the" before a one-word name
    only ("the Bearpit", but "Red Lion")."""
    if text.isupper() or not THE_CAPITAL_RE.search(text):
        return []
    found = []
    for match in THE_NAME_RE.finditer(text):
        words = match.group(1).split()[1:]
        while words and words[-1].lower() in ("and", "of", "on", "&"):
            words.pop()
        if place_name_words(words):
            end = match.start(1) + len(match.group(1).rstrip(" &"))
            # ANNOTATION.md: "the" goes before a one-word name ("the Bell") but not a longer one ("Dog and Duck")
            start = match.start(1) if len(words) == 1 else match.start(1) + len(match.group(1)) - len(match.group(1)[3:].lstrip())
            found.append((start, end))
    return found


def find_moved_to(text: str, words: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """"ran off on Broadmead", "walked along Whiteladies": capitalised words after a movement verb and a
    preposition name a street or area even without a street word. `words`: the text's lower-case words,
    to skip the regex when no movement verb is there."""
    if text.isupper() or (words is not None and words.isdisjoint(MOVEMENT_VERBS)):
        return []
    found = []
    for match in MOVED_RE.finditer(text):
        keep = []
        for word in WORD_RE.finditer(text, match.start("name"), match.end("name")):
            lowered = word.group().lower()
            if keep and (lowered in stop_words() or lowered in vehicle_words()):
                break
            keep.append(word)
        names = [word.group() for word in keep]
        if names[-1].endswith(("'s", "’s")):
            continue  # "went to Mum's", "drove to Dave's"
        if match.group("prep") == "to" and names[0].lower() in common_words():
            continue  # "went to Court", "go to School": a capital that may be only emphasis
        if keep and place_name_words(names):
            found.append((keep[0].start(), keep[-1].end()))
    return found


# Words that make "the old bridge", "the local pub" a description, not a landmark's name.
NOT_LANDMARK_NAMES = frozenset("""old new big little small large local main same other first last next nearest top bottom back
front far near high low long short busy quiet empty closed open dark usual whole one two three this that""".split()) | \
    frozenset("""gas petrol bus train railway rail tube skate industrial retail recycling primary secondary junior infant
nursery high canal motorway rec derelict police fire ambulance trading business car caravan trailer mobile community sports
swimming play leisure garden shopping service services boating fishing golf council housing social health medical
dental vet sixth church village town city county country private public""".split()) | \
    frozenset("""cell water state trampoline strip suspension stone cattle casino holiday theme outer inner mountain
coast estate fuel lifeboat coastguard soccer football rugby cricket tennis playing senior christmas uni youth""".split())
# "the bus station", "the cell tower", "the strip mall", "the fuel station", "the playing field": a kind of place


@lru_cache(maxsize=None)
def lower_landmark_re() -> re.Pattern:
    types = "|".join(sorted((re.escape(t) for t in lexicon()["place_types"]), key=len, reverse=True))
    return re.compile(r"\b(?:by|at|near|outside|behind|off|under|from|to|in|on|round|past|opposite|beside|of)\s+the\s+"
                      rf"((?:[a-z][a-z'\-]+\s+){{1,2}}(?:{types}))\b")


def find_lower_landmarks(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    """"by the clock tower", "off the palace pier", "at the leisure centre", "under the peace bridge": a place
    cue, "the", one or two lower-case name words and a place word (a guess: officers see it, the tipster is
    not told "Got it"). Not "the old bridge", "the local pub": a description names nothing."""
    if "the" not in present or present.isdisjoint(lexicon()["place_types"]):
        return []
    found = []
    stops = stop_words()
    for match in lower_landmark_re().finditer(text):
        names = match.group(1).split()[:-1]
        if any(w in NOT_LANDMARK_NAMES or w in stops for w in names):
            continue
        found.append(match.span(1))
    return found


STREETLIKE_END_RE = re.compile(r"[a-z](?:gate|gait|way)\b")   # a cheap pre-check: the regex below tries every cue word
KIND_WORDS = frozenset("car bus shopping retail leisure train".split())   # "the overgate car park": a landmark
# the name ends as a street does in the north and Scotland: "the gallowgate", "the overgate", "the fosseway"
THE_UNKNOWN_RE = re.compile(r"\b(?:on|at|in|of|off|down|up|along|near|by|outside|from|round|past|behind|opposite)\s+"
                            r"(the\s+([a-z][a-z'\-]{2,}(?:gate|gait|way)))\b(?!\s+[a-z]+\s*(?:$|[,.!?]))")


def find_the_unknown(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    """"on the gallowgate", "down the fosseway", "in the westgate": a place cue, "the" and one lower-case word no
    dictionary or list knows that ends as a street name does ("gate", "gait", "way"; a guess). Not a compound of
    known words ("the bridleway"), nor one followed by a place word ("the coldgate estate": the landmark rule's)."""
    if "the" not in present or not STREETLIKE_END_RE.search(text):
        return []
    found = []
    for match in THE_UNKNOWN_RE.finditer(text):
        word = match.group(2)
        following = WORD_RE.match(text, match.end() + 1)
        if following is not None and (following.group().lower() in anchor_set() or following.group().lower() in KIND_WORDS):
            continue
        if word.endswith("way") and word[:-3] in known_words() and gazetteer().get(word) is None:
            continue   # "the slipway", "the bridleway": a known word and "way"
        if (unknown_word(word) or gazetteer().get(word) is False) and word not in lexicon()["chains"]:
            found.append(match.span(1))
    return found


# "by the hamble at bursledon", "into the usk at abergavenny", "over the witham near kirkstead": a place cue, "the", a
# one-word name the gazetteer holds for a town and a place after "at"/"near": a river or a landmark named like the town
# (a town takes no "the"); ANNOTATION.md keeps "the" before a one-word name.
THE_TOWN_NAME_RE = re.compile(r"\b(?:by|over|into|in|on|along|across|under|off|from|beside|near|up|down|of)\s+"
                              r"((?:the|The)\s+([A-Za-z][a-z]{2,}))\s+(?:at|near|below|above)\s+[A-Za-z0-9]")


def find_the_town_names(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    """"the hamble at bursledon": "the" and an unambiguous town's name before "at"/"near" and a place (a guess)."""
    if "the" not in present or present.isdisjoint(("at", "near", "below", "above")):
        return []
    return [match.span(1) for match in THE_TOWN_NAME_RE.finditer(text) if gazetteer().get(match.group(2).lower()) is False
            and not regional_feature_word(match.group(2))]   # "up the brae at portgordon": a hillside, not the town Brae
