"""Flight numbers are no plates (ANNOTATION.md: a flight's number is another kind of number): an airline's designator
before digits, joined or spaced ("EZY8812", "my EZY 8812 was cancelled", "vuelo VLG2214", "BA 2490"), in both
languages. An ICAO three-letter code (EZY, RYR, BAW, IBE, VLG...) has a plate's shape, so the tip's other words
decide: it is a flight unless a vehicle or plate word stands right beside it and no word of air travel is in the text
("black camry AAL 2291 doing donuts" keeps its plate). An IATA two-character code is too short to tell from a plate's
first group without help: a flight only in a text with a word of air travel. The codes and words are data
(nlp/data/flight_numbers.json). The gate is a plate already read: most texts hold none.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .plate_shapes import vehicle_kind_words

# a designator, then a flight's one to four digits
FLIGHT_RE = re.compile(r"(?<![\w*#/-])(?P<code>[A-Za-z]{3}|[A-Za-z0-9]{2})[ -]?(?P<digits>\d{1,4})(?![\w-])")
WORD_RE = re.compile(r"[^\W\d_]+")
# a plate's own word or a vehicle's, in either language: before the code, it makes the code a plate's letters
PLATE_CUE_RE = re.compile(r"\b(?:plates?|reg|registration|tags?|licen[cs]e|placas?|matr[ií]cula|tablilla|"
                          r"carro|coche|auto|camioneta|troca|moto|camion|cami[oó]n|furgoneta|furgo)\b", re.IGNORECASE)
FLIGHT_WORD_BEFORE_RE = re.compile(r"\b(?:flight|flt|vuelo)s?(?:\s+(?:no\.?|number|n[uú]mero|#))?[\s:#.]*$", re.IGNORECASE)
NEAR = 40   # characters before the code read for a vehicle (the same clause, a few words)


@lru_cache(maxsize=None)
def flight_data() -> dict:
    data = json.loads((DATA_DIR / "flight_numbers.json").read_text(encoding="utf-8"))
    return {"icao": frozenset(data["icao"]), "iata": frozenset(data["iata"]),
            "named": frozenset(data["icao"]) | frozenset(data["iata"]), "air_words": frozenset(data["air_words"])}


def vehicle_beside(text: str, start: int, end: int) -> bool:
    """A plate word or a vehicle's make, model or kind in the few words before the code, or right after it."""
    before = text[max(0, start - NEAR):start]
    if PLATE_CUE_RE.search(before):
        return True
    words = WORD_RE.findall(before.lower())[-4:] + WORD_RE.findall(text[end:end + 20].lower())[:2]
    return any(word in vehicle_kind_words() for word in words)


def flight_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of the text's flight numbers (see the module's note)."""
    data = flight_data()
    air = not data["air_words"].isdisjoint(WORD_RE.findall(text.lower()))
    found = []
    for match in FLIGHT_RE.finditer(text):
        code, upper = match.group("code"), match.group("code").upper()
        if FLIGHT_WORD_BEFORE_RE.search(text, max(0, match.start() - 20), match.start()):
            if upper in data["named"]:
                found.append(match.span())   # "flight BAW 117", "vuelo IB 6401": named so
            continue
        if upper in data["icao"] and (code.isupper() or air) or upper in data["iata"] and air and code == upper:
            if not vehicle_beside(text, match.start(), match.end()):   # "black camry AAL 2291": its plate
                found.append(match.span())
    return found


def without_flights(text: str, facts: list) -> list:
    """The plate facts (start, end, value) that are no flight number."""
    flights = flight_numbers(text) if facts else []
    return [f for f in facts if not any(f[0] < e and s < f[1] for s, e in flights)]
