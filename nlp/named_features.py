"""Piers, parks, hills, halls, houses, bridges, churches, chapels, lakes, ponds, reservoirs, castles, libraries, malls
and stations named in lower case, as texters write them (and, from stop 30's second round, rocks, ridges, islands,
trailheads, boat ramps, battlegrounds, hotels, mobile home parks and sports clubs: "fell at smith rock", "near loyston boat ramp"; from
stop 32 playing fields, motels, lakes and visitor centres: "tearing up wendlebury playing fields", "room 4 of the pine view motel",
"up to the castle semple visitor centre", their unnamed ones and "chapel road playing fields" (the road is the place) kept out
by their not_name words; the kinds are the keys of
nlp/data/en/named_features.json): "off the end of birnbeck pier", "running around will rogers
park", "on constitution hill", "near symphony hall", "the stairwell of darnley house", "under chain bridge", "the roof
of holy trinity church", "on echo lake", "below fyvie castle", "at lincoln central station".

Such a feature is a place only with a name (ANNOTATION.md: "the park", "the church" are none), so the words between
a place cue and the kind word must hold a name that is not only a kind ("a fishing pier", "the skate park", "the
village hall", "a steep hill", "the trap house", "the railway bridge", "the parish church", "the police station", "the
wrong station"): named_buildings.name_start finds that name the way it does for farms and schools. A word after the
kind word can make it a street ("park road", "hill st"), a longer place ("squirrel hill tunnel", "leigh park estate",
found by their own rules) or no name at all ("the park n ride"). A house whose name ends in "s" is someone's ("at jakes
house", "my mates house"), not a named block of flats.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .lexicon import gazetteer
from .named_buildings import NEXT_WORD_RE, _words, name_start

POSSESSIVE_RE = re.compile(r"(?:'|s)\s+house$", re.IGNORECASE)   # "at jakes house", "at my mates house": whose, not a name


@lru_cache(maxsize=1)
def _kinds() -> tuple[dict[str, tuple[frozenset[str], frozenset[str]]], frozenset[str]]:
    raw = json.loads((Path(__file__).parent / "data" / "en" / "named_features.json").read_text(encoding="utf-8"))
    # "hill" is no farm's name but "hay hill" is a hill's
    shared = (_words()[1] - frozenset(raw["kinds"])) | frozenset(raw["not_name"])
    roads = frozenset(raw["road_words"])   # "pier road", "park st": a street after any kind
    kinds = {kind: (shared | frozenset(words["not_name"]), roads | frozenset(words["not_after"]))
             for kind, words in raw["kinds"].items()}
    return kinds, frozenset(raw["more_cues"])


@lru_cache(maxsize=1)
def _kind_re() -> tuple[re.Pattern[str], frozenset[str]]:
    """The kind words as one pattern (two-word kinds like "boat ramp" first), and their last words (the gate)."""
    kinds = sorted(_kinds()[0], key=len, reverse=True)
    pattern = "|".join(r"\s+".join(map(re.escape, kind.split())) for kind in kinds)
    return re.compile(rf"\b({pattern})\b", re.IGNORECASE), frozenset(kind.split()[-1] for kind in kinds)


def find_named_features(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    kinds, more_cues = _kinds()
    kind_re, gate = _kind_re()
    if present.isdisjoint(gate):
        return []   # the common text pays nothing
    found = []
    for match in kind_re.finditer(text):
        not_name, not_after = kinds[" ".join(match.group(1).lower().split())]
        after = NEXT_WORD_RE.match(text, match.end())
        if after and after.group(1).lower() in not_after:
            continue
        start = name_start(text, match.start(), not_name, more_cues)
        if start is None or POSSESSIVE_RE.search(text, start, match.end()):
            continue
        if gazetteer().get(text[start:match.end()].lower()) is False:
            continue   # "canvey island", "castle rock": a town the town rules find, and are surer of than a landmark
        found.append((start, match.end()))
    return found
