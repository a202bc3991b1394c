"""A number with slashes that cannot be a date, read by CLOCK_RE's "d/m" shape (nlp/times.py): a score ("got 43/50
on his theory"), a custody or crime reference ("custody no 55/22/118834", "case number 1102/88/26", "ref
1990/22/24"). CLOCK_RE finds the first day/month pair it can inside such a number and the span grows to the whole
token, so an officer read a reference or a score as the time of the event. A date's parts are a day (1-31) and a
month (1-12) in either order, with at most a 2- or 4-digit year after them, and the number stands alone (no digit or
slash glued on either side)."""
from __future__ import annotations

import re

# the whole run of digits and slashes around the match, so "1102/88/26" is judged whole, not its "88/26"
RUN_RE = re.compile(r"[\d/]+")


def impossible_slash_date(text: str, start: int, end: int) -> bool:
    """Whether the slash number matched at text[start:end] is no date: a part out of day/month range, or more parts."""
    run_start, run_end = start, end
    while run_start and (text[run_start - 1].isdigit() or text[run_start - 1] == "/"):
        run_start -= 1
    while run_end < len(text) and (text[run_end].isdigit() or text[run_end] == "/"):
        run_end += 1
    parts = text[run_start:run_end].strip("/").split("/")
    if len(parts) not in (2, 3) or not all(part.isdigit() for part in parts):
        return True
    if len(parts) == 3 and len(parts[2]) not in (2, 4):
        return True
    first, second = int(parts[0]), int(parts[1])
    if len(parts[0]) > 2 or len(parts[1]) > 2 or not first or not second:
        return True
    return not ((first <= 12 and second <= 31) or (first <= 31 and second <= 12))
