"""Five digits the ZIP reader (codes.find_zips) found, kept in an English text only where something says it is a
place: a ZIP word or a US state before it (spanish.bare_zip, "zip 78521", "houston tx 77036"), a town before it
("Pottstown 19464"), or a direction and a street after it, where it is a house number ("14611 e state fair").
Otherwise it is a serial, a meter reading or a list number ("serial numbers 44718 and 44719").
"""
from __future__ import annotations

import re

from .lexicon import gazetteer
from .spanish import bare_zip

TOWN_BEFORE_RE = re.compile(r"([A-Za-z]+),?\s+$")
HOUSE_AFTER_RE = re.compile(r"\s+(?:[nsewNSEW]|north|south|east|west)\b")


def placed_zips(text: str, zips: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(start, end) for start, end in zips if not bare_zip(text, (start, end, text[start:end]))
            or town_before(text, start) or HOUSE_AFTER_RE.match(text, end)]


def town_before(text: str, start: int) -> bool:
    town = TOWN_BEFORE_RE.search(text, max(0, start - 30), start)
    return town is not None and gazetteer().get(town.group(1).lower()) is not None
