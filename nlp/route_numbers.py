"""Route numbers that name no place. ANNOTATION.md: "the 38 bus" is no place, and neither is the town in a route's
name: "the 59 bolton bus", "the X43 manchester bus", "on the 7 Wakefield bus" (the rules and the tagger take the town,
or the number and the town, as a place). A town after "to" ("the 42 to halifax bus") is where the bus goes and stays;
so does a bus station or stop ("batley bus station"). A delivery round is no road either: "dpd driver on route 14",
"royal mail route 22 van", "courier route 4B": "route N" with a delivery word in the four words before it (a road is
"route 9 by port penn"; bus_routes.py drops "route N" in a text about a bus). Runs after the tagger on English texts;
the gates are a bus word, and "route" with a delivery word.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import stop_words
from .spans import lower_words, scores_of, store_with_scores
from .street_names import anchor_words

DATA = Path(__file__).parent / "data" / "en" / "route_numbers.json"
ROUTE_RE = re.compile(r"\b(?:route|rte)\s*\d{1,3}[a-z]?\b", re.IGNORECASE)
WORD_RE = re.compile(r"[A-Za-z-]+")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return frozenset(data["vehicles"]), frozenset(data["facilities"]), frozenset(data["delivery"])


@lru_cache(maxsize=1)
def named_route_re() -> re.Pattern:
    """A route number (a letter or two before it, one after), one or two words, the vehicle, and the word after it."""
    vehicles = "|".join(sorted(_lists()[0]))
    return re.compile(r"(?<![\w£$:.,/-])(?:[A-Za-z]{1,2})?\d{1,3}[A-Za-z]?\s+([A-Za-z]+(?:\s+[A-Za-z]+)??)\s+"
                      r"(?i:" + vehicles + r")\b(?:\s+([A-Za-z]+))?")


def named_routes(text: str) -> list[tuple[int, int]]:
    """The number and town of each "the 59 bolton bus" (not a bus station, a street or "to" a town)."""
    facilities = _lists()[1]
    found = []
    for match in named_route_re().finditer(text):
        if (match.group(2) or "").lower() in facilities:
            continue
        words = match.group(1).lower().split()
        if any(word in stop_words() or word in anchor_words()[0] for word in words):
            continue   # "the 5 to the bus", "14 mill lane bus": no route's name
        found.append((match.start(), match.end(1)))
    return found


def delivery_routes(text: str) -> list[tuple[int, int]]:
    """Each "route N" with a delivery word among the four words before it."""
    delivery = _lists()[2]
    found = []
    for match in ROUTE_RE.finditer(text):
        before = WORD_RE.findall(text, max(0, match.start() - 60), match.start())[-4:]
        if any(word.lower() in delivery for word in before):
            found.append(match.span())
    return found


def without_route_numbers(doc: Doc, text: str) -> None:
    vehicles, _, delivery = _lists()
    words = lower_words(doc)
    spans = named_routes(text) if not words.isdisjoint(vehicles) else []
    if ("route" in words or "rte" in words) and not words.isdisjoint(delivery):
        spans += delivery_routes(text)
    if not spans:
        return   # the cheap gates
    places = read(doc, LOCATIONS)
    kept = [place for place in places if not any(s <= place[0] and place[1] <= e for s, e in spans)]
    if kept != places:
        store_with_scores(doc, LOCATIONS, kept, scores_of(doc, LOCATIONS))
