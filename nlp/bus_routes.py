"""A bus route is no place: "the bus on route 72", "route 52 at 3.15" in a text about a bus, "the route 10 drivers".
A US road is written the same way ("route 9 near hopewell"), so "route N" is read as a bus route only in a text with
"bus" (or "buses") in it, or with a driver's word right after it. ANNOTATION.md: "the 38 bus" is not a location.
"""
from __future__ import annotations

import re

BUS_WORDS = frozenset(("bus", "buses"))
ROUTE_RE = re.compile(r"(?:route|rte)\s*\d{1,3}[a-z]?", re.IGNORECASE)
DRIVER_AFTER_RE = re.compile(r"\s+(?:bus|buses|drivers?)\b", re.IGNORECASE)


def bus_route(text: str, present: frozenset[str], start: int, end: int) -> bool:
    if not ROUTE_RE.fullmatch(text, start, end):
        return False
    return not present.isdisjoint(BUS_WORDS) or DRIVER_AFTER_RE.match(text, end) is not None
