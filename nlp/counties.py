"""US counties: "in llano county", "down hwy 10 in manitowoc county", "1187 old mill rd harford county". A name and
"county" after a place cue or a street word is the county, named so (nlp/devset/ANNOTATION.md labels it whole); a
"county road", "county court" or "county jail" is something else."""
from __future__ import annotations

import re

from .lexicon import gazetteer, stop_words
from .street_names import anchor_words
from .villages import TIME_WORDS

COUNTY_RE = re.compile(r"\b(?P<name>[a-z][a-z'\-]+)\s+county\b"
                       r"(?!\s+(?:road|rd|route|rte|line|hwy|highway|court|council|jail|sheriff|fair|clerk|commission))",
                       re.IGNORECASE)
WORDS_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z'.\-]*)\s+(?:([A-Za-z][A-Za-z'.\-]*)\s+)?$")
CUES = frozenset("in thru through across around outside near of".split())


def find_counties(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    """Where "<name> county" follows a place cue or a street word ("harford county" after "old mill rd"); a name
    of two words when the gazetteer holds both ("in st louis county")."""
    if "county" not in present:
        return []
    found = []
    for match in COUNTY_RE.finditer(text):
        name = match.group("name").lower()
        if name in stop_words() or name in TIME_WORDS:
            continue   # "in the county", "in my county"
        before = WORDS_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
        if before is None:
            continue
        nearest = (before.group(2) or before.group(1)).lower()
        start = match.start()
        if before.group(2) and f"{before.group(2)} {name}".lower() in gazetteer():
            start, nearest = before.start(2), before.group(1).lower()   # "st louis county"
        if nearest in CUES or nearest.rstrip(".") in anchor_words()[0]:
            found.append((start, match.end()))
    return found
