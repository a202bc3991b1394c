"""US grid addresses in an English tip, as Utah's and Idaho's cities number their streets: a house number, a compass
word, the grid line's number and its compass word ("1300 S 900 E", "845 e 400 s apt 3", "300 north 200 west",
"1150 s. 200 w bountiful"), or a corner of two grid lines ("2100 S and 700 E", "400 w & 200 s", "900 E / 1300 S").
The street rules read "s" or "e" as no street word and keep the first half ("1300 S") or nothing; the tagger splits
the rest off. ANNOTATION.md labels the address (and a corner) as one span, so the whole is put in place of the
pieces. Two numbers each with a compass word is a shape no count or price has ("doing 90 in a 40 going north" is
not it). spanish_grid_addresses.py does the same for Spanish texts. Runs after the tagger on English texts; the gate
is a digit and a compass word.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, PARTIAL_PLATES, PHONES, PLATES, read
from .lexicon import gazetteer
from .spans import overlaps, scores_of, store_with_scores

GATE_RE = re.compile(r"\d\s+(?:[nsew]\.?|north|south|east|west)(?![\w'-])", re.IGNORECASE)
COMPASS = r"(?:[nsew]\.?|north|south|east|west)"
# the first number may be a house number ("8 e 400 s"); a grid line is two to five digits
GRID_RE = re.compile(r"(?<![\w.,:/$£#-])(?:\d{1,5}\s+" + COMPASS + r"\s+\d{2,5}\s+" + COMPASS
                     + r"|\d{2,5}\s+" + COMPASS + r"\s*(?:\s(?:and|n|at)\s|&|/)\s*\d{2,5}\s+" + COMPASS + r")"
                     r"(?![\w'-]|\.\w)", re.IGNORECASE)
SURE = 0.9   # the shape alone marks an address
# up to three words after the address, a comma allowed: "1190 e 450 n lindon", "1150 s 200 w, bountiful"
TOWN_AFTER_RE = re.compile(r",?\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?(?:\s+([A-Za-z]+))?")
END_RE = re.compile(r"\s*(?:[,.!?;:)]|$)")


def find_grid_addresses(text: str) -> list[tuple[int, int]]:
    if not GATE_RE.search(text):
        return []   # the cheap gate
    return [(m.start(), m.end() - (1 if m.group().endswith(".") else 0)) for m in GRID_RE.finditer(text)]


def town_after(text: str, end: int) -> tuple[int, int] | None:
    """The listed town written straight after the address, the longest of up to three words ("1100 n 150 e orem",
    "... west valley city"). A town that is also a word ("bountiful", "sandy") only when the text or clause ends there."""
    match = TOWN_AFTER_RE.match(text, end)
    if match is None:
        return None
    for count in (3, 2, 1):
        if match.group(count) is None:
            continue
        name_end = match.end(count)
        listed = gazetteer().get(text[match.start(1):name_end].lower())
        if listed is False or (listed is True and END_RE.match(text, name_end)):
            return match.start(1), name_end
    return None


def add_grid_addresses(doc: Doc, text: str) -> None:
    """Each grid address (not across a plate or a phone) replaces the places found inside or across it."""
    grids = find_grid_addresses(text)
    if not grids:
        return
    blocked = [(s, e) for s, e, _ in read(doc, PLATES) + read(doc, PHONES) + read(doc, PARTIAL_PLATES)]
    grids = [grid for grid in grids if not overlaps(*grid, blocked)]
    places = read(doc, LOCATIONS)
    # a place that already holds the whole address ("1300 s 900 e st") stays as it is
    grids = [(s, e) for s, e in grids if not any(ps <= s and e <= pe for ps, pe, _ in places)]
    if not grids:
        return
    towns = [town for town in (town_after(text, e) for _, e in grids) if town and not overlaps(*town, blocked)]
    new = grids + [town for town in towns if (town[0], town[1], text[town[0]:town[1]]) not in places]
    kept = [place for place in places if not any(overlaps(s, e, [place[:2]]) for s, e in new)]
    scores = scores_of(doc, LOCATIONS)
    added = [(s, e, text[s:e]) for s, e in new]
    for _, _, value in added:
        scores.setdefault(value, SURE)
    store_with_scores(doc, LOCATIONS, sorted(kept + added), scores)
