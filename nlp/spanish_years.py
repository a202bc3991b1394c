"""A year the event happened in, written after "en", "de" or "del" with no article: "me asaltaron en 2019", "una multa
del 2018", "es un video de 2023". The span is the year alone, as dev labels it and as English drops "in" ("in 2019"
gives "2019"); "en el 2024" is spanish_spans_of_time's. A year after a colour, a vehicle word or a model ("una f-150
azul del 2017") is the vehicle's, a year before money ("en 2000 pesos") is a price, and one before "de la"/"del" is a
house number ("en el 1990 de la mckee rd"), and a birth year ("nacio en 2015") tells an age: none of them is a time.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "es" / "year_words.json"

GATE_RE = re.compile(r"\b(?:en|del?)\s+(?:199\d|20[0-2]\d)\b", re.IGNORECASE)
YEAR_RE = re.compile(r"\b(en|del?)\s+(199\d|20[0-2]\d)(?![\w/%º°]|[.,:]\d)", re.IGNORECASE)
PREVIOUS_WORD_RE = re.compile(r"([\w-]+)\s*$")


@lru_cache(maxsize=1)
def year_words() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """(words a year after "de"/"del" belongs to, not an event; words of being born; what a year before it is no time) from
    nlp/data/es/year_words.json."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    after = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(data["not_before"], key=len, reverse=True))
    return frozenset(data["owners"]), frozenset(data["born"]), re.compile(rf"\s*(?:{after})(?!\w)", re.IGNORECASE)


def years(text: str) -> list[tuple[int, int]]:
    """The event years of ``text`` (see the module's doc), as (start, end) of the year."""
    if GATE_RE.search(text) is None:
        return []
    owners, born, not_before = year_words()
    found = []
    for match in YEAR_RE.finditer(text):
        if not_before.match(text, match.end()):
            continue  # "en 2000 dolares", "de 2019 de la oficina": a price or a number with its owner after it
        previous = PREVIOUS_WORD_RE.search(text, 0, match.start())
        word = previous.group(1).lower() if previous else ""
        if word in born:
            continue  # "nacio en 2015": a birth year tells an age, and ages are no times (ANNOTATION.md)
        if match.group(1).lower() != "en" and (word in owners or any(ch.isdigit() for ch in word)):
            continue  # "azul del 2017", "f-150 del 2017", "una señora de 1958": the year of a thing or a person
        found.append(match.span(2))
    return found
